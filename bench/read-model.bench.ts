/**
 * The read model after a write, on the API bench's store (10,000 articles; bench/api-store.ts), copied so the
 * shared store stays as it is, and aggregated once to settle it: the first read builds the read model in full;
 * one article is then submitted
 * (pipeline + aggregation, as `POST /api/articles` does) and the next read brings the model up to date
 * incrementally. Prints both times, the rows each read, and a full build of the same file by a fresh reader
 * as the baseline of the same run. `npm run bench -- read-model` (several minutes: two aggregations at 10,000).
 */
import { copyFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { aggregate } from '../src/service/aggregate.js'
import { readModel, type ReadModel } from '../src/service/read-model.js'
import { searchEntities } from '../src/service/search.js'
import { submitDocument } from '../src/service/submit.js'
import { SqliteStore } from '../src/store/index.js'
import { benchStore } from './api-store.js'

const source = await benchStore(Number(process.env['API_BENCH_UNIQUE'] ?? 100), Number(process.env['API_BENCH_COPIES'] ?? 100))
const path = join(tmpdir(), `dossier-bench-read-model-${process.pid}.db`)
copyFileSync(source.path, path)
const line = (label: string, m: ReadModel, wall: number) =>
  process.stdout.write(`${label.padEnd(44)} ${m.build.kind.padEnd(11)} ${String(Math.round(wall)).padStart(7)} ms  read ${JSON.stringify(m.build.read)}\n`)
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => { const t0 = performance.now(); const r = await f(); return [r, performance.now() - t0] }

const store = new SqliteStore(path)
const fresh = new SqliteStore(path)
try {
  process.stdout.write(`store: ${source.articles} articles (copy at ${path})\n`)
  // the shared store may have been aggregated by older code: settle it first, so the write below changes what one
  // article changes (not the whole resolution)
  const [, tSettle] = await timed(() => aggregate(store))
  process.stdout.write(`settle: aggregation of the copy ${Math.round(tSettle)} ms\n`)
  const [first, t1] = await timed(() => readModel(store))
  line('first read: read model built', first, t1)
  const [, tIndex] = await timed(() => searchEntities(store, 'Hamas', { limit: 5, offset: 0 }))
  const [r, tWrite] = await timed(() => submitDocument(store, {
    text: 'Quarry Report\n\nGAZA — Hamas police arrested three smugglers near the Rafah crossing on Monday, a spokesman said. ' +
      'Egyptian forces attacked Islamic State fighters in Sinai, the army said.',
    meta: { title: 'Quarry Report', published: '2016-03-14' },
  }))
  process.stdout.write(`write: one article submitted and aggregated in ${Math.round(tWrite)} ms (${r.articleIds.join(', ')})\n`)
  const [after, t2] = await timed(() => readModel(store))
  line('read after the write', after, t2)
  const [, tIndex2] = await timed(() => searchEntities(store, 'Hamas', { limit: 5, offset: 0 }))
  process.stdout.write(`entity search index: ${Math.round(tIndex)} ms first, ${Math.round(tIndex2)} ms after the write\n`)
  const [full, t3] = await timed(() => readModel(fresh))
  line('baseline: a fresh reader builds it in full', full, t3)
  process.stdout.write(`incremental refresh ${(t3 / Math.max(1, t2)).toFixed(1)}x faster than the full build of the same run\n`)
} finally {
  await store.close()
  await fresh.close()
  for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true })
}
