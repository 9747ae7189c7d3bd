/**
 * Scoring of article-body extraction exactly as scrapinghub/article-extraction-benchmark's
 * `evaluate.py` does it: tokens are Python `\w+` (Unicode letters, numbers, underscore), shingles are
 * 4-grams of tokens (a text with fewer than 4 tokens is one shorter shingle), and per page the
 * multiset overlap TP/FP/FN is normalised by its sum so long pages do not weigh more. Precision is
 * the mean over pages with TP+FP > 0, recall the mean over pages with TP+FN > 0, F1 is computed
 * from those two means, and accuracy is the share of pages whose token sequences match exactly.
 * @module
 */
import { seededRandom } from '../model/index.js'

/** Python's `re.UNICODE` `\w`: str.isalnum() (letters L*, numbers N*) plus underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu

export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? []
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = benchmarkTokens(text)
  const counts = new Map<string, number>()
  const last = Math.max(1, tokens.length - n + 1)
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n)
    if (sh.length === 0) continue
    const key = sh.join('\u0001')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Normalised [tp, fp, fn] for one page. */
export type PageCounts = readonly [number, number, number]

export function shingleMatch(truth: string, pred: string, n = 4): PageCounts {
  const t = shingles(truth, n)
  const p = shingles(pred, n)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0
    tp += Math.min(tc, pc)
    fn += Math.max(0, tc - pc)
  }
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0
    fp += Math.max(0, pc - tc)
  }
  const s = tp + fp + fn
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn]
}

function precisionScore([tp, fp, fn]: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fp === 0) return 0
  return tp / (tp + fp)
}

function recallScore([tp, fp, fn]: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fn === 0) return 0
  return tp / (tp + fn)
}

const mean = (xs: number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length)

export interface ExtractMetrics {
  f1: number
  precision: number
  recall: number
}

/** `metrics_from_tp_fp_fns` of the benchmark. */
export function metricsFromCounts(pages: readonly PageCounts[]): ExtractMetrics {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionScore))
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallScore))
  const f1 = (2 * precision * recall) / (precision + recall)
  return { f1, precision, recall }
}

/** 1 when the two texts have the same `\w+` token sequence. */
export function exactTokens(truth: string, pred: string): number {
  const a = benchmarkTokens(truth)
  const b = benchmarkTokens(pred)
  return a.length === b.length && a.every((t, i) => t === b[i]) ? 1 : 0
}

/**
 * Bootstrap standard deviation of F1/precision/recall/accuracy, as the benchmark prints (± values).
 * Uses a seeded PRNG so the figure is reproducible.
 */
export function bootstrapStd(pages: readonly PageCounts[], accuracies: readonly number[], samples = 300, seed = 1): Record<string, number> {
  const rand = seededRandom(seed)
  const vals: Record<string, number[]> = { f1: [], precision: [], recall: [], accuracy: [] }
  const n = pages.length
  for (let b = 0; b < samples; b++) {
    const idx = Array.from({ length: n }, () => Math.floor(rand() * n))
    const m = metricsFromCounts(idx.map((i) => pages[i]!))
    vals['f1']!.push(m.f1)
    vals['precision']!.push(m.precision)
    vals['recall']!.push(m.recall)
    vals['accuracy']!.push(mean(idx.map((i) => accuracies[i]!)))
  }
  const out: Record<string, number> = {}
  for (const [k, xs] of Object.entries(vals)) {
    const m = mean(xs)
    out[k] = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, xs.length - 1))
  }
  return out
}
