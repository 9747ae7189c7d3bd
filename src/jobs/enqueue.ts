/**
 * `dossier ingest --queue`: turn inputs into ingest jobs instead of processing them. One job per input item
 * (a file, a URL, a feed). A file travels inside its job (bytes and `.meta.json` sidecar), so a worker on
 * another machine needs no shared disk; a URL or a feed is fetched by the worker that takes the job.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import type PgBoss from 'pg-boss'
import { z } from 'zod'
import { isDossierError, DossierError } from '../model/index.js'
import { collectInputs, isUrl, readInputFile } from '../ingest/batch.js'
import { DEFAULT_RETRY, INGEST_QUEUE, type RetryPolicy } from './queue.js'

/** What an ingest job carries. */
export const IngestJobData = z.object({
  /** The input as the user named it: an absolute file path or a URL (articles record it as their source). */
  item: z.string().min(1),
  /** A file's bytes, base64. */
  content: z.string().optional(),
  /** The text of the file's `<file>.meta.json` sidecar, if it had one. */
  sidecar: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  allowPrivate: z.boolean().optional(),
})
export type IngestJobData = z.infer<typeof IngestJobData>

export interface EnqueueOptions {
  readonly outlet?: string
  readonly published?: string
  readonly allowPrivate?: boolean
  readonly retry?: RetryPolicy
}

export interface EnqueueProblem {
  readonly item: string
  readonly code: string
  readonly message: string
}

export interface EnqueueSummary {
  readonly queued: number
  readonly problems: readonly EnqueueProblem[]
  readonly skipped: ReadonlyArray<{ readonly input: string; readonly warning: string }>
}

/** Jobs are written in chunks: one INSERT per chunk, and at most this many files' bytes in memory at once. */
const CHUNK = 100

/** The job for one item; a file that cannot be read (missing, empty, too large) throws here, at enqueue time. */
export function jobDataOf(item: string, opts: EnqueueOptions = {}): IngestJobData {
  const base: IngestJobData = {
    item,
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.allowPrivate ? { allowPrivate: true } : {}),
  }
  if (isUrl(item)) return base
  const sidecar = `${item}.meta.json`
  return {
    ...base,
    content: readInputFile(item).toString('base64'),
    ...(existsSync(sidecar) ? { sidecar: readFileSync(sidecar, 'utf8') } : {}),
  }
}

/** Enqueue files, folders (their article files), URLs and feeds: one job per item. */
export async function enqueue(boss: PgBoss, inputs: readonly string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const { items, problems, skipped } = collectInputs(inputs)
  const out: EnqueueProblem[] = problems.map((p) => problemOf(p.input, p.error))
  const retry = opts.retry ?? DEFAULT_RETRY
  let queued = 0
  for (let i = 0; i < items.length; i += CHUNK) {
    const jobs: PgBoss.JobInsert[] = []
    for (const item of items.slice(i, i + CHUNK)) {
      try {
        jobs.push({
          name: INGEST_QUEUE, data: jobDataOf(item, opts),
          retryLimit: retry.retries, retryDelay: retry.retryDelaySeconds, retryBackoff: true, expireInSeconds: retry.timeoutSeconds,
        })
      } catch (e) {
        out.push(problemOf(item, e))
      }
    }
    if (jobs.length) await boss.insert(jobs)
    queued += jobs.length
  }
  return { queued, problems: out, skipped }
}

function problemOf(item: string, e: unknown): EnqueueProblem {
  if (isDossierError(e)) return { item, code: e.code, message: e.hint ? `${e.message} (${e.hint})` : e.message }
  const err = new DossierError('E_INPUT_MISSING', `${item}: ${e instanceof Error ? e.message : String(e)}`)
  return { item, code: err.code, message: err.message }
}
