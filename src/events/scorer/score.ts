/**
 * The learned event scorer applied to a document's coded events: every event gets its `confidence` (the model's
 * probability that it is a real event of its root), and events under the threshold are dropped, so they never
 * reach claims, relations or counts.
 * @module
 */
import type { AnnotatedDoc, Event } from '../../model/index.js'
import { FeatureKeys } from '../json-model.js'
import { eventFeatureKeys, indexDoc } from './features.js'
import { keyProbability, type ScorerModel } from './model.js'
import { outscored } from '../alternatives.js'
import { articleVoice } from './genre.js'
import type { LearnedCue } from '../learned-cues.js'

export interface ScoreOptions {
  /** Drop events under this probability; default the model's own threshold. 0 keeps every event. */
  readonly minConfidence?: number
  /** Events only the loose coder codes: held to the model's `looseThreshold` (or minConfidence when given). */
  readonly loose?: ReadonlySet<string>
  /** The learned cue behind each event coded from one (ExtractOptions.learned): read by the scorer's features. */
  readonly learned?: ReadonlyMap<string, LearnedCue>
}

/** The run-time features, reused from event to event (keys only). */
const KEYS = new FeatureKeys()

/** Each event with its confidence (rounded to 3 decimals), in the coder's order. */
export function withConfidence(doc: AnnotatedDoc, events: readonly Event[], model: ScorerModel, loose: ReadonlySet<string> = new Set(), learned?: ReadonlyMap<string, LearnedCue>): Event[] {
  const ix = indexDoc(doc, events, loose, learned)
  return events.map((e) => ({ ...e, confidence: Math.round(keyProbability(model, eventFeatureKeys(ix, e, KEYS)) * 1000) / 1000 }))
}

/**
 * Score the events and keep those at or over the threshold; with the model's `oneCodePerReading`, a coder's own event
 * is dropped when a kept alternative code of its reading scores higher.
 */
export function scoreEvents(doc: AnnotatedDoc, events: readonly Event[], model: ScorerModel, o: ScoreOptions = {}): Event[] {
  const loose = o.loose ?? new Set<string>()
  const voice = articleVoice(doc)
  const looseMin = model.looseThresholds?.[voice] ?? model.looseThreshold ?? 1
  const ownMin = model.thresholds?.[voice] ?? model.threshold
  const min = (e: Event) => o.minConfidence ?? (loose.has(e.id) ? looseMin : ownMin)
  const kept = (e: Event) => (e.confidence ?? 1) >= min(e)
  const scored = withConfidence(doc, events, model, loose, o.learned)
  const gone = model.oneCodePerReading ? outscored(scored, loose, (e) => e.confidence ?? 1, kept, model.oneCodeScope) : new Set<string>()
  return scored.filter((e) => kept(e) && !gone.has(e.id))
}
