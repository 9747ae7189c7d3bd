/**
 * Integer hashing for features: FNV-1a over UTF-16 code units and a
 * murmur-style mixer to combine a template id with per-token hashes, so no
 * feature string is ever built at run time.
 * @module
 */

export { fnv1a } from '../model/index.js'

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
