/**
 * Per-ingest cost against store size: a store of 1 000 and one of 10 000 generated articles (ingested and
 * aggregated first), then 100 new articles ingested into each, aggregation included (the same service call
 * `dossier ingest` makes); reports both times and their ratio — flat cost means a ratio near 1 while the store
 * grows tenfold (goal ≤ 1.3). Each size runs in its own child process; the pipeline is segment + rule mentions
 * as in ingest-memory.bench.ts (`--full` for the default pipeline). `--quick`: 300 and 3 000 articles.
 * With a PostgreSQL server (DOSSIER_BENCH_PG, a server URL where it may create and drop databases;
 * `scripts/pg-cluster.sh start DIR` starts one) the same runs again on PostgreSQL, and both ratios are printed.
 *
 *   npx tsx bench/ingest-increment.bench.ts [--quick] [--full] [--store sqlite|postgres]
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
const NEW = 100

function writeArticles(dir: string, from: number, n: number, sentences: readonly string[], next: () => number): void {
  mkdirSync(dir)
  for (let i = from; i < from + n; i++) writeFileSync(join(dir, `a${String(i).padStart(6, '0')}.txt`), articleText(sentences, next, i))
}

const server = process.env['DOSSIER_BENCH_PG']

async function child(n: number, full: boolean, kind: string): Promise<void> {
  const { openStore, PostgresStore } = await import('../src/store/index.js')
  const { createTestDatabase } = await import('../src/store/testing/pg-database.js')
  const { ingest } = await import('../src/service/ingest.js')
  const sentences = seedSentences()
  const next = seededRandom(21)
  const dir = mkdtempSync(join(tmpdir(), 'dossier-inc-'))
  const db = kind === 'postgres' ? await createTestDatabase(server!, 'dossier_bench') : undefined
  try {
    writeArticles(join(dir, 'base'), 0, n, sentences, next)
    writeArticles(join(dir, 'new'), n, NEW, sentences, next)
    const store = db ? await new PostgresStore(db.url).ready() : openStore(join(dir, 'dossier.db'))
    const opts = full ? {} : { stages: LIGHT }
    const t0 = Date.now()
    await ingest(store, [join(dir, 'base')], opts)
    const baseSecs = (Date.now() - t0) / 1000
    const t1 = Date.now()
    const s = await ingest(store, [join(dir, 'new')], opts)
    const secs = (Date.now() - t1) / 1000
    await store.close()
    console.log(JSON.stringify({ n, kind, baseSecs, secs, added: s.added, entities: s.aggregate?.entities ?? 0 }))
  } finally {
    await db?.drop().catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  }
}

function parent(): void {
  const full = args.includes('--full')
  const sizes = args.includes('--quick') ? [300, 3000] : [1000, 10000]
  const self = fileURLToPath(import.meta.url)
  const only = args.includes('--store') ? args[args.indexOf('--store') + 1] : undefined
  const kinds = ['sqlite', ...(server ? ['postgres'] : [])].filter((k) => !only || k === only)
  if (!server) console.log('ingest increment bench: PostgreSQL part skipped (set DOSSIER_BENCH_PG=postgres://… to run it)')
  const ratios: Record<string, number> = {}
  for (const kind of kinds) {
    const rows = childRuns<{ n: number; baseSecs: number; secs: number; added: number; entities: number }>(self, sizes, [...(full ? ['--full'] : []), '--store', kind])
    if (!rows) return
    console.log(`ingest increment bench: ${NEW} new articles into a store of n, aggregation included; pipeline ${full ? 'default (full)' : LIGHT.join(' + ')}, temp ${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} store`)
    for (const r of rows) {
      console.log(`  store of ${String(r.n).padStart(6)}: ${NEW} new articles in ${r.secs.toFixed(2)} s (${r.added} added; ${r.entities} entities; building the store took ${r.baseSecs.toFixed(0)} s)`)
    }
    ratios[kind] = rows[1]!.secs / rows[0]!.secs
    console.log(`  ${kind} per-ingest time ratio ${rows[1]!.n}/${rows[0]!.n} articles: ${ratios[kind]!.toFixed(2)}x (goal <= 1.3; store ${rows[1]!.n / rows[0]!.n}x)`)
    console.log(JSON.stringify({ bench: 'ingest-increment', kind, full, rows, ratio: ratios[kind] }))
  }
}

const ci = args.indexOf('--child')
if (ci >= 0) await child(Number(args[ci + 1]), args.includes('--full'), args.includes('--store') ? args[args.indexOf('--store') + 1]! : 'sqlite')
else parent()
