/**
 * What `dossier jobs` shows: job counts by state per queue, and the dead-letter list (ingest jobs that
 * failed on every retry) with the error of their last attempt.
 * @module
 */
import { pgDriver } from '../store/postgres/db.js'
import type PgBoss from 'pg-boss'
import { AGGREGATE_QUEUE, DEAD_QUEUE, DEFAULT_RETRY, INGEST_QUEUE, type RetryPolicy } from './queue.js'

/** pg-boss's own schema (its default). */
const SCHEMA = 'pgboss'
const QUEUES = [INGEST_QUEUE, AGGREGATE_QUEUE, DEAD_QUEUE]
const STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const

export type StateCounts = Record<(typeof STATES)[number] | 'archived', number>

export interface QueueCounts {
  readonly queues: Record<string, StateCounts>
}

export interface DeadLetter {
  readonly id: string
  readonly item: string
  readonly code: string
  readonly message: string
  /** When it was moved to the dead-letter list (after its last retry). */
  readonly at: string
  readonly attempts: number
}

const zero = (): StateCounts => ({ created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0, archived: 0 })

/** Jobs per queue and state; `archived` counts jobs pg-boss moved out of the live table (completed long ago). */
export async function queueCounts(boss: PgBoss): Promise<QueueCounts> {
  const db = boss.getDb()
  const live = await db.executeSql(`SELECT name, state::text AS state, count(*)::int AS n FROM ${SCHEMA}.job WHERE name = ANY($1) GROUP BY 1, 2`, [QUEUES])
  const archived = await db.executeSql(`SELECT name, count(*)::int AS n FROM ${SCHEMA}.archive WHERE name = ANY($1) GROUP BY 1`, [QUEUES])
  const queues: Record<string, StateCounts> = Object.fromEntries(QUEUES.map((q) => [q, zero()]))
  for (const r of live.rows as Array<{ name: string; state: keyof StateCounts; n: number }>) queues[r.name]![r.state] = r.n
  for (const r of archived.rows as Array<{ name: string; n: number }>) queues[r.name]!.archived = r.n
  return { queues }
}

/** The dead-letter list, newest first. */
export async function deadLetters(boss: PgBoss, limit = 100): Promise<DeadLetter[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id::text, data, output, created_on, retry_limit FROM ${SCHEMA}.job WHERE name = $1 AND state < 'active' ORDER BY created_on DESC, id LIMIT $2`,
    [DEAD_QUEUE, limit])
  return (rows as Array<{ id: string; data: { item?: string } | null; output: { code?: string; message?: string; value?: { message?: string } } | null; created_on: Date; retry_limit: number }>)
    .map((r) => ({
      id: r.id,
      item: r.data?.item ?? '?',
      code: r.output?.code ?? 'E_TIMEOUT',
      message: r.output?.message ?? r.output?.value?.message ?? 'failed',
      at: new Date(r.created_on).toISOString(),
      attempts: Number(r.retry_limit) + 1,
    }))
}

/** Ingest jobs running or ready to run now (a job waiting out its retry backoff does not hold aggregation back). */
export async function ingestBusy(boss: PgBoss): Promise<number> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE name = $1 AND (state = 'active' OR (state < 'active' AND start_after <= now()))`, [INGEST_QUEUE])
  return (rows[0] as { n: number } | undefined)?.n ?? 0
}

/** Cancel the aggregation requests waiting now: the aggregation about to start covers every change they announce. */
export async function absorbAggregateRequests(boss: PgBoss): Promise<number> {
  const { rows } = await boss.getDb().executeSql(`SELECT id::text FROM ${SCHEMA}.job WHERE name = $1 AND state < 'active'`, [AGGREGATE_QUEUE])
  const ids = (rows as Array<{ id: string }>).map((r) => r.id)
  if (ids.length) await boss.cancel(AGGREGATE_QUEUE, ids)
  return ids.length
}

/** When aggregation last ran to the end (not a deferral), or when the queue was made if never. */
export async function lastAggregation(boss: PgBoss): Promise<Date | undefined> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT coalesce(
       (SELECT max(completed_on) FROM ${SCHEMA}.job WHERE name = $1 AND state = 'completed' AND NOT coalesce(output ? 'deferred', false)),
       (SELECT created_on FROM ${SCHEMA}.queue WHERE name = $1)) AS at`, [AGGREGATE_QUEUE])
  const at = (rows[0] as { at: Date | null } | undefined)?.at
  return at ? new Date(at) : undefined
}

/** Put dead-letter jobs back on the ingest queue (after fixing what made them fail), in one transaction; returns how many. */
export async function requeueDead(url: string, boss: PgBoss, retry: RetryPolicy = DEFAULT_RETRY): Promise<number> {
  const client = new (pgDriver().Client)({ connectionString: url, application_name: 'dossier-jobs' })
  await client.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ data: object }>(`DELETE FROM ${SCHEMA}.job WHERE name = $1 AND state < 'active' RETURNING data`, [DEAD_QUEUE])
    const jobs = rows.map((r) => ({
      name: INGEST_QUEUE, data: r.data,
      retryLimit: retry.retries, retryDelay: retry.retryDelaySeconds, retryBackoff: true, expireInSeconds: retry.timeoutSeconds,
    }))
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await client.query(text, values)).rows }) }
    if (jobs.length) await boss.insert(jobs, { db })
    await client.query('COMMIT')
    return jobs.length
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    await client.end().catch(() => undefined)
  }
}
