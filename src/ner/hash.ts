/**
 * Integer hashing for features: FNV-1a over UTF-16 code units and a
 * murmur-style mixer to combine a template id with per-token hashes, so no
 * feature string is ever built at run time.
 * @module
 */

export { fnv1a } from '../model/index.js'

/**
 * Combine two 32-bit values into a well-spread 32-bit hash, as a signed int32: every use masks it or mixes it again
 * (bitwise, so the bits are what count), and a signed result stays a small integer in V8 where an unsigned one above
 * 2^31 is a boxed heap number each time the call is not inlined.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2f, 0x9e3779b1) ^ b
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return h ^ (h >>> 16)
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c)
}
