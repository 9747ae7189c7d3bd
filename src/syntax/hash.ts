/**
 * Integer hashing for features: FNV-1a over UTF-16 code units for strings, and a
 * murmur-style mixer (Math.imul) to combine a template id with per-token hashes,
 * so no feature string is built at run time.
 * @module
 */

export function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Combine two 32-bit values into a well-spread 32-bit hash. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2f, 0x9e3779b1) ^ b
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c)
}

export function mix4(a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(a, b), c), d)
}
