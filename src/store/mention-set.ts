/**
 * An order-free fingerprint of a set of mention ids (count, xor and sum of their 32-bit FNV-1a hashes), so a
 * reader can tell whether an entity's mentions changed, and whether they changed only by mentions it knows
 * were added (the fingerprint of a union of disjoint sets is computed from theirs).
 * @module
 */

export interface MentionSet {
  readonly count: number
  readonly xor: number
  readonly sum: number
}

export const EMPTY_MENTION_SET: MentionSet = { count: 0, xor: 0, sum: 0 }

/** 32-bit FNV-1a of a string. */
export function fnv32(s: string): number {
  let x = 2166136261
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619)
  return x >>> 0
}

export function withMention(set: MentionSet, mentionId: string): MentionSet {
  const h = fnv32(mentionId)
  return { count: set.count + 1, xor: (set.xor ^ h) >>> 0, sum: (set.sum + h) >>> 0 }
}

export function sameMentionSet(a: MentionSet, b: MentionSet): boolean {
  return a.count === b.count && a.xor === b.xor && a.sum === b.sum
}
