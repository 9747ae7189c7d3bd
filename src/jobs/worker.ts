/**
 * `dossier worker`: take ingest jobs from the queue and process them into the store; aggregate once the
 * queue is quiet. Any number of workers on any number of machines may run against one queue:
 * - an article is saved atomically and keyed by its content hash, so a job retried after its worker died
 *   (pg-boss fails a job active for longer than its timeout, then retries it) stores nothing twice;
 * - aggregation runs once per quiet period, not per job: requests wait on a queue that keeps one at most, and
 *   a run holds a PostgreSQL advisory lock, so two never overlap; the server releases the lock the moment its
 *   worker's connection drops, so a worker killed while aggregating holds nobody up.
 * @module
 */
import pg from 'pg'
import type PgBoss from 'pg-boss'
import { isDossierError } from '../model/index.js'
import { createPipeline, DEFAULT_STAGES, type Pipeline } from '../pipeline/index.js'
import { aggregate, knowledgeBase, type AggregateSummary } from '../service/aggregate.js'
import type { Store } from '../store/index.js'
import { IngestJobData } from './enqueue.js'
import { AGGREGATE_QUEUE, DEFAULT_RETRY, INGEST_QUEUE, type RetryPolicy } from './queue.js'
import { runIngestJob, ItemFailed, type JobOutcome } from './run-item.js'
import { absorbAggregateRequests, ingestBusy, lastAggregation, queueCounts } from './status.js'

export interface WorkerOptions {
  /** Ingest jobs processed at once in this process (I/O overlaps; the analysis itself runs on one core). */
  readonly concurrency?: number
  /**
   * Jobs each ingest loop takes from the queue at once (default 4): one round trip fetches them, their completions
   * travel while the next job is analysed, and one aggregation request covers them all. A worker that dies holds
   * that many jobs until their timeout; jobs that fetch URLs may want 1.
   */
  readonly prefetch?: number
  /** Seconds to wait before asking again when the queue is empty. */
  readonly pollSeconds?: number
  /** Aggregation waits until no ingest job has been waiting or running for this long… */
  readonly quietSeconds?: number
  /** …but not longer than this after it was first asked for (a steady stream of jobs still gets aggregated). */
  readonly maxAggregateDelaySeconds?: number
  /** Timeout and retries of the aggregate jobs this worker asks for. */
  readonly retry?: RetryPolicy
  /** Stop once no ingest or aggregate job is waiting or running anywhere (batch runs, benchmarks). */
  readonly untilIdle?: boolean
  /** Pipeline stages (default: the default pipeline, as `dossier ingest`). */
  readonly stages?: readonly string[]
  readonly signal?: AbortSignal
  readonly onEvent?: (e: WorkerEvent) => void
}

export type WorkerEvent =
  | { readonly kind: 'done'; readonly item: string; readonly outcome: JobOutcome }
  | { readonly kind: 'failed'; readonly item: string; readonly code: string; readonly message: string; readonly retryCount: number; readonly retryLimit: number }
  | { readonly kind: 'warning'; readonly item: string; readonly message: string }
  | { readonly kind: 'aggregated'; readonly summary: AggregateSummary; readonly ms: number }
  | { readonly kind: 'error'; readonly message: string }

export interface WorkerSummary {
  readonly done: number
  readonly failed: number
  readonly added: number
  readonly aggregations: number
}

type AggregateRequest = { requestedAt: string }

/** The advisory lock key of aggregation (pg_try_advisory_lock takes a bigint). */
const AGGREGATE_LOCK = 0x646f7373 // "doss"

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((res) => {
  if (signal?.aborted) return res()
  const t = setTimeout(done, ms)
  function done() { clearTimeout(t); signal?.removeEventListener('abort', done); res() }
  signal?.addEventListener('abort', done, { once: true })
})

export class Worker {
  private readonly stats = { done: 0, failed: 0, added: 0, aggregations: 0 }
  private readonly opts: Required<Omit<WorkerOptions, 'signal' | 'onEvent'>> & Pick<WorkerOptions, 'signal' | 'onEvent'>

  constructor(private readonly boss: PgBoss, private readonly store: Store, private readonly queueUrl: string, opts: WorkerOptions = {}) {
    this.opts = {
      concurrency: 1, prefetch: 4, pollSeconds: 1, quietSeconds: 2, maxAggregateDelaySeconds: 60, retry: DEFAULT_RETRY, untilIdle: false, stages: DEFAULT_STAGES, ...opts,
    }
  }

  /** Run until the signal aborts (or, with untilIdle, until the queue is idle). */
  async run(): Promise<WorkerSummary> {
    const pipeline = createPipeline({ stages: [...this.opts.stages] }, { resources: { kb: await knowledgeBase(this.store) } })
    const loops = Array.from({ length: Math.max(1, this.opts.concurrency) }, () => this.ingestLoop(pipeline))
    await Promise.all([...loops, this.aggregateLoop()])
    return { ...this.stats }
  }

  private get stopped(): boolean {
    return this.opts.signal?.aborted ?? false
  }

  private async ingestLoop(pipeline: Pipeline): Promise<void> {
    while (!this.stopped) {
      const jobs = await this.fetch<unknown>(INGEST_QUEUE, Math.max(1, this.opts.prefetch))
      if (jobs.length) await this.ingestBatch(pipeline, jobs)
      else if (this.opts.untilIdle && await this.idle()) return
      else await sleep(this.opts.pollSeconds * 1000, this.opts.signal)
    }
  }

  /**
   * Process fetched jobs one after the other. Each job is completed as soon as it is done, but the worker does not
   * wait for the answer: the next job's analysis runs meanwhile, so the queue's round trips cost no analysis time.
   * One aggregation request, sent after the last save of the batch, covers every article the batch stored.
   */
  private async ingestBatch(pipeline: Pipeline, jobs: readonly PgBoss.JobWithMetadata<unknown>[]): Promise<void> {
    const pending: Promise<void>[] = []
    let stored = false
    for (const job of jobs) {
      const r = await this.ingestJob(pipeline, job)
      stored ||= r.stored
      pending.push(r.settled)
      // let the completion reach the server before the next analysis holds the event loop
      await new Promise<void>((res) => setImmediate(res))
    }
    await Promise.all(pending)
    if (stored) await this.requestAggregate()
  }

  private async fetch<T>(queue: string, batchSize = 1): Promise<PgBoss.JobWithMetadata<T>[]> {
    try {
      return await this.boss.fetch<T>(queue, { batchSize, includeMetadata: true })
    } catch (e) {
      // a queue's unique index may refuse a fetch racing another worker's: nothing to take now
      if (!/job_i3|duplicate key/.test((e as Error).message)) this.opts.onEvent?.({ kind: 'error', message: (e as Error).message })
      return []
    }
  }

  /** Run one job; `settled` resolves once the queue has recorded its outcome, `stored` says whether it saved anything. */
  private async ingestJob(pipeline: Pipeline, job: PgBoss.JobWithMetadata<unknown>): Promise<{ stored: boolean; settled: Promise<void> }> {
    const parsed = IngestJobData.safeParse(job.data)
    const item = parsed.success ? parsed.data.item : `job ${job.id}`
    try {
      if (!parsed.success) throw new Error(`not an ingest job: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
      const outcome = await runIngestJob(this.store, pipeline, parsed.data, (it, w) => this.opts.onEvent?.({ kind: 'warning', item: it, message: w }))
      const settled = this.boss.complete(INGEST_QUEUE, job.id, { ...outcome }).then(() => {
        this.stats.done++
        this.stats.added += outcome.added
        this.opts.onEvent?.({ kind: 'done', item, outcome })
      }, (e: unknown) => {
        // the article is stored; the job stays active and is retried after its timeout, which stores nothing twice
        this.opts.onEvent?.({ kind: 'error', message: `${item}: could not mark the job done: ${(e as Error).message}` })
      })
      return { stored: outcome.added > 0, settled }
    } catch (e) {
      const code = isDossierError(e) ? e.code : 'E_STAGE_FAILED'
      const message = e instanceof Error ? e.message : String(e)
      const failures = e instanceof ItemFailed ? e.failures : []
      await this.boss.fail(INGEST_QUEUE, job.id, { code, message, failures })
      this.stats.failed++
      this.opts.onEvent?.({ kind: 'failed', item, code, message, retryCount: job.retryCount, retryLimit: job.retryLimit })
      // some parts of a failed item (a feed's good items) may have been stored
      return { stored: e instanceof ItemFailed && e.added > 0, settled: Promise.resolve() }
    }
  }

  /** Ask for an aggregation after the quiet period; a request already waiting absorbs this one (queue policy `short`). */
  async requestAggregate(requestedAt = new Date().toISOString(), afterSeconds = this.opts.quietSeconds): Promise<void> {
    const r = this.opts.retry
    const data: AggregateRequest = { requestedAt }
    await this.boss.send(AGGREGATE_QUEUE, data, {
      startAfter: afterSeconds, expireInSeconds: r.timeoutSeconds, retryLimit: r.retries, retryDelay: r.retryDelaySeconds, retryBackoff: true,
    })
  }

  private async aggregateLoop(): Promise<void> {
    while (!this.stopped) {
      const [job] = await this.fetch<AggregateRequest>(AGGREGATE_QUEUE)
      if (job) await this.aggregateJob(job)
      else if (this.opts.untilIdle && await this.idle()) return
      // requests become startable a quiet period after they are made: no need to ask more than once a second
      else await sleep(Math.max(1, this.opts.pollSeconds) * 1000, this.opts.signal)
    }
  }

  private async aggregateJob(job: PgBoss.JobWithMetadata<AggregateRequest>): Promise<void> {
    const requestedAt = typeof job.data?.requestedAt === 'string' ? job.data.requestedAt : new Date().toISOString()
    try {
      // how long changes have waited: since the last aggregation that ran (requests are merged, so not the request's own time)
      const since = await lastAggregation(this.boss)
      const waited = (Date.now() - (since ?? new Date(requestedAt)).getTime()) / 1000
      const pending = await ingestBusy(this.boss)
      // not quiet yet: hand the request on; a steady stream of jobs still aggregates every maxAggregateDelaySeconds
      if (pending > 0 && waited < this.opts.maxAggregateDelaySeconds) return await this.defer(job, requestedAt)
      const ran = await this.withAggregateLock(async () => {
        // requests made up to now (even while this job waited) are answered by this run
        await absorbAggregateRequests(this.boss)
        const t0 = Date.now()
        const summary = await aggregate(this.store)
        this.stats.aggregations++
        this.opts.onEvent?.({ kind: 'aggregated', summary, ms: Date.now() - t0 })
        return summary
      })
      if (!ran) return await this.defer(job, requestedAt)
      await this.boss.complete(AGGREGATE_QUEUE, job.id, { ...ran })
    } catch (e) {
      this.opts.onEvent?.({ kind: 'error', message: `aggregation failed: ${(e as Error).message}` })
      await this.boss.fail(AGGREGATE_QUEUE, job.id, { message: (e as Error).message })
    }
  }

  private async defer(job: PgBoss.Job<AggregateRequest>, requestedAt: string): Promise<void> {
    // at least a second later, so workers do not spin on a request while another one aggregates
    await this.requestAggregate(requestedAt, Math.max(1, this.opts.quietSeconds))
    await this.boss.complete(AGGREGATE_QUEUE, job.id, { deferred: true })
  }

  /** Run fn holding the aggregation lock; undefined when another process holds it. */
  private async withAggregateLock<T>(fn: () => Promise<T>): Promise<T | undefined> {
    const client = new pg.Client({ connectionString: this.queueUrl, application_name: 'dossier-aggregate' })
    client.on('error', () => undefined)
    await client.connect()
    try {
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [AGGREGATE_LOCK])
      if (!rows[0]?.ok) return undefined
      try {
        return await fn()
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [AGGREGATE_LOCK])
      }
    } finally {
      await client.end().catch(() => undefined)
    }
  }

  /** No ingest or aggregate job waiting (startable or not) or running, anywhere. */
  private async idle(): Promise<boolean> {
    const c = await queueCounts(this.boss)
    return [INGEST_QUEUE, AGGREGATE_QUEUE].every((q) => {
      const s = c.queues[q]
      return !s || s.created + s.retry + s.active === 0
    })
  }
}
