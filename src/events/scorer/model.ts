/**
 * The event scorer's model: a logistic regression over string features (features.ts; scored at run time as their
 * hash keys), trained by scripts/train-events.ts (train.ts here) on the hand-coded news golds, shipped as
 * models/events/scorer.json.
 * @module
 */
import { z } from 'zod'
import { hashedSum, hashedWeights, linearScore, readJsonModel, type FeatureKeys } from '../json-model.js'

export const ScorerModel = z.object({
  /** Format and feature-set version; features.ts and this must agree. */
  version: z.literal(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /** Events whose probability falls under this are dropped (chosen by article-level cross-validation). */
  threshold: z.number().min(0).max(1),
  /** The coder's own events' threshold of each voice of article (genre.ts); a voice not listed uses `threshold`. */
  thresholds: z.object({ first: z.number().min(0).max(1).optional(), third: z.number().min(0).max(1).optional() }).optional(),
  /**
   * The model was trained on the loose coder's candidates (ExtractOptions.loose), so the stage over-generates for it;
   * an event only the loose coder codes is kept at `looseThreshold` or over.
   */
  loose: z.boolean().optional(),
  looseThreshold: z.number().min(0).max(1).optional(),
  /**
   * The loose threshold of each voice of article (genre.ts: a statement in its own first person, a report in the
   * third), where the two genres were found to want different ones; a voice not listed uses `looseThreshold`.
   */
  looseThresholds: z.object({ first: z.number().min(0).max(1).optional(), third: z.number().min(0).max(1).optional() }).optional(),
  /**
   * One code per reading (cue and parties): the coder's own event is dropped when the scorer keeps an alternative code
   * of its reading (src/events/alternatives.ts) and believes it more (chosen by cross-validation, scripts/train-events.ts).
   */
  oneCodePerReading: z.boolean().optional(),
  /** … and of which events: the coder's own only (absent), or every kept event of a reading that another outscores ('all'). */
  oneCodeScope: z.enum(['own', 'all']).optional(),
})
export type ScorerModel = z.infer<typeof ScorerModel>

/** models/events/ at the repository root (three levels above src/events/scorer and dist/events/scorer). */
export const DEFAULT_SCORER_URL = new URL('../../../models/events/scorer.json', import.meta.url)

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/** Probability that an event with these features is a real event of its root. */
export function probability(model: ScorerModel, features: readonly string[]): number {
  return sigmoid(linearScore(model.weights, features, model.bias))
}

/** The same probability of features built as keys (json-model.ts), the same double as `probability` of their strings. */
export function keyProbability(model: ScorerModel, f: FeatureKeys): number {
  return sigmoid(hashedSum(hashedWeights(model.weights), f.keys, f.length, model.bias))
}

export function readScorerModel(url: URL = DEFAULT_SCORER_URL): ScorerModel {
  return readJsonModel(url, ScorerModel, 'the event scorer model', 'npm run train:events')
}

let shipped: ScorerModel | undefined
/** The shipped model, read once. */
export function defaultScorerModel(): ScorerModel {
  shipped ??= readScorerModel()
  return shipped
}
