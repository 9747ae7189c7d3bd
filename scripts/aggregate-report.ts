/**
 * Aggregation on real text (a script, not a test: it reads ../shared/data): 3,000 articles built from the demo
 * news, the seeds, PolNeAR's articles and CoNLL 2003 and GMB documents rebuilt from their tokens are ingested
 * with the default pipeline into a temporary store (aggregation skipped); then a fresh process runs aggregation
 * alone and reports the entity count, the five most-mentioned actors with their mention counts, aggregation time
 * and the peak RSS of that process.
 *
 * `--stages a,b` ingests with those stages only (e.g. `segment.wink.v1,mentions.rules.v1` on a busy machine).
 *
 *   npx tsx scripts/aggregate-report.ts [--n 3000] [--keep DIR] [--stages a,b]
 * @module
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SOURCES } from './data-sources.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

/**
 * The articles, in this order: the demo news, the seeds, PolNeAR's articles, CoNLL 2003 documents and GMB (Voice of
 * America) documents rebuilt from their tokens (30 and 20 sentences each). re3d's documents are the demo news
 * again, so they are left out; so are UNER's web sentences and the benchmark's HTML pages (not news of this kind).
 */
function texts(): string[] {
  return ['demo', 'seeds', 'polnear', 'conll', 'gmb'].flatMap((name) => SOURCES[name]!().map((d) => d.text ?? ''))
}

async function aggregateChild(db: string): Promise<void> {
  const { openStore } = await import('../src/store/index.js')
  const { aggregate } = await import('../src/service/aggregate.js')
  const store = openStore(db)
  const t0 = Date.now()
  const s = await aggregate(store)
  const secs = (Date.now() - t0) / 1000
  const top = (await store.listEntities({ limit: 5 })).map((e) => ({ name: e.canonicalName, type: e.type, mentions: e.mentionCount, articles: e.articleCount }))
  const again = Date.now()
  await aggregate(store)
  const secondSecs = (Date.now() - again) / 1000
  await store.close()
  console.log(JSON.stringify({ ...s, secs, secondSecs, top, peakRssMB: process.resourceUsage().maxRSS / 1024 }))
}

async function main(): Promise<void> {
  const n = Number(opt('n') ?? 3000)
  const dir = opt('keep') ?? mkdtempSync(join(tmpdir(), 'agg-report-'))
  const db = join(dir, 'dossier.db')
  if (!existsSync(db)) {
    const inDir = join(dir, 'in')
    mkdirSync(inDir, { recursive: true })
    const all = texts().slice(0, n)
    all.forEach((t, i) => writeFileSync(join(inDir, `a${String(i).padStart(5, '0')}.txt`), t))
    const { openStore } = await import('../src/store/index.js')
    const { ingest } = await import('../src/service/ingest.js')
    const store = openStore(db)
    const t0 = Date.now()
    const stages = opt('stages')?.split(',')
    const onProgress = (p: { done: number; total: number }) => { if (p.done % 250 === 0) console.error(`ingested ${p.done} of ${p.total} (${((Date.now() - t0) / 1000).toFixed(0)} s)`) }
    const s = await ingest(store, [inDir], { skipAggregate: true, onProgress, ...(stages ? { stages } : {}) })
    await store.close()
    console.log(`ingested ${s.added} of ${all.length} articles (${s.failures.length} failed) in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--aggregate', db], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const line = r.stdout.trim().split('\n').pop() ?? ''
  if (r.status !== 0 || !line.startsWith('{')) { console.error(r.stderr.slice(-3000)); process.exitCode = 1; return }
  const x = JSON.parse(line) as { entities: number; relations: number; clusters: number; secs: number; secondSecs: number; peakRssMB: number; top: Array<{ name: string; type: string; mentions: number; articles: number }> }
  console.log(`aggregation: ${x.entities} entities, ${x.relations} relations, ${x.clusters} clusters in ${x.secs.toFixed(1)} s (again, nothing new: ${x.secondSecs.toFixed(1)} s); peak RSS ${x.peakRssMB.toFixed(0)} MB`)
  console.log('most mentioned:')
  for (const t of x.top) console.log(`  ${t.name} (${t.type}): ${t.mentions} mentions in ${t.articles} articles`)
  console.log(JSON.stringify({ report: 'aggregate', ...x }))
  if (!opt('keep')) rmSync(dir, { recursive: true, force: true })
}

const ai = args.indexOf('--aggregate')
if (ai >= 0) await aggregateChild(args[ai + 1]!)
else await main()
