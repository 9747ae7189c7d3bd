import { describe, expect, it } from 'vitest'
import { hashId } from './ids.js'

describe('hashId', () => {
  it('gives the ids earlier versions stored, so a store keeps matching what the pipeline makes', () => {
    expect(hashId('mention', 'article-1', 12, 19)).toBe('mention_50f2634801b12127')
    // missing and empty parts are left out; a zero is a part; non-ASCII text hashes as UTF-8
    expect(hashId('event', 'a', undefined, '', 'Ré ✓ 😀', 0)).toBe('event_bb6dcbbc9fd726b4')
    expect(hashId('x', 0)).toBe('x_ca98d8c9de992947')
  })

  it('tells key parts apart from their concatenation', () => {
    expect(hashId('m', 'ab', 'c')).not.toBe(hashId('m', 'a', 'bc'))
  })

  it('refuses to hash nothing', () => {
    expect(() => hashId('mention', undefined, '', null)).toThrow(/without key parts/)
  })
})
