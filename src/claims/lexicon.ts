/**
 * Word lists for attribution: reporting cues (a hand list plus the list learned
 * from PolNeAR by scripts/learn-cues.ts), stance and hedge words.
 * @module
 */
import { LEARNED_CUES } from './cues.learned.js'

/** Reporting cues written by hand: the core verbs of news attribution in all their forms. */
const HAND_CUES: readonly string[] = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'according to', 'claim', 'claims', 'claimed', 'claiming', 'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied', 'denying', 'state', 'states', 'stated', 'note', 'notes', 'noted', 'noting',
  'insist', 'insists', 'insisted', 'insisting', 'argue', 'argues', 'argued', 'arguing', 'warn', 'warns', 'warned', 'warning',
  'explain', 'explains', 'explained', 'announce', 'announces', 'announced', 'report', 'reports', 'reported',
  'write', 'writes', 'wrote', 'believe', 'believes', 'believed', 'think', 'thinks', 'allege', 'alleges', 'alleged',
  'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges', 'acknowledged', 'reject', 'rejects', 'rejected',
  'dismiss', 'dismissed', 'dismisses', 'suggest', 'suggests', 'suggested', 'assert', 'asserts', 'asserted',
  'declare', 'declares', 'declared', 'maintain', 'maintains', 'maintained', 'tweet', 'tweets', 'tweeted',
  'testify', 'testified', 'revealed', 'disclosed', 'stressed', 'emphasized', 'emphasised', 'reiterated', 'boasted',
  'speculated', 'estimated', 'predicted', 'promised', 'vowed', 'pledged', 'threatened', 'accused', 'recalled',
  'conceded', 'countered', 'replied', 'responded', 'continued', 'asked', 'wondered', 'agreed', 'disputed', 'refuted',
]

/** Cue words (first token, lower case) that confirm or deny what others reported. */
export const CONFIRM_CUES = new Set(['confirm', 'confirms', 'confirmed', 'confirming', 'verified', 'verifies', 'corroborated',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'backed', 'affirmed', 'reaffirmed'])
export const DENY_CUES = new Set(['deny', 'denies', 'denied', 'denying', 'rejected', 'rejects', 'dismissed', 'dismisses',
  'refuted', 'refutes', 'disputed', 'disputes', 'contradicted', 'rebuffed', 'debunked', 'repudiated'])
/** Cues that by themselves mark the speaker's own uncertainty. */
export const SPECULATIVE_CUES = new Set(['suggest', 'suggests', 'suggested', 'suggesting', 'speculated', 'speculates', 'guessed',
  'estimated', 'estimates', 'suspect', 'suspects', 'suspected', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought',
  'predicted', 'predicts', 'expects', 'expected', 'hopes', 'hoped', 'wondered', 'feared', 'fears', 'seems', 'seemed', 'appears', 'appeared'])
/** Words that distance the reporter or the speaker from the content ("claimed", "allegedly"). */
export const HEDGE_WORDS = new Set(['claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'allegedly',
  'reportedly', 'purportedly', 'purported', 'supposedly', 'apparently', 'unconfirmed', 'unverified', 'rumored', 'rumoured',
  'possibly', 'perhaps', 'may', 'might', 'could', 'likely', 'unlikely', 'probably', 'suspected', 'presumably', 'seemingly'])
/** Negations that turn an assertion into a denial ("did not say", "never told"). */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no'])

/**
 * Precision a learned cue must reach (share of its occurrences that are gold
 * cues in the tune split). Chosen by 3-fold cross-validation inside tune, the
 * whole learned chain rebuilt per fold (scripts/cv-attribution.ts): 0.25 gives
 * mean CV source F1 0.6946, against 0.6936 at 0.2 and 0.6924 at 0.3.
 */
export const DEFAULT_CUE_THRESHOLD = 0.25

export interface CueLexicon {
  /** Cue token sequences (lower case, space-joined) → score in 0..1. */
  readonly entries: ReadonlyMap<string, number>
  /** Longest entry in tokens. */
  readonly maxLen: number
  readonly threshold: number
}

/** The default lexicon: hand cues (score 1) plus learned cues at or above the threshold. */
export function cueLexicon(threshold = DEFAULT_CUE_THRESHOLD, learned: ReadonlyArray<readonly [string, number]> = LEARNED_CUES): CueLexicon {
  const entries = new Map<string, number>()
  for (const c of HAND_CUES) entries.set(c, 1)
  for (const [c, p] of learned) if (p >= threshold && !entries.has(c)) entries.set(c, p)
  let maxLen = 1
  for (const k of entries.keys()) maxLen = Math.max(maxLen, k.split(' ').length)
  return { entries, maxLen, threshold }
}

/**
 * Can this single token be a reporting cue? Verbs can; so can a word the tagger
 * calls a noun when "that" follows and no determiner precedes it ("filings show
 * that …"). Shared by the extractor and scripts/learn-cues.ts.
 */
export function singleCueTokenOk(pos: string | undefined, nextLower: string | undefined, prevPos: string | undefined): boolean {
  if (pos === 'VERB' || pos === 'AUX') return true
  return pos === 'NOUN' && nextLower === 'that' && prevPos !== 'DET' && prevPos !== 'ADJ' && prevPos !== 'ADP'
}
