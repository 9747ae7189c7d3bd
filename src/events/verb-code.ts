/**
 * The CAMEO code of a predicate: a multi-word cue ("took in for questioning"),
 * a light verb with an event noun as its object ("staged a protest", "issued
 * arrest warrants", "conducted 34 strikes"), or the verb dictionary (lemma and
 * form, refined by its patterns), with a few conflict-news corrections.
 * @module
 */
import { ARMED_DOERS, ATTACKER_NOUNS, CAPTURE_LEMMAS, FRAME_VERBS, GIVE_LEMMAS, GIVEN_CODES, GROUND_NOUNS, NOUN_CUES, PEOPLE_NOUNS, PHRASE_CUES, type CueLexicon } from './lexicon.js'
import { caseOf, type SentenceView } from './sentence-view.js'
import { armedAbduction, refinePredicate } from './code-refinements.js'

export interface VerbCode {
  readonly code: string
  /** Coded by a pattern, phrase or event noun, not only a verb's default code. */
  readonly specific: boolean
  readonly reverse?: string
  /** Last token of the cue (inclusive): the event noun of a light verb, the last word of a phrase. */
  readonly last: number
  /** The event noun of a light-verb cue (its modifiers name the target: "strikes against ISIL"). */
  readonly noun?: number
  /** The subject undergoes the act (a phrase cue's `undergone`: "came under attack"). */
  readonly undergone?: boolean
}

/** Light verbs whose object noun carries the event (lemmas). */
export const LIGHT_LEMMAS: ReadonlySet<string> = new Set(['launch', 'carry', 'conduct', 'stage', 'mount', 'make', 'hold', 'pay',
  'impose', 'wage', 'unleash', 'begin', 'start', 'continue', 'step', 'intensify', 'escalate', 'issue', 'announce', 'lift',
  'declare', 'order', 'execute', 'perform', 'undertake', 'resume', 'fire', 'inflict', 'reach',
  // "filed charges against", "laid siege to", "pressed charges"
  'file', 'lay', 'bring', 'press'])

/** Verbs whose shipped-dictionary reading is wrong in conflict news ("degrade ISIL" is no disapproval). Lemmas. */
const STANCE_ADJECTIVE_CODES: Record<string, string> = { grateful: '051', thankful: '051', delighted: '051' }

/** Ground operations of a partner force: taking, holding or cutting off ground is fighting (190) when what is taken is ground (`byObject`). */
const GROUND_OPS: ReadonlySet<string> = new Set(['isolate', 'clear', 'regain', 'advance', 'encircle', 'surround'])

const OWN_CODES: Record<string, string> = {
  degrade: '190', fight: '190', defeat: '190', intercept: '171', infiltrate: '170', storm: '190', shell: '194',
  bomb: '195', airstrike: '195', engage: '190', retake: '190', recapture: '190', liberate: '190', besiege: '191',
  kidnap: '181', abduct: '181', hijack: '181', explode: '183', detonate: '183', host: '043', urge: '020', encourage: '020', behead: '186', execute: '186', deploy: '154', redeploy: '154', agree: '019', support: '062', assist: '062', train: '062', condemn: '111', accuse: '112', blame: '112', implicate: '112', compliment: '051', thank: '051',
  ...Object.fromEntries([...GROUND_OPS].map((l) => [l, '190'])),
  // speech acts of a statement's own voice (CAMEO 051 praise or endorse)
  welcome: '051', appreciate: '051', congratulate: '051', commend: '051', praise: '051', applaud: '051', salute: '051',
  detain: '173', arrest: '173', target: '190', strike: '190',
  // … and the adjectives of the same stance ("we are enormously grateful for the support of our partners")
  ...STANCE_ADJECTIVE_CODES,
}

/** Adjectives that are stance acts of their subject (verb-events.ts reads them as predicates). */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(Object.keys(STANCE_ADJECTIVE_CODES))

/** Verbs too general for their default code ("steps taken by Abadi" is no abduction, "all concerned" no cooperation): patterns only. */
const PATTERN_ONLY = new Set(['take', 'concern', 'include', 'involve', 'begin', 'start', 'stress', 'emphasize', 'emphasise', 'underline'])

/** Adopting a text (a resolution, a statement) is no act on anyone; what the text demands is (verb-events.ts noteAdopter). */
export const ADOPT_LEMMA = 'adopt'

/** Leading something is a role, not an act ("a delegation led by Biden", "CJTF-OIR's commanding general", "heads the agency"). */
const LEADING = ['lead', 'head', 'command', 'chair']

/**
 * Verbs that are never the event themselves: "We remain committed to working with Turkey" is the working (030),
 * "al-Qaida remains committed to carrying out attacks" the threat — the dictionary's "remain committed" (051) is neither.
 */
const NO_EVENT = new Set(['remain', ADOPT_LEMMA, ...LEADING])

/** Weapons of mass destruction by their modifier or name (CAMEO 2041 chemical/biological, 2042 nuclear). */
const WMD: Record<string, string> = { chemical: '2041', biological: '2041', toxic: '2041', nerve: '2041', sarin: '2041', chlorine: '2041',
  mustard: '2041', radiological: '2041', nuclear: '2042', atomic: '2042' }
const WMD_NOUNS = new Set(['weapon', 'weapons', 'gas', 'agent', 'agents', 'munition', 'munitions', 'bomb', 'bombs', 'attack', 'attacks'])
/** Verbs and nouns of using a weapon (lemmas). */
export const USE_LEMMAS: ReadonlySet<string> = new Set(['use', 'deploy', 'drop', 'fire', 'launch', 'employ'])

/**
 * The WMD code of a weapon phrase ("chemical weapons", "sarin", "such weapons" after chemical ones):
 * `last` remembers the article's last one for "such weapons".
 */
export function wmdCode(v: SentenceView, n: number, last: { code?: string }): string | undefined {
  const own = WMD[v.word(n)] ?? WMD[v.lemma(n)]
  const mods = v.children(n).filter((c) => ['amod', 'compound'].includes(v.deprel(c)))
  const byMod = WMD_NOUNS.has(v.word(n)) ? mods.map((c) => WMD[v.word(c)]).find((x) => x !== undefined) : undefined
  const code = own ?? byMod ?? (WMD_NOUNS.has(v.word(n)) && mods.some((c) => v.word(c) === 'such') ? last.code : undefined)
  if (code) last.code = code
  return code
}

/**
 * What follows a space in a multi-word noun cue ("strike", "strikes", "fire", …): a token can end such a cue with the
 * word before it only if it is one of these, so most tokens skip building the two-word key.
 */
const CUE_ENDS: ReadonlySet<string> = new Set([...NOUN_CUES.keys()].flatMap(endsAfterSpaces))

/** What follows each space of a phrase ("a b c" → "b c", "c"). */
function endsAfterSpaces(phrase: string): string[] {
  const out: string[] = []
  for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) out.push(phrase.slice(at + 1))
  return out
}

/** A noun cue at a token: its own word, "air strike(s)" / "arrest warrants" with the word before, or its lemma. */
export function nounCode(v: SentenceView, i: number): string | undefined {
  const w = v.word(i)
  const two = CUE_ENDS.has(w) ? NOUN_CUES.get(`${v.word(i - 1)} ${w}`) : undefined
  return two ?? NOUN_CUES.get(w) ?? NOUN_CUES.get(v.lemma(i))
}


/** Labels a reduced relative participle gets from the parser ("the industry damaged by the coup", also misread as a clausal subject). */
const PARTICIPLE_LABELS: ReadonlySet<string> = new Set(['acl', 'amod', 'csubj', 'advcl', 'nmod', 'appos'])

/**
 * A passive participle modifying a noun whose doer is a thing that names no party and is no weapon or attacker ("the
 * industry damaged by the coup", "homes destroyed by the storm"): it tells what befell the noun — the event, if any, is
 * its doer noun's (coded, when it is an event noun, as a nominal event) — and is no act of its own, not even a loose
 * one. A party or a weapon as the doer ("civilians killed by the army", "killed by a roadside bomb") keeps the act.
 */
export function effectOfEvent(v: SentenceView, p: number): boolean {
  if (!PARTICIPLE_LABELS.has(v.deprel(p)) || !/(ed|en|wn)$/.test(v.word(p))) return false
  const kids = v.children(p)
  // a finite passive ("was damaged by") or an active verb with an object is a clause of its own
  if (kids.some((c) => v.deprel(c).startsWith('aux') || v.deprel(c) === 'obj')) return false
  const reduced = v.deprel(p) === 'acl' || v.deprel(p) === 'amod'
  const agent = kids.find((c) => v.deprel(c) === 'obl:agent' || (reduced && v.deprel(c).startsWith('obl') && caseOf(v, c) === 'by'))
  if (agent === undefined || v.upos(agent) !== 'NOUN' || v.occAt(agent)) return false
  const lemma = v.lemma(agent).toLowerCase()
  return !ATTACKER_NOUNS.has(lemma) && !PEOPLE_NOUNS.has(lemma) && !ARMED_DOERS.has(lemma) && !v.children(agent).some((c) => v.occAt(c) !== undefined && v.deprel(c) !== 'nmod')
}

function lightVerb(v: SentenceView, p: number): VerbCode | undefined {
  if (!LIGHT_LEMMAS.has(v.lemma(p))) return undefined
  for (const o of v.children(p)) {
    if (!['obj', 'nsubj:pass'].includes(v.deprel(o))) continue
    // "a series of raids", "a wave of arrests": the event noun is the quantity's complement
    const heads = [o, ...v.children(o).filter((c) => v.deprel(c) === 'nmod' && v.word(c - 1) === 'of')]
    for (const n of heads) {
      const code = nounCode(v, n)
      if (code) return { code, specific: true, last: Math.max(n, p), noun: n }
    }
  }
  return undefined
}

/** The multi-word cue starting at a predicate ("took in for questioning", "came under attack"), if one matches. */
export function phrase(v: SentenceView, p: number): VerbCode | undefined {
  for (const ph of PHRASE_CUES) {
    if (!ph.slots[0]!.includes(v.word(p))) continue
    if (ph.slots.every((slot, k) => slot.includes(v.word(p + k)))) return { code: ph.code, specific: true, last: p + ph.slots.length - 1, ...(ph.undergone ? { undergone: true } : {}) }
    // a phrasal verb whose particle follows its object ("police rounded them up", "handed the suspects over")
    const particle = ph.slots.length === 2 ? v.children(p).find((c) => c > p && v.deprel(c) === 'compound:prt' && ph.slots[1]!.includes(v.word(c))) : undefined
    if (particle !== undefined && particle - p <= 6) return { code: ph.code, specific: true, last: particle }
  }
  return undefined
}

/** Our correction for a verb, by lemma, else by the base forms of its word (the lemmatiser's "degraded" → "degrad"). */
function ownCode(lemma: string, word: string): string | undefined {
  const own = OWN_CODES[lemma]
  if (own || !/(s|ed|ing)$/.test(word)) return own
  const stem = word.replace(/(s|ed|ing)$/, '')
  return OWN_CODES[stem] ?? OWN_CODES[`${stem}e`] ?? OWN_CODES[word.replace(/d$/, '')]
}

/** The code of a thing given, by its head noun or a modifier of it ("air support", "24,000 chemical masks"). */
function givenCode(v: SentenceView, n: number): string | undefined {
  const own = GIVEN_CODES.get(v.lemma(n)) ?? GIVEN_CODES.get(v.word(n))
  if (own) return own
  for (const c of v.children(n)) {
    if (!['amod', 'compound', 'conj'].includes(v.deprel(c))) continue
    const m = GIVEN_CODES.get(v.word(c)) ?? GIVEN_CODES.get(v.lemma(c))
    if (m) return m
  }
  return undefined
}

/** "provided 24,000 chemical masks to the ISF", "provides ISF with gasmasks", "the support provided by the Turks": coded by what is given. */
function givingCode(v: SentenceView, p: number): VerbCode | undefined {
  const things = v.children(p).filter((c) => ['obj', 'nsubj:pass'].includes(v.deprel(c)) || (v.deprel(c) === 'obl' && caseOf(v, c) === 'with'))
  if (v.deprel(p) === 'acl' && v.head(p) >= 0) things.push(v.head(p))
  // "delivered 24 munitions against ISIL targets" is the strike, coded from its own words
  if ([p, ...things].some((k) => v.children(k).some((c) => caseOf(v, c) === 'against'))) return undefined
  for (const t of things) {
    const code = givenCode(v, t)
    if (code) return { code, specific: true, last: p }
  }
  return undefined
}

/** Code a predicate; undefined when it is no event (speech and frame verbs without a pattern, unknown verbs). */
export function codePredicate(v: SentenceView, p: number, lexicon: CueLexicon, upper: readonly string[]): VerbCode | undefined {
  const fixed = phrase(v, p) ?? lightVerb(v, p)
  if (fixed) return fixed
  const coded = byDictionary(v, p, lexicon, upper)
  const refined = coded && refinePredicate(v, p, coded)
  const taken = refined && byObject(v, p, refined)
  return taken && armedAbduction(v, p, taken)
}

/** The code a predicate's object decides: "captured two al-Qaida leaders" is an arrest, "cleared the extradition" no fighting. */
function byObject(v: SentenceView, p: number, coded: VerbCode): VerbCode | undefined {
  const lemma = v.lemma(p)
  if (!CAPTURE_LEMMAS.has(lemma) && !GROUND_OPS.has(lemma)) return coded
  // what is captured: the object, a passive subject ("two soldiers were captured"), the noun a participle modifies
  const obj = v.children(p).find((c) => v.deprel(c) === 'obj' || v.deprel(c) === 'nsubj:pass') ?? (v.deprel(p) === 'acl' ? v.head(p) : undefined)
  if (obj === undefined || obj < 0) return coded
  const o = v.occAt(obj)
  if (CAPTURE_LEMMAS.has(lemma)) return (o && o.m.type === 'PER') || PEOPLE_NOUNS.has(v.lemma(obj)) ? { ...coded, code: '173', specific: true } : coded
  const place = [obj, ...v.children(obj)].some((k) => v.occAt(k)?.m.type === 'LOC')
  return o || place || GROUND_NOUNS.has(v.lemma(obj)) ? coded : undefined
}

/**
 * Where a passive verb's or participle's doer phrase begins ("wiretaps conducted by police": "by police" says who
 * conducted them), as an index into the sentence; a dictionary pattern's object words are not read from it, or
 * "conducted by police" would be the pattern "conduct police" (152, police alert).
 */
function agentStart(v: SentenceView, p: number): number | undefined {
  const passive = v.deprel(p) === 'acl' || v.children(p).some((c) => v.deprel(c) === 'aux:pass' || v.deprel(c) === 'nsubj:pass')
  for (const c of v.children(p)) {
    if (c <= p || !(v.deprel(c) === 'obl:agent' || (passive && v.deprel(c).startsWith('obl') && caseOf(v, c) === 'by'))) continue
    const by = v.children(c).find((k) => v.deprel(k) === 'case')
    return (by ?? c) - v.first
  }
  return undefined
}

function byDictionary(v: SentenceView, p: number, lexicon: CueLexicon, upper: readonly string[]): VerbCode | undefined {
  const k = p - v.first
  const lemma = v.lemma(p)
  if (NO_EVENT.has(lemma)) return undefined
  if (GIVE_LEMMAS.has(lemma)) return givingCode(v, p)
  const own = ownCode(lemma, v.word(p))
  const shipped = lexicon.lexicons.length
  let entry = lexicon.lookupVerb(upper, k)
  if (!entry && lemma) {
    const alt = [...upper]
    alt[k] = lemma.toUpperCase()
    entry = lexicon.lookupVerb(alt, k)
  }
  if (own && (!entry || entry.lexicon === shipped - 1)) return { code: own, specific: false, last: p }
  if (!entry) return undefined
  const frame = FRAME_VERBS.has(v.word(p)) || FRAME_VERBS.has(lemma) || PATTERN_ONLY.has(lemma)
  const agent = agentStart(v, p)
  const end = Math.min(frame ? k + entry.length + 3 : upper.length, agent ?? upper.length)
  const after = upper.slice(k + entry.length, Math.max(k + entry.length, end))
  const coded = lexicon.codeVerb(entry, upper.slice(0, k), after)
  if (!coded || (frame && !coded.pattern)) return undefined
  return { code: coded.code, specific: coded.pattern, last: p + entry.length - 1, ...(coded.reverse ? { reverse: coded.reverse } : {}) }
}
