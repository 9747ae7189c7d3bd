import { describe, expect, it } from 'vitest'
import { parsePetrarchDictionary } from '../kb/petrarch-actors.js'
import type { AnnotatedDoc } from '../model/index.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { indexKnownPersons, spellingVariantDenied, surnameEvidence, surnameEvidenceOfAll } from './known-persons.js'
import { nameKey } from './translit.js'
import { resolveEntities, type ResolveOutput } from './resolve.js'

// a made-up actor dictionary in the PETRARCH format the shipped one is built from
const DICTIONARY = [
  'ORVAL_DESKETT_ [ZMBGOV]',
  '+PRESIDENT_DESKETT_',
  'HALDO_BRENNICK_ [ZMBGOV]',
  '+BRENNICK_',
  'MARET_QUILLON_ [ZMBGOV]',
  'TORVAL_BRACK_ [ZMBGOV]',
  '+PRESIDENT_BRACK_',
  'MUNIR_DARKUSH_ [ZMBREB]',
  '+MUNIR_DARKASH_',
  '+DARKUSH_',
].join('\n')
const known = indexKnownPersons(parsePetrarchDictionary(DICTIONARY, 'test.txt', 'actor'))

function resolve(docs: readonly AnnotatedDoc[]): ResolveOutput {
  return resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], knownPersons: known, now: '2026-01-01T00:00:00.000Z' })
}

function entityOf(out: ResolveOutput, docs: readonly AnnotatedDoc[], text: string): string | undefined {
  const m = docs.flatMap((d) => d.mentions ?? []).find((x) => x.text === text)
  return m ? out.mentionEntity.get(m.id) : undefined
}

describe('known persons', () => {
  it('known persons index full names and the short forms the dictionary gives a person', () => {
    const ev = (short: string, full: string) => surnameEvidence(known, nameKey(short, 'PER'), nameKey(full, 'PER'))
    expect(ev('Brennick', 'Haldo Brennick')).toEqual({ known: true, other: false })
    expect(ev('Deskett', 'Ilsa Deskett')).toEqual({ known: false, other: true })
    expect(ev('Deskett', 'Orval Deskett')).toEqual({ known: true, other: false })
    expect(ev('Quillon', 'Maret Quillon')).toEqual({ known: true, other: false })
    expect(ev('Vantor', 'Pell Vantor')).toEqual({ known: false, other: false })
  })
  it('resolve joins a lone surname across articles to the only full name when the dictionary knows that person', () => {
    const a = docBuilder('Maret Quillon won the vote in Zembla.', { mentions: [{ text: 'Maret Quillon', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] })
    const b = docBuilder('Ms. Quillon denied the claims.', { mentions: [{ text: 'Quillon', type: 'PER' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Quillon')).toBe(entityOf(out, [a, b], 'Maret Quillon'))
  })
  it('resolve keeps a lone surname apart from a full name the dictionary does not know, with nothing shared', () => {
    const a = docBuilder('Pell Vantor won the vote in Zembla.', { mentions: [{ text: 'Pell Vantor', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] })
    const b = docBuilder('Mr. Vantor denied the claims.', { mentions: [{ text: 'Vantor', type: 'PER' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Vantor')).not.toBe(entityOf(out, [a, b], 'Pell Vantor'))
  })
  it('resolve keeps a surname the dictionary gives to someone else apart from the only full name, even with shared context', () => {
    // "President Deskett" is Orval Deskett; the first lady Ilsa Deskett is the only Deskett named in full
    const a = docBuilder('Ilsa Deskett visited a school in Zembla.', { mentions: [{ text: 'Ilsa Deskett', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] })
    const b = docBuilder('President Deskett flew to Zembla.', { mentions: [{ text: 'Deskett', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Deskett')).not.toBe(entityOf(out, [a, b], 'Ilsa Deskett'))
  })
  it('the dictionary denies a vowel variant of a surname it spells one way, not of one it spells several ways', () => {
    const denied = (x: string, y: string) => spellingVariantDenied(known, nameKey(x, 'PER'), nameKey(y, 'PER'))
    expect(denied('Brack', 'Breck')).toBe(true)
    expect(denied('Breck', 'Brack')).toBe(true)
    expect(denied('Brack', 'Brack')).toBe(false)
    expect(denied('Darkush', 'Darkesh')).toBe(false) // a transliterated name: the dictionary spells it two ways
    expect(denied('Vantor', 'Ventor')).toBe(false) // not in the dictionary
  })
  it('resolve keeps apart two lone surnames with the same consonants when the dictionary spells one of them one way', () => {
    const a = docBuilder('President Brack flew to Zembla.', { mentions: [{ text: 'Brack', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] })
    const b = docBuilder('The writer BRECK died in Zembla.', { mentions: [{ text: 'BRECK', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'BRECK')).not.toBe(entityOf(out, [a, b], 'Brack'))
  })
  it('resolve still joins vowel variants of a transliterated surname and of a surname the dictionary does not know', () => {
    const a = docBuilder('Darkush spoke in Zembla. Vantor spoke too.', { mentions: [{ text: 'Darkush', type: 'PER' }, { text: 'Zembla', type: 'LOC' }, { text: 'Vantor', type: 'PER' }] })
    const b = docBuilder('Darkesh denied it. Ventor denied it too.', { mentions: [{ text: 'Darkesh', type: 'PER' }, { text: 'Ventor', type: 'PER' }] })
    const out = resolve([a, b])
    expect(entityOf(out, [a, b], 'Darkesh')).toBe(entityOf(out, [a, b], 'Darkush'))
    expect(entityOf(out, [a, b], 'Ventor')).toBe(entityOf(out, [a, b], 'Vantor'))
  })

  // one leader listed twice, as dictionaries do: once under two spellings, once under one with the surname alone
  const twice = indexKnownPersons(parsePetrarchDictionary([
    'SELIM_AL-KORVANI_ [ZMBREB]', '+SELIM_AL-KORVNI_', 'SELIM_AL_KORVANI_ [ZMBREB]', '+KORVANI_',
    'TALLIS_VORN_ [ZMBGOV]', '+PRESIDENT_VORN_', 'TALLIS_VORN_ [ZMBGOV]', '+PRESIDENT_VORN_',
  ].join('\n'), 'test.txt', 'actor'))
  it('issue-17 the dictionary may know a person by any spelling of his full name when it lists those spellings as one entry', () => {
    const ev = (fulls: string[], best: string) => surnameEvidenceOfAll(twice, nameKey('Korvani', 'PER'), fulls.map((f) => nameKey(f, 'PER')), nameKey(best, 'PER'))
    expect(ev(['Selim al-Korvni'], 'Selim al-Korvni')).toEqual({ known: true, other: true })
    expect(ev(['Selim al-Korvni', 'Selim al-Korvani'], 'Selim al-Korvni')).toEqual({ known: true, other: false })
    // a full name the dictionary does not know may be someone else of the name: only the one to join speaks
    const vorn = (fulls: string[], best: string) => surnameEvidenceOfAll(twice, nameKey('Vorn', 'PER'), fulls.map((f) => nameKey(f, 'PER')), nameKey(best, 'PER'))
    expect(vorn(['Tallis K.R. Vorn', 'Tallis Vorn'], 'Tallis K.R. Vorn')).toEqual({ known: false, other: true })
  })
  it('issue-17 resolve joins a lone surname to a full name spelt two ways that the dictionary lists as one person', () => {
    const docs = [
      docBuilder('Selim al-Korvani spoke in Zembla.', { mentions: [{ text: 'Selim al-Korvani', type: 'PER' }, { text: 'Zembla', type: 'LOC' }] }),
      docBuilder('Selim al-Korvni met officials in Ostrava.', { mentions: [{ text: 'Selim al-Korvni', type: 'PER' }, { text: 'Ostrava', type: 'LOC' }] }),
      docBuilder('Korvani threatened Ostrava.', { mentions: [{ text: 'Korvani', type: 'PER' }, { text: 'Ostrava', type: 'LOC' }] }),
    ]
    const out = resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], knownPersons: twice, now: '2026-01-01T00:00:00.000Z' })
    expect(entityOf(out, docs, 'Korvani')).toBe(entityOf(out, docs, 'Selim al-Korvni'))
  })
})
