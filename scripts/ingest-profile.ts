/**
 * Where end-to-end ingest time goes (a script, not a test: it reads ../shared/data). Real articles go through the
 * path of `dossier ingest` (plain-text load, content-hash and near-duplicate lookups, the default pipeline, the
 * save into a fresh SQLite store), then one aggregation; every step and every pipeline stage is timed in CPU
 * time of this process (`process.cpuUsage`, so the figures hold on a loaded machine), and reported as a share of
 * the whole and as words per CPU-second. For a function-level profile run it under `node --cpu-prof`.
 *
 * `--warm` runs the pipeline over every article once before the measured pass (not saved), so the figures are those
 * of a long-running ingest (compiled code, filled caches) rather than of a cold start.
 *
 * `--aggregate-profile FILE` writes a V8 CPU profile of the aggregation alone.
 *
 * `--cpu-profile FILE` writes a V8 CPU profile (open it in Chrome's DevTools) of the measured pass alone: no model
 * loading, no warm-up pass, no aggregation. `--heap-profile FILE` writes a sampling heap profile of the same pass,
 * objects the young generation collected included (where the allocation that drives the collector comes from).
 *
 *   npx tsx scripts/ingest-profile.ts [--n 200] [--source polnear|gmb|conll|demo] [--stages a,b] [--warm]
 *     [--cpu-profile FILE] [--heap-profile FILE] [--aggregate-profile FILE]
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plainTextArticle } from '../src/ingest/load.js'
import { NEAR_DUP_MAX_HAMMING, simhash } from '../src/ingest/near-dup.js'
import type { Article, Stage } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES, pipelineOf } from '../src/pipeline/index.js'
import { aggregate, knowledgeBase } from '../src/service/aggregate.js'
import { storedDocOf } from '../src/service/ingest.js'
import { SqliteStore } from '../src/store/index.js'
import { SOURCES } from './data-sources.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const cpuMs: Record<string, number> = {}

/** CPU milliseconds of this process spent in fn, added to `step`. */
async function timed<T>(step: string, fn: () => T | Promise<T>): Promise<T> {
  const u = process.cpuUsage()
  try {
    return await fn()
  } finally {
    const d = process.cpuUsage(u)
    cpuMs[step] = (cpuMs[step] ?? 0) + (d.user + d.system) / 1000
  }
}

const timedStage = (s: Stage): Stage => ({ ...s, run: (doc, ctx) => timed(`stage ${s.key}`, () => s.run(doc, ctx)) })

async function main(): Promise<void> {
  const n = Number(opt('n') ?? 200)
  const source = opt('source') ?? 'polnear'
  const docs = SOURCES[source]!().filter((d) => d.text).slice(0, n)
  const dir = mkdtempSync(join(tmpdir(), 'ingest-profile-'))
  const store = new SqliteStore(join(dir, 'dossier.db'))
  try {
    const stages = opt('stages')?.split(',') ?? [...DEFAULT_STAGES]
    const built = createPipeline({ stages }, { resources: { kb: await knowledgeBase(store) } })
    const pipeline = pipelineOf(built.stages.map(timedStage), { resources: { kb: await knowledgeBase(store) } })
    // models load on first use: one article first, not counted
    await pipeline.analyse(plainTextArticle(docs[0]!.text!, {}, 'warm-up'))
    if (args.includes('--warm')) for (const d of docs) await pipeline.analyse(plainTextArticle(d.text!, {}, d.id))
    for (const k of Object.keys(cpuMs)) delete cpuMs[k]
    const profileFile = opt('cpu-profile')
    const heapFile = opt('heap-profile')
    const session = profileFile || heapFile ? new Session() : undefined
    session?.connect()
    if (session && profileFile) { await session.post('Profiler.enable'); await session.post('Profiler.start') }
    if (session && heapFile) {
      await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
    }
    let words = 0
    const u0 = process.cpuUsage()
    for (const d of docs) {
      const article: Article = await timed('load (plain text → article)', () => plainTextArticle(d.text!, {}, d.id))
      words += (article.text.match(/\S+/g) ?? []).length
      if (await timed('store lookups (content hash, near-duplicates)', () => store.hasArticle(article.contentHash))) continue
      const hash = await timed('store lookups (content hash, near-duplicates)', () => simhash(article.text))
      await timed('store lookups (content hash, near-duplicates)', () => store.nearDuplicates(hash, NEAR_DUP_MAX_HAMMING))
      const analysis = await pipeline.analyse({ ...article, simhash: hash, ingestedAt: new Date().toISOString() })
      await timed('store save', () => store.saveDoc(storedDocOf(analysis)))
    }
    const total = process.cpuUsage(u0)
    if (session && profileFile) writeFileSync(profileFile, JSON.stringify((await session.post('Profiler.stop')).profile))
    if (session && heapFile) writeFileSync(heapFile, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile))
    session?.disconnect()
    const ingestMs = (total.user + total.system) / 1000
    const stageSum = Object.entries(cpuMs).filter(([k]) => k.startsWith('stage ')).reduce((a, [, v]) => a + v, 0)
    const aggregateFile = opt('aggregate-profile')
    const aggSession = aggregateFile ? new Session() : undefined
    aggSession?.connect()
    if (aggSession) { await aggSession.post('Profiler.enable'); await aggSession.post('Profiler.start') }
    await timed('aggregation (once, after all)', () => aggregate(store))
    if (aggSession && aggregateFile) writeFileSync(aggregateFile, JSON.stringify((await aggSession.post('Profiler.stop')).profile))
    aggSession?.disconnect()
    console.log(`ingest profile: ${docs.length} ${source} articles, ${words} words; CPU time of this process`)
    const rows = Object.entries(cpuMs).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1])
    const known = Object.entries(cpuMs).filter(([k]) => !k.startsWith('aggregation')).reduce((a, [, v]) => a + v, 0)
    for (const [k, v] of rows) {
      console.log(`  ${k.padEnd(48)} ${(v / 1000).toFixed(2).padStart(7)} s  ${(100 * v / ingestMs).toFixed(1).padStart(5)} % of ingest  ${Math.round(words / (v / 1000)).toLocaleString('en').padStart(10)} words/CPU-s`)
    }
    console.log(`  ${'other (event loop, GC between steps)'.padEnd(48)} ${((ingestMs - known) / 1000).toFixed(2).padStart(7)} s`)
    console.log(`  ingest end to end (aggregation apart): ${Math.round(words / (ingestMs / 1000)).toLocaleString('en')} words per CPU-second; pipeline stages alone ${Math.round(words / (stageSum / 1000)).toLocaleString('en')}`)
    console.log(JSON.stringify({ report: 'ingest-profile', source, articles: docs.length, words, ingestCpuMs: ingestMs, cpuMs }))
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
