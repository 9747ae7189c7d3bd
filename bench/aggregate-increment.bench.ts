/**
 * Aggregation against store size: the API bench's generated stores (bench/api-store.ts, the default pipeline's
 * events and claims) of 1,000 and 10,000 articles, each copied and aggregated once to settle it; then
 *   - a no-op: `aggregate` called again with nothing new (what `dossier aggregate` or a worker does when nothing
 *     changed);
 *   - one write: one article submitted through the pipeline and aggregated (as `POST /api/articles` does);
 *   - a full rebuild (`--full`) of the same store as the baseline of the same run.
 * Prints the times and their ratio 10,000 / 1,000 for the write (flat cost means a ratio near 1).
 *
 *   npm run bench -- aggregate-increment     (--quick: 1,000 only)
 * @module
 */
import { copyFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { aggregate } from '../src/service/aggregate.js'
import { submitDocument } from '../src/service/submit.js'
import { SqliteStore } from '../src/store/index.js'
import { benchStore } from './api-store.js'

const quick = process.argv.includes('--quick')
const sizes: Array<[number, number]> = quick ? [[100, 10]] : [[100, 10], [100, 100]]
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => { const t0 = performance.now(); const r = await f(); return [r, (performance.now() - t0) / 1000] }
const rows: Array<{ articles: number; settle: number; noop: number; write: number; full: number }> = []

for (const [unique, copies] of sizes) {
  const source = await benchStore(unique, copies)
  const path = join(tmpdir(), `dossier-bench-agg-inc-${process.pid}.db`)
  copyFileSync(source.path, path)
  const store = new SqliteStore(path)
  try {
    const [, settle] = await timed(() => aggregate(store))
    const [, noop] = await timed(() => aggregate(store))
    const [, write] = await timed(() => submitDocument(store, {
      text: 'Quarry Report\n\nGAZA — Hamas police arrested three smugglers near the Rafah crossing on Monday, a spokesman said. ' +
        'Egyptian forces attacked Islamic State fighters in Sinai, the army said.',
      meta: { title: 'Quarry Report', published: '2016-03-14' },
    }))
    const [, full] = await timed(() => aggregate(store, { full: true }))
    rows.push({ articles: source.articles, settle, noop, write, full })
    process.stdout.write(`store of ${String(source.articles).padStart(6)}: no-op aggregation ${noop.toFixed(2)} s, one-article write ${write.toFixed(2)} s, ` +
      `full rebuild ${full.toFixed(1)} s (settling the copy took ${settle.toFixed(1)} s)\n`)
  } finally {
    await store.close()
    for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true })
  }
}
if (rows.length === 2) process.stdout.write(`one-article write ratio ${rows[1]!.articles}/${rows[0]!.articles} articles: ${(rows[1]!.write / rows[0]!.write).toFixed(2)}x\n`)
console.log(JSON.stringify({ bench: 'aggregate-increment', rows }))
