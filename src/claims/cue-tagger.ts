/**
 * A learned reporting-cue tagger: a binary averaged perceptron over token
 * features (word, a crude lemma, suffix, wink POS, neighbours, quote and comma
 * context). It proposes cues the lexicon does not list ("ridiculed",
 * "lamented", "figures that …"); the attribution finder then attaches source
 * and content to them as to any cue. Weights are trained on the tune sample of
 * PolNeAR by scripts/train-cues.ts and committed in cue-tagger.weights.ts (a
 * derived table of feature weights; no corpus text).
 * @module
 */
import { CUE_TAGGER_WEIGHTS } from './cue-tagger.weights.js'

/** What the tagger needs of a token. */
export interface TagTok {
  readonly w: string
  readonly lw: string
  readonly pos: string
  /** Inside a direct quote. */
  readonly quoted: boolean
  /** Is a quote mark. */
  readonly qmark: boolean
}

/** Trained weights: feature → weight, and the score a token must exceed to be a cue. */
export interface CueTaggerModel {
  readonly threshold: number
  readonly weights: Readonly<Record<string, number>>
}

const SAY_LIKE = new Set(['said', 'says', 'say', 'told', 'added', 'according', 'wrote', 'saying', 'tells'])

/** A crude lemma: enough to pool "ridicules", "ridiculed", "ridiculing". */
export function crudeLemma(lw: string): string {
  if (lw.length > 5 && lw.endsWith('ing')) return lw.slice(0, -3)
  if (lw.length > 4 && lw.endsWith('ied')) return lw.slice(0, -3) + 'y'
  if (lw.length > 4 && lw.endsWith('ies')) return lw.slice(0, -3) + 'y'
  if (lw.length > 4 && lw.endsWith('ed')) return lw.slice(0, -2).replace(/e$/, '')
  if (lw.length > 3 && lw.endsWith('es')) return lw.slice(0, -2).replace(/e$/, '')
  if (lw.length > 3 && lw.endsWith('s') && !lw.endsWith('ss')) return lw.slice(0, -1).replace(/e$/, '')
  return lw.replace(/e$/, '')
}

const DO_FORMS = new Set(['do', 'does', 'did'])

/** Can the tagger consider this token at all (outside quotes, verb-like)? */
export function tagCandidate(toks: readonly TagTok[], i: number): boolean {
  const t = toks[i]!
  if (t.quoted || t.qmark || !/^\p{L}/u.test(t.w)) return false
  // "did go out of his way": a verb after emphatic "do" is not a cue the lexicon missed ("did say" is in the lexicon).
  if (DO_FORMS.has(toks[i - 1]?.lw ?? '')) return false
  if (t.pos === 'VERB') return true
  if (t.pos === 'ADJ' && /ed$/.test(t.lw)) return true
  return t.pos === 'NOUN' && (toks[i + 1]?.lw === 'that' || toks[i + 1]?.w === ':')
}

/** Feature strings of token i. */
export function cueFeatures(toks: readonly TagTok[], i: number): string[] {
  const t = toks[i]!
  const p1 = toks[i - 1]
  const p2 = toks[i - 2]
  const n1 = toks[i + 1]
  const n2 = toks[i + 2]
  const lemma = crudeLemma(t.lw)
  const f: string[] = ['b', `w=${t.lw}`, `l=${lemma}`, `p=${t.pos}`, `s3=${t.lw.slice(-3)}`,
    `pw=${p1?.lw ?? '<s>'}`, `pp=${p1?.pos ?? '<s>'}`, `nw=${n1?.lw ?? '</s>'}`, `np=${n1?.pos ?? '</s>'}`,
    `pp2=${p2?.pos ?? '<s>'}|${p1?.pos ?? '<s>'}`, `np2=${n1?.pos ?? '</s>'}|${n2?.pos ?? '</s>'}`,
    `l|nw=${lemma}|${n1?.lw ?? '</s>'}`, `p|nw=${t.pos}|${n1?.lw ?? '</s>'}`]
  if (i === 0) f.push('first')
  if (/^\p{Lu}/u.test(t.w)) f.push('cap')
  // a subject right before: a name or a pronoun
  if (p1 && (p1.pos === 'PROPN' || p1.pos === 'PRON')) f.push('subj')
  // "that", a quote or a colon shortly after
  for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) {
    const x = toks[k]!
    if (x.lw === 'that') { f.push(`that+${k - i}`); break }
    if (x.qmark) { f.push(`q+${Math.min(k - i, 3)}`); break }
    if (x.w === ':') { f.push('colon+'); break }
  }
  // a quote in the sentence, before or after; another saying verb
  const ctx = sentenceContext(toks)
  if (ctx.firstQ >= 0 && ctx.firstQ < i) f.push('qbefore')
  if (ctx.lastQ > i) f.push('qafter')
  if (ctx.said > 1 || ctx.said === 1 && !SAY_LIKE.has(t.lw)) f.push('said-in-sent')
  // a subject shortly before (no verb between), a clause after
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const x = toks[k]!
    if (x.pos === 'VERB' || x.pos === 'AUX' && i - k > 1 || x.w === ',' || x.qmark) break
    if (x.pos === 'PROPN' || x.pos === 'PRON') { f.push(`subj-${i - k}`); break }
  }
  if (n1 && (n1.pos === 'PRON' || n1.pos === 'DET' || n1.pos === 'PROPN') && n2 && (n2.pos === 'VERB' || n2.pos === 'AUX')) f.push('clause-after')
  if (p1?.w === ',') f.push('after-comma')
  if (p1?.qmark) f.push('after-quote')
  if (n1 && (n1.w === '.' || n1.w === ',')) f.push(`then${n1.w}`)
  if (p1?.lw === 'to') f.push('to-inf')
  return f
}

interface SentenceContext { firstQ: number; lastQ: number; said: number }
const contexts = new WeakMap<readonly TagTok[], SentenceContext>()

/** Per-sentence facts, computed once per token array. */
function sentenceContext(toks: readonly TagTok[]): SentenceContext {
  let c = contexts.get(toks)
  if (c) return c
  c = { firstQ: -1, lastQ: -1, said: 0 }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!
    if (t.qmark) { if (c.firstQ < 0) c.firstQ = k; c.lastQ = k }
    if (SAY_LIKE.has(t.lw) && !t.quoted) c.said++
  }
  contexts.set(toks, c)
  return c
}

export class CueTagger {
  private readonly weights: Map<string, number>
  private readonly threshold: number

  constructor(model: CueTaggerModel = CUE_TAGGER_WEIGHTS) {
    this.weights = new Map(Object.entries(model.weights))
    this.threshold = model.threshold
  }

  /** Score of token i (positive leans cue). */
  score(toks: readonly TagTok[], i: number): number {
    let s = 0
    for (const f of cueFeatures(toks, i)) s += this.weights.get(f) ?? 0
    return s
  }

  /** Is token i a cue the lexicon missed? */
  isCue(toks: readonly TagTok[], i: number): boolean {
    return tagCandidate(toks, i) && this.score(toks, i) > this.threshold
  }
}
