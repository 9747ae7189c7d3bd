/**
 * Training of the party ranker: every candidate of a slot of a gold-paired event is an example, positive when choosing
 * it makes that side of the dyad right (the evaluation's own matching decides, in the training script). Two objectives:
 * pointwise, a logistic regression per candidate (the event scorer's trainer: AdaGrad, fixed order, deterministic), and
 * listwise, a softmax over one slot's candidates whose right ones should take the probability (the ranker compares
 * scores within one slot, so only their differences matter). At decoding the scores are compared within one event
 * (ranker.ts).
 * @module
 */
import { adagrad, hashOrder, keptFeatures, meanWeights, orderSeeds, storedWeights, trainScorer, type Example, type TrainOptions } from '../scorer/train.js'
import type { PartyCandidate, Slot } from './candidates.js'
import type { PartyModel } from './model.js'

/** Is a candidate right for a slot? `undefined`: the gold accepts any filler (no example). */
export type RightFor = (slot: Slot, c: PartyCandidate) => boolean | undefined

/** One slot's labelled candidates: some right, some wrong. */
export interface PartyList {
  readonly features: ReadonlyArray<readonly string[]>
  readonly right: readonly boolean[]
  readonly group: string
  /** The list's natural key (article, event, slot); its place in a seeded training order is a hash of it. */
  readonly key?: string
}

/**
 * The lists of one event: a slot only when some candidate is right and some wrong (candidates any filler suits left
 * out). `event` is the event's own key (its id: article, cue, code); each list's key adds the slot.
 */
export function partyLists(cs: Readonly<Record<Slot, readonly PartyCandidate[]>>, right: RightFor, group: string, event?: string): PartyList[] {
  const out: PartyList[] = []
  for (const slot of ['actor', 'target'] as const) {
    const labelled = cs[slot].map((c) => ({ c, l: right(slot, c) })).filter((x) => x.l !== undefined)
    if (!labelled.some((x) => x.l) || !labelled.some((x) => !x.l)) continue
    out.push({ features: labelled.map((x) => x.c.features), right: labelled.map((x) => x.l === true), group, ...(event ? { key: `${group}:${event}:${slot}` } : {}) })
  }
  return out
}

/** The examples of one event, one per labelled candidate of the lists. */
export function partyExamples(cs: Readonly<Record<Slot, readonly PartyCandidate[]>>, right: RightFor, group: string): Example[] {
  return partyLists(cs, right, group).flatMap((l) => l.features.map((features, i) => ({ features, label: l.right[i] ? 1 as const : 0 as const, group })))
}

export function trainPartyModel(examples: readonly Example[], ownBonus: number, o: TrainOptions = {}): PartyModel {
  const m = trainScorer(examples, 0, o)
  return { version: 1, weights: m.weights, ownBonus }
}

/**
 * Listwise training: per slot, a softmax over its candidates; the loss is −log of the probability the right candidates
 * take together. L2-regularised, AdaGrad over the lists in a fixed order (deterministic); features seen in fewer than
 * `minCount` lists are left out. With `orders` (as the event scorer, src/events/scorer/train.ts) each list's place is a
 * hash of its own key, so a list more or less moves no other, and the models of `orders` seeded orders are averaged;
 * unset or 0: the one order of before, a hash of each list's index.
 */
export function trainListwise(lists: readonly PartyList[], ownBonus: number, o: TrainOptions = {}): PartyModel {
  const keep = keptFeatures(lists.map((l) => l.features.flat()), o.minCount)
  const runs = orderSeeds(o.orders).map((seed) => listwiseOnce(orderedLists(lists, seed), keep, o))
  return { version: 1, weights: storedWeights(meanWeights(runs)), ownBonus }
}

/** The lists in the seeded order of their keys (the group and features when a list has none); `seed` undefined: by index. */
function orderedLists(lists: readonly PartyList[], seed: number | undefined): PartyList[] {
  return hashOrder(lists, seed === undefined
    ? (l, i) => `${i}:${l.group}:${l.features.length}`
    : (l) => `${seed}:${l.group}:${l.key ?? l.features.map((f) => f.join('|')).join('/')}`)
}

/** One AdaGrad run over the lists in one order. */
function listwiseOnce(order: readonly PartyList[], keep: (f: string) => boolean, o: TrainOptions): Map<string, number> {
  const rate = o.rate ?? 0.3
  const l2 = o.l2 ?? 1e-3
  const w = new Map<string, number>()
  const g2 = new Map<string, number>()
  const fsOf = order.map((l) => l.features.map((fs) => [...new Set(fs)].filter(keep)))
  for (let ep = 0; ep < (o.epochs ?? 30); ep++) {
    order.forEach((l, li) => step(fsOf[li]!, l.right, w, g2, rate, l2))
  }
  return w
}

/** One AdaGrad step on one list: the gradient of a feature is its expected count under the model minus under the right ones. */
function step(fs: ReadonlyArray<readonly string[]>, right: readonly boolean[], w: Map<string, number>, g2: Map<string, number>, rate: number, l2: number): void {
  const s = fs.map((f) => f.reduce((a, x) => a + (w.get(x) ?? 0), 0))
  const mx = Math.max(...s)
  const e = s.map((x) => Math.exp(x - mx))
  const z = e.reduce((a, b) => a + b, 0)
  const zr = e.reduce((a, b, i) => a + (right[i] ? b : 0), 0)
  const grad = new Map<string, number>()
  fs.forEach((f, i) => {
    const d = e[i]! / z - (right[i] ? e[i]! / zr : 0)
    if (d !== 0) for (const x of f) grad.set(x, (grad.get(x) ?? 0) + d)
  })
  for (const [x, d] of grad) adagrad(w, g2, x, d, rate, l2)
}
