/**
 * Aggregation against store size: the API bench's generated stores (bench/api-store.ts, the default pipeline's
 * events and claims) of 1,000 and 10,000 articles, each copied and aggregated once to settle it; then
 *   - a no-op: `aggregate` called again with nothing new (what `dossier aggregate` or a worker does when nothing
 *     changed);
 *   - one write: one article submitted through the pipeline and aggregated (as `POST /api/articles` does);
 *   - with `--baseline`, a full rebuild (`--full`) of the same store as the baseline of the same run.
 * Prints the times and their ratio 10,000 / 1,000 for the write (flat cost means a ratio near 1), and the phases of
 * the write's aggregation.
 *
 *   npx tsx bench/aggregate-increment.bench.ts [--quick] [--baseline] [--from FILE…]
 * `--resign`: settle with a full rebuild (signs every article again, for a store signed by other rules).
 * `--quick`: 1,000 only. `--from FILE` (once per size) starts from a copy of that store file instead (one settled
 * by an earlier run: settling a store aggregated by older code signs every article again, minutes at 10,000).
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
const baseline = process.argv.includes('--baseline')
const resign = process.argv.includes('--resign')
const sizes: Array<[number, number]> = quick ? [[100, 10]] : [[100, 10], [100, 100]]
const from = process.argv.flatMap((a, i) => (a === '--from' ? [process.argv[i + 1]!] : []))
async function countArticles(path: string): Promise<number> {
  const s = new SqliteStore(path)
  try { return await s.countArticles() } finally { await s.close() }
}
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => { const t0 = performance.now(); const r = await f(); return [r, (performance.now() - t0) / 1000] }
const rows: Array<{ articles: number; settle: number; noop: number; write: number; full: number }> = []

for (const [i, [unique, copies]] of sizes.entries()) {
  const given = from[i]
  const source = given ? { path: given, articles: await countArticles(given) } : await benchStore(unique, copies)
  const path = join(tmpdir(), `dossier-bench-agg-inc-${process.pid}.db`)
  copyFileSync(source.path, path)
  const store = new SqliteStore(path)
  try {
    const [, settle] = await timed(() => aggregate(store, resign ? { full: true } : {}))
    const [, noop] = await timed(() => aggregate(store))
    const phases: string[] = []
    const [, write] = await timed(() => submitDocument(store, {
      text: 'Quarry Report\n\nGAZA — Hamas police arrested three smugglers near the Rafah crossing on Monday, a spokesman said. ' +
        'Egyptian forces attacked Islamic State fighters in Sinai, the army said.',
      meta: { title: 'Quarry Report', published: '2016-03-14' },
    }, { onPhase: (p, ms) => phases.push(`${p} ${(ms / 1000).toFixed(1)}`) }))
    const [, full] = baseline ? await timed(() => aggregate(store, { full: true })) : [undefined, Number.NaN]
    rows.push({ articles: source.articles, settle, noop, write, full })
    process.stdout.write(`store of ${String(source.articles).padStart(6)}: no-op aggregation ${noop.toFixed(2)} s, one-article write ${write.toFixed(2)} s, ` +
      `${baseline ? `full rebuild ${full.toFixed(1)} s ` : ''}(settling the copy took ${settle.toFixed(1)} s)\n  the write's aggregation by phase (s): ${phases.join(', ')}\n`)
  } finally {
    await store.close()
    for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true })
  }
}
if (rows.length === 2) process.stdout.write(`one-article write ratio ${rows[1]!.articles}/${rows[0]!.articles} articles: ${(rows[1]!.write / rows[0]!.write).toFixed(2)}x\n`)
console.log(JSON.stringify({ bench: 'aggregate-increment', rows }))
