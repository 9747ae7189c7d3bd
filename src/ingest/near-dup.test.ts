import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findNearDuplicate, hammingHex, isNearDuplicate, NEAR_DUP_MAX_HAMMING, simhash } from './near-dup.js'

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/seeds/${name}`, import.meta.url)), 'utf8')
const a = seed('000_fd7dbad812d8e2ee.txt')
const b = seed('002_11856984715dfee0.txt')

/** A wire copy as a second outlet runs it: new headline, one paragraph rewritten, a tagline added. */
function wireCopy(text: string): string {
  const paras = text.split(/\n\s*\n/)
  paras[0] = 'Islamic State and Hamas at odds over Sinai smuggling, operative says'
  const mid = Math.floor(paras.length / 2)
  paras[mid] = 'The group did not respond to a request for comment on Tuesday, and Egyptian officials declined to discuss the matter.'
  return paras.join('\n\n') + '\n\n(Additional reporting by staff; editing by the desk.)'
}

describe('near-dup', () => {
  it('near-dup simhash is 16 hex digits and deterministic', () => {
    expect(simhash(a)).toMatch(/^[0-9a-f]{16}$/)
    expect(simhash(a)).toBe(simhash(a))
    expect(simhash('')).toBe('0000000000000000')
  })

  it('near-dup ignores case, spacing and punctuation differences', () => {
    expect(hammingHex(simhash(a), simhash(a.toUpperCase().replace(/\s+/g, '  ').replace(/,/g, '')))).toBe(0)
  })

  it('near-dup finds a wire copy with a changed headline and paragraph near', () => {
    const d = hammingHex(simhash(a), simhash(wireCopy(a)))
    expect(d).toBeLessThanOrEqual(NEAR_DUP_MAX_HAMMING)
    expect(isNearDuplicate(simhash(a), simhash(wireCopy(a)))).toBe(true)
  })

  it('near-dup finds an unrelated article far', () => {
    const d = hammingHex(simhash(a), simhash(b))
    expect(d).toBeGreaterThan(NEAR_DUP_MAX_HAMMING + 6)
    expect(isNearDuplicate(simhash(b), simhash(wireCopy(a)))).toBe(false)
  })

  it('near-dup picks the closest stored candidate', () => {
    const stored = [{ id: 'b', simhash: simhash(b) }, { id: 'a', simhash: simhash(a) }]
    expect(findNearDuplicate(simhash(wireCopy(a)), stored)).toBe('a')
    expect(findNearDuplicate(simhash('A short unrelated note about football results on Saturday afternoon in Leeds.'), stored)).toBeUndefined()
  })

  it('near-dup hammingHex rejects malformed hashes', () => {
    expect(() => hammingHex('xyz', '0000000000000000')).toThrow(TypeError)
    expect(hammingHex('ffffffffffffffff', '0000000000000000')).toBe(64)
  })
})
