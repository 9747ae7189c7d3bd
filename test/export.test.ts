/**
 * Exports as a user checks them: the seeds store round-trips through jsonl byte for byte, and every other format
 * is read back by a parser that is not ours (graphology-gexf, graphology-graphml, @placemarkio/check-geojson,
 * csv-parse, the FollowTheMoney model shipped by @alephdata/followthemoney, ClaimReview's required properties).
 */
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { check as checkGeojson } from '@placemarkio/check-geojson'
import { parse as parseCsv } from 'csv-parse/sync'
import graphology from 'graphology'
import gexf from 'graphology-gexf'
import graphml from 'graphology-graphml'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliOption, exportTo, importJsonl, validateExport } from '../src/export/index.js'
import { ACLED_COLUMNS } from '../src/export/acled-csv.js'
import { GDELT_COLUMNS } from '../src/export/cameo-tsv.js'
import { ingest } from '../src/service/ingest.js'
import { storeStatus } from '../src/service/status.js'
import { renderStatus } from '../src/cli/commands/reprocess.js'
import { SqliteStore, type Store } from '../src/store/index.js'
import { root } from './helpers.js'

const seeds = join(root, 'fixtures', 'seeds')
const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'))

async function run(store: Store, format: string, filters: Record<string, unknown> = {}): Promise<string> {
  const chunks: Buffer[] = []
  const out = new PassThrough()
  out.on('data', (c: Buffer) => chunks.push(c))
  await exportTo(store, format, filters, out)
  out.end()
  return Buffer.concat(chunks).toString('utf8')
}

async function importText(store: Store, text: string) {
  const input = new PassThrough()
  input.end(text)
  return importJsonl(store, input)
}

let store: Store
beforeAll(async () => {
  store = new SqliteStore(join(dir, 'seeds.db'))
  await ingest(store, [seeds])
}, 120_000)

describe('export jsonl round trip', () => {
  it('export jsonl, import into an empty store, export again: byte-identical; a second import changes nothing', async () => {
    const first = await run(store, 'jsonl')
    expect(first.split('\n').filter((l) => l.includes('"type":"article"'))).toHaveLength(2)
    const copy = new SqliteStore(join(dir, 'copy.db'))
    const s1 = await importText(copy, first)
    expect(s1).toMatchObject({ articles: 2, added: 2, derived: 'copied' })
    expect(await run(copy, 'jsonl')).toBe(first)
    const s2 = await importText(copy, first)
    expect(s2).toMatchObject({ added: 0, unchanged: 2, derived: 'unchanged' })
    expect(await run(copy, 'jsonl')).toBe(first)
    // the copy is as current as the original: no article outdated, no aggregation pending, the same stored sentences
    const [was, now] = [await storeStatus(store), await storeStatus(copy)]
    expect(now).toEqual(was)
    expect([now.outdated, now.aggregatePending]).toEqual([0, false])
    const someArticle = (await store.articleAnalyses())[0]!.id
    expect((await copy.sentencesOf(someArticle)).length).toBeGreaterThan(1)
    expect(await copy.sentencesOf(someArticle)).toEqual(await store.sentencesOf(someArticle))
    // every other format reads the copy exactly as it reads the original
    for (const f of ['ftm', 'cameo-tsv', 'claimreview', 'gexf']) expect(await run(copy, f)).toBe(await run(store, f))
    await copy.close()
  })

  it('a file exported before stage keys existed: import and status say the articles are outdated and what to run', async () => {
    const old = (await run(store, 'jsonl')).split('\n').map((l) => {
      if (!l.includes('"type":"article"')) return l
      const { stages: _, ...rest } = JSON.parse(l)
      return JSON.stringify(rest)
    }).join('\n')
    const copy = new SqliteStore(join(dir, 'old-copy.db'))
    expect(await importText(copy, old)).toMatchObject({ articles: 2, added: 2, withoutStages: 2 })
    const status = await storeStatus(copy)
    expect([status.outdated, status.unrecorded]).toEqual([2, 2])
    const text = renderStatus(status)
    expect(text).toMatch(/2 analysed by outdated stages \(2 imported without stage keys/)
    expect(text).toMatch(/bring them up to date: dossier reprocess \(analyses the 2 article\(s\) again/)
    expect(renderStatus(await storeStatus(store))).not.toMatch(/reprocess|imported without/)
    await copy.close()
  })

  it('import into the non-empty original changes nothing', async () => {
    const before = await run(store, 'jsonl')
    const s = await importText(store, before)
    expect(s).toMatchObject({ added: 0, derived: 'unchanged' })
    expect(await run(store, 'jsonl')).toBe(before)
  })

  it('import into a store holding one of the articles adds the other and recomputes the same picture', async () => {
    const full = await run(store, 'jsonl')
    const part = new SqliteStore(join(dir, 'part.db'))
    await ingest(part, [join(seeds, '000_fd7dbad812d8e2ee.txt')])
    const s = await importText(part, full)
    expect(s).toMatchObject({ articles: 2, added: 1, unchanged: 1, derived: 'recomputed' })
    const derived = (text: string) => text.split('\n').filter((l) => /^\{"type":"(entity|relation|cluster)"/.test(l))
    expect(derived(await run(part, 'jsonl'))).toEqual(derived(full))
    await part.close()
  }, 60_000)

  it('import names the line of a record it cannot read', async () => {
    const copy = new SqliteStore(':memory:')
    await expect(importText(copy, '{"type":"dossier","version":1}\n{"type":"article","article":{}}\n')).rejects.toThrow(/line 2/)
    await expect(importText(copy, 'not json\n')).rejects.toThrow(/line 1 is not JSON/)
  })

  it('export waits for a slow reader (backpressure) and still writes everything', async () => {
    const expected = await run(store, 'jsonl')
    const chunks: string[] = []
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, cb) { chunks.push(chunk.toString('utf8')); setTimeout(cb, 1) },
    })
    await exportTo(store, 'jsonl', {}, slow)
    expect(chunks.join('')).toBe(expected)
  })
})

describe('export concurrency', () => {
  it('two exports at once on one store (two API requests) both finish with the same output as one alone', async () => {
    const alone = await run(store, 'claimreview')
    const [a, b, c] = await Promise.all([run(store, 'claimreview'), run(store, 'claimreview'), run(store, 'cameo-tsv')])
    expect(a).toBe(alone)
    expect(b).toBe(alone)
    expect(c).toBe(await run(store, 'cameo-tsv'))
  })
})

describe('export formats read back by other parsers', () => {
  it('gexf parses with graphology-gexf as a dynamic graph whose edges keep kind, weight and dates', async () => {
    const xml = await run(store, 'gexf')
    const g = gexf.parse(graphology.MultiGraph, xml)
    expect(g.order).toBeGreaterThan(5)
    expect(g.size).toBeGreaterThan(5)
    const kinds = new Set(g.mapEdges((_k, a) => a['kind'] as string))
    expect([...kinds].some((k) => ['member_of', 'leader_of', 'hostile', 'cooperative'].includes(k))).toBe(true)
    expect(xml).toMatch(/<graph [^>]*mode="dynamic"[^>]*timeformat="date"/)
    // the curated al-Baghdadi leadership of IS runs 2010 – 2019-10-27
    expect(xml).toMatch(/<edge [^>]*start="2010-01-01"[^>]*end="2019-10-27"/)
    expect(g.mapNodes((_k, a) => a['label'])).toContain('Hamas')
  })

  it('gexf and graphml edges carry their event and article ids, each one look-up from its sentence', async () => {
    for (const format of ['gexf', 'graphml']) {
      const text = await run(store, format)
      const g = format === 'gexf' ? gexf.parse(graphology.MultiGraph, text) : graphml.parse(graphology.MultiGraph, text)
      const hostile = g.filterEdges((_k, a) => a['kind'] === 'hostile')
      expect(hostile.length).toBeGreaterThan(0)
      for (const key of hostile) {
        const a = g.getEdgeAttributes(key)
        const ids = String(a['events']).split(' ')
        expect(ids.length).toBe(Number(a['evidence']))
        const events = await store.eventsByIds(ids)
        expect(events.map((e) => e.id).sort()).toEqual([...ids].sort())
        expect(String(a['articles']).split(' ')).toEqual([...new Set(events.map((e) => e.articleId))].sort())
      }
    }
  })

  it('graphml parses with graphology-graphml into the same graph as the gexf', async () => {
    const g = graphml.parse(graphology.MultiGraph, await run(store, 'graphml'))
    const h = gexf.parse(graphology.MultiGraph, await run(store, 'gexf'))
    expect(g.order).toBe(h.order)
    expect(g.size).toBe(h.size)
    expect(new Set(g.mapEdges((_k, a) => a['kind']))).toEqual(new Set(h.mapEdges((_k, a) => a['kind'])))
  })

  it('geojson passes @placemarkio/check-geojson with a point per located event', async () => {
    const fc = checkGeojson(await run(store, 'geojson')) as { type: string; features: Array<{ geometry: { coordinates: number[] }; properties: Record<string, unknown> }> }
    expect(fc.type).toBe('FeatureCollection')
    expect(fc.features.length).toBeGreaterThan(3)
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number]
      expect(lon).toBeGreaterThan(25) // the seeds are about Gaza and Sinai: longitude first
      expect(lat).toBeGreaterThan(25)
      expect(typeof f.properties['cameo']).toBe('string')
    }
  })

  it('acled-csv parses with csv-parse under the ACLED header, with mapped types only', async () => {
    const rows = parseCsv(await run(store, 'acled-csv'), { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual(ACLED_COLUMNS)
    const types = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'])
    for (const r of rows) expect(types.has(r['event_type']!)).toBe(true)
    expect(rows.some((r) => r['sub_event_type'] === 'Arrests')).toBe(true)
    expect(rows.every((r) => /^\d+$/.test(r['fatalities']!))).toBe(true)    // the notes end with the article id and the sentence's offsets: the sentence is text.slice(start, end)
    for (const r of rows) {
      const m = /^(.*) \[(article_[0-9a-f]+)#char=(\d+),(\d+)\]$/.exec(r['notes']!)
      expect(m).not.toBeNull()
      const article = (await store.getArticle(m![2]!))!
      expect(article.text.slice(Number(m![3]), Number(m![4])).replace(/\s+/g, ' ').trim()).toBe(m![1])
    }
  })

  it('cameo-tsv parses with csv-parse as 61 GDELT 2.0 columns per row', async () => {
    const text = await run(store, 'cameo-tsv')
    const rows = parseCsv(text, { delimiter: '\t', relax_quotes: false }) as string[][]
    expect(rows[0]).toEqual(GDELT_COLUMNS)
    expect(GDELT_COLUMNS).toHaveLength(61)
    expect(rows.length).toBeGreaterThan(10)
    const col = (name: string) => GDELT_COLUMNS.indexOf(name)
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(61)
      expect(r[col('EventRootCode')]).toBe(r[col('EventCode')]!.slice(0, 2))
      expect(Number(r[col('NumArticles')])).toBeGreaterThanOrEqual(1)
    }
  })

  it('claimreview has the properties ClaimReview requires, with the grade as the rating', async () => {
    const reviews = JSON.parse(await run(store, 'claimreview')) as Array<Record<string, any>>
    expect(reviews.length).toBeGreaterThan(3)
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org')
      expect(r['@type']).toBe('ClaimReview')
      expect(typeof r['url']).toBe('string')
      expect(r['claimReviewed']).toMatch(/\w/)
      expect(r['itemReviewed']['@type']).toBe('Claim')
      expect(r['itemReviewed']['author']['name']).toMatch(/\w/)
      const rating = r['reviewRating']
      expect(rating['@type']).toBe('Rating')
      expect(rating['alternateName']).toMatch(/^[A-F][1-6]: /)
      expect(rating['ratingValue']).toBeGreaterThanOrEqual(rating['worstRating'])
      expect(rating['ratingValue']).toBeLessThanOrEqual(rating['bestRating'])
      expect(rating['ratingExplanation']).toMatch(/\w/)
    }
  })

  it('ftm uses only FtM schemata and properties, with every required property and entity reference in range', async () => {
    const model = createRequire(import.meta.url)('@alephdata/followthemoney/dist/defaultModel.json') as {
      schemata: Record<string, { extends?: string[]; required?: string[]; abstract?: boolean; properties: Record<string, { type: string; range?: string }> }>
    }
    const props = (name: string): Record<string, { type: string; range?: string }> => {
      const s = model.schemata[name]!
      return Object.assign({}, ...(s.extends ?? []).map(props), s.properties)
    }
    const ancestors = (name: string): string[] => [name, ...(model.schemata[name]?.extends ?? []).flatMap(ancestors)]
    const isA = (name: string, ancestor: string): boolean => name === ancestor || (model.schemata[name]?.extends ?? []).some((e) => isA(e, ancestor))
    const entities = (await run(store, 'ftm')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, unknown[]> })
    const byId = new Map(entities.map((e) => [e.id, e]))
    expect(byId.size).toBe(entities.length)
    const problems: string[] = []
    for (const e of entities) {
      const s = model.schemata[e.schema]
      if (!s || s.abstract) { problems.push(`${e.id}: schema ${e.schema}`); continue }
      const p = props(e.schema)
      const required = [...new Set(ancestors(e.schema).flatMap((n) => model.schemata[n]?.required ?? []))]
      for (const r of required) if (!e.properties[r]?.length) problems.push(`${e.id} (${e.schema}): missing ${r}`)
      for (const [k, vs] of Object.entries(e.properties)) {
        if (!p[k]) { problems.push(`${e.id} (${e.schema}): no property ${k}`); continue }
        for (const v of vs) {
          if (typeof v !== 'string') problems.push(`${e.id}.${k}: ${JSON.stringify(v)} is not a string`)
          if (p[k]!.type === 'entity') {
            const target = byId.get(v as string)
            if (!target) problems.push(`${e.id}.${k}: dangling ${String(v)}`)
            else if (!isA(target.schema, p[k]!.range!)) problems.push(`${e.id}.${k}: ${target.schema} is not a ${p[k]!.range}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
    const schemata = new Set(entities.map((e) => e.schema))
    for (const s of ['Person', 'Organization', 'Address', 'Article', 'Mention', 'Event', 'Documentation']) expect(schemata).toContain(s)
    const doc = entities.find((e) => e.schema === 'Documentation' && e.properties['role']?.[0] === 'event')!
    expect(doc.properties['recordId']![0]).toMatch(/^article_[0-9a-f]+#char=\d+,\d+$/)
  })
})

describe('export filters', () => {
  it('--root keeps only events of those CAMEO roots', async () => {
    const rows = parseCsv(await run(store, 'cameo-tsv', { root: '17' }), { delimiter: '\t', from_line: 2 }) as string[][]
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r[GDELT_COLUMNS.indexOf('EventRootCode')]).toBe('17')
  })

  it('--root refuses what is not a CAMEO root (01–20), naming every bad value, and reads 7 as 07', async () => {
    await expect(run(store, 'cameo-tsv', { root: '42,17,00' })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/root "42": a CAMEO root from 01 to 20.*root "00": a CAMEO root/) })
    expect(await run(store, 'cameo-tsv', { root: '7' })).toBe(await run(store, 'cameo-tsv', { root: '07' }))
  })

  it('a bad filter is named as the user typed it: --to and --min-grade on the command line, to and minGrade in a query', () => {
    expect(() => validateExport('acled-csv', { to: '2024-13', minGrade: 'Z9' }, cliOption)).toThrow(/--to "2024-13": an ISO date.*--min-grade "Z9": an Admiralty grade/)
    expect(() => validateExport('acled-csv', { to: '2024-13' })).toThrow(/^invalid export filter: to "2024-13": an ISO date/)
  })

  it('--min-grade keeps only events graded at least that well', async () => {
    const all = (await run(store, 'plover-json')).trim().split('\n').map((l) => JSON.parse(l) as { grade: string | null })
    const good = (await run(store, 'plover-json', { minGrade: 'C3' })).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { grade: string })
    expect(good.length).toBeGreaterThan(0)
    expect(good.length).toBeLessThan(all.length)
    for (const e of good) expect(e.grade).toMatch(/^[ABC][123]$/)
  })

  it('--actor keeps the events and relations of that entity', async () => {
    const events = (await run(store, 'plover-json', { actor: 'Hamas' })).trim().split('\n').map((l) => JSON.parse(l) as { actor: { name: string } | null; recipient: { name: string } | null })
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect([e.actor?.name, e.recipient?.name]).toContain('Hamas')
    const g = gexf.parse(graphology.MultiGraph, await run(store, 'gexf', { actor: 'Hamas' }))
    const hamas = g.findNode((_k, a) => a['label'] === 'Hamas')!
    g.forEachEdge((_e, _a, s, t) => expect([s, t]).toContain(hamas))
  })

  it('a filter a format cannot apply, a bad filter and an unknown format are usage errors', async () => {
    await expect(run(store, 'jsonl', { root: '19' })).rejects.toMatchObject({ code: 'E_USAGE' })
    await expect(run(store, 'gexf', { minGrade: 'B' })).rejects.toMatchObject({ code: 'E_USAGE' })
    await expect(run(store, 'cameo-tsv', { minGrade: 'Z9' })).rejects.toMatchObject({ code: 'E_USAGE' })
    await expect(run(store, 'xlsx')).rejects.toMatchObject({ code: 'E_USAGE' })
  })
})
