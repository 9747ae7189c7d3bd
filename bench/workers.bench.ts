/**
 * Workers on the PostgreSQL job queue: articles/s with 1 and with 2 worker processes on the same generated
 * texts (the scaling ratio; the goal is ≥ 1.7 on a 2-core machine), each run on a fresh queue database and a
 * fresh store. Throughput is counted over the jobs' own window (first job started → last job completed, from
 * pg-boss's timestamps), so process start-up and the final aggregation are reported apart, not mixed in. On a
 * shared machine the wall-clock ratio says little; the CPU cost per article of 1 vs 2 workers (from the worker
 * processes' own CPU time) says whether sharing the queue and the store costs anything.
 * With `--rss`: peak RSS of one worker at 1 000 and at 10 000 articles (light pipeline: segment + rule
 * mentions, so the run fits in minutes; aggregation included, it runs inside the worker).
 *
 * Needs PostgreSQL: DOSSIER_BENCH_PG or DOSSIER_TEST_PG (a server URL; `scripts/pg-cluster.sh start DIR`);
 * without one it says so and exits 0.
 *
 *   npx tsx bench/workers.bench.ts [--quick] [--articles N] [--rss]
 * @module
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freshDatabase } from '../test/support/fresh-pg.js'
import { writeGeneratedCorpus } from '../test/support/news-corpus.js'

const args = process.argv.slice(2)
const LIGHT = ['segment.wink.v1', 'mentions.rules.v1']
const self = fileURLToPath(import.meta.url)

interface ChildResult { done: number; added: number; aggregations: number; secs: number; cpuSecs: number; peakRssMB: number }

/** One worker process: run until the queue is idle, print its figures. */
async function child(queue: string, db: string, light: boolean): Promise<void> {
  const { openQueue, closeQueue, Worker } = await import('../src/jobs/index.js')
  const { connectStore } = await import('../src/store/index.js')
  const boss = await openQueue(queue, { supervise: true, superviseSeconds: 5 })
  const store = await connectStore(db)
  const t0 = Date.now()
  // CPU from here: module loading and transpiling (tsx) are left out, model loading is not
  const u0 = process.resourceUsage()
  const s = await new Worker(boss, store, queue, { untilIdle: true, pollSeconds: 0.2, quietSeconds: 1, ...(light ? { stages: LIGHT } : {}) }).run()
  await store.close()
  await closeQueue(boss)
  const u = process.resourceUsage()
  const r: ChildResult = { ...s, secs: (Date.now() - t0) / 1000, cpuSecs: (u.userCPUTime + u.systemCPUTime - u0.userCPUTime - u0.systemCPUTime) / 1e6, peakRssMB: u.maxRSS / 1024 }
  console.log(JSON.stringify(r))
}

function runChild(queue: string, db: string, light: boolean): Promise<ChildResult> {
  return new Promise((res, rej) => {
    const c = spawn(process.execPath, ['--import', 'tsx', self, '--child', queue, db, light ? 'light' : 'full'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    c.stdout.on('data', (b: Buffer) => { out += b.toString() })
    c.stderr.on('data', (b: Buffer) => { err += b.toString() })
    c.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{')) rej(new Error(`worker exited ${code}: ${err.slice(-2000)}`))
      else res(JSON.parse(line) as ChildResult)
    })
  })
}

interface Run { workers: number; articles: number; jobWindowSecs: number; perSec: number; wallSecs: number; aggregations: number; peakRssMB: number[]; cpuSecs: number; perCpuSec: number }

/** Enqueue the corpus on a fresh queue, run k workers to idle, read the jobs' window from pg-boss. */
async function run(server: string, corpus: string, n: number, k: number, light: boolean): Promise<Run> {
  const { openQueue, closeQueue, enqueue } = await import('../src/jobs/index.js')
  const db = await freshDatabase(server, 'dossier_bench')
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-workers-'))
  try {
    const boss = await openQueue(db.url)
    const q = await enqueue(boss, [corpus])
    if (q.queued !== n) throw new Error(`queued ${q.queued} of ${n}`)
    const t0 = Date.now()
    const results = await Promise.all(Array.from({ length: k }, () => runChild(db.url, join(dir, 'store.db'), light)))
    const wallSecs = (Date.now() - t0) / 1000
    const { rows } = await boss.getDb().executeSql(
      `SELECT extract(epoch FROM max(completed_on) - min(started_on))::float AS secs, count(*)::int AS n FROM pgboss.job WHERE name = 'dossier-ingest' AND state = 'completed'`, [])
    await closeQueue(boss)
    const w = rows[0] as { secs: number; n: number }
    const added = results.reduce((a, r) => a + r.added, 0)
    if (w.n !== n || added !== n) throw new Error(`completed ${w.n} jobs, ${added} articles added, of ${n}`)
    const cpuSecs = results.reduce((a, r) => a + r.cpuSecs, 0)
    return {
      workers: k, articles: n, jobWindowSecs: w.secs, perSec: n / w.secs, wallSecs, aggregations: results.reduce((a, r) => a + r.aggregations, 0),
      peakRssMB: results.map((r) => r.peakRssMB), cpuSecs, perCpuSec: n / cpuSecs,
    }
  } finally {
    await db.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function parent(): Promise<void> {
  const server = process.env['DOSSIER_BENCH_PG'] ?? process.env['DOSSIER_TEST_PG']
  if (!server) {
    console.log('workers bench: skipped: PostgreSQL is missing (set DOSSIER_BENCH_PG or DOSSIER_TEST_PG=postgres://…; scripts/pg-cluster.sh start DIR starts one)')
    return
  }
  const ai = args.indexOf('--articles')
  const n = ai >= 0 ? Number(args[ai + 1]) : args.includes('--quick') ? 150 : 400
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-corpus-'))
  try {
    const corpus = join(dir, 'corpus')
    writeGeneratedCorpus(corpus, n)
    const one = await run(server, corpus, n, 1, false)
    const two = await run(server, corpus, n, 2, false)
    const ratio = two.perSec / one.perSec
    console.log(`workers bench: ${n} generated articles, default pipeline, SQLite store per run, queue on ${new URL(server).host}`)
    for (const r of [one, two]) {
      console.log(`  ${r.workers} worker(s): ${r.perSec.toFixed(1)} articles/s over the jobs' window (${r.jobWindowSecs.toFixed(1)} s); ` +
        `${r.wallSecs.toFixed(1)} s wall with start-up and aggregation (${r.aggregations}); ` +
        `${r.perCpuSec.toFixed(1)} articles per CPU-second of the workers (after module loading); peak RSS ${r.peakRssMB.map((x) => x.toFixed(0)).join(', ')} MB`)
    }
    console.log(`  scaling 2 workers / 1 worker: ${ratio.toFixed(2)}x over the jobs' window (goal ≥ 1.7 on 2 cores; only meaningful on otherwise idle cores: load now ${loadavg()[0]!.toFixed(1)})`)
    console.log(`  CPU cost per article, 2 workers / 1 worker: ${(one.perCpuSec / two.perCpuSec).toFixed(2)}x (1.0 = no overhead from sharing the queue and store)`)
    const rss = args.includes('--rss') ? await rssRuns(server, dir) : undefined
    console.log(JSON.stringify({ bench: 'workers', articles: n, one, two, ratio, ...(rss ? { rss } : {}) }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Peak RSS of one worker (light pipeline) at 1 000 and 10 000 articles. */
async function rssRuns(server: string, dir: string): Promise<Run[]> {
  const out: Run[] = []
  for (const n of [1000, 10000]) {
    const corpus = join(dir, `rss-${n}`)
    writeGeneratedCorpus(corpus, n, 3)
    const r = await run(server, corpus, n, 1, true)
    console.log(`  rss: ${n} articles, one worker, light pipeline: peak RSS ${r.peakRssMB[0]!.toFixed(0)} MB, ${r.perSec.toFixed(0)} articles/s`)
    out.push(r)
  }
  console.log(`  rss ratio 10 000 / 1 000 articles: ${(out[1]!.peakRssMB[0]! / out[0]!.peakRssMB[0]!).toFixed(2)}x`)
  return out
}

const ci = args.indexOf('--child')
if (ci >= 0) await child(args[ci + 1]!, args[ci + 2]!, args[ci + 3] === 'light')
else await parent()
