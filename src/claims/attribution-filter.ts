/**
 * A learned filter over found attributions: logistic regression over a few
 * features of each attribution (the cue's head word, the pattern that found
 * it, what kind of source it has, how long its content is) that estimates how
 * likely it is to be a real attribution with the right source. Attributions
 * the patterns find but that annotators almost never mark ("a program called
 * X", "the borrowing continued", "Q: …") fall below the threshold and are
 * dropped. Weights are trained on the tune sample of PolNeAR by
 * scripts/train-attribution-filter.ts and committed in
 * attribution-filter.weights.ts (a derived table of feature weights; no corpus text).
 * @module
 */
import type { Attribution } from './attributions.js'
import { ATTRIBUTION_FILTER_WEIGHTS } from './attribution-filter.weights.js'

/** Trained weights: feature → weight, and the probability an attribution must reach to be kept. */
export interface AttributionFilterModel {
  readonly threshold: number
  readonly weights: Readonly<Record<string, number>>
}

/** Auxiliaries and adverbs that do not name the cue ("has also said" → "said"). */
const CUE_FILLER = /^(has|have|had|will|would|is|was|were|are|be|been|also|not|n't|did|does|do|could|may|might|can|should|then|again|never|already|previously|repeatedly|later|reportedly|publicly|privately|recently|once|often|first|just|still|even|to)$/
const PRONOUN_SOURCE = /^(he|she|they|i|we|you|it|who|which|that|this)$/i
const WORD = /[\p{L}\p{N}]+/gu

/** Feature strings of one attribution. */
export function attributionFeatures(text: string, a: Attribution): string[] {
  const cueWords = text.slice(a.cue.start, a.cue.end).toLowerCase().match(/[\p{L}\p{N}'’:-]+/gu) ?? [':']
  const head = cueWords.find((w) => !CUE_FILLER.test(w)) ?? cueWords[0]!
  const src = a.source ? text.slice(a.source.start, a.source.end).trim() : ''
  const srcKind = !a.source ? 'none' : PRONOUN_SOURCE.test(src) ? src.toLowerCase() : /^\p{Lu}/u.test(src) || /\s\p{Lu}/u.test(src) ? 'cap' : 'lower'
  const srcHead = a.source ? (src.toLowerCase().split(/[,(]/)[0]!.trim().split(/\s+/).pop() ?? '') : 'none'
  let words = 0
  for (const p of a.content) words += text.slice(p.start, p.end).match(WORD)?.length ?? 0
  const len = words <= 2 ? 'c1' : words <= 5 ? 'c2' : words <= 12 ? 'c3' : 'c4'
  const has = a.source ? 'some' : 'none'
  return ['b', `h=${head}`, `p=${a.pattern}`, `q=${a.quote}`, `s=${srcKind}`, `cb=${len}`, `sh=${srcHead}`, `np=${a.content.length}`,
    `h|p=${head}|${a.pattern}`, `p|s=${a.pattern}|${srcKind}`, `h|s=${head}|${has}`, `p|cb=${a.pattern}|${len}`, `h|q=${head}|${a.quote}`]
}

export class AttributionFilter {
  private readonly weights: Map<string, number>
  private readonly threshold: number

  constructor(model: AttributionFilterModel = ATTRIBUTION_FILTER_WEIGHTS) {
    this.weights = new Map(Object.entries(model.weights))
    this.threshold = model.threshold
  }

  /** Estimated probability that the attribution is real and its source right. */
  score(text: string, a: Attribution): number {
    let z = 0
    for (const f of attributionFeatures(text, a)) z += this.weights.get(f) ?? 0
    return 1 / (1 + Math.exp(-z))
  }

  /** Keep this attribution? */
  keep(text: string, a: Attribution): boolean {
    return this.score(text, a) >= this.threshold
  }
}
