/**
 * Integer hashing for features: FNV-1a over UTF-16 code units for strings, and a
 * murmur-style mixer (Math.imul) to combine a template id with per-token hashes,
 * so no feature string is built at run time.
 * @module
 */

export { fnv1a } from '../model/index.js'

/**
 * Combine a template id with one to three 32-bit values: one multiply per part and a single final
 * avalanche (instead of a full mix per part), since feature hashing runs ~100 times per parser step.
 */
export function mix(a: number, b: number): number {
  // the final avalanche (every input bit reaches the low bits a table's mask keeps) is written out in each: with one
  // call less to inline, V8's inlining budget covers every call of a template group
  const h = Math.imul(a, 0x9e3779b1) ^ b
  const g = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  return (g ^ (g >>> 13)) >>> 0
}

export function mix3(a: number, b: number, c: number): number {
  const h = Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x01000193) ^ c
  const g = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  return (g ^ (g >>> 13)) >>> 0
}

export function mix4(a: number, b: number, c: number, d: number): number {
  const h = Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x01000193) ^ c, 0x01000193) ^ d
  const g = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  return (g ^ (g >>> 13)) >>> 0
}
