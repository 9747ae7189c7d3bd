/**
 * Training of the party ranker: every candidate of a slot of a gold-paired event is an example, positive when choosing
 * it makes that side of the dyad right (the evaluation's own matching decides, in the training script). Trained as a
 * logistic regression (the event scorer's trainer: AdaGrad, fixed order, deterministic); at decoding the scores are
 * compared within one event (ranker.ts).
 * @module
 */
import { trainScorer, type Example, type TrainOptions } from '../scorer/train.js'
import type { PartyCandidate, Slot } from './candidates.js'
import type { PartyModel } from './model.js'

/** Is a candidate right for a slot? `undefined`: the gold accepts any filler (no example). */
export type RightFor = (slot: Slot, c: PartyCandidate) => boolean | undefined

/** The examples of one event: both slots' candidates, a slot only when some candidate is right and some wrong. */
export function partyExamples(cs: Readonly<Record<Slot, readonly PartyCandidate[]>>, right: RightFor, group: string): Example[] {
  const out: Example[] = []
  for (const slot of ['actor', 'target'] as const) {
    const labels = cs[slot].map((c) => right(slot, c))
    if (!labels.includes(true) || !labels.includes(false)) continue
    cs[slot].forEach((c, i) => { if (labels[i] !== undefined) out.push({ features: c.features, label: labels[i] ? 1 : 0, group }) })
  }
  return out
}

export function trainPartyModel(examples: readonly Example[], ownBonus: number, o: TrainOptions = {}): PartyModel {
  const m = trainScorer(examples, 0, o)
  return { version: 1, weights: m.weights, ownBonus }
}
