import { describe, expect, it } from 'vitest'
import { curatedActors } from '../kb/actors.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { buildKbIndex } from './kb-match.js'
import { resolveEntities } from './resolve.js'
import { translatedAcronymOf } from './translated-acronym.js'
import { linkWithinDoc } from './within-doc.js'

const kb = buildKbIndex(curatedActors())

/** The name each acronym mention is linked to within the article (undefined: none). */
function linkedName(text: string, mentions: MentionSpec[], acronym: string): string | undefined {
  const doc = docBuilder(text, { mentions })
  const r = linkWithinDoc(doc.article, doc.mentions!, kb)
  const m = r.mentions.find((x) => x.text === acronym)!
  return r.mentions.find((x) => x.id === m.antecedentId)?.text
}

describe('translatedAcronymOf', () => {
  it('reads the initials of a translated name in another order', () => {
    expect(translatedAcronymOf('FAZM', 'Zemblan Armed Forces of Marovia')).toBe(true)
    expect(translatedAcronymOf('UNAMAR', 'Union of Marovian Nations')).toBe(true)
  })

  it('refuses an acronym most of whose letters are no initial of the name', () => {
    expect(translatedAcronymOf('UNIZEB', 'United Zembla')).toBe(false)
    expect(translatedAcronymOf('QXZ', 'Marovian News Agency')).toBe(false)
  })
})

describe('an acronym of a translated name, defined beside it', () => {
  it('joins the name before its bracket or between commas', () => {
    expect(linkedName('Rebels of the Zemblan Armed Forces of Marovia (FAZM) attacked a post.',
      [{ text: 'Zemblan Armed Forces of Marovia', type: 'ORG' }, { text: 'FAZM', type: 'ORG' }], 'FAZM')).toBe('Zemblan Armed Forces of Marovia')
    expect(linkedName('He told the Marovian News Agency, AMN, that talks failed.',
      [{ text: 'Marovian News Agency', type: 'ORG' }, { text: 'AMN', type: 'ORG' }], 'AMN')).toBe('Marovian News Agency')
  })

  it('leaves an acronym outside such a definition, of another type, or in a list', () => {
    expect(linkedName('The Marovian News Agency said AMN would close.',
      [{ text: 'Marovian News Agency', type: 'ORG' }, { text: 'AMN', type: 'ORG' }], 'AMN')).toBeUndefined()
    expect(linkedName('Fighting in Zembla Marovia (ZMF) went on.',
      [{ text: 'Zembla Marovia', type: 'LOC' }, { text: 'ZMF', type: 'ORG' }], 'ZMF')).toBeUndefined()
    expect(linkedName('Reports came from Marovian News, AMN, and Zembla Radio.',
      [{ text: 'Marovian News', type: 'ORG' }, { text: 'AMN', type: 'ORG' }, { text: 'Zembla Radio', type: 'ORG' }], 'AMN')).toBeUndefined()
  })
})

describe('resolution of a translated acronym defined beside its name', () => {
  it('makes one entity of the name, its acronym and the acronym alone in another article', () => {
    const a = docBuilder('Rebels of the Zemblan Armed Forces of Marovia (FAZM) attacked a post.',
      { mentions: [{ text: 'Zemblan Armed Forces of Marovia', type: 'ORG' }, { text: 'FAZM', type: 'ORG' }] })
    const b = docBuilder('FAZM freed two hostages.', { mentions: [{ text: 'FAZM', type: 'ORG' }] })
    const linked = linkWithinDoc(a.article, a.mentions!, kb).mentions
    const out = resolveEntities({ mentions: [...linked, ...b.mentions!], articles: [{ id: a.article.id }, { id: b.article.id }], kb: [], now: '2026-01-01T00:00:00.000Z' })
    const ids = new Set([...linked, ...b.mentions!].map((m) => out.mentionEntity.get(m.id)))
    expect(ids.size).toBe(1)
    expect(out.judgements.filter((j) => j.verdict === 'unsure')).toEqual([])
  })
})
