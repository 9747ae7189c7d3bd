/**
 * Peak memory of ingest: 1 000 and then 10 000 generated articles ingested into a fresh temporary SQLite
 * store (files in a temporary folder, the same service call `dossier ingest` makes, aggregation included),
 * each size in its own child process; reports peak RSS (maxRSS) and its ratio to the 1 000-article run —
 * flat memory means the ratio stays near 1 while the corpus grows tenfold. Articles recombine sentences of
 * the committed seed fixtures (deterministic PRNG), three sentences each, every one distinct.
 *
 * By default the pipeline is segment + rule mentions, so 10 000 articles fit in a few minutes on a shared
 * machine; `--full` runs the default pipeline (much longer). `--quick`: 300 and 3 000 articles.
 *
 * `--no-aggregate` skips aggregation (resolution, clusters), to tell its memory from the per-article ingest's.
 *
 *   npx tsx bench/ingest-memory.bench.ts [--quick] [--full] [--no-aggregate]
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../src/model/index.js'
import { childRuns } from './harness.js'
import { articleText, seedSentences } from './seed-corpus.js'

const args = process.argv.slice(2)
const LIGHT = ['segment.wink.v1', 'mentions.rules.v1']

async function child(n: number, full: boolean): Promise<void> {
  const { openStore } = await import('../src/store/index.js')
  const { ingest } = await import('../src/service/ingest.js')
  const sentences = seedSentences()
  const next = seededRandom(14)
  const dir = mkdtempSync(join(tmpdir(), 'dossier-mem-'))
  try {
    const inDir = join(dir, 'in')
    mkdirSync(inDir)
    let words = 0
    for (let i = 0; i < n; i++) {
      const text = articleText(sentences, next, i)
      words += text.split(/\s+/).length
      writeFileSync(join(inDir, `a${String(i).padStart(6, '0')}.txt`), text)
    }
    const rssBefore = process.memoryUsage().rss
    const store = openStore(join(dir, 'dossier.db'))
    const t0 = Date.now()
    const summary = await ingest(store, [inDir], { ...(full ? {} : { stages: LIGHT }), ...(args.includes('--no-aggregate') ? { skipAggregate: true } : {}) })
    await store.close()
    const secs = (Date.now() - t0) / 1000
    const peak = process.resourceUsage().maxRSS * 1024
    console.log(JSON.stringify({ n, words, added: summary.added, failures: summary.failures.length, secs, rssBeforeMB: rssBefore / 2 ** 20, peakRssMB: peak / 2 ** 20 }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function parent(): void {
  const full = args.includes('--full')
  const sizes = args.includes('--quick') ? [300, 3000] : [1000, 10000]
  const self = fileURLToPath(import.meta.url)
  const rows = childRuns<{ n: number; words: number; added: number; failures: number; secs: number; peakRssMB: number }>(self, sizes, [...(full ? ['--full'] : []), ...(args.includes('--no-aggregate') ? ['--no-aggregate'] : [])])
  if (!rows) return
  console.log(`ingest memory bench: pipeline ${full ? 'default (full)' : LIGHT.join(' + ')}, temp SQLite store, aggregation ${args.includes('--no-aggregate') ? 'skipped' : 'included'}`)
  for (const r of rows) {
    console.log(`  ${String(r.n).padStart(6)} articles (${r.words} words): peak RSS ${r.peakRssMB.toFixed(0)} MB, ${r.secs.toFixed(0)} s, ${r.added} added, ${r.failures} failed`)
  }
  const ratio = rows[1]!.peakRssMB / rows[0]!.peakRssMB
  console.log(`  peak RSS ratio ${rows[1]!.n}/${rows[0]!.n} articles: ${ratio.toFixed(2)}x (corpus ${rows[1]!.n / rows[0]!.n}x)`)
  console.log(JSON.stringify({ bench: 'ingest-memory', full, rows, ratio }))
  // a run whose articles failed measures failing ingests, not ingest: say so and fail the bench
  if (rows.some((r) => r.failures > 0)) {
    console.error('ingest-memory: some articles failed to ingest, so these figures do not measure ingest (run `dossier ingest` on the bench corpus to see why)')
    process.exitCode = 1
  }
}

const ci = args.indexOf('--child')
if (ci >= 0) await child(Number(args[ci + 1]), args.includes('--full'))
else parent()
