/**
 * Descriptor actors: noun phrases that name a party without a name — "the
 * U.S.-led coalition", "the regime", "Iraqi security forces", "the militants" —
 * whose head noun is an actor noun: an organisational agent of the actor
 * dictionaries (government, ministry, army, militia, police, rebels …, and the
 * last word of their multi-word agents: "armed forces", "combat troops") or a
 * group noun of the English lexicon (coalition, alliance, council …). They fill
 * roles as synthetic mentions with no entity (the role carries the phrase's text
 * and span, and the actor coder codes it from the dictionaries: "the regime" →
 * ---GOV). A named party inside the phrase keeps the role ("ISIL fighters" →
 * ISIL), except under a body noun (coalition, regime, alliance): "the U.S.-led
 * coalition" is the coalition, "the Asad regime" the regime.
 * @module
 */
import { hashId } from '../model/index.js'
import type { Article, Mention } from '../model/index.js'
import { shippedActorDictionary } from '../kb/shipped-actors.js'
import { GROUP_NOUNS, PERSON_ROLE_NOUNS, QUANTIFIERS } from '../text/english.js'

/** Stage label of the synthetic mentions (never stored: roles made from them carry no mentionId). */
export const DESCRIPTOR_STAGE = 'events.descriptor'

/** Agent sectors that name an organised party (not civilians, trades or faiths). */
const ORG_SECTORS = new Set(['GOV', 'MIL', 'COP', 'UAF', 'REB', 'SPY', 'UAFMUS', 'RAD', 'LEG', 'JUD'])
/** Unnamed armed attackers the dictionaries list no agent for ("the kidnappers hijacked the bus", "gunmen stormed …"). */
const ATTACKER_HEADS = ['gunmen', 'gunman', 'kidnappers', 'kidnapper', 'attackers', 'attacker', 'assailants', 'hijackers', 'abductors', 'captors']
/** Groups of states named by a region or a people: "Arab nations", "nine European countries", "Gulf states" are the group, not one of its names. */
const GROUPS_OF_STATES = ['nations', 'countries', 'states']
/** Body nouns: the body is the party even with a name modifying it ("the Asad regime", "the U.S.-led coalition"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['coalition', 'regime', 'alliance', ...GROUPS_OF_STATES])

/**
 * Heads of a party of its own under a country, city or people name: "Kenyan police", "a Moscow court", "the U.S.
 * military", "eight Chinese nationals", "Lebanese officials" are that body or group, not the country (PETRARCH codes them
 * KENCOP, RUSJUD, USAMIL …; the adjective alone stood for the country). A party's own name keeps the role ("Hamas
 * officials" → Hamas, as agent precedence has it).
 */
export const OVER_PLACE_HEADS: ReadonlySet<string> = new Set(['police', 'policeman', 'policemen', 'military', 'court', 'tribunal', 'judge',
  'prosecutor', 'prosecutors', 'official', 'officials', 'politician', 'politicians', 'officer', 'officers', 'soldier', 'soldiers', 'civilian',
  'civilians', 'national', 'nationals', 'people', 'hostage', 'hostages', 'opposition', 'lawmakers', 'lawmaker', 'authorities', 'leaders',
  // a country's armed groups and forces: "Palestinian militants", "Syrian rebels", "U.S. troops", "Iraqi forces"
  'militants', 'fighters', 'rebels', 'insurgents', 'militia', 'militias', 'militiamen', 'separatists', 'guerrillas', 'protesters',
  'demonstrators', 'forces', 'troops'])

/** Armed men who are a party even when counted ("five rebels", "33 fighters"): a plural head with a number before it. */
const COUNTED_ARMED = new Set(['militants', 'rebels', 'insurgents', 'fighters', 'gunmen', 'guerrillas', 'separatists', 'militiamen'])

/** Agent nouns of the dictionaries that name equipment or places, not parties ("an artillery system", "the barracks"). */
const EQUIPMENT = new Set(['artillery', 'barracks', 'battleship', 'battlewagon', 'bomber', 'carrier', 'corvette', 'cruiser', 'destroyer',
  'frigate', 'hmmwv', 'humvee', 'jetfighter', 'kfir', 'mig', 'phalanx', 'warplane', 'warship', 'naval', 'prison', 'chamber', 'state',
  'kingdom', 'court', 'consulate', 'embassy', 'chancellery'])
/** Group nouns of the lexicon that name no armed or governing party ("the largest groups" is too vague a party). */
const CIVIL_GROUPS = new Set(['group', 'groups', 'company', 'firm', 'party', 'union', 'association', 'network', 'federation'])

/** Head nouns that name a party only with a given modifier: "the international community", not "all communities". */
const QUALIFIED_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['community', new Set(['international', 'world', 'global'])]])

let heads: Set<string> | undefined

/** Lower-case actor head nouns: one-word organisational agents of the dictionaries and the lexicon's group nouns. */
export function descriptorHeads(): ReadonlySet<string> {
  if (heads) return heads
  const out = new Set<string>([...GROUP_NOUNS, ...BODY_NOUNS, 'forces', 'troops', ...ATTACKER_HEADS])
  for (const e of shippedActorDictionary()) {
    if (e.kind !== 'agent' || !ORG_SECTORS.has(e.code.replace(/-/g, ''))) continue
    for (const t of e.terms) if (t.words.length === 1 && /^[A-Z]+$/.test(t.words[0]!)) out.add(t.words[0]!.toLowerCase())
  }
  for (const w of [...PERSON_ROLE_NOUNS, ...EQUIPMENT, ...CIVIL_GROUPS]) out.delete(w)
  heads = out
  return heads
}

/** The synthetic mention of a descriptor phrase. */
export function descriptorMention(article: Article, start: number, end: number): Mention {
  const t = article.text.slice(start, end)
  return { id: hashId('mention', article.id, start, end, DESCRIPTOR_STAGE, t), articleId: article.id, start, end, text: t, type: 'ORG', kind: 'nominal', stage: DESCRIPTOR_STAGE }
}

export const isDescriptor = (m: Mention): boolean => m.stage === DESCRIPTOR_STAGE

/** What finding descriptors reads of one sentence (global token indices). */
export interface DescriptorInput {
  readonly first: number
  readonly end: number
  word(i: number): string
  lemma(i: number): string
  upos(i: number): string
  deprel(i: number): string
  children(i: number): readonly number[]
  /** Is a token covered by a named mention? */
  named(i: number): boolean
  /** Is a token covered by the name of a country, a place or a people (a LOC or NORP mention)? */
  placeNamed?(i: number): boolean
}

/** Words that make a phrase indefinite: the lexicon's quantifiers and the indefinite article. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', ...QUANTIFIERS])
const MODIFIERS = new Set(['det', 'amod', 'compound', 'nmod:poss', 'flat', 'nummod'])

/** The modifier subtree of a head noun: its leftmost token (modifiers before it only). */
function leftEdge(x: DescriptorInput, i: number, depth = 0): number {
  let left = i
  if (depth > 3) return left
  for (const c of x.children(i)) {
    // the head's own modifiers before it, and everything inside a modifier ("U.S.-led": "U.S." under "led")
    if (c >= i || (depth === 0 && !MODIFIERS.has(x.deprel(c))) || x.deprel(c) === 'punct' && depth === 0) continue
    left = Math.min(left, leftEdge(x, c, depth + 1), c)
  }
  return left
}

/** A place or people name among the head's own modifiers before it (the adjective, compound or possessive, conjoined ones included). */
function placeBefore(x: DescriptorInput, i: number): boolean {
  // "former Gondor prosecutors" stay the country's elite (ELI), composed by the actor coder
  if (!x.placeNamed || x.children(i).some((c) => c < i && x.word(c).toLowerCase() === 'former')) return false
  for (const c of x.children(i)) {
    if (c >= i || !['amod', 'compound', 'nmod:poss', 'flat'].includes(x.deprel(c))) continue
    for (let k = leftEdge(x, c); k <= c; k++) if (x.placeNamed(k)) return true
  }
  return false
}

/** Descriptor phrases of a sentence: [from, to) token ranges, and whether they take over a name inside them. */
export function descriptorPhrases(x: DescriptorInput): Array<{ from: number; to: number; over: boolean }> {
  const set = descriptorHeads()
  const out: Array<{ from: number; to: number; over: boolean }> = []
  for (let i = x.first; i < x.end; i++) {
    if (x.upos(i) !== 'NOUN' || x.named(i)) continue
    const lemma = x.lemma(i)
    const qualifiers = QUALIFIED_HEADS.get(x.word(i))
    if (qualifiers && !x.children(i).some((c) => c < i && qualifiers.has(x.word(c)))) continue
    const overPlace = (OVER_PLACE_HEADS.has(x.word(i).toLowerCase()) || OVER_PLACE_HEADS.has(lemma)) && placeBefore(x, i)
    if (!overPlace && !qualifiers && !set.has(lemma) && !set.has(x.word(i))) continue
    if (!overPlace && (PERSON_ROLE_NOUNS.has(lemma) || EQUIPMENT.has(lemma) || CIVIL_GROUPS.has(lemma))) continue
    // "force" names a party as "forces" or in a compound ("the task force"), not as "the use of force"
    if (lemma === 'force' && x.word(i) === 'force' && !x.children(i).some((c) => x.deprel(c) === 'compound')) continue
    // the head of its phrase only ("forces" in "coalition forces" is; "government" in "government forces" is not)
    if (x.deprel(i) === 'compound' || x.deprel(i) === 'amod') continue
    // a definite party only: "the coalition", "Iraqi security forces", not "a 63 nation coalition", "more than 20 militants"
    const from = leftEdge(x, i)
    let named = false
    for (let k = from; k < i; k++) if (x.named(k)) named = true
    // … except a counted group of states named by its region ("nine European countries")
    const states = GROUPS_OF_STATES.includes(x.word(i)) && named
    // … and a counted phrase with "the" refers back to a party already met ("the six insurgents were killed")
    const definite = x.children(i).some((c) => c < i && x.word(c) === 'the')
    // … and counted armed men are a party ("killed five rebels", "30 insurgents were arrested")
    const armed = COUNTED_ARMED.has(x.word(i).toLowerCase()) && !x.children(i).some((c) => c < i && INDEFINITE.has(x.word(c)))
    if (!states && !overPlace && !armed && x.children(i).some((c) => c < i && ((x.deprel(c) === 'nummod' && !definite) || INDEFINITE.has(x.word(c))))) continue
    const over = BODY_NOUNS.has(lemma) || BODY_NOUNS.has(x.word(i)) || overPlace
    if (named && !over) continue
    out.push({ from, to: i + 1, over: named })
  }
  return out
}
