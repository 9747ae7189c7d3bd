/**
 * Event tables from hand-built events that carry CAMEO actor codes and PLOVER types (the actor coder fills them in
 * real runs; here they are set by hand so the columns are checked whatever the coder does).
 */
import { PassThrough } from 'node:stream'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { Article, Event, Grade, Mention } from '../model/index.js'
import { SqliteStore } from '../store/index.js'
import { acledType } from './acled-csv.js'
import { GDELT_COLUMNS } from './cameo-tsv.js'
import { numericId, parseActorCode } from './codes.js'
import { exportTo } from './index.js'
import { gradeAtLeast, dateWithin } from './filter.js'

const text = 'DAMASCUS — Syrian troops shelled Idlib on Monday, and UN envoys met rebel leaders.'
const article: Article = { id: 'article_1', text, contentHash: 'h1', published: '2024-03-04', url: 'https://example.org/a', outlet: 'Example News', boilerplate: [] }
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s })
const mention = (id: string, s: string, type: Mention['type']): Mention => ({ id, articleId: article.id, ...span(s), type, kind: 'name', stage: 'test.v1' })
const mentions = [mention('m_syr', 'Syrian troops', 'ORG'), mention('m_idlib', 'Idlib', 'LOC'), mention('m_un', 'UN envoys', 'ORG'), mention('m_reb', 'rebel leaders', 'ORG')]
const events: Event[] = [
  {
    id: 'event_00000000000000a1', articleId: article.id, cameo: '194', cameoRoot: '19', plover: 'ASSAULT', ploverMode: 'aerial', quadClass: 4, goldstein: -10,
    actor: { mentionId: 'm_syr', ...span('Syrian troops'), code: 'SYRMIL' }, target: { mentionId: 'm_idlib', ...span('Idlib') },
    cue: span('shelled'), sentence: { start: 11, end: text.length }, location: { mentionId: 'm_idlib', ...span('Idlib') },
    when: { date: '2024-03-04', text: 'on Monday', start: text.indexOf('on Monday'), end: text.indexOf('on Monday') + 9 }, modality: 'asserted',
  },
  {
    id: 'event_00000000000000b2', articleId: article.id, cameo: '040', cameoRoot: '04', quadClass: 1, goldstein: 1,
    actor: { mentionId: 'm_un', ...span('UN envoys'), code: 'IGOUNO' }, target: { mentionId: 'm_reb', ...span('rebel leaders') },
    cue: span('met'), sentence: { start: 11, end: text.length }, modality: 'asserted',
  },
]

async function storeWithEvents() {
  const store = new SqliteStore(':memory:')
  await store.saveDoc({ article, mentions, events, claims: [], places: [{ mentionId: 'm_idlib', name: 'Idlib', kind: 'city', country: 'SY', lat: 35.93, lon: 36.63 }] })
  return store
}

/** What `format` exports from a store, which is closed after. */
async function exportText(store: SqliteStore, format: string, filters: Record<string, unknown> = {}): Promise<string> {
  let s = ''
  const out = new PassThrough()
  out.on('data', (c: Buffer) => { s += c.toString('utf8') })
  await exportTo(store, format, filters, out)
  await store.close()
  return s
}

async function exported(format: string, filters: Record<string, unknown> = {}) {
  return exportText(await storeWithEvents(), format, filters)
}

describe('event tables', () => {
  it('cameo-tsv fills actor code, country and type columns from the event actor code, and leaves them empty without one', async () => {
    const rows = parseCsv(await exported('cameo-tsv'), { delimiter: '\t', columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(2)
    const [shelling, meeting] = rows as [Record<string, string>, Record<string, string>]
    expect(shelling).toMatchObject({
      SQLDATE: '20240304', MonthYear: '202403', Year: '2024', Actor1Code: 'SYRMIL', Actor1CountryCode: 'SYR', Actor1Type1Code: 'MIL', Actor1Name: 'Syrian troops',
      Actor2Code: '', Actor2CountryCode: '', EventCode: '194', EventBaseCode: '194', EventRootCode: '19', QuadClass: '4', GoldsteinScale: '-10',
      ActionGeo_Type: '4', ActionGeo_FullName: 'Idlib', ActionGeo_CountryCode: 'SY', ActionGeo_Lat: '35.93', ActionGeo_Long: '36.63',
      NumMentions: '1', NumSources: '1', NumArticles: '1', SOURCEURL: 'https://example.org/a',
    })
    expect(meeting).toMatchObject({ Actor1Code: 'IGOUNO', Actor1CountryCode: '', Actor1KnownGroupCode: 'UNO', Actor1Type1Code: 'IGO', EventRootCode: '04', ActionGeo_Lat: '' })
    expect(Object.keys(shelling)).toEqual(GDELT_COLUMNS)
  })

  it('plover-json carries the PLOVER type and mode, parties with codes and countries, and the anchor sentence', async () => {
    const [first, second] = (await exported('plover-json')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>)
    expect(first).toMatchObject({ event_type: 'ASSAULT', mode: 'aerial', date: '2024-03-04', actor: { code: 'SYRMIL', country: 'SYR' }, anchor: { text: 'shelled' } })
    expect(first!['location']).toMatchObject({ name: 'Idlib', country: 'SYR', lat: 35.93 })
    expect(first!['text']).toBe(text.slice(11))
    expect(second).toMatchObject({ event_type: null, mode: null, actor: { code: 'IGOUNO', country: null } })
  })

  it('acled-csv maps shelling to Explosions/Remote violence and leaves a meeting out', async () => {
    const rows = parseCsv(await exported('acled-csv'), { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ event_date: '2024-03-04', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', country: 'Syrian Arab Republic', location: 'Idlib', geo_precision: '1', source: 'Example News' })
  })

  it('geojson places the located event at longitude, latitude and skips the unlocated one', async () => {
    const fc = JSON.parse(await exported('geojson')) as { features: Array<{ geometry: { coordinates: number[] } }> }
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([[36.63, 35.93]])
  })

  it('date filters compare by the event date, inclusive at both ends', async () => {
    expect((await exported('plover-json', { from: '2024-03-04', to: '2024-03' })).trim().split('\n')).toHaveLength(2)
    expect(await exported('plover-json', { from: '2024-03-05' })).toBe('')
  })
})

describe('issue: a name across a line break split its row in acled-csv and cameo-tsv (trial 20)', () => {
  // "the U.S.-led\ncoalition": a mention that spans the article's line break, as press releases wrap their lines
  const wrapped = 'Coalition update\n\nOn Monday the U.S.-led\ncoalition conducted five airstrikes near Raqqa.'
  const a2: Article = { id: 'article_2', text: wrapped, contentHash: 'h2', published: '2024-03-05', outlet: 'CENTCOM', boilerplate: [] }
  const at = (s: string) => ({ start: wrapped.indexOf(s), end: wrapped.indexOf(s) + s.length, text: s })
  const m2: Mention[] = [{ id: 'm_coal', articleId: 'article_2', ...at('the U.S.-led\ncoalition'), type: 'ORG', kind: 'nominal', stage: 'test.v1' }]
  const strike: Event = {
    id: 'event_00000000000000c3', articleId: 'article_2', cameo: '195', cameoRoot: '19', quadClass: 4, goldstein: -10,
    actor: { mentionId: 'm_coal', ...at('the U.S.-led\ncoalition') }, cue: at('conducted five airstrikes'),
    sentence: { start: wrapped.indexOf('On Monday'), end: wrapped.length }, modality: 'asserted',
  }
  const table = async (format: string) => {
    const store = new SqliteStore(':memory:')
    await store.saveDoc({ article: a2, mentions: m2, events: [strike], claims: [], places: [] })
    return exportText(store, format)
  }
  it('every event is one line, with the name on one line', async () => {
    const csv = (await table('acled-csv')).replace(/^\ufeff/, '').split('\r\n').filter(Boolean)
    expect(csv).toHaveLength(2)
    expect(csv.every((l) => !l.includes('\n'))).toBe(true)
    expect(csv[1]).toContain(',the U.S.-led coalition,')
    const tsv = (await table('cameo-tsv')).split('\n').filter(Boolean)
    expect(tsv).toHaveLength(2)
    expect(tsv.map((l) => l.split('\t').length)).toEqual([GDELT_COLUMNS.length, GDELT_COLUMNS.length])
    expect(tsv[1]).toContain('\tthe U.S.-led coalition\t')
  })
})

describe('issue: one sentence listing what strikes destroyed gave identical ACLED rows (trial 20)', () => {
  // the coder reads one event per object of the list; the tables name the target's entity, so three rows were one
  const listed = 'Strike report\n\nCoalition aircraft destroyed an ISIL tank, two ISIL vehicles, an ISIL checkpoint and a Nusra Front depot near Raqqa on Monday.'
  const a3: Article = { id: 'article_3', text: listed, contentHash: 'h3', published: '2024-03-04', outlet: 'CENTCOM', boilerplate: [] }
  const at = (s: string) => ({ start: listed.indexOf(s), end: listed.indexOf(s) + s.length, text: s })
  const sentence = { start: listed.indexOf('Coalition aircraft'), end: listed.length }
  const objects: Array<[string, string]> = [['ISIL tank', 'entity_isil'], ['ISIL vehicles', 'entity_isil'], ['ISIL checkpoint', 'entity_isil'], ['Nusra Front depot', 'entity_nusra']]
  const m3: Mention[] = [
    { id: 'm_air', articleId: 'article_3', ...at('Coalition aircraft'), type: 'ORG', kind: 'nominal', stage: 'test.v1' },
    { id: 'm_raqqa', articleId: 'article_3', ...at('Raqqa'), type: 'LOC', kind: 'name', stage: 'test.v1' },
    ...objects.map(([o], i): Mention => ({ id: `m_obj${i}`, articleId: 'article_3', ...at(o), type: 'ORG', kind: 'name', stage: 'test.v1' })),
  ]
  const strikes: Event[] = objects.map(([o, entityId], i) => ({
    id: `event_00000000000000d${i}`, articleId: 'article_3', cameo: '195', cameoRoot: '19', quadClass: 4, goldstein: -10,
    actor: { mentionId: 'm_air', ...at('Coalition aircraft'), code: 'IMGMUS' }, target: { mentionId: `m_obj${i}`, ...at(o), entityId },
    cue: at('destroyed'), sentence, location: { mentionId: 'm_raqqa', ...at('Raqqa') },
    when: { date: '2024-03-04', ...at('on Monday') }, modality: 'asserted',
  }))
  const table = async (format: string) => {
    const store = new SqliteStore(':memory:')
    await store.saveDoc({ article: a3, mentions: m3, events: strikes, claims: [], places: [{ mentionId: 'm_raqqa', name: 'Raqqa', kind: 'city', country: 'SY', lat: 35.95, lon: 39.01 }] })
    await store.saveResolution({
      entities: [{ id: 'entity_isil', type: 'ORG', canonicalName: 'Islamic State', aliases: ['ISIL'], origin: 'kb' }, { id: 'entity_nusra', type: 'ORG', canonicalName: 'Nusra Front', aliases: [], origin: 'extracted' }],
      mentionEntity: new Map(), judgements: [], relations: [],
    })
    return exportText(store, format)
  }
  it('acled-csv and cameo-tsv give one row per distinct event: the listed ISIL objects once, the Nusra Front depot apart', async () => {
    const acled = parseCsv(await table('acled-csv'), { columns: true }) as Array<Record<string, string>>
    expect(acled.map((r) => r['actor2'])).toEqual(['Islamic State', 'Nusra Front'])
    expect(acled[0]).toMatchObject({ event_id_cnty: `SYR${numericId('event_00000000000000d0')}`, location: 'Raqqa', event_date: '2024-03-04' })
    const gdelt = parseCsv(await table('cameo-tsv'), { delimiter: '\t', columns: true }) as Array<Record<string, string>>
    expect(gdelt.map((r) => [r['GLOBALEVENTID'], r['Actor2Name']])).toEqual([[numericId('event_00000000000000d0'), 'Islamic State'], [numericId('event_00000000000000d3'), 'Nusra Front']])
    // the PLOVER records keep one record per event (each names its own object)
    expect((await table('plover-json')).trim().split('\n')).toHaveLength(4)
  })
})

describe('export codes', () => {
  it('parseActorCode splits country, known group and types', () => {
    expect(parseActorCode('SYRMIL')).toMatchObject({ country: 'SYR', types: ['MIL'] })
    expect(parseActorCode('PSEREBHAM')).toMatchObject({ country: 'PSE', types: ['REB'], knownGroup: 'HAM' })
    expect(parseActorCode(undefined)).toBeUndefined()
  })

  it('acledType takes the longest CAMEO prefix in the table', () => {
    expect(acledType('1831')).toMatchObject({ eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb' })
    expect(acledType('1832')).toMatchObject({ subEventType: 'Remote explosive/landmine/IED' })
    expect(acledType('173')).toMatchObject({ subEventType: 'Arrests' })
    expect(acledType('042')).toBeUndefined()
  })

  it('gradeAtLeast reads Admiralty grades: lower letters and digits are better', () => {
    const g: Grade = { reliability: 'B', credibility: '3', reasons: [] }
    expect(gradeAtLeast(g, 'C3')).toBe(true)
    expect(gradeAtLeast(g, 'B2')).toBe(false)
    expect(gradeAtLeast(g, 'A')).toBe(false)
    expect(gradeAtLeast(g, '4')).toBe(true)
    expect(gradeAtLeast(undefined, 'F')).toBe(false)
    expect(dateWithin('2024-03-04T10:00', '2024-03', '2024-03')).toBe(true)
  })
})
