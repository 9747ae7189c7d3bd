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
import type PgBoss from 'pg-boss'
import { isDossierError } from '../model/index.js'
import { createPipeline, DEFAULT_STAGES, type Pipeline } from '../pipeline/index.js'
import { aggregate, knowledgeBase, type AggregateSummary } from '../service/aggregate.js'
import type { Store } from '../store/index.js'
import { pgDriver } from '../store/postgres/db.js'
import { IngestJobData } from './enqueue.js'
import { AGGREGATE_QUEUE, DEFAULT_RETRY, INGEST_QUEUE, type RetryPolicy } from './queue.js'
import { jobBatch, runIngestJob, ItemFailed, type JobBatch, type JobOutcome } from './run-item.js'
import { Turns } from './turns.js'
import { absorbAggregateRequests, ingestBusy, lastAggregation, queueCounts } from './status.js'

export interface WorkerOptions {
  /** Ingest jobs processed at once in this process (I/O overlaps; the analysis itself runs on one core). */
  readonly concurrency?: number
  /**
   * Most jobs each ingest loop takes from the queue at once (default 4): one statement fetches them, one marks them
   * done (while the next ones are fetched) and one aggregation request covers them all. Fewer when jobs are slow
   * for their timeout (see batchSize). A worker that dies holds its batch until the timeout, and all of it is
   * retried (storing nothing twice).
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

/** The jobs of a batch that were done (to be marked so together), and whether any stored an article. */
interface BatchDone {
  readonly completed: Array<{ readonly id: string; readonly item: string; readonly outcome: JobOutcome }>
  stored: boolean
}

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
  private readonly pace: { jobMs?: number; timeoutMs?: number } = {}
  private readonly turns = new Turns()
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
    let jobs = await this.fetchIngest()
    while (jobs.length || !this.stopped) {
      if (jobs.length === 0) {
        if (this.opts.untilIdle && await this.idle()) return
        await sleep(this.opts.pollSeconds * 1000, this.opts.signal)
        if (!this.stopped) jobs = await this.fetchIngest()
        continue
      }
      const done = await this.runBatch(pipeline, jobs)
      // the batch's completion and its aggregation request travel while the next jobs are fetched
      const [next] = await Promise.all([this.stopped ? [] : this.fetchIngest(), this.finishBatch(done)])
      jobs = next
    }
  }

  private fetchIngest(): Promise<PgBoss.JobWithMetadata<unknown>[]> {
    return this.fetch<unknown>(INGEST_QUEUE, this.batchSize())
  }

  /**
   * How many jobs to take: up to `prefetch`, but never more than half the jobs' timeout can run at the pace seen
   * so far (a batch's timers all start when it is fetched; a job that outlives its timeout is taken back and run
   * again). One until a job has been timed.
   */
  private batchSize(): number {
    const { jobMs, timeoutMs } = this.pace
    if (jobMs === undefined || timeoutMs === undefined) return 1
    return Math.max(1, Math.min(this.opts.prefetch, Math.floor(timeoutMs / 2 / Math.max(1, jobMs))))
  }

  /** Learn the pace of jobs (moving average of their wall time) and the shortest timeout seen. */
  private timeJob(job: PgBoss.JobWithMetadata<unknown>, ms: number): void {
    const i = job.expireIn
    const timeoutMs = i ? ((((i.days ?? 0) * 24 + (i.hours ?? 0)) * 60 + (i.minutes ?? 0)) * 60 + (i.seconds ?? 0)) * 1000 + (i.milliseconds ?? 0) : undefined
    if (timeoutMs) this.pace.timeoutMs = Math.min(this.pace.timeoutMs ?? Infinity, timeoutMs)
    this.pace.jobMs = this.pace.jobMs === undefined ? ms : 0.7 * this.pace.jobMs + 0.3 * ms
  }

  /**
   * Run fetched jobs one after the other, their items loaded first and their articles analysed together (jobBatch);
   * failed ones are reported to the queue at once, done ones by finishBatch.
   */
  private async runBatch(pipeline: Pipeline, jobs: readonly PgBoss.JobWithMetadata<unknown>[]): Promise<BatchDone> {
    const done: BatchDone = { completed: [], stored: false }
    const parsed = jobs.map((job) => IngestJobData.safeParse(job.data))
    const valid = parsed.flatMap((p) => (p.success ? [p.data] : []))
    const batch = await this.turns.shared(() => jobBatch(this.store, pipeline, valid))
    for (const [i, job] of jobs.entries()) {
      const t0 = Date.now()
      const r = await this.turns.shared(() => this.ingestJob(pipeline, job, parsed[i]!, batch))
      done.stored ||= r.stored
      if (r.outcome) done.completed.push({ id: job.id, item: r.item, outcome: r.outcome })
    }
    return done
  }

  /**
   * Mark a batch's jobs done in one statement and, when it stored anything, ask for one aggregation (sent after
   * the batch's last save, so it covers every article the batch stored).
   */
  private async finishBatch(done: BatchDone): Promise<void> {
    const complete = async () => {
      if (done.completed.length === 0) return
      try {
        await this.boss.complete(INGEST_QUEUE, done.completed.map((c) => c.id))
      } catch (e) {
        // the articles are stored; the jobs stay active and are retried after their timeout, which stores nothing twice
        this.opts.onEvent?.({ kind: 'error', message: `could not mark ${done.completed.length} job(s) done: ${(e as Error).message}` })
        return
      }
      for (const { item, outcome } of done.completed) {
        this.stats.done++
        this.stats.added += outcome.added
        this.opts.onEvent?.({ kind: 'done', item, outcome })
      }
    }
    await Promise.all([complete(), done.stored ? this.requestAggregate() : undefined])
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

  /** Run one job. Done: its outcome (the queue is told by finishBatch). Failed: the queue is told now. */
  private async ingestJob(pipeline: Pipeline, job: PgBoss.JobWithMetadata<unknown>, parsed: ReturnType<typeof IngestJobData.safeParse>, batch: JobBatch): Promise<{ item: string; stored: boolean; outcome?: JobOutcome }> {
    const item = parsed.success ? parsed.data.item : `job ${job.id}`
    try {
      if (!parsed.success) throw new Error(`not an ingest job: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
      const outcome = await runIngestJob(this.store, pipeline, parsed.data, (it, w) => this.opts.onEvent?.({ kind: 'warning', item: it, message: w }), batch)
      return { item, stored: outcome.added > 0, outcome }
    } catch (e) {
      const code = isDossierError(e) ? e.code : 'E_STAGE_FAILED'
      const message = e instanceof Error ? e.message : String(e)
      const failures = e instanceof ItemFailed ? e.failures : []
      await this.boss.fail(INGEST_QUEUE, job.id, { code, message, failures })
      this.stats.failed++
      this.opts.onEvent?.({ kind: 'failed', item, code, message, retryCount: job.retryCount, retryLimit: job.retryLimit })
      // some parts of a failed item (a feed's good items) may have been stored
      return { item, stored: e instanceof ItemFailed && e.added > 0 }
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
        // alone in this process: an article analysed meanwhile would count the run against its time budget
        const summary = await this.turns.exclusive(() => aggregate(this.store))
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
    const client = new (pgDriver().Client)({ connectionString: this.queueUrl, application_name: 'dossier-aggregate' })
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
