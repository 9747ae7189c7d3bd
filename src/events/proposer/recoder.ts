/**
 * The learned re-coder (twenty-second session; part of models/events/proposer.json, trained by `npm run train:events
 * -- --recode`, scripts/train-events-recoder.ts): for a candidate the coder codes at a predicate or event noun, one
 * softmax over "keep the coder's code" and the other roots the hand-coded golds give that cue lemma, read from the
 * clause (the proposer's features: lemma, object head and kind, preposition, particle, modality, governing word …).
 * Where a root other than keep takes at least `replaceMin` of the probability, it replaces the dictionary's code
 * ("called for an emergency session": 10, not the dictionary's 01). Unlike the proposer's one-against-the-rest roots,
 * "keep" is a class of its own, so the model learns when the dictionary is right for the lemma's context as well as
 * when it is wrong.
 * @module
 */
import { z } from 'zod'
import { linearScore } from '../json-model.js'

export const RecoderModel = z.object({
  /** A root replaces the coder's code when it takes at least this share of the probability (chosen out of fold). */
  replaceMin: z.number().min(0).max(1),
  /** The roots each cue lemma may be re-coded to: those the golds gave it (where the coder gave another) in enough articles. */
  classes: z.record(z.string(), z.array(z.string())),
  /** The code a root takes for a lemma (`lemma|root`): the golds' commonest for that lemma. */
  codes: z.record(z.string(), z.string()),
  /** The coder's own code stays beside a replacing one, as a loose alternative the event scorer judges (`--replace-swap`). */
  keepOwn: z.boolean().optional(),
  /** Weights of `class|feature` (class: a root, or `keep`). */
  weights: z.record(z.string(), z.number()),
})
export type RecoderModel = z.infer<typeof RecoderModel>

/** The class that keeps the coder's code. */
export const KEEP = 'keep'

/** A class's features: every feature of the candidate crossed with the class, and the class's own bias. */
export const classFeatures = (cls: string, features: readonly string[]): string[] => [`${cls}|bias`, ...features.map((f) => `${cls}|${f}`)]

/** The classes a candidate of `lemma` coded with root `own` chooses among (keep first), given which roots may replace it. */
export function recoderClasses(m: Pick<RecoderModel, 'classes'>, lemma: string, own: string, may: (root: string) => boolean): string[] {
  return [KEEP, ...(m.classes[lemma] ?? []).filter((r) => r !== own && may(r))]
}

/** The softmax over the classes: their probabilities in the classes' order. */
export function classProbabilities(weights: Readonly<Record<string, number>>, classes: readonly string[], features: readonly string[]): number[] {
  const s = classes.map((c) => linearScore(weights, classFeatures(c, features)))
  const mx = Math.max(...s)
  const e = s.map((x) => Math.exp(x - mx))
  const z = e.reduce((a, b) => a + b, 0)
  return e.map((x) => x / z)
}

/**
 * The code that replaces a candidate's own (lemma, own root, features), or undefined when the model keeps it: the
 * most probable class, when it is a root believed at `replaceMin` or over.
 */
export function recoded(m: RecoderModel, lemma: string, own: string, features: readonly string[], may: (root: string) => boolean): string | undefined {
  const classes = recoderClasses(m, lemma, own, may)
  if (classes.length < 2) return undefined
  const p = classProbabilities(m.weights, classes, features)
  let best = 0
  for (let i = 1; i < classes.length; i++) if (p[i]! > p[best]!) best = i
  if (best === 0 || p[best]! < m.replaceMin) return undefined
  const root = classes[best]!
  return m.codes[`${lemma}|${root}`] ?? `${root}0`
}
