import { describe, expect, it } from 'vitest'
import type { Event } from '../model/index.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import type { MentionSpec } from '../text/testing/doc-builder.js'
import { parsePetrarchDictionary } from '../kb/petrarch-actors.js'
import { createActorCoder, defaultActorCoder } from './actor-codes.js'
import { extractEvents } from './extract.js'
import { parsedDoc, withSyntax } from './testing/parsed.js'

/** The actor and target codes of the events the coder finds in one sentence. */
function coded(text: string, mentions: MentionSpec[], published = '2016-01-12', coder = defaultActorCoder()): Array<[string | undefined, string | undefined, string | undefined]> {
  const doc = parsedDoc(text, { mentions, meta: { published } })
  return coder.codeEvents(doc, extractEvents(doc)).map((e: Event) => [e.cameo.slice(0, 2), e.actor?.code, e.target?.code])
}

describe('actor codes (shipped dictionaries)', () => {
  it('actor codes combine country adjectives with agent nouns', () => {
    expect(coded('Israeli police arrested three Palestinians in Jerusalem.', [{ text: 'Israeli', type: 'NORP' }, { text: 'Palestinians', type: 'NORP' }]))
      .toEqual([['17', 'ISRCOP', 'PSE']])
    expect(coded('Egyptian security forces raided a house near Arish.', [{ text: 'Egyptian', type: 'NORP' }, { text: 'Arish', type: 'LOC' }])[0]?.[1]).toBe('EGYCOP')
    expect(coded("Russia's defence ministry accused Turkey of lying.", [{ text: 'Russia', type: 'LOC' }, { text: 'Turkey', type: 'LOC' }]))
      .toEqual([['11', 'RUSGOVMIL', 'TUR']])
  })

  it('actor codes give curated armed groups and intergovernmental bodies their CAMEO codes', () => {
    expect(coded('Hamas fighters attacked Israeli soldiers.', [{ text: 'Hamas', type: 'ORG' }, { text: 'Israeli', type: 'NORP' }]))
      .toEqual([['19', 'PSEREBHMS', 'ISRMIL']])
    expect(coded('The Islamic State attacked the Syrian army near Palmyra.', [{ text: 'Islamic State', type: 'ORG' }, { text: 'Syrian army', type: 'ORG' }])[0]?.slice(1))
      .toEqual(['IMGMUSISI', 'SYRMIL'])
    expect(coded('The United Nations condemned the attack on Aleppo.', [{ text: 'United Nations', type: 'ORG' }, { text: 'Aleppo', type: 'LOC' }])[0]?.[1]).toBe('IGOUNO')
  })

  it('actor codes pick the role a person held on the article date, and ELI once it ended', () => {
    const text = 'Bashar al-Assad met Vladimir Putin in Moscow.'
    const mentions: MentionSpec[] = [{ text: 'Bashar al-Assad', type: 'PER' }, { text: 'Vladimir Putin', type: 'PER' }, { text: 'Moscow', type: 'LOC' }]
    expect(coded(text, mentions, '2015-10-21')[0]?.[1]).toBe('SYRGOV')
    expect(coded(text, mentions, '2025-03-01')[0]?.[1]).toBe('SYRELI')
  })

  it('actor codes leave a name uncoded when the dictionary knows only part of it ("Wilyat Sinai" is not the place Sinai)', () => {
    expect(coded('Wilyat Sinai attacked Hamas.', [{ text: 'Wilyat Sinai', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }]))
      .toEqual([['19', undefined, 'PSEREBHMS']])
    expect(coded('Islamic State jihadists attacked Hamas.', [{ text: 'Islamic State', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }])[0]?.[1]).toBe('IMGMUSISI')
  })

  it('actor codes read lower-case words as no names ("turkey" is food), agents in any case', () => {
    expect(coded('They ate turkey and then attacked the police.', [{ text: 'turkey', type: 'ORG' }, { text: 'police', type: 'ORG' }]).flatMap((e) => e.slice(1)))
      .not.toContain('TUR')
  })
})

describe('actor codes (user dictionaries)', () => {
  const coder = createActorCoder([
    ...parsePetrarchDictionary('GONDOR [GON]\nARNOR_ [ARN]\nBOROMIR_\n\t[GONMIL 19950101-19991231]\n', 'actors.txt', 'actor'),
    ...parsePetrarchDictionary('POLICE {} [~COP]\nPROSECUTOR [~JUD]\n', 'agents.txt', 'agent'),
  ])
  it('actor codes turn "former" into an elite code and code an agent alone with an unknown country', () => {
    expect(coded('Former Gondor prosecutors accused Arnor.', [{ text: 'Gondor', type: 'LOC' }, { text: 'Arnor', type: 'LOC' }], '1996-01-01', coder))
      .toEqual([['11', 'GONELI', 'ARN']])
    expect(coded('The police arrested Boromir.', [{ text: 'police', type: 'ORG' }, { text: 'Boromir', type: 'PER' }], '1996-01-01', coder))
      .toEqual([['17', '---COP', 'GONMIL']])
  })

  it('actor codes follow a pronoun to its antecedent', () => {
    const text = 'Boromir arrived in Arnor. He attacked Arnor police.'
    const doc = parsedDoc(text, { meta: { published: '1996-01-01' }, mentions: [{ text: 'Boromir', type: 'PER' }, { text: 'Arnor', type: 'LOC' }] })
    const boromir = doc.mentions![0]!
    const he = { ...boromir, id: 'mention_he', start: text.indexOf('He'), end: text.indexOf('He') + 2, text: 'He', kind: 'pronoun' as const, antecedentId: boromir.id }
    const withHe = { ...doc, mentions: [...doc.mentions!, he].sort((a, b) => a.start - b.start) }
    const events = coder.codeEvents(withHe, extractEvents(withHe))
    const attack = events.find((e) => e.cameo.startsWith('1') && e.cue.text === 'attacked')
    expect([attack?.actor?.code, attack?.target?.code]).toEqual(['GONMIL', 'ARNCOP'])
  })

  it('actor codes compose a state body standing for a country named elsewhere, but a nominal of its own mention keeps its antecedent\'s code', () => {
    const text = 'Israeli officials met Hamas. The militants attacked soldiers.'
    const doc = parsedDoc(text, { mentions: [{ text: 'Israeli', type: 'NORP' }, { text: 'Hamas', type: 'ORG' }] })
    const [israeli, hamas] = doc.mentions!
    const militants = { ...hamas!, id: 'mention_militants', start: text.indexOf('The militants'), end: text.indexOf('The militants') + 13, text: 'The militants', kind: 'nominal' as const, antecedentId: hamas!.id }
    const withNominal = { ...doc, mentions: [...doc.mentions!, militants].sort((a, b) => a.start - b.start) }
    const c = defaultActorCoder().forDoc(withNominal)
    const hamasCode = c.code({ start: hamas!.start, end: hamas!.end, text: 'Hamas', mentionId: hamas!.id })
    expect(c.code({ start: militants.start, end: militants.end, text: militants.text, mentionId: militants.id })).toBe(hamasCode)
    const s = text.indexOf('soldiers')
    expect(c.code({ start: s, end: s + 8, text: 'soldiers', mentionId: israeli!.id })).toBe('ISRMIL')
  })
})
