/**
 * Word lists for attribution, all written by hand: reporting cues, stance and
 * hedge words. (PolNeAR, the attribution corpus Dossier is measured on, may not
 * train anything that ships, so no list here is learned from it.)
 * @module
 */
import { stringMemo } from '../model/index.js'
import { NEGATORS } from '../text/english.js'

/**
 * The core verbs of news attribution, as lemmas (score 1): every form the lemmatiser (doc.syntax) maps to one of
 * them is a cue ("said", "says", "saying" → say).
 */
const CORE_CUE_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'claim', 'confirm', 'deny', 'note', 'insist', 'argue', 'warn', 'explain', 'announce', 'report',
  'write', 'believe', 'think', 'allege', 'admit', 'acknowledge', 'reject', 'dismiss', 'suggest', 'assert', 'declare',
  'maintain', 'tweet',
]

/** Words that distance the reporter or the speaker from the content ("claimed", "allegedly"). */
export const HEDGE_WORDS = new Set(['claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'allegedly',
  'reportedly', 'purportedly', 'purported', 'supposedly', 'apparently', 'unconfirmed', 'unverified', 'rumored', 'rumoured',
  'possibly', 'perhaps', 'may', 'might', 'could', 'likely', 'unlikely', 'probably', 'suspected', 'presumably', 'seemingly'])
/** Negations that turn an assertion into a denial ("did not say", "never told"). */
export const NEGATIONS: ReadonlySet<string> = new Set([...NEGATORS, 'no'])

/**
 * More reporting, attitude and evidence verbs, as lemmas. Weaker than the core list (score below 1): after a
 * determiner or a number they are read as nouns ("the estimates", "35 states").
 */
const MORE_CUE_LEMMAS: readonly string[] = [
  // saying and telling
  'advise', 'affirm', 'answer', 'assure', 'brag', 'caution', 'cite', 'clarify', 'comment', 'complain', 'concede',
  'conclude', 'confess', 'contend', 'counter', 'cry', 'decry', 'demand', 'describe', 'detail', 'disclose', 'emphasize',
  'emphasise', 'exclaim', 'forecast', 'grumble', 'hint', 'imply', 'indicate', 'inform', 'instruct', 'joke', 'lament',
  'mention', 'mutter', 'object', 'observe', 'opine', 'plead', 'pledge', 'posit', 'proclaim', 'promise', 'propose',
  'protest', 'quip', 'reassure', 'recount', 'reiterate', 'remark', 'remind', 'repeat', 'reply', 'respond', 'retort',
  'reveal', 'scoff', 'shout', 'signal', 'speculate', 'stress', 'swear', 'testify', 'threaten', 'underline',
  'underscore', 'urge', 'vow', 'whisper', 'recall', 'predict', 'estimate', 'assess', 'boast', 'accuse', 'charge', 'blame',
  'criticize', 'criticise', 'condemn', 'denounce', 'praise', 'applaud', 'welcome', 'question', 'refute',
  'lambaste', 'chide', 'scold', 'rebuke', 'berate', 'castigate', 'assail', 'excoriate', 'fault', 'bash', 'skewer', 'hammer', 'knock',
  'trash', 'savage', 'acclaim', 'commend', 'laud', 'salute', 'congratulate', 'credit',
  'deride', 'disparage', 'belittle', 'insult', 'smear', 'demonize', 'vilify', 'denigrate', 'malign', 'ponder', 'mull', 'contemplate',
  'dispute', 'contradict', 'rebut', 'reaffirm', 'recommend', 'request', 'suggest', 'concur', 'agree', 'disagree',
  'wonder', 'ask', 'inquire', 'acknowledge', 'admit', 'announce', 'assert', 'declare', 'explain', 'insist', 'maintain',
  'state', 'tweet', 'post', 'email', 'text', 'telephone', 'write', 'tell', 'add', 'note', 'argue', 'warn', 'claim',
  'allege', 'confirm', 'deny', 'report', 'reject', 'dismiss', 'talk', 'voice',
  // believing and feeling
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry', 'doubt', 'suspect', 'assume', 'guess', 'know',
  'realize', 'realise', 'recognize', 'recognise', 'understand', 'envision', 'imagine', 'reckon', 'presume', 'trust',
  'insinuate', 'figure',
  // stance: backing, opposing, wanting
  'endorse', 'defend', 'oppose', 'back', 'refuse', 'decline', 'seek', 'want', 'intend', 'prefer',
  'favor', 'favour', 'slam', 'blast', 'attack', 'mock', 'ridicule', 'thank', 'discuss', 'compare', 'call',
  'express', 'consider', 'order', 'tout', 'highlight', 'echo', 'learn', 'view', 'regard',
  'offer', 'name', 'decide', 'identify', 'quote', 'deem', 'portray', 'reference', 'remember',
  'characterize', 'characterise', 'label', 'brand', 'dub', 'hail', 'rule', 'determine',
  // raising verbs: the subject's own hedge, read with the verb after them ("seemed to imply")
  'seem', 'appear',
  // evidence ("polls show", "the study found")
  'show', 'demonstrate',
]

/**
 * Verbs that are cues only in some of their uses; elsewhere they mislead more than they find:
 * - `inflected`: not the base form ("supported", "voted to"; not "the support", "a vote");
 * - `finite`: neither the base nor the -ing form ("polls found", "sees"; not "to see", "seeing its economy contract");
 * - `infinitive`: before "to" ("plans to run"; not "planned acts of violence");
 * - `framing`: before a quote, a colon, a comma, the sentence's end or "that" ("he continued: “…”"; not "continued to fall").
 */
export type CueRestriction = 'inflected' | 'finite' | 'infinitive' | 'framing'
const RESTRICTED: ReadonlyArray<readonly [string, CueRestriction]> = [
  ['support', 'inflected'], ['vote', 'finite'], ['see', 'finite'], ['find', 'finite'], ['plan', 'infinitive'], ['continue', 'framing'],
]

/** Does a restricted cue's word `w` (lemma `lemma`), with `next` after it, report? */
export function restrictionHolds(r: CueRestriction, w: string, lemma: string, next: string | undefined): boolean {
  if (r === 'inflected') return w !== lemma
  if (r === 'finite') return w !== lemma && !/ing$/.test(w)
  if (r === 'infinitive') return next === 'to'
  return next === undefined || next === 'that' || /^[,:.;“”"'‘’`—–-]+$/.test(next)
}

/**
 * Several-word cues, as the lemma of their first word and the words after it ("go on to say" is "went on to say",
 * "goes on to say" …); adjectives and fixed phrases are their own lemma ("critical of", "according to").
 */
const CUE_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['accord', 'to'], ['go', 'on to say'], ['spell', 'out'], ['weigh', 'in'], ['speak', 'about'], ['rail', 'against'], ['go', 'after'],
  ['agree', 'with'], ['shoot', 'back'], ['fire', 'back'], ['hit', 'back'], ['push', 'back'], ['strike', 'back'],
  // a stance held: "was critical of", "is confident that"
  ['critical', 'of'], ['skeptical', 'of'], ['sceptical', 'of'], ['supportive', 'of'], ['dismissive', 'of'], ['wary', 'of'],
  ['confident', 'that'], ['optimistic', 'that'], ['sure', 'that'], ['certain', 'that'], ['hopeful', 'that'], ['adamant', 'that'],
  ['make', 'it clear'], ['put', 'it'], ['would', 'like'], ['ask', 'for'],
  // phrasal cues and idioms of a light verb and its object ("point out", "took issue with")
  ['point', 'out'], ['point', 'to'], ['make', 'clear'], ['call', 'for'], ['call', 'on'], ['refer', 'to'], ['talk', 'about'], ['side', 'with'],
  ['respond', 'to'], ['reply', 'to'], ['rule', 'out'],
  ['take', 'issue with'], ['take', 'aim at'], ['take', 'credit for'], ['take', 'a swipe at'], ['take', 'swipes at'], ['take', 'a shot at'],
  ['take', 'shots at'], ['take', 'exception to'], ['take', 'a stand against'], ['take', 'responsibility for'],
  ['make', 'the case'], ['make', 'the case for'], ['make', 'the case that'], ['make', 'no secret of'], ['make', 'no apologies for'],
  ['make', 'a pitch'], ['make', 'a pitch for'], ['make', 'the argument'], ['make', 'light of'],
  ['put', 'forth'], ['put', 'forward'], ['lay', 'out'], ['lash', 'out at'], ['hit', 'out at'], ['speak', 'out'], ['speak', 'out against'],
  ['vote', 'for'], ['vote', 'against'], ['apologize', 'for'], ['apologise', 'for'], ['shrug', 'off'], ['brush', 'off'], ['play', 'down'],
  ['allude', 'to'], ['touch', 'on'], ['balk', 'at'], ['open', 'up about'],
  ['distance', 'himself from'], ['distance', 'herself from'], ['distance', 'themselves from'], ['distance', 'itself from'],
  ['come', 'out against'], ['come', 'out for'], ['come', 'out in favor of'], ['sound', 'off'], ['weigh', 'in on'],
]

/**
 * The lemmas an inflected verb's suffix allows ("warning" → warn, warne; "urged" → urg, urge; "plans" → plan): for a
 * word the lemmatiser left as it is, having read it as a noun or an adjective ("are warning of", "warning that …");
 * the cue checks after the lexicon decide, by part of speech and context, whether it is a verb.
 */
export const suffixLemmas: (w: string) => readonly string[] = stringMemo(readSuffix)

function readSuffix(w: string): readonly string[] {
  const m = /^(\p{Ll}{3,}?)(ies|ied|ing|ed|es|s)$/u.exec(w)
  if (!m) return []
  const [, base, suffix] = m as unknown as [string, string, string]
  if (suffix === 'ies' || suffix === 'ied') return [`${base}y`]
  if (suffix === 's') return [base]
  if (suffix === 'es') return [base, `${base}e`]
  const undoubled = /([^aeiou])\1$/.test(base) ? [base.slice(0, -1)] : []
  return [base, `${base}e`, ...undoubled]
}

/** Score of the cues beyond the core list. */
const MORE_CUE_SCORE = 0.8

export interface CueLexicon {
  /**
   * Cues → score in 0..1 (1: the core list): the lemma of the cue's first word, then the words after it in lower
   * case, space-joined ("say", "take issue with").
   */
  readonly entries: ReadonlyMap<string, number>
  /** Single-word cues (lemmas) that report only in some uses. */
  readonly restricted: ReadonlyMap<string, CueRestriction>
  /** Longest entry in tokens. */
  readonly maxLen: number
}

/** The default lexicon: the core cues (score 1) and the wider lists below it, keyed by lemma. */
export function cueLexicon(): CueLexicon {
  const entries = new Map<string, number>()
  for (const lemma of CORE_CUE_LEMMAS) entries.set(lemma, 1)
  for (const lemma of [...MORE_CUE_LEMMAS, ...RESTRICTED.map(([l]) => l)]) if (!entries.has(lemma)) entries.set(lemma, MORE_CUE_SCORE)
  for (const [first, rest] of CUE_PHRASES) entries.set(`${first} ${rest}`, MORE_CUE_SCORE)
  let maxLen = 1
  for (const k of entries.keys()) maxLen = Math.max(maxLen, k.split(' ').length)
  return { entries, maxLen, restricted: new Map(RESTRICTED) }
}

/**
 * Can this single token be a reporting cue? Verbs can; so can a word the tagger
 * calls a noun when "that" follows and no determiner precedes it ("filings show
 * that …").
 */
export function singleCueTokenOk(pos: string | undefined, nextLower: string | undefined, prevPos: string | undefined): boolean {
  if (pos === 'VERB' || pos === 'AUX') return true
  return pos === 'NOUN' && nextLower === 'that' && prevPos !== 'DET' && prevPos !== 'ADJ' && prevPos !== 'ADP'
}
