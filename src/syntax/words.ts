/**
 * Per-word hashes computed once per sentence and shared by the tagger, the
 * parser and the labeller: lower-cased form, exact form, affixes and word shape.
 * @module
 */
import { fnv1a } from './hash.js'

export interface WordHashes {
  readonly n: number
  readonly lower: Uint32Array
  readonly form: Uint32Array
  readonly suf1: Uint32Array
  readonly suf2: Uint32Array
  readonly suf3: Uint32Array
  readonly suf4: Uint32Array
  readonly pre1: Uint32Array
  readonly pre2: Uint32Array
  readonly shape: Uint32Array
}

/** Hash of the padding "word" before the sentence start and after its end. */
export const PAD_START = fnv1a('<s>')
export const PAD_END = fnv1a('</s>')

/** Normalise digits so "1998" and "2004" share a form ("0000"): numbers differ by value, not by syntax. */
export function normaliseForm(w: string): string {
  return /\d/.test(w) ? w.replace(/\d/g, '0') : w
}

/** Word shape with runs collapsed past two: "Baghdad" → "Xxx", "U.S." → "X.X.", "1,200" → "d,ddd" → "d,dd". */
export function wordShape(w: string): string {
  let out = ''
  let last = ''
  let run = 0
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch
    run = c === last ? run + 1 : 1
    last = c
    if (run <= 2) out += c
  }
  return out
}

export function hashWords(words: readonly string[]): WordHashes {
  const n = words.length
  const h = {
    n,
    lower: new Uint32Array(n), form: new Uint32Array(n), suf1: new Uint32Array(n), suf2: new Uint32Array(n),
    suf3: new Uint32Array(n), suf4: new Uint32Array(n), pre1: new Uint32Array(n), pre2: new Uint32Array(n), shape: new Uint32Array(n),
  }
  for (let i = 0; i < n; i++) {
    const f = normaliseForm(words[i]!)
    const l = f.toLowerCase()
    h.form[i] = fnv1a(f)
    h.lower[i] = fnv1a(l)
    h.suf1[i] = fnv1a(l.slice(-1))
    h.suf2[i] = fnv1a(l.slice(-2))
    h.suf3[i] = fnv1a(l.slice(-3))
    h.suf4[i] = fnv1a(l.slice(-4))
    h.pre1[i] = fnv1a(f.slice(0, 1))
    h.pre2[i] = fnv1a(l.slice(0, 2))
    h.shape[i] = fnv1a(wordShape(words[i]!))
  }
  return h
}
