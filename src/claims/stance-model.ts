/**
 * A learned stance decision over the rules of stance.ts: multinomial logistic regression over the cue's words and
 * lemmas and its negation, the first words of the content, their lemmas and a negation among them, the content's first
 * word and first two words ("as …" after "dismissed", "no …"), and the stance the rules gave. Trained by
 * scripts/train-stance.ts from the VOA training golds' stance labels (assert / confirm / deny / hedge) and shipped as
 * weights in models/claims/stance.json; the claims stage takes the model's stance over the rules' only when the model
 * gives it a probability of at least the file's `override` (a tie-breaker where the rules are unsure, not a
 * replacement).
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DossierError, Stance } from '../model/index.js'
import { NEGATIONS, suffixLemmas } from './lexicon.js'
import { words } from './stance.js'

/** How many words of the content the features read. */
const CONTENT_WORDS = 12

export const StanceModelFile = z.object({
  model: z.string(),
  trainedOn: z.array(z.string()),
  classes: z.array(Stance),
  /** The model's stance replaces the rules' when its probability is at least this. */
  override: z.number().min(0).max(1),
  /** feature → one weight per class, in `classes` order. */
  weights: z.record(z.string(), z.array(z.number())),
})
export type StanceModelFile = z.infer<typeof StanceModelFile>

/** A word and the lemmas its suffix allows. */
const lemmas = (w: string): readonly string[] => [w, ...suffixLemmas(w)]

/** The cue's features: each word and lemma, and whether it is negated (with the rules' stance). */
function cueFeatures(cue: string, rule: Stance): string[] {
  const cw = words(cue)
  const out = cw.flatMap((w) => lemmas(w).map((l) => `v:${l}`))
  if (cw.some((w) => NEGATIONS.has(w))) out.push('vneg', `vneg:${rule}`)
  if (cw.includes('according')) out.push('frame:according')
  return out
}

/** The content's features: its first words and their lemmas, a negation and the word before it, its opening. */
function contentFeatures(content: string): string[] {
  const ws = words(content).slice(0, CONTENT_WORDS)
  const out = ws.flatMap((w) => lemmas(w).map((l) => `c:${l}`))
  const neg = ws.findIndex((w) => NEGATIONS.has(w))
  if (neg >= 0) out.push('cneg', `cneg:${ws[neg - 1] ?? '^'}`)
  if (ws[0]) out.push(`c0:${ws[0]}`)
  if (ws[1]) out.push(`c01:${ws[0]} ${ws[1]}`)
  return out
}

/** The features of a claim: its cue, its content, the stance the rules gave it and its document context (stance-context.ts). */
export function stanceFeatures(cue: string, content: string, rule: Stance, context: readonly string[] = []): string[] {
  return [...new Set(['bias', `r:${rule}`, ...cueFeatures(cue, rule), ...contentFeatures(content), ...context])]
}

/** The class probabilities of the model for a set of features (softmax over summed weights). */
export function stanceProbabilities(m: StanceModelFile, features: readonly string[]): number[] {
  const z = m.classes.map(() => 0)
  for (const f of features) {
    const w = m.weights[f]
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k] ?? 0
  }
  const top = Math.max(...z)
  const e = z.map((x) => Math.exp(x - top))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((x) => x / sum)
}

/** The model's stance where it overrides the rules' (a different class with probability ≥ `override`); else undefined. */
export function modelStance(m: StanceModelFile, cue: string, content: string, rule: Stance, context: readonly string[] = []): Stance | undefined {
  const p = stanceProbabilities(m, stanceFeatures(cue, content, rule, context))
  let best = 0
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k
  const stance = m.classes[best]!
  return stance !== rule && p[best]! >= m.override ? stance : undefined
}

/** Where the shipped model lives: models/claims/ at the repository root (two levels above src/claims and dist/claims). */
export const STANCE_MODEL_URL = new URL('../../models/claims/stance.json', import.meta.url)

let shipped: StanceModelFile | undefined
let chosen: StanceModelFile | null | undefined

/** Use another model (`null`: the rules alone) instead of the shipped one, for training and measuring; undefined restores it. */
export function useStanceModel(m: StanceModelFile | null | undefined): void {
  chosen = m
}

/** The model the claims stage uses: the one chosen by `useStanceModel`, else the shipped one; null for the rules alone. */
export function activeStanceModel(): StanceModelFile | null {
  return chosen === undefined ? shippedStanceModel() : chosen
}

/** The shipped stance model, loaded once. Throws DossierError E_MODEL when missing or corrupt. */
export function shippedStanceModel(): StanceModelFile {
  if (shipped) return shipped
  const file = fileURLToPath(STANCE_MODEL_URL)
  try {
    shipped = StanceModelFile.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch (e: unknown) {
    throw new DossierError('E_MODEL', `stance model ${file} missing or corrupt`, { cause: e, context: { file }, hint: 'retrain it with `npx tsx scripts/train-stance.ts --parts trainedOn --out models/claims/stance.json` or restore models/claims/ from git' })
  }
  return shipped
}
