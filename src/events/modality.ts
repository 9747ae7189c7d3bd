/**
 * Modality: was the event done, or only attempted, planned, reported, alleged,
 * denied, negated or hypothetical? Decided from the words of the clause before
 * the cue and from the verb that governs it ("tried to …", "plans to …") or
 * frames it: a neutral report ("said that …", "told …", "according to …") gives
 * `reported`, an accusation or claim ("alleged that …", "accused …",
 * "claimed …") `alleged`, a denial `denied`.
 * @module
 */
import type { Modality } from '../model/index.js'
import { ATTEMPT_VERBS, PLAN_VERBS } from './lexicon.js'

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without', 'cannot'])
const FUTURE = new Set(['will', "'ll", 'shall', 'wo'])
const HYPOTHETICAL = new Set(['would', 'could', 'may', 'might', 'should', 'if', 'unless', 'whether', 'ability', 'capacity', 'able', 'capability', 'capabilities'])
const ALLEGED = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly', 'suspected', 'accused', 'alleged'])
const FAILED = new Set(['fail', 'failed', 'fails', 'failing'])
const DENY = new Set(['deny', 'denied', 'denies', 'denying', 'reject', 'rejected', 'dismiss', 'dismissed'])
const ALLEGE_FRAMES = new Set(['allege', 'alleged', 'alleges', 'accuse', 'accused', 'accuses', 'claim', 'claimed', 'claims', 'claiming'])
/** Neutral reporting verbs (lemmas and forms): the event is told by a source, not by the article in its own voice. */
const REPORT_FRAMES = new Set(['say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'report', 'reported', 'reports', 'state',
  'stated', 'states', 'announce', 'announced', 'announces', 'add', 'added', 'adds', 'note', 'noted', 'notes', 'explain', 'explained',
  'confirm', 'confirmed', 'confirms', 'reveal', 'revealed', 'write', 'wrote', 'indicate', 'indicated', 'describe', 'described',
  'according', 'disclose', 'disclosed', 'acknowledge', 'acknowledged', 'admit', 'admitted', 'insist', 'insisted'])

/** Is this word (or lemma) a verb that frames a reported event: a report, an allegation or a denial? */
export function isFrameVerb(word: string): boolean {
  return REPORT_FRAMES.has(word) || ALLEGE_FRAMES.has(word) || DENY.has(word)
}

/**
 * @param before lower-case words of the clause before the cue (nearest last)
 * @param governing the verb governing the cue through "to" ("tried" in "tried to X"), if any
 * @param frame the reporting verb framing the clause ("denied" in "X denied that …"), if any
 */
export function modalityOf(before: readonly string[], governing?: string, frame?: string): Modality {
  const near = before.slice(-5)
  if (near.some((w) => NEGATORS.has(w))) return 'negated'
  if (frame && DENY.has(frame)) return 'denied'
  if (governing && FAILED.has(governing)) return 'negated'
  if (governing && ATTEMPT_VERBS.has(governing)) return 'attempted'
  if (near.includes('attempt') || near.includes('attempts')) return 'attempted'
  if (near.some((w) => FUTURE.has(w)) || (governing && PLAN_VERBS.has(governing)) || near.join(' ').includes('about to') ||
      near.join(' ').includes('going to')) return 'planned'
  if (near.some((w) => HYPOTHETICAL.has(w))) return 'hypothetical'
  if (near.some((w) => ALLEGED.has(w)) || (frame && ALLEGE_FRAMES.has(frame))) return 'alleged'
  if (frame && REPORT_FRAMES.has(frame)) return 'reported'
  return 'asserted'
}
