/**
 * The worker's job path without a queue: the pipeline bench's texts as file jobs (`runIngestJob`: load, pipeline,
 * save into a fresh SQLite store), N jobs at a time as a worker fetches them (`--prefetch`), run as a batch
 * (`jobBatch`: items loaded first, their articles analysed together) and one by one, alternating pass by pass in one
 * process; prints the CPU ratio. The queue's own costs (pg-boss, its database) are left out: bench/workers.bench.ts
 * measures those, and on its short generated articles the analysis is a small part.
 *
 *   npx tsx bench/job-batch.bench.ts [4] [10]    (jobs per fetch, passes each)
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { SqliteStore } from '../src/store/index.js'
import { jobBatch, runIngestJob } from '../src/jobs/run-item.js'
import { benchTexts } from './texts.js'
const jobs = benchTexts().map((t, i) => ({ item: `/desk/a${i}.txt`, content: Buffer.from(t).toString('base64'), published: '2017-06-15' }))
const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const B = Number(process.argv[2] ?? 4)
async function pass(batched: boolean): Promise<number> {
  const dir = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'job-batch-'))
  const store = new SqliteStore(join(dir, 'd.db'))
  const u = process.cpuUsage()
  for (let i = 0; i < jobs.length; i += B) {
    const part = jobs.slice(i, i + B)
    const batch = batched ? await jobBatch(store, pipeline, part) : undefined
    for (const j of part) await runIngestJob(store, pipeline, j, undefined, batch)
  }
  const c = process.cpuUsage(u)
  await store.close(); rmSync(dir, { recursive: true, force: true })
  return (c.user + c.system) / 1000
}
await pass(true); await pass(false)
const t = { batched: [] as number[], alone: [] as number[] }
for (let r = 0; r < Number(process.argv[3] ?? 10); r++) for (const b of r % 2 ? [false, true] : [true, false]) t[b ? 'batched' : 'alone'].push(await pass(b))
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!
const sum = (x: number[]) => x.reduce((a, b) => a + b, 0)
console.log(`jobs ${B} at a time: batched / alone CPU ${(sum(t.batched) / sum(t.alone)).toFixed(3)} (sums), ${(med(t.batched) / med(t.alone)).toFixed(3)} (medians); medians ${med(t.batched).toFixed(0)} / ${med(t.alone).toFixed(0)} ms per pass of ${jobs.length} jobs`)
