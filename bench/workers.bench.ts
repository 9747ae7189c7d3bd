/**
 * Workers on the PostgreSQL job queue: articles/s with 1 and with 2 worker processes on the same generated
 * texts (the scaling ratio; the goal is ≥ 1.7 on a 2-core machine), each run on a fresh queue database and a
 * fresh store. Every worker loads its models first; the corpus is enqueued once all are ready, and throughput
 * is counted from then to the last job done, so start-up and the final aggregation stay out of it.
 *
 * On a shared machine the measured ratio says little (the bench says so when the load average is above 1), so
 * it also prints an estimate for idle cores: each worker's main thread's time waiting for a core (the kernel's
 * schedstat) is taken out of its window, and the sum of the workers' paces is capped by what two cores give at
 * the measured CPU per article (workers' threads plus the PostgreSQL server's, when it runs on this machine).
 * `--compare` also runs the baseline of one job per fetch (`--prefetch 1`).
 * With `--rss`: peak RSS of one worker at 1 000 and at 10 000 articles (light pipeline: segment + rule
 * mentions, so the run fits in minutes; aggregation included, it runs inside the worker).
 *
 * Needs PostgreSQL: DOSSIER_BENCH_PG or DOSSIER_TEST_PG (a server URL; `scripts/pg-cluster.sh start DIR`);
 * without one it says so and exits 0.
 *
 *   npx tsx bench/workers.bench.ts [--quick] [--articles N] [--prefetch N] [--compare] [--rss | --rss-only] [--single-threaded-gc] [--single-core] [--node-flag=F …]
 * @module
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SINGLE_CORE_FLAGS } from '../src/cli/commands/worker.js'
import { freshDatabase } from '../test/support/fresh-pg.js'
import { writeGeneratedCorpus } from '../test/support/news-corpus.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const LIGHT = ['segment.wink.v1', 'mentions.rules.v1']
/** `--single-threaded-gc`: workers collect garbage on their main thread (V8's helper threads otherwise add CPU beside it). */
const NODE_FLAGS = [...(args.includes('--single-threaded-gc') ? ['--single-threaded-gc'] : []),
  // `--single-core`: the flags of `dossier worker --single-core`
  ...(args.includes('--single-core') ? SINGLE_CORE_FLAGS : []),
  // `--node-flag=F` (repeatable): any other node/V8 flag for the workers, e.g. --node-flag=--max-semi-space-size=32
  ...args.filter((a) => a.startsWith('--node-flag=')).map((a) => a.slice('--node-flag='.length))]
const self = fileURLToPath(import.meta.url)

interface ChildResult {
  done: number; added: number; aggregations: number
  /** From "go" to this worker's last job done, in seconds, and its end as a time stamp (ms). */
  windowSecs: number; lastDoneAt: number
  /** CPU of every thread of the process over the window (analysis, GC, pg client), in seconds. */
  cpuSecs: number
  /** The main (JavaScript) thread over the window: on a core, and runnable but waiting for one (other processes' load). */
  onCpuSecs: number; runDelaySecs: number
  /**
   * The second half of this worker's jobs alone (after the models' code has been optimised: V8's background
   * compiler works mostly in the first minutes): articles, CPU of every thread and of the main thread, in seconds.
   */
  steady: { done: number; cpuSecs: number; onCpuSecs: number }
  peakRssMB: number
}

/** The main thread's time on a core and waiting for one (ns → s), from the kernel's schedstat; undefined off Linux. */
function schedstat(): { onCpu: number; runDelay: number } | undefined {
  try {
    const [on, delay] = readFileSync('/proc/self/schedstat', 'utf8').trim().split(/\s+/).map(Number)
    return { onCpu: on! / 1e9, runDelay: delay! / 1e9 }
  } catch {
    return undefined
  }
}

/**
 * One worker process: load the models (one analysis of a sample article), say "ready", wait for "go" on stdin,
 * then run until the queue is idle and print its figures. The parent enqueues the corpus only once every
 * worker is ready, so no worker starts early while another still loads its models.
 */
async function child(queue: string, db: string, light: boolean, prefetch: number): Promise<void> {
  const { openQueue, closeQueue, Worker } = await import('../src/jobs/index.js')
  const { connectStore } = await import('../src/store/index.js')
  const { createPipeline, DEFAULT_STAGES } = await import('../src/pipeline/index.js')
  const { plainTextArticle } = await import('../src/ingest/load.js')
  const { knowledgeBase } = await import('../src/service/aggregate.js')
  const { generatedCorpus } = await import('../test/support/news-corpus.js')
  const boss = await openQueue(queue, { supervise: true, superviseSeconds: 5 })
  const store = await connectStore(db)
  const stages = light ? LIGHT : [...DEFAULT_STAGES]
  const warm = createPipeline({ stages }, { resources: { kb: await knowledgeBase(store) } })
  await warm.analyse(plainTextArticle(generatedCorpus(1, 99)[0]!, {}, 'warm-up'))
  console.log('ready')
  await new Promise<void>((res) => process.stdin.once('data', () => res()))
  const t0 = Date.now()
  const u0 = process.cpuUsage()
  const s0 = schedstat()
  let last = { at: t0, cpu: u0, sched: s0 }
  const marks: Array<typeof last> = []
  const onEvent = (e: { kind: string }) => { if (e.kind === 'done') marks.push(last = { at: Date.now(), cpu: process.cpuUsage(), sched: schedstat() }) }
  const s = await new Worker(boss, store, queue, { untilIdle: true, pollSeconds: 0.2, quietSeconds: 1, prefetch, stages, onEvent }).run()
  await store.close()
  await closeQueue(boss)
  const r: ChildResult = {
    ...s, windowSecs: (last.at - t0) / 1000, lastDoneAt: last.at,
    cpuSecs: (last.cpu.user + last.cpu.system - u0.user - u0.system) / 1e6,
    onCpuSecs: s0 && last.sched ? last.sched.onCpu - s0.onCpu : NaN,
    runDelaySecs: s0 && last.sched ? last.sched.runDelay - s0.runDelay : NaN,
    steady: steadyHalf(marks),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }
  console.log(JSON.stringify(r))
}

/** CPU from the middle mark to the last one (the second half of a worker's jobs). */
function steadyHalf(marks: ReadonlyArray<{ cpu: NodeJS.CpuUsage; sched: { onCpu: number } | undefined }>): ChildResult['steady'] {
  const mid = marks[Math.floor(marks.length / 2)]
  const end = marks[marks.length - 1]
  if (!mid || !end || end === mid) return { done: 0, cpuSecs: 0, onCpuSecs: 0 }
  return {
    done: marks.length - 1 - Math.floor(marks.length / 2),
    cpuSecs: (end.cpu.user + end.cpu.system - mid.cpu.user - mid.cpu.system) / 1e6,
    onCpuSecs: mid.sched && end.sched ? end.sched.onCpu - mid.sched.onCpu : NaN,
  }
}

interface Child { ready: Promise<void>; go(): void; result: Promise<ChildResult> }

function startChild(queue: string, db: string, light: boolean, prefetch: number): Child {
  const c = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', self, '--child', queue, db, light ? 'light' : 'full', String(prefetch)], { stdio: ['pipe', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  let onReady: () => void = () => undefined
  const ready = new Promise<void>((res) => { onReady = res })
  c.stdout.on('data', (b: Buffer) => { out += b.toString(); if (/^ready$/m.test(out)) onReady() })
  c.stderr.on('data', (b: Buffer) => { err += b.toString() })
  const result = new Promise<ChildResult>((res, rej) => c.on('exit', (code) => {
    const line = out.trim().split('\n').pop() ?? ''
    if (code !== 0 || !line.startsWith('{')) rej(new Error(`worker exited ${code}: ${err.slice(-2000)}`))
    else res(JSON.parse(line) as ChildResult)
  }))
  // a child that dies before it is ready fails the run instead of hanging it
  return { ready: Promise.race([ready, result.then(() => undefined)]), go: () => { c.stdin.end('go\n') }, result }
}

/** CPU seconds used so far by the PostgreSQL server (the postmaster and its exited backends), when it runs here. */
async function serverCpu(boss: { getDb(): { executeSql(q: string, v: unknown[]): Promise<{ rows: unknown[] }> } }): Promise<number | undefined> {
  try {
    const { rows } = await boss.getDb().executeSql('SHOW data_directory', [])
    const dir = (rows[0] as { data_directory: string }).data_directory
    const pid = readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]!
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return [11, 12, 13, 14].reduce((a, i) => a + Number(f[i]), 0) / 100 // utime stime cutime cstime, 100 ticks a second
  } catch {
    return undefined
  }
}

interface Run {
  workers: number; articles: number; windowSecs: number; perSec: number; wallSecs: number; aggregations: number
  jobsPerWorker: number[]; peakRssMB: number[]; cpuSecs: number; perCpuSec: number
  /** The workers' main threads on a core (the rest of cpuSecs is GC and other helper threads). */
  mainCpuSecs: number
  /** The second half of each worker's jobs, summed over the workers (see ChildResult.steady). */
  steady: { done: number; cpuSecs: number; onCpuSecs: number }
  /** Waiting for a core (other processes' load), summed over the workers. */
  runDelaySecs: number
  /** PostgreSQL's CPU per article (the queue's share of the machine), when the server runs on this machine. */
  serverCpuMsPerArticle?: number | undefined
  /** Articles/s if no worker had waited for a core, capped by the 2 cores' worth of CPU per article (workers + server). */
  idleEstimate: number
}

/** Enqueue the corpus on a fresh queue once k workers are ready, run them to idle. */
async function run(server: string, corpus: string, n: number, k: number, light: boolean, prefetch: number): Promise<Run> {
  const { openQueue, closeQueue, enqueue } = await import('../src/jobs/index.js')
  const db = await freshDatabase(server, 'dossier_bench')
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-workers-'))
  try {
    const boss = await openQueue(db.url)
    const children = Array.from({ length: k }, () => startChild(db.url, join(dir, 'store.db'), light, prefetch))
    await Promise.all(children.map((c) => c.ready))
    const q = await enqueue(boss, [corpus])
    if (q.queued !== n) throw new Error(`queued ${q.queued} of ${n}`)
    const cpu0 = await serverCpu(boss)
    const t0 = Date.now()
    for (const c of children) c.go()
    const results = await Promise.all(children.map((c) => c.result))
    const wallSecs = (Date.now() - t0) / 1000
    const cpu1 = await serverCpu(boss)
    await closeQueue(boss)
    const added = results.reduce((a, r) => a + r.added, 0)
    if (added !== n) throw new Error(`${added} articles added, of ${n}`)
    const windowSecs = (Math.max(...results.map((r) => r.lastDoneAt)) - t0) / 1000
    const cpuSecs = results.reduce((a, r) => a + r.cpuSecs, 0)
    const serverCpuMsPerArticle = cpu0 !== undefined && cpu1 !== undefined ? (cpu1 - cpu0) * 1000 / n : undefined
    // each worker's pace without the wait for a core, summed; no more than two cores can give
    const unloaded = results.reduce((a, r) => a + r.added / Math.max(1e-3, r.windowSecs - (r.runDelaySecs || 0)), 0)
    const cap = 2 / (cpuSecs / n + (serverCpuMsPerArticle ?? 0) / 1000)
    return {
      workers: k, articles: n, windowSecs, perSec: n / windowSecs, wallSecs, aggregations: results.reduce((a, r) => a + r.aggregations, 0),
      jobsPerWorker: results.map((r) => r.added), peakRssMB: results.map((r) => r.peakRssMB), cpuSecs, perCpuSec: n / cpuSecs,
      mainCpuSecs: results.reduce((a, r) => a + (r.onCpuSecs || 0), 0),
      steady: results.reduce((a, r) => ({ done: a.done + r.steady.done, cpuSecs: a.cpuSecs + r.steady.cpuSecs, onCpuSecs: a.onCpuSecs + (r.steady.onCpuSecs || 0) }),
        { done: 0, cpuSecs: 0, onCpuSecs: 0 }),
      runDelaySecs: results.reduce((a, r) => a + (r.runDelaySecs || 0), 0), serverCpuMsPerArticle, idleEstimate: Math.min(unloaded, cap),
    }
  } finally {
    await db.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

function line(r: Run): string {
  return `  ${r.workers} worker(s): ${r.perSec.toFixed(1)} articles/s over the jobs' window (${r.windowSecs.toFixed(1)} s; jobs per worker ${r.jobsPerWorker.join(' / ')}); ` +
    `${r.wallSecs.toFixed(1)} s wall with the final aggregation (${r.aggregations}); ${r.perCpuSec.toFixed(1)} articles per CPU-second of the workers ` +
    `(main threads ${(r.mainCpuSecs * 1000 / r.articles).toFixed(1)} ms/article, other threads ${((r.cpuSecs - r.mainCpuSecs) * 1000 / r.articles).toFixed(1)}; ` +
    `second half of each worker's jobs: main ${(r.steady.onCpuSecs * 1000 / r.steady.done).toFixed(1)}, other ${((r.steady.cpuSecs - r.steady.onCpuSecs) * 1000 / r.steady.done).toFixed(1)}); ` +
    `waited ${r.runDelaySecs.toFixed(1)} s for a core; server CPU ${r.serverCpuMsPerArticle?.toFixed(1) ?? '?'} ms/article; ` +
    `on idle cores ≈ ${r.idleEstimate.toFixed(1)} articles/s; peak RSS ${r.peakRssMB.map((x) => x.toFixed(0)).join(', ')} MB`
}

/** 1 then 2 workers taking `prefetch` jobs at a time; prints both and the ratios. */
async function scaling(server: string, corpus: string, n: number, prefetch: number): Promise<{ one: Run; two: Run; ratio: number; idleRatio: number }> {
  const one = await run(server, corpus, n, 1, false, prefetch)
  const two = await run(server, corpus, n, 2, false, prefetch)
  const ratio = two.perSec / one.perSec
  const idleRatio = two.idleEstimate / one.idleEstimate
  const load = loadavg()[0]!
  console.log(`workers bench: ${n} generated articles, default pipeline, prefetch ${prefetch}, SQLite store per run, queue on ${new URL(server).host}`)
  for (const r of [one, two]) console.log(line(r))
  console.log(`  scaling 2 / 1 worker, measured: ${ratio.toFixed(2)}x (goal ≥ 1.7 on 2 cores)` +
    (load > 1 ? ` — UNRELIABLE: load average ${load.toFixed(1)} on ${cpus().length} cores, other processes took the cores; rerun on an idle machine` : ` (load average ${load.toFixed(1)})`))
  console.log(`  scaling 2 / 1 worker, estimated for idle cores (waits for a core removed, capped by CPU per article): ${idleRatio.toFixed(2)}x`)
  console.log(`  CPU cost per article, 2 workers / 1 worker: ${(one.perCpuSec / two.perCpuSec).toFixed(2)}x (1.0 = no overhead from sharing the queue and store); ` +
    `second half of each worker's jobs: ${((two.steady.cpuSecs / two.steady.done) / (one.steady.cpuSecs / one.steady.done)).toFixed(2)}x`)
  return { one, two, ratio, idleRatio }
}

async function parent(): Promise<void> {
  const server = process.env['DOSSIER_BENCH_PG'] ?? process.env['DOSSIER_TEST_PG']
  if (!server) {
    console.log('workers bench: skipped: PostgreSQL is missing (set DOSSIER_BENCH_PG or DOSSIER_TEST_PG=postgres://…; scripts/pg-cluster.sh start DIR starts one)')
    return
  }
  const n = Number(opt('articles') ?? (args.includes('--quick') ? 150 : 400))
  const prefetch = Number(opt('prefetch') ?? 4)
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-corpus-'))
  try {
    if (args.includes('--rss-only')) {
      console.log(JSON.stringify({ bench: 'workers', prefetch, rss: await rssRuns(server, dir, prefetch) }))
      return
    }
    const corpus = join(dir, 'corpus')
    writeGeneratedCorpus(corpus, n)
    const main = await scaling(server, corpus, n, prefetch)
    // the baseline: one job per fetch, as workers took them before prefetching
    const base = args.includes('--compare') ? await scaling(server, corpus, n, 1) : undefined
    const rss = args.includes('--rss') ? await rssRuns(server, dir, prefetch) : undefined
    console.log(JSON.stringify({ bench: 'workers', articles: n, prefetch, ...main, ...(base ? { baseline: base } : {}), ...(rss ? { rss } : {}) }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Peak RSS of one worker (light pipeline) at 1 000 and 10 000 articles. */
async function rssRuns(server: string, dir: string, prefetch: number): Promise<Run[]> {
  const out: Run[] = []
  for (const n of [1000, 10000]) {
    const corpus = join(dir, `rss-${n}`)
    writeGeneratedCorpus(corpus, n, 3)
    const r = await run(server, corpus, n, 1, true, prefetch)
    console.log(`  rss: ${n} articles, one worker, light pipeline: peak RSS ${r.peakRssMB[0]!.toFixed(0)} MB, ${r.perSec.toFixed(0)} articles/s`)
    out.push(r)
  }
  console.log(`  rss ratio 10 000 / 1 000 articles: ${(out[1]!.peakRssMB[0]! / out[0]!.peakRssMB[0]!).toFixed(2)}x`)
  return out
}

const ci = args.indexOf('--child')
if (ci >= 0) await child(args[ci + 1]!, args[ci + 2]!, args[ci + 3] === 'light', Number(args[ci + 4] ?? 4))
else await parent()
