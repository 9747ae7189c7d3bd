/**
 * Near-duplicate detection for wire copies: a 64-bit simhash over 3-word shingles of the normalised
 * text. Two reports of the same wire story with a changed headline, a dropped or added paragraph or
 * local edits land within a few bits of each other; unrelated articles differ in about 32 bits.
 * @module
 */

/**
 * Largest Hamming distance (of 64 bits) at which two simhashes count as near-duplicates. Measured in
 * near-dup.test.ts on a 330-word seed article: a wire copy with a new headline, one of nine paragraphs
 * rewritten and a credit line added sits at 8 bits; unrelated articles sit around 32 (34 and 36 for the
 * seeds). For unrelated texts the distance is roughly Binomial(64, ½), so P(d ≤ 12) ≈ 1e-7.
 */
export const NEAR_DUP_MAX_HAMMING = 12

/** Word shingle length. */
export const SHINGLE_WORDS = 3

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** FNV-1a 32-bit over the UTF-16 code units of `s`, from state h. */
function fnvStep(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}

/** Final avalanche (murmur3 fmix32) so nearby strings spread over all bits. */
function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * FNV-1a 32-bit with a seed mixed in (two seeds make two independent halves of one 64-bit hash), of the words
 * w[i..end) joined by single spaces, without building the joined string.
 */
function fnvShingle(w: readonly string[], i: number, end: number, seed: number): number {
  let h = fnvStep(0x811c9dc5 ^ seed, w[i]!)
  for (let j = i + 1; j < end; j++) h = fnvStep(Math.imul(h ^ 32, 0x01000193), w[j]!)
  return fmix(h)
}

/** 64-bit simhash of the text's word shingles as 16 hex digits. Empty text gives all zeros. */
export function simhash(text: string): string {
  const w = words(text)
  // per bit, how many shingles set it (the bit is set in the simhash when more than half do)
  const ones = new Int32Array(64)
  const n = w.length < SHINGLE_WORDS ? (w.length > 0 ? 1 : 0) : w.length - SHINGLE_WORDS + 1
  for (let i = 0; i < n; i++) {
    const end = Math.min(i + SHINGLE_WORDS, w.length)
    const hi = fnvShingle(w, i, end, 0x9e3779b9)
    const lo = fnvShingle(w, i, end, 0x7f4a7c15)
    for (let b = 0; b < 32; b++) {
      ones[b]! += (hi >>> (31 - b)) & 1
      ones[32 + b]! += (lo >>> (31 - b)) & 1
    }
  }
  let hi = 0
  let lo = 0
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > n) hi |= 1 << (31 - b)
    if (2 * ones[32 + b]! > n) lo |= 1 << (31 - b)
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

/** Hamming distance between two 16-hex-digit simhashes. */
export function hammingHex(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) throw new TypeError(`simhashes must be 16 hex digits: "${a}", "${b}"`)
  return popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) +
    popcount32((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0)
}

/** True when two simhashes are within NEAR_DUP_MAX_HAMMING bits (or the given threshold). */
export function isNearDuplicate(a: string, b: string, maxHamming = NEAR_DUP_MAX_HAMMING): boolean {
  return hammingHex(a, b) <= maxHamming
}

/**
 * The earliest candidate within the threshold, for recording `nearDupOf`: candidates are
 * `{id, simhash}` of articles already stored. Returns the closest one's id, or undefined.
 */
export function findNearDuplicate(hash: string, candidates: Iterable<{ id: string; simhash: string }>, maxHamming = NEAR_DUP_MAX_HAMMING): string | undefined {
  let best: { id: string; d: number } | undefined
  for (const c of candidates) {
    const d = hammingHex(hash, c.simhash)
    if (d <= maxHamming && (!best || d < best.d)) best = { id: c.id, d }
  }
  return best?.id
}
