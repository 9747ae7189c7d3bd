/**
 * The ingest job queue over pg-boss (PostgreSQL). Three queues: `dossier-ingest` (one job per input item),
 * `dossier-ingest-dead` (where an ingest job lands after its last retry: the dead-letter list) and
 * `dossier-aggregate` (policy `short`: at most one request waiting; the run itself is serialised by an advisory lock).
 * @module
 */
import type PgBoss from 'pg-boss'
import { DossierError } from '../model/index.js'

export const INGEST_QUEUE = 'dossier-ingest'
export const DEAD_QUEUE = 'dossier-ingest-dead'
export const AGGREGATE_QUEUE = 'dossier-aggregate'

/** How jobs are retried and when a silent worker's job is taken back. */
export interface RetryPolicy {
  /** Retries after the first attempt; then the job goes to the dead-letter list. */
  readonly retries: number
  /** Seconds before the first retry; doubled (with jitter) on each further one. */
  readonly retryDelaySeconds: number
  /** A job active for longer (its worker died or hangs) is failed and retried. */
  readonly timeoutSeconds: number
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, retryDelaySeconds: 10, timeoutSeconds: 900 }

export interface QueueOptions {
  /** Seconds between supervision passes (expired jobs failed, retention): one worker does it per interval. */
  readonly superviseSeconds?: number
  /** Workers supervise (fail expired jobs, archive); a short-lived client (enqueue, status) does not. */
  readonly supervise?: boolean
}

/** Is this a PostgreSQL URL (the queue's home)? */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url)
}

/** The queue URL to use: the explicit one, else DOSSIER_QUEUE, else the store when it is PostgreSQL. */
export function queueUrlOf(explicit: string | true | undefined, db?: string): string {
  const url = typeof explicit === 'string' ? explicit : process.env['DOSSIER_QUEUE'] || (isPostgresUrl(db) ? db : undefined)
  if (!isPostgresUrl(url)) {
    throw new DossierError('E_CONFIG', url ? `the job queue must be a postgres:// URL, not "${url}"` : 'no job queue given', {
      hint: 'pass --queue postgres://user@host:5432/db or set DOSSIER_QUEUE',
    })
  }
  return url
}

/** A started pg-boss with the Dossier queues created (idempotent: every process may do it). */
export async function openQueue(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  // loaded here, not at start-up: only the job-queue commands use it
  const { default: Boss } = await import('pg-boss')
  const boss = new Boss({
    connectionString: url, schedule: false, max: 4, application_name: 'dossier',
    maintenanceIntervalSeconds: opts.superviseSeconds ?? 15, supervise: opts.supervise ?? false,
  })
  // pg-boss reports background errors (a lost connection) as events; without a listener they would crash the process
  boss.on('error', (e) => process.stderr.write(`W_QUEUE: ${e.message}\n`))
  try {
    await boss.start()
    await ensureQueues(boss)
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined)
    throw new DossierError('E_CONFIG', `cannot open the job queue at ${redact(url)}: ${(e as Error).message}`, {
      cause: e, hint: 'check the PostgreSQL server is running and the URL (user, host, port, database) is right',
    })
  }
  return boss
}

async function ensureQueues(boss: PgBoss): Promise<void> {
  // the dead-letter queue first: the ingest queue refers to it
  if (!(await boss.getQueue(DEAD_QUEUE))) await createIfMissing(boss, { name: DEAD_QUEUE, policy: 'standard' })
  if (!(await boss.getQueue(INGEST_QUEUE))) await createIfMissing(boss, { name: INGEST_QUEUE, policy: 'standard', deadLetter: DEAD_QUEUE })
  if (!(await boss.getQueue(AGGREGATE_QUEUE))) await createIfMissing(boss, { name: AGGREGATE_QUEUE, policy: 'short' })
}

/** Two processes starting at once may both try to create a queue: the loser's error is no error. */
async function createIfMissing(boss: PgBoss, q: PgBoss.Queue): Promise<void> {
  try {
    await boss.createQueue(q.name, q)
  } catch (e) {
    if (!(await boss.getQueue(q.name))) throw e
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@')
}

export async function closeQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, wait: true, close: true })
}
