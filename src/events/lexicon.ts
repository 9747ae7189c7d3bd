/**
 * The cue lexicon: which words and phrases signal an event, and which CAMEO code
 * they get. Two parts:
 *
 * - verb cues derived from the PETRARCH2 CAMEO verb-pattern dictionary
 *   (data/cue-lexicon.json, built by scripts/build-events-lexicon.ts): every verb
 *   form → its block's default code, refined by loose ordered word patterns
 *   ("intercept … &WEAPON" → 1711);
 * - our own hand lexicon for what a verb dictionary misses on real news: noun cues
 *   (nominalisations: "a wave of arrests of …", "an attack by …"), light-verb
 *   constructions ("carried out raids", "staged a protest"), multi-word cues
 *   ("took in for questioning", "swore allegiance") and the reporting verbs that
 *   frame events rather than being events.
 * @module
 */
import { stringMemo } from '../model/index.js'
import data from './data/cue-lexicon.json' with { type: 'json' }
import { SPEECH_VERB_LEMMAS } from '../text/english.js'
import type { VerbBlock, VerbLexicon, VerbPattern } from './verb-dictionary.js'

export interface VerbEntry {
  /** Block lemma from the dictionary ("APPREHEND"). */
  readonly lemma: string
  /** Which lexicon (0 = first) and block the form belongs to. */
  readonly lexicon: number
  readonly block: number
  /** Per-form code or the block's default; undefined when only patterns code it; '---' = never code. */
  readonly code: string | undefined
  /** Number of tokens the form spans (multi-word verbs like "wire tapped"). */
  readonly length: number
  /** The form carries its own code ("ARREST [173]" inside the APPREHEND block). */
  readonly ownCode: boolean
  /** Code of the mirrored event (`[042:043]`: A visits B → B hosts A). */
  readonly reverse?: string
}

/** Does a dictionary word match a token? Trailing '$' = exact; otherwise plurals and short suffixes match. */
export function wordMatches(dictWord: string, tok: string): boolean {
  if (dictWord.endsWith('$')) return tok === dictWord.slice(0, -1)
  if (tok === dictWord) return true
  if (!tok.startsWith(dictWord.slice(0, Math.max(1, dictWord.length - 1)))) return false
  if (tok === dictWord + 'S' || tok === dictWord + 'ES') return true
  if (dictWord.endsWith('Y') && tok === dictWord.slice(0, -1) + 'IES') return true
  return dictWord.length >= 5 && tok.startsWith(dictWord) && tok.length - dictWord.length <= 3
}

/** Words an alternative's words `parts` cover at words[j] (0: no match). */
function altMatchesAt(parts: readonly string[], words: readonly string[], j: number): number {
  for (let k = 0; k < parts.length; k++) {
    const t = words[j + k]
    if (t === undefined || !wordMatches(parts[k]!, t)) return 0
  }
  return parts.length
}

/**
 * Per slot: first word (without the exact marker) → the alternatives starting with it, each as its words (split once
 * here, not per match). Built lazily.
 */
const SLOT_INDEX = new WeakMap<readonly string[], Map<string, Array<readonly string[]>>>()
function slotIndex(slot: readonly string[]): Map<string, Array<readonly string[]>> {
  let m = SLOT_INDEX.get(slot)
  if (!m) {
    m = new Map()
    for (const alt of slot) {
      const parts = alt.split(' ')
      const first = parts[0]!.replace(/\$$/, '')
      const list = m.get(first)
      if (list) list.push(parts)
      else m.set(first, [parts])
    }
    SLOT_INDEX.set(slot, m)
  }
  return m
}

/** Dictionary words a token could match under wordMatches: itself, minus plural endings, minus up to 3 letters (per word, once). */
const stemsOf = stringMemo((tok: string): readonly string[] => {
  const found = [tok]
  for (let k = 1; k <= 3 && k < tok.length; k++) found.push(tok.slice(0, -k))
  if (tok.endsWith('IES')) found.push(tok.slice(0, -3) + 'Y')
  return found
})

/** A block's patterns by the first words of their first slot after the verb (else before it). Built lazily. */
interface PatternIndex { readonly post: Map<string, number[]>; readonly pre: Map<string, number[]>; readonly bare: number[] }
const PATTERN_INDEX = new WeakMap<VerbBlock, PatternIndex>()
function patternIndex(block: VerbBlock): PatternIndex {
  let ix = PATTERN_INDEX.get(block)
  if (ix) return ix
  ix = { post: new Map(), pre: new Map(), bare: [] }
  block.patterns.forEach((p, i) => {
    const slot = p.post[0] ?? p.pre[0]
    if (!slot) { ix!.bare.push(i); return }
    const m = p.post.length > 0 ? ix!.post : ix!.pre
    for (const first of slotIndex(slot).keys()) { const l = m.get(first); if (l) l.push(i); else m.set(first, [i]) }
  })
  PATTERN_INDEX.set(block, ix)
  return ix
}

/**
 * The patterns that may match in this context, in dictionary order: those whose first slot has one of its first
 * words among the stems after the verb (before it, for patterns with nothing after); the rest cannot match.
 * `after` and `before` hold each word's stems (stemsOf).
 */
function candidatePatterns(block: VerbBlock, after: readonly (readonly string[])[], before: readonly (readonly string[])[]): VerbPattern[] {
  if (block.patterns.length < 8) return block.patterns
  const ix = patternIndex(block)
  const hit = [...ix.bare]
  collectHits(ix.post, after, hit)
  collectHits(ix.pre, before, hit)
  hit.sort((a, b) => a - b)
  const out: VerbPattern[] = []
  for (let k = 0; k < hit.length; k++) if (k === 0 || hit[k] !== hit[k - 1]) out.push(block.patterns[hit[k]!]!)
  return out
}

/** Append the patterns indexed under any of the stems (duplicates are removed by the caller). */
function collectHits(index: ReadonlyMap<string, readonly number[]>, stems: readonly (readonly string[])[], hit: number[]): void {
  for (const st of stems) {
    for (const stem of st) {
      const list = index.get(stem)
      if (list) for (const i of list) hit.push(i)
    }
  }
}

/** Length of the first alternative of `slot` matching at words[j], or 0. */
function slotMatchesAt(slot: readonly string[], words: readonly string[], stems: readonly (readonly string[])[], j: number): number {
  const st = stems[j]
  if (st === undefined) return 0
  const idx = slotIndex(slot)
  for (const stem of st) {
    const alts = idx.get(stem)
    if (!alts) continue
    for (const parts of alts) {
      const n = altMatchesAt(parts, words, j)
      if (n > 0) return n
    }
  }
  return 0
}

/**
 * Match ordered slots loosely (gaps allowed) in words[from, to); true when all match.
 * `firstWithin` bounds how far the first slot may be from `from`.
 */
function slotsMatch(slots: readonly (readonly string[])[], words: readonly string[], stems: readonly (readonly string[])[], from: number, to: number, firstWithin = to - from): boolean {
  let j = from
  for (let si = 0; si < slots.length; si++) {
    const slot = slots[si]!
    let found = -1
    const limit = si === 0 ? Math.min(to, from + firstWithin) : to
    for (; j < limit && found < 0; j++) {
      const n = slotMatchesAt(slot, words, stems, j)
      if (n > 0) found = j + n
    }
    if (found < 0) return false
    j = found
  }
  return true
}

/** Are the words of a multi-word form those at words[i …]? */
function startsAt(form: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < form.length; k++) if (words[i + k] !== form[k]) return false
  return true
}

/**
 * A stack of verb lexicons: earlier ones win (a user's own verb dictionary first,
 * the shipped lexicon last).
 */
export class CueLexicon {
  private readonly multi: Array<Map<string, Array<{ words: string[]; block: number; code?: string; reverse?: string }>>>

  constructor(readonly lexicons: readonly VerbLexicon[]) {
    this.multi = lexicons.map((lx) => {
      const m = new Map<string, Array<{ words: string[]; block: number; code?: string; reverse?: string }>>()
      for (const [form, [block, code, reverse]] of Object.entries(lx.forms)) {
        if (!form.includes(' ')) continue
        const words = form.split(' ')
        const list = m.get(words[0]!) ?? []
        list.push(code === undefined ? { words, block } : reverse ? { words, block, code, reverse } : { words, block, code })
        m.set(words[0]!, list)
      }
      for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length)
      return m
    })
  }

  /** Look up a verb cue starting at words[i] (upper-case words). */
  lookupVerb(words: readonly string[], i: number): VerbEntry | undefined {
    const w = words[i]
    if (w === undefined) return undefined
    for (let x = 0; x < this.lexicons.length; x++) {
      const lx = this.lexicons[x]!
      for (const m of this.multi[x]!.get(w) ?? []) {
        if (startsAt(m.words, words, i)) {
          const b = lx.blocks[m.block]!
          const reverse = m.code !== undefined ? m.reverse : b.reverse
          return { lemma: b.lemma, lexicon: x, block: m.block, code: m.code ?? b.code, length: m.words.length, ownCode: m.code !== undefined, ...(reverse ? { reverse } : {}) }
        }
      }
      const f = lx.forms[w]
      if (f) {
        const b = lx.blocks[f[0]]!
        const reverse = f[1] !== undefined ? f[2] : b.reverse
        return { lemma: b.lemma, lexicon: x, block: f[0], code: f[1] ?? b.code, length: 1, ownCode: f[1] !== undefined, ...(reverse ? { reverse } : {}) }
      }
    }
    return undefined
  }

  /**
   * The code for a verb cue given its context: the most specific matching pattern
   * (most slots), else the form's or block's default. `after` are the words after
   * the verb, `before` the clause words before it (upper-case).
   */
  codeVerb(entry: VerbEntry, before: readonly string[], after: readonly string[]): { code: string; pattern: boolean; reverse?: string } | undefined {
    const block = this.lexicons[entry.lexicon]!.blocks[entry.block]!
    let best: VerbPattern | undefined
    let bestSize = 0
    const afterWords = after.slice(0, 12)
    const beforeWords = before.slice(-8)
    const afterStems = afterWords.map(stemsOf)
    const beforeStems = beforeWords.map(stemsOf)
    for (const p of candidatePatterns(block, afterStems, beforeStems)) {
      const size = p.pre.length + p.post.length
      if (size <= bestSize) continue
      // a form with its own code is refined only by what follows it, not by who precedes it
      if (entry.ownCode && p.post.length === 0) continue
      if (p.post.length > 0 && !slotsMatch(p.post, afterWords, afterStems, 0, afterWords.length, 6)) continue
      if (p.pre.length > 0 && !slotsMatch(p.pre, beforeWords, beforeStems, 0, beforeWords.length)) continue
      best = p
      bestSize = size
    }
    if (best) return best.reverse ? { code: best.code, pattern: true, reverse: best.reverse } : { code: best.code, pattern: true }
    if (entry.code === undefined || entry.code === '---') return undefined
    return entry.reverse ? { code: entry.code, pattern: false, reverse: entry.reverse } : { code: entry.code, pattern: false }
  }

  /** A new lexicon with `extra` consulted before this one. */
  with(...extra: VerbLexicon[]): CueLexicon {
    return new CueLexicon([...extra, ...this.lexicons])
  }
}

/** The shipped lexicon, derived from the PETRARCH2 CAMEO verb dictionary. */
export const defaultLexicon = new CueLexicon([data as unknown as VerbLexicon])

// ---------------------------------------------------------------- our own hand lexicon

/**
 * Noun cues (nominalisations). Keys are lower-case singular and plural forms.
 * `light` nouns need a light verb or an explicit role ("by X", "of X", "X's") to count.
 */
export const NOUN_CUES: ReadonlyMap<string, string> = new Map(Object.entries({
  arrest: '173', arrests: '173', detention: '173', detentions: '173', roundup: '173', crackdown: '175',
  raid: '190', raids: '190', attack: '190', attacks: '190', assault: '190', offensive: '190', incursion: '190',
  incursions: '190', ambush: '190', clashes: '190', airstrike: '195', airstrikes: '195', 'air strike': '195', 'air strikes': '195',
  bombing: '183', bombings: '183', shelling: '194', bombardment: '194', 'rocket fire': '194', assassination: '186',
  killing: '190', killings: '190', massacre: '202', kidnapping: '181', abduction: '181', abductions: '181',
  siege: '191', blockade: '191', invasion: '192', occupation: '192', execution: '186', executions: '186',
  visit: '042', visits: '042', talks: '043', negotiations: '046', 'peace talks': '046',
  protest: '141', protests: '141', demonstration: '141', demonstrations: '141', 'general strike': '143', 'hunger strike': '1423',
  strike: '195', strikes: '195', 'precision strike': '195', 'precision strikes': '195',
  sanctions: '163', embargo: '163', ceasefire: '0871', truce: '0871', interception: '171', seizure: '171',
  infiltration: '1711', deportation: '174', expulsion: '174', condemnation: '122', accusation: '112',
  accusations: '112', threat: '130', threats: '130', ultimatum: '139', appeal: '020', demand: '100', demands: '100',
  deployment: '154', deployments: '154', contribution: '071', contributions: '071', donation: '071', donations: '071',
  meeting: '040', meetings: '040', agreement: '057', accord: '057', deal: '057',
  // terrorism is unconventional violence (18), not conventional military force (19)
  'terrorist attack': '180', 'terrorist attacks': '180', 'terror attack': '180', 'terror attacks': '180',
  'bomb attack': '183', 'bomb attacks': '183', 'suicide attack': '1831', 'suicide attacks': '1831',
  grant: '071', grants: '071', 'air support': '062',
  atrocity: '180', atrocities: '180',
  // CAMEO 181 abduct, hijack, take hostage; 145 protest violently, riot; 173 arrest, detain, or charge with legal action
  hijacking: '181', hijackings: '181', riot: '145', riots: '145', rioting: '145', charges: '173', indictment: '173',
}))

/** People who protest: the violence they do is a riot (CAMEO 145: "protesters threw stones at police"). Lemmas. */
export const PROTESTER_NOUNS: ReadonlySet<string> = new Set(['protester', 'protestor', 'demonstrator', 'rioter', 'mob', 'crowd'])

/**
 * Weapons and unnamed attackers that do violence as a clause's subject ("a roadside bomb killed a soldier", "a suicide
 * bomber struck a convoy", "gunmen opened fire"): the act is coded on its victim with no actor (verb-events.ts).
 */
export const ATTACKER_NOUNS: ReadonlySet<string> = new Set(['bomb', 'bomber', 'explosion', 'blast', 'explosive', 'device',
  'gunman', 'gunmen', 'attacker', 'assailant', 'sniper', 'rocket', 'missile', 'mortar', 'shell', 'grenade', 'mine',
  'landmine', 'ied', 'gunfire', 'fire', 'shelling', 'airstrike', 'strike', 'raid', 'ambush', 'militant', 'insurgent',
  'rebel', 'fighter', 'kidnapper', 'hijacker', 'shooter', 'mob', 'rioter'])

/** Heads of an object that names people: capturing them is an arrest (173), capturing a place is occupying it (192). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['fighter', 'militant', 'insurgent', 'rebel', 'suspect', 'leader', 'member',
  'soldier', 'commander', 'gunman', 'man', 'woman', 'people', 'person', 'civilian', 'terrorist', 'official', 'activist', 'guerrilla',
  'militiaman', 'operative', 'lieutenant', 'chief', 'follower', 'supporter', 'smuggler', 'kidnapper', 'prisoner', 'hostage'])
/** Capturing verbs (lemmas) coded by what is captured. */
export const CAPTURE_LEMMAS: ReadonlySet<string> = new Set(['capture', 'seize', 'nab', 'catch'])

// noun classes the code refinements read (src/events/code-refinements.ts, verb-code.ts), lower-cased lemmas
/** Arguments that make a killing a bombing ("killed by a roadside bomb", "in a bomb blast"), lemmas. */
export const BLAST_NOUNS: ReadonlySet<string> = new Set(['bomb', 'blast', 'explosion', 'explosive', 'bombing', 'bomber', 'ied', 'device'])
/** Arguments that are an armed force's fire ("the airstrike killed", "clashes killed"): military force (19) stays. */
export const FORCE_NOUNS: ReadonlySet<string> = new Set(['strike', 'airstrike', 'raid', 'shelling', 'shell', 'artillery', 'missile', 'rocket',
  'fighting', 'clash', 'battle', 'offensive', 'operation', 'crossfire', 'gunfire', 'fire', 'combat', 'gunbattle', 'firefight', 'skirmish',
  'sweep', 'action', 'shooting'])
/** Victims who are combatants ("five rebels were killed", "two more soldiers were killed"): fighting (19) stays. Lower-cased lemmas. */
export const COMBATANT_NOUNS: ReadonlySet<string> = new Set(['soldier', 'marine', 'marines', 'troop', 'troops', 'fighter', 'militant', 'insurgent',
  'rebel', 'guerrilla', 'militiaman', 'commando', 'paratrooper', 'serviceman'])
/** Irregular armed groups and criminals (lemmas): the people they take are abducted (181), never arrested (173). */
export const IRREGULAR_NOUNS: ReadonlySet<string> = new Set(['gunman', 'gunmen', 'militant', 'insurgent', 'rebel', 'kidnapper', 'pirate',
  'guerrilla', 'extremist', 'abductor', 'hijacker', 'bandit', 'terrorist', 'jihadist', 'militiaman', 'captor', 'assailant', 'attacker'])
/** People who are taken (lemmas), beyond PEOPLE_NOUNS ("seized three aid workers"). */
export const TAKEN_NOUNS: ReadonlySet<string> = new Set(['worker', 'journalist', 'reporter', 'tourist', 'foreigner', 'engineer', 'employee',
  'student', 'child', 'villager', 'passenger', 'crew', 'contractor', 'missionary', 'diplomat', 'policeman', 'officer', 'teacher'])
/** Weapons and people that do what a participle says ("backed by helicopter gunships", "killed by a drunken driver"), lemmas. */
export const ARMED_DOERS: ReadonlySet<string> = new Set(['gunship', 'helicopter', 'aircraft', 'warplane', 'jet', 'plane', 'drone', 'artillery',
  'tank', 'ship', 'warship', 'police', 'policeman', 'officer', 'guard', 'troop', 'force', 'driver', 'youth', 'crowd', 'army', 'militia'])

/** Places a ground operation takes or clears ("cleared three villages"); anything else cleared is no fighting ("cleared the extradition"). */
export const GROUND_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'area', 'district', 'territory', 'neighborhood',
  'neighbourhood', 'quarter', 'road', 'route', 'highway', 'region', 'province', 'base', 'position', 'stronghold', 'hill', 'mile',
  'kilometer', 'kilometre', 'percent', 'ground', 'bridge', 'airport', 'camp', 'compound', 'building', 'pocket', 'border', 'valley',
  'capital', 'suburb', 'outskirts', 'countryside', 'front', 'line', 'enclave', 'sector', 'corridor'])

/**
 * What is given decides the code of a giving verb (provide, give, deliver, supply, send, donate): the head noun of
 * what is given (lemma), or a modifier of a general head ("air support", "humanitarian assistance"). Giving anything
 * else ("provide security", "provided the following statement") is no event.
 */
export const GIVEN_CODES: ReadonlyMap<string, string> = new Map(Object.entries({
  // military aid (072)
  equipment: '072', weapon: '072', arm: '072', arms: '072', ammunition: '072', munition: '072', mask: '072', gasmask: '072',
  vehicle: '072', helmet: '072', material: '072', materiel: '072', military: '072',
  // humanitarian aid (073)
  aid: '073', food: '073', supply: '073', supplies: '073', medicine: '073', shelter: '073', relief: '073', humanitarian: '073',
  // economic aid (071)
  money: '071', funding: '071', fund: '071', funds: '071', loan: '071', grant: '071', financing: '071', financial: '071', economic: '071',
  // military cooperation (062)
  training: '062', advice: '062', air: '062', 'advise': '062', intelligence: '062',
}))
export const GIVE_LEMMAS: ReadonlySet<string> = new Set(['provide', 'give', 'deliver', 'supply', 'send', 'donate'])

/** Light verbs whose object noun carries the event ("carried out raids", "staged a protest"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'launch', 'launched', 'launches', 'launching', 'carry', 'carried', 'carries', 'carrying', 'conduct', 'conducted',
  'conducts', 'conducting', 'stage', 'staged', 'stages', 'staging', 'mount', 'mounted', 'mounts', 'make', 'made', 'makes',
  'hold', 'held', 'holds', 'holding', 'pay', 'paid', 'pays', 'impose', 'imposed', 'imposes', 'wage', 'waged', 'wages',
  'unleash', 'unleashed', 'begin', 'began', 'begun', 'begins', 'start', 'started', 'starts', 'continue', 'continued',
  'step', 'stepped', 'intensify', 'intensified', 'escalate', 'escalated', 'issue', 'issued', 'issues', 'announce',
  'announced', 'lift', 'lifted', 'declare', 'declared', 'order', 'ordered', 'execute', 'executed',
])

/**
 * Multi-word cues that a verb dictionary lacks or codes wrongly. Each token slot lists
 * lower-case alternatives; the first slot is the head (the cue starts there).
 */
export interface PhraseCue {
  readonly slots: readonly (readonly string[])[]
  readonly code: string
  readonly passiveWith?: string
  /** The subject undergoes the act ("the convoy came under attack"): it is the target, and nobody named is the actor. */
  readonly undergone?: true
}
const TAKE = ['take', 'took', 'taken', 'takes', 'taking']
export const PHRASE_CUES: readonly PhraseCue[] = [
  { slots: [TAKE, ['in'], ['for'], ['questioning', 'interrogation']], code: '173' },
  { slots: [TAKE, ['into'], ['custody']], code: '173' },
  { slots: [TAKE, ['prisoner', 'captive', 'hostage']], code: '173' },
  { slots: [['swore', 'swear', 'sworn', 'swears', 'pledged', 'pledge', 'pledges', 'pledging', 'declared', 'renewed'], ['allegiance', 'loyalty']], code: '051' },
  { slots: [['opened', 'open', 'opens'], ['fire']], code: '190' },
  { slots: [['set'], ['fire'], ['to']], code: '180' },
  { slots: [['handed', 'hand', 'hands'], ['over']], code: '0841' },
  { slots: [['cracked', 'crack', 'cracks', 'cracking'], ['down']], code: '175' },
  { slots: [['rounded', 'round', 'rounds', 'rounding'], ['up']], code: '173' },
  { slots: [['shot', 'shoot', 'shoots'], ['dead', 'down']], code: '190' },
  // "committed to working closely with Turkey", "will continue to work with the international community": intent to cooperate
  { slots: [['work', 'works', 'working', 'worked', 'cooperate', 'cooperating', 'co-operate', 'co-operating'], ['with']], code: '030' },
  { slots: [['work', 'works', 'working', 'worked', 'cooperate', 'cooperating'], ['closely', 'together', 'hand'], ['with', 'in']], code: '030' },
  { slots: [['stand', 'stands', 'standing'], ['with', 'by', 'shoulder-to-shoulder', 'alongside']], code: '030' },
  // "Da'esh has claimed responsibility for the attacks": a claim that is an event of its own
  { slots: [['claim', 'claims', 'claimed', 'claiming', 'admitted', 'accepted', 'took', 'take', 'takes'], ['responsibility', 'credit']], code: '015' },
  // "called for an end to the attacks" is a demand ("called on X to" stays an appeal, 020)
  { slots: [['call', 'calls', 'called', 'calling'], ['for']], code: '100' },
  // "Japan surrendered unconditionally", "the rebels surrendered to the army": a military surrender (0874) needs no target
  { slots: [['surrendered', 'surrender', 'surrenders', 'surrendering', 'capitulated', 'capitulate', 'capitulates']], code: '0874' },
  // "called on the prime minister to allow …" is an appeal (020), not a telephone call (041)
  { slots: [['call', 'calls', 'called', 'calling'], ['on', 'upon']], code: '020' },
  // "a U.S. convoy came under attack", "the base came under rocket fire": the subject is attacked
  { slots: [['came', 'come', 'comes', 'coming'], ['under'], ['attack', 'fire', 'assault']], code: '190', undergone: true },
  // "was placed under house arrest", "put him under arrest"
  { slots: [['placed', 'place', 'places', 'put', 'puts'], ['under'], ['arrest']], code: '173' },
  { slots: [['placed', 'place', 'places', 'put', 'puts'], ['under'], ['house'], ['arrest']], code: '173' },
  // "Sharon and Abbas spoke by telephone": a talk, not a statement (CAMEO 041 discuss by telephone)
  { slots: [['spoke', 'speak', 'speaks', 'talked', 'talk'], ['by', 'over'], ['telephone', 'phone']], code: '041' },
  { slots: [['came', 'come', 'comes', 'coming'], ['under'], ['rocket', 'mortar', 'heavy', 'artillery', 'gun', 'machine-gun', 'sniper'], ['attack', 'fire', 'assault']], code: '190', undergone: true },
]

/** Pure speech verbs, by lemma (src/text/english.ts): never events themselves, whatever pattern follows ("said the visit was …"). */
export const SPEECH_VERBS: ReadonlySet<string> = SPEECH_VERB_LEMMAS

/**
 * Verbs that frame events rather than being events: speech and belief ("said", "claimed",
 * "confirmed"), perception and support verbs ("passed", "managed"). They are coded only when
 * a specific dictionary pattern matches ("expressed concern"), never by their default code.
 */
export const FRAME_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'adding', 'claim', 'claimed', 'claims',
  'claiming', 'report', 'reported', 'reports', 'state', 'stated', 'states', 'note', 'noted', 'notes', 'explain', 'explained',
  'confirm', 'confirmed', 'confirms', 'announce', 'announced', 'write', 'wrote', 'insist', 'insisted', 'believe', 'believes',
  'believed', 'think', 'thinks', 'thought', 'argue', 'argued', 'suggest', 'suggested', 'recall', 'recalled', 'acknowledge',
  'acknowledged', 'admit', 'admitted', 'assert', 'asserted', 'allege', 'alleged', 'alleges', 'speak', 'spoke', 'speaking',
  'mention', 'mentioned', 'describe', 'described', 'quote', 'quoted', 'reveal', 'revealed', 'disclose', 'disclosed', 'indicate',
  'indicated', 'estimate', 'estimated', 'learn', 'learned', 'know', 'knew', 'known', 'expect', 'expected', 'hope', 'hoped',
  'see', 'saw', 'seen', 'feel', 'felt', 'appear', 'appeared', 'seem', 'seemed', 'mean', 'meant', 'become', 'became', 'remain',
  'remained', 'get', 'got', 'give', 'gave', 'given', 'serve', 'served', 'pass', 'passed', 'help', 'helped', 'manage', 'managed',
  'according', 'associated', 'affiliated', 'linked', 'intended', 'supposed', 'leading', 'based', 'involved', 'related', 'contained',
  'contain', 'contains', 'include', 'included', 'includes', 'mean', 'means', 'need', 'needs', 'needed', 'let', 'lets',
  'die', 'died', 'dies', 'take', 'takes', 'took', 'taken', 'taking', 'use', 'used', 'uses', 'using', 'continue', 'continued',
  'continues', 'circulate', 'circulated', 'assign', 'assigned', 'set', 'sets', 'comply', 'complies', 'complied',
])

/** Verbs that carry another verb in an infinitive: "tried to X" (attempted), "plans to X" (planned). */
export const ATTEMPT_VERBS: ReadonlySet<string> = new Set([
  'fail', 'failed', 'fails', 'failing',
  'try', 'tried', 'tries', 'trying', 'attempt', 'attempted', 'attempts', 'attempting', 'seek', 'sought', 'seeks', 'seeking',
  'act', 'acting', 'acted', 'acts', 'strive', 'strove', 'struggle', 'struggled',
])
export const PLAN_VERBS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'want', 'wants', 'wanted', 'prepare', 'prepares',
  'prepared', 'preparing', 'aim', 'aims', 'aimed', 'vow', 'vowed', 'vows', 'threaten', 'threatened', 'threatens', 'promise',
  'promised', 'promises', 'pledge', 'pledged', 'expect', 'expected', 'hope', 'hoped', 'decide', 'decided', 'agree', 'agreed',
  'set', 'going', 'about', 'scheduled', 'due', 'ready', 'meant', 'supposed',
])
