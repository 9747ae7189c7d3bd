import { spawn } from 'node:child_process'
import type { Command } from 'commander'
import { closeQueue, openQueue, queueUrlOf, redact, Worker, type JobOutcome, type RetryPolicy, DEFAULT_RETRY, type WorkerEvent } from '../../jobs/index.js'
import { action, DEFAULT_DB, EXIT, withStore } from '../common.js'
import { wholeNumber } from '../paging.js'
import { ingestMatchLines } from './ingest.js'

interface WorkerCliOptions {
  db: string
  queue?: string
  concurrency: string
  prefetch: string
  untilIdle?: boolean
  quiet?: string
  superviseEvery?: string
  jobTimeout?: string
  verbose?: boolean
  singleCore?: boolean
}

/**
 * V8 flags of `--single-core`: garbage collection and optimising compilation on the main thread. By default V8
 * does both on helper threads, which made one worker use about 1.3 cores (7 ms of every 21 ms of CPU per article
 * off the main thread, in the second half of a 400-article run as in the first), so two workers on two cores
 * slowed each other; on the main thread the same work took 19 ms per article in all (bench/workers.bench.ts).
 */
export const SINGLE_CORE_FLAGS = ['--single-threaded-gc', '--no-concurrent-recompilation']

/** Was this node started with SINGLE_CORE_FLAGS? */
function onSingleCore(): boolean {
  return SINGLE_CORE_FLAGS.every((f) => process.execArgv.includes(f))
}

/**
 * Run this command again in a node started with SINGLE_CORE_FLAGS (V8 takes them only at start-up) and return
 * its exit code. SIGTERM is passed on; SIGINT from a terminal reaches both processes, so this one ignores it. The
 * restarted worker holds an IPC channel to this process and exits when it closes, so killing this process (even
 * with SIGKILL) stops the worker too: its jobs in hand are taken back after their timeout.
 */
function rerunSingleCore(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...SINGLE_CORE_FLAGS, ...process.argv.slice(1)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] })
  const onTerm = () => { child.kill('SIGTERM') }
  const onInt = () => {}
  process.on('SIGTERM', onTerm)
  process.on('SIGINT', onInt)
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', onTerm)
      process.off('SIGINT', onInt)
      resolve(code ?? (signal ? EXIT.partial : EXIT.ok))
    })
  })
}

/**
 * The lines `dossier ingest` prints for a job's articles that matched a stored one (unchanged by another input,
 * near-duplicates), each naming the stored article and where it came from.
 */
export function workerMatchLines(outcome: Pick<JobOutcome, 'matches'>): string[] {
  return ingestMatchLines(outcome)
}

/** One line per job outcome on stderr (stdout stays for the final summary); matched articles always. */
function logEvent(verbose: boolean) {
  return (e: WorkerEvent) => {
    if (e.kind === 'done') {
      if (verbose) process.stderr.write(`done ${e.item}: ${e.outcome.added} new, ${e.outcome.unchanged} unchanged\n`)
      for (const line of workerMatchLines(e.outcome)) process.stderr.write(`${line}\n`)
    }
    else if (e.kind === 'failed') process.stderr.write(`${e.code}: ${e.message} (attempt ${e.retryCount + 1} of ${e.retryLimit + 1}${e.retryCount >= e.retryLimit ? '; moved to the dead-letter list, see `dossier jobs`' : '; will be retried'})\n`)
    else if (e.kind === 'warning') process.stderr.write(`W_INPUT: ${e.message.includes(e.item) ? e.message : `${e.item}: ${e.message}`}\n`)
    else if (e.kind === 'aggregated') process.stderr.write(`aggregated in ${(e.ms / 1000).toFixed(1)} s: ${e.summary.entities} entities, ${e.summary.relations} relations, ${e.summary.clusters} clusters\n`)
    else process.stderr.write(`W_WORKER: ${e.message}\n`)
  }
}

export async function runWorker(o: WorkerCliOptions): Promise<number> {
  if (o.singleCore && !onSingleCore()) return rerunSingleCore()
  if (o.singleCore && process.channel) {
    // restarted by rerunSingleCore: end with the process that started us (the channel alone keeps nothing alive)
    process.channel.unref()
    process.once('disconnect', () => process.exit(EXIT.partial))
  }
  const url = queueUrlOf(o.queue, o.db)
  const concurrency = wholeNumber('--concurrency', o.concurrency, { min: 1, max: 64 })
  const prefetch = wholeNumber('--prefetch', o.prefetch, { min: 1, max: 100 })
  const retry: RetryPolicy = o.jobTimeout ? { ...DEFAULT_RETRY, timeoutSeconds: wholeNumber('--job-timeout', o.jobTimeout, { min: 1 }) } : DEFAULT_RETRY
  const boss = await openQueue(url, { supervise: true, ...(o.superviseEvery ? { superviseSeconds: wholeNumber('--supervise-every', o.superviseEvery, { min: 1, max: 3600 }) } : {}) })
  const stop = new AbortController()
  // SIGTERM / Ctrl-C: finish the jobs in hand, then exit; a job cut off harder is retried after its timeout
  const onSignal = () => { process.stderr.write('stopping after the jobs in hand…\n'); stop.abort() }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
  try {
    return await withStore(o.db, async (store) => {
      const singleCore = onSingleCore() ? ', single core' : ''
      process.stderr.write(`worker: queue ${redact(url)}, store ${redact(o.db)}, concurrency ${concurrency}${singleCore}\n`)
      const worker = new Worker(boss, store, url, {
        concurrency, prefetch, retry, untilIdle: o.untilIdle ?? false, signal: stop.signal, onEvent: logEvent(o.verbose ?? false),
        ...(o.quiet ? { quietSeconds: wholeNumber('--quiet', o.quiet, { min: 0, max: 3600 }) } : {}),
      })
      const s = await worker.run()
      process.stdout.write(`worker: ${s.done} job(s) done, ${s.failed} failed attempt(s), ${s.added} new article(s), ${s.aggregations} aggregation(s)\n`)
      return EXIT.ok
    })
  } finally {
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
    await closeQueue(boss)
  }
}

export function registerWorker(program: Command): void {
  program.command('worker')
    .description('process ingest jobs from the PostgreSQL job queue (see `dossier ingest --queue`); run any number, on any number of machines')
    .option('--db <path>', 'store: database file or postgres:// URL', DEFAULT_DB)
    .option('--queue <url>', 'job queue (postgres:// URL); default DOSSIER_QUEUE, else --db when it is PostgreSQL')
    .option('--concurrency <n>', 'ingest jobs at once in this process', '1')
    .option('--prefetch <n>', 'jobs taken from the queue at once (a killed worker holds them until their timeout)', '4')
    .option('--until-idle', 'exit once no job is waiting or running anywhere')
    .option('--quiet <seconds>', 'aggregate once no ingest job has waited for this long', '2')
    .option('--job-timeout <seconds>', 'timeout of the aggregate jobs this worker asks for', String(DEFAULT_RETRY.timeoutSeconds))
    .option('--supervise-every <seconds>', 'how often jobs of dead workers are looked for (one worker does it per interval)', '15')
    .option('--verbose', 'a line per job done')
    .option('--single-core', 'keep this worker on one core (V8 collects garbage and optimises code on the main thread): run one such worker per core')
    .action(action(async (o: WorkerCliOptions) => runWorker(o)))
}
