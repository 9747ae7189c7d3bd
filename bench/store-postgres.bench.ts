/**
 * SQLite vs PostgreSQL under the same ingest: (1) articles/s of one process ingesting the same generated
 * articles into a fresh store of each kind (the service call `dossier ingest` makes, aggregation included);
 * (2) the cost of ingesting 100 new articles into a store that already holds 1 000 and then 10 000 articles,
 * on both stores, and its ratio (flat per-ingest cost means a ratio near 1). Articles recombine sentences of the
 * committed seed fixtures (deterministic PRNG), three sentences each, all distinct. The first 1 000 are ingested;
 * the store then grows to 10 000 with copies of their analysed documents (new ids, a distinct last line; saved
 * directly, then aggregated, untimed), so filling does not run the pipeline 9 000 more times.
 * The throughput runs alternate the stores twice and keep each one's faster run (the machine is shared).
 *
 * Needs a PostgreSQL server where it may create and drop a database: DOSSIER_BENCH_PG, else DOSSIER_TEST_PG
 * (`scripts/pg-cluster.sh start DIR` starts one); without one it prints why and skips.
 * Pipeline: segment + rule mentions by default (store cost dominates); `--full` for the default pipeline.
 * `--quick`: stores of 300 and 3 000 articles.
 *
 * `--scale-only` skips the throughput runs; `--store sqlite|postgres` runs one store's part only.
 *
 *   npx tsx bench/store-postgres.bench.ts [--quick] [--full] [--scale-only] [--store postgres]
 * @module
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentHash, hashId } from '../src/model/index.js'
import { aggregate } from '../src/service/aggregate.js'
import { ingest } from '../src/service/ingest.js'
import { PostgresStore, SqliteStore, type Store } from '../src/store/index.js'
import { createTestDatabase, type TestDatabase } from '../src/store/testing/pg-database.js'
import { seededRandom } from '../src/model/index.js'

const args = process.argv.slice(2)
const server = process.env['DOSSIER_BENCH_PG'] ?? process.env['DOSSIER_TEST_PG']
const LIGHT = ['segment.wink.v1', 'mentions.rules.v1']
const stages = args.includes('--full') ? undefined : LIGHT
const [SMALL, LARGE] = args.includes('--quick') ? [300, 3000] : [1000, 10000]
const THROUGHPUT = 300
const BATCH = 100
const only = args.includes('--store') ? args[args.indexOf('--store') + 1] : undefined
const KINDS = (['sqlite', 'postgres'] as const).filter((k) => !only || k === only)

function seedSentences(): string[] {
  const dir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/).slice(1).join(' ').split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/))
    .map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6)
}


/** Write articles [from, to) of the deterministic corpus into a new folder. */
function corpus(root: string, name: string, from: number, to: number): string {
  const sentences = seedSentences()
  const next = seededRandom(21)
  const dir = join(root, name)
  mkdirSync(dir)
  for (let i = 0; i < to; i++) {
    const body = Array.from({ length: 3 }, () => sentences[Math.floor(next() * sentences.length)]!).join(' ')
    if (i >= from) writeFileSync(join(dir, `a${String(i).padStart(6, '0')}.txt`), `Report ${i + 1}\n\n${body}\n`)
  }
  return dir
}

async function timed(store: Store, dir: string): Promise<{ secs: number; added: number }> {
  const t0 = performance.now()
  const s = await ingest(store, [dir], stages ? { stages } : {})
  return { secs: (performance.now() - t0) / 1000, added: s.added }
}

/** Grow the store to `total` articles with copies of its first `base` articles' analysed docs, then aggregate. */
async function cloneFill(store: Store, total: number): Promise<void> {
  const base = await store.listArticles({ limit: total })
  const have = await store.countArticles()
  for (let i = have; i < total; i++) {
    const src = (await store.getArticle(base[i % base.length]!.id))!
    const text = `${src.text}\nCopy ${i}.\n`
    const hash = contentHash(text)
    const id = hashId('article', hash)
    const { simhash: _s, nearDupOf: _n, ...meta } = src
    const mentions = (await store.mentionsOf(src.id)).map((m) => ({ ...m, id: hashId('mention', id, m.start, m.end), articleId: id }))
    await store.saveDoc({ article: { ...meta, id, text, contentHash: hash }, mentions, events: [], claims: [], sentences: await store.sentencesOf(src.id), stages: stages ?? [] })
  }
  await aggregate(store)
}

async function main(): Promise<void> {
  if (!server) {
    console.log('store-postgres bench: skipped: no PostgreSQL server (set DOSSIER_BENCH_PG or DOSSIER_TEST_PG=postgres://…; scripts/pg-cluster.sh start DIR starts one)')
    return
  }
  const root = mkdtempSync(join(tmpdir(), 'dossier-store-bench-'))
  const dbs: TestDatabase[] = []
  const pgStore = async () => { const d = await createTestDatabase(server, 'dossier_bench'); dbs.push(d); return new PostgresStore(d.url).ready() }
  try {
    const through = corpus(root, 'throughput', 0, THROUGHPUT)
    const fill1 = corpus(root, 'fill1', 0, SMALL)
    const extra1 = corpus(root, 'extra1', LARGE, LARGE + BATCH)
    const extra2 = corpus(root, 'extra2', LARGE + BATCH, LARGE + 2 * BATCH)
    console.log(`store-postgres bench: pipeline ${stages ? stages.join(' + ') : 'default (full)'}, aggregation included; PostgreSQL ${server.replace(/:[^:@/]*@/, ':***@')}`)
    const rates: Record<string, number> = {}
    for (const round of args.includes('--scale-only') ? [] : [1, 2]) {
      for (const kind of KINDS) {
        const store = kind === 'sqlite' ? new SqliteStore(join(root, `through${round}.db`)) : await pgStore()
        const r = await timed(store, through)
        await store.close()
        rates[kind] = Math.max(rates[kind] ?? 0, r.added / r.secs)
        console.log(`  ${kind.padEnd(8)} ingest of ${r.added} articles (run ${round}): ${r.secs.toFixed(1)} s, ${(r.added / r.secs).toFixed(1)} articles/s`)
      }
    }
    if (rates['postgres'] && rates['sqlite']) console.log(`  PostgreSQL/SQLite single-process ingest rate (best of 2 each): ${(rates['postgres'] / rates['sqlite']).toFixed(2)}x`)
    const scale: Record<string, { small: number; large: number }> = {}
    for (const kind of KINDS) {
      const store = kind === 'sqlite' ? new SqliteStore(join(root, 'scale.db')) : await pgStore()
      await timed(store, fill1)
      const small = await timed(store, extra1)
      await cloneFill(store, LARGE + BATCH) // aggregated here, untimed: the timed ingest only adds its own 100
      const large = await timed(store, extra2)
      await store.close()
      scale[kind] = { small: small.secs, large: large.secs }
      console.log(`  ${kind.padEnd(8)} ${BATCH} new articles into ${SMALL} articles: ${small.secs.toFixed(1)} s; into ${LARGE + BATCH}: ${large.secs.toFixed(1)} s; ratio ${(large.secs / small.secs).toFixed(2)}x`)
    }
    console.log(JSON.stringify({ bench: 'store-postgres', stages: stages ?? 'default', rates, scale, sizes: [SMALL, LARGE], batch: BATCH }))
  } finally {
    for (const d of dbs) await d.drop().catch(() => undefined)
    rmSync(root, { recursive: true, force: true })
  }
}

await main()
