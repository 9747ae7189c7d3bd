/**
 * The verb (or noun) that governs an event's cue as its intended act (issue #16, twenty-eighth session): "Hamas is
 * acting to infiltrate", "tried to kill", "seeks to persuade", "plans to deploy", "an attempt to seize". The modality
 * (modality.ts) already says `attempted` or `planned`; this says which word governs and how (attempt, plan, failure).
 * `scripts/train-events-attempts.ts` tables by it how the training golds code such acts. Scorer features read from it
 * (the governor's class by root and parties) were tried and lost root on the probe, so the scorer does not read it
 * (docs/events.md, twenty-eighth session).
 * @module
 */
import type { AnnotatedDoc } from '../../model/index.js'
import { ATTEMPT_VERBS, PLAN_VERBS } from '../lexicon.js'

/** How a governing word frames the act it carries: tried, planned, failed. */
export type ControlKind = 'attempt' | 'plan' | 'fail'

/** The governor of an event's cue that carries it as an intended act, with its lemma and class. */
export interface Control { readonly lemma: string; readonly kind: ControlKind; readonly rel: string }

const FAIL = 'fail'

/** The class of a governing lemma: an attempt verb or noun ("try", "attempt"), a plan ("plan", "vow"), a failure. */
export function controlKind(lemma: string): ControlKind | undefined {
  const w = lemma.toLowerCase()
  if (w === FAIL) return 'fail'
  if (ATTEMPT_VERBS.has(w)) return 'attempt'
  if (PLAN_VERBS.has(w)) return 'plan'
  return undefined
}

/** Whether token i has a "to" marker among its children (an infinitive). */
function infinitive(syn: NonNullable<AnnotatedDoc['syntax']>['tokens'], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (syn[k]!.head === i && syn[k]!.deprel === 'mark' && syn[k]!.lemma.toLowerCase() === 'to') return true
  return false
}

/**
 * The attempt, plan or failure word governing token `h` through an infinitive: `xcomp` ("tried to kill"), or `advcl`
 * or `acl` marked "to" ("acting to infiltrate", "an attempt to seize"). Undefined otherwise.
 */
export function controlVerb(doc: AnnotatedDoc, h: number): Control | undefined {
  const syn = doc.syntax?.tokens
  const t = syn?.[h]
  if (!syn || !t || t.head < 0) return undefined
  const rel = t.deprel.split(':')[0]!
  if (rel !== 'xcomp' && !((rel === 'advcl' || rel === 'acl') && infinitive(syn, h))) return undefined
  const g = syn[t.head]!
  const kind = controlKind(g.lemma)
  return kind ? { lemma: g.lemma.toLowerCase(), kind, rel } : undefined
}
