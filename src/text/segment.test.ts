import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { runStageConformance } from '../pipeline/testing/conformance.js'
import { docBuilder } from './testing/doc-builder.js'
import { segmentStage } from '../pipeline/stages/segment.js'
import { segmentText } from './segment.js'

const seedDir = new URL('../../fixtures/seeds/', import.meta.url)
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, seedDir), 'utf8'))

describe('segment', () => {
  it('segment keeps headline, dateline line and paragraphs in separate sentences', () => {
    const text = 'Tensions Escalate\n\nA senior official said it. He left.'
    const { sentences } = segmentText(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Tensions Escalate', 'A senior official said it.', 'He left.'])
  })

  it('segment keeps offsets across smart quotes and keeps hyphenated names whole', () => {
    const text = 'He pledged “allegiance” to Abu Bakr al-Baghdadi’s group.'
    const { tokens } = segmentText(text)
    const words = tokens.map((t) => text.slice(t.start, t.end))
    expect(words).toContain('al-Baghdadi')
    expect(words).toContain('“')
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start)
  })

  it('segment splits a name from a compounding head or a second state ("ISIL-held", "UK-France") but not within a name', () => {
    const text = 'ISIL-held villages, Saudi-led strikes, UK-France talks, the U.S.-Iraq deal, Al-Qaida and CJTF-OIR in e-mail.'
    const { tokens } = segmentText(text)
    const words = tokens.map((t) => text.slice(t.start, t.end))
    for (const w of ['ISIL', 'held', 'Saudi', 'led', 'UK', 'France', 'U.S.', 'Iraq', 'Al-Qaida', 'CJTF-OIR', 'e-mail']) expect(words).toContain(w)
    expect(words).not.toContain('ISIL-held')
  })

  it('segment does not end a sentence after a rank or month abbreviation ("said Maj. Gen. Gary Volesky")', () => {
    const text = '"We are ready," said Maj. Gen. Gary J. Volesky. Spc. Isiah Booker died Jan. 7 in Jordan. He was 19.'
    const { tokens, sentences } = segmentText(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      '"We are ready," said Maj. Gen. Gary J. Volesky.', 'Spc. Isiah Booker died Jan. 7 in Jordan.', 'He was 19.',
    ])
    expect(tokens.map((t) => text.slice(t.start, t.end))).toContain('Maj.')
  })

  it('segment tags proper nouns', () => {
    const text = 'Hamas arrested Salafists in Gaza.'
    const { tokens } = segmentText(text)
    expect(tokens.find((t) => text.slice(t.start, t.end) === 'Gaza')?.pos).toBe('PROPN')
  })
})

runStageConformance(segmentStage, () => seeds.map((t) => docBuilder(t, { segment: false })))

describe('segment blocks', () => {
  it('segment keeps a hard-wrapped paragraph as one block but cuts after a heading line', () => {
    const text = 'Rockets hit Sderot\nGAZA CITY — Militants fired rockets on Monday, the\nIsraeli army said. Nobody was hurt.\n\nA second paragraph.'
    const { sentences } = segmentText(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Rockets hit Sderot',
      'GAZA CITY — Militants fired rockets on Monday, the\nIsraeli army said.',
      'Nobody was hurt.',
      'A second paragraph.',
    ])
  })

  it('issue-14 segment reads a 10 MB line without spaces (no stack overflow), in bounded tokens', () => {
    const blob = 'QUJD'.repeat(2_500_000)
    const text = `Gaza officials spoke. ${blob} The talks resumed.`
    const { tokens, sentences } = segmentText(text)
    const words = tokens.map((t) => text.slice(t.start, t.end))
    expect(words.slice(0, 4)).toEqual(['Gaza', 'officials', 'spoke', '.'])
    expect(words.slice(-4)).toEqual(['The', 'talks', 'resumed', '.'])
    const inBlob = tokens.filter((t) => t.start >= 22 && t.end <= 22 + blob.length)
    expect(inBlob.map((t) => text.slice(t.start, t.end)).join('')).toBe(blob)
    expect(Math.max(...inBlob.map((t) => t.end - t.start))).toBeLessThanOrEqual(256)
    for (const s of sentences) expect(s.end).toBeLessThanOrEqual(text.length)
  })

  it('segment keeps a long URL under the token bound as one token', () => {
    const url = 'https://example.org/' + 'a'.repeat(200)
    const text = `See ${url} now.`
    expect(segmentText(text).tokens.map((t) => text.slice(t.start, t.end))).toContain(url)
  })
})

describe('segment determinism', () => {
  it('segment gives the same tokens for an unseen word before an ellipsis on the first read and later ones', () => {
    const text = 'Qwzxvb7731...\n\nThe talks resumed.'
    const first = segmentText(text)
    const second = segmentText(text)
    expect(second).toEqual(first)
    expect(first.tokens.map((t) => text.slice(t.start, t.end))).toContain('...')
  })

  it('segment gives unseen names read once the tokens they get once known, also beside an unseen word before an ellipsis', () => {
    // the first paragraph teaches wink only words standing alone (read once); the second also one inside "Xq5518..." (read twice)
    const text = 'Officials named Tarvesh Molloq and Drevan Oskuli as commanders in Kavrosh province\n\nMolloq said Xq5518... was near Kavrosh.'
    const first = segmentText(text)
    const second = segmentText(text)
    expect(second).toEqual(first)
    const words = first.tokens.map((t) => text.slice(t.start, t.end))
    expect(words).toContain('...')
    expect(words.slice(0, 5)).toEqual(['Officials', 'named', 'Tarvesh', 'Molloq', 'and'])
  })

  it('segment keeps a month abbreviation with its day in one sentence ("his Dec. 1 press conference", "Dec.14th")', () => {
    for (const text of ['Kerry made it clear during his Dec. 1 press conference that the U.S. would act.',
      'Townsend made it clear during his Dec.14th press conference that we would strike.',
      'The vote is set for Sept. 12 in Geneva, officials said.']) {
      expect(segmentText(text).sentences).toHaveLength(1)
    }
  })
})
