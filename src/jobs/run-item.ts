/**
 * One ingest job, through the same library path as `dossier ingest`: load → pipeline → saveDoc
 * (processArticle in service/ingest.ts). Saving is idempotent (articles are keyed by their content hash and
 * saved atomically), so a job retried after its worker died stores nothing twice.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DossierError, isDossierError } from '../model/index.js'
import type { Article } from '../model/index.js'
import { loadItem, type LoadedItem } from '../ingest/load.js'
import type { Pipeline } from '../pipeline/index.js'
import { AnalysisAhead, matchOf, processArticle, stageFailureOf, type IngestFailure, type IngestMatch } from '../service/ingest.js'
import { pauseAt } from '../service/pause.js'
import type { Store } from '../store/index.js'
import type { IngestJobData } from './enqueue.js'

export interface JobOutcome {
  readonly added: number
  readonly unchanged: number
  readonly nearDuplicates: number
  /** Each unchanged and near-duplicate article with the stored article it matched (as `dossier ingest` reports). */
  readonly matches: readonly IngestMatch[]
  /** Stages that failed on articles stored all the same (the job succeeds). */
  readonly stageFailures: readonly IngestFailure[]
}

/** An item that failed (it could not be loaded, or some of its articles could not be stored): the job fails and is retried. */
export class ItemFailed extends DossierError {
  readonly failures: readonly IngestFailure[]
  /** Articles of the item stored all the same (a feed's good items). */
  readonly added: number
  constructor(item: string, failures: readonly IngestFailure[], added = 0) {
    const first = failures[0]
    super((first?.code ?? 'E_STAGE_FAILED') as 'E_STAGE_FAILED', failures.length > 1
      ? `${item}: ${failures.length} parts failed; first: ${first?.message ?? ''}`
      : first?.message ?? `${item} failed`, { context: { item } })
    this.failures = failures
    this.added = added
  }
}

/** Load the item a job names: a URL is fetched; a file is written from the job to a private folder and read from there. */
export async function loadJobItem(data: IngestJobData): Promise<LoadedItem> {
  const opts = {
    ...(data.outlet ? { outlet: data.outlet } : {}),
    ...(data.published ? { published: data.published } : {}),
    allowPrivate: data.allowPrivate ?? false,
  }
  if (data.content === undefined) return loadItem(data.item, opts)
  const dir = mkdtempSync(join(tmpdir(), 'dossier-job-'))
  try {
    // the file keeps its name: the format is recognised from the extension, the sidecar from the name
    const path = join(dir, basename(data.item))
    writeFileSync(path, Buffer.from(data.content, 'base64'))
    if (data.sidecar !== undefined) writeFileSync(`${path}.meta.json`, data.sidecar)
    return renamed(await loadItem(path, opts), path, data.item)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The loaded item as if read from `item`: sources and messages name the user's path, not the private copy. */
function renamed(loaded: LoadedItem, path: string, item: string): LoadedItem {
  const fix = (s: string) => s.split(path).join(item)
  return {
    articles: loaded.articles.map((a): Article => (a.source ? { ...a, source: fix(a.source) } : a)),
    warnings: loaded.warnings.map(fix),
    failures: loaded.failures.map((f) => ({ part: fix(f.part), error: f.error })),
  }
}

/** A job's item loaded, or why it could not be. */
type Loading = { readonly item: LoadedItem } | { readonly error: unknown }

/**
 * Jobs a worker runs together (the ones it fetched at once): every item loaded up front, and one analysis ahead over
 * all their articles in job order, so the first article asked for is analysed with the next ones, up to 16, whatever
 * job they belong to (as `dossier ingest` analyses the next files' articles together). Each job still runs, stores and
 * fails on its own.
 */
export interface JobBatch {
  readonly ahead: AnalysisAhead
  readonly loading: ReadonlyMap<IngestJobData, Loading>
}

/** Load the jobs' items (at once: fetches overlap) and expect their articles in order. */
export async function jobBatch(store: Store, pipeline: Pipeline, jobs: readonly IngestJobData[]): Promise<JobBatch> {
  const settled = await Promise.all(jobs.map((d) => loadJobItem(d).then((item): Loading => ({ item }), (error: unknown): Loading => ({ error }))))
  const ahead = new AnalysisAhead(pipeline, store)
  for (const l of settled) if ('item' in l) ahead.expect(l.item.articles)
  return { ahead, loading: new Map(jobs.map((d, i) => [d, settled[i]!])) }
}

/** The job's item: from its batch when it has one, else loaded now. */
async function itemOf(data: IngestJobData, batch: JobBatch | undefined): Promise<LoadedItem> {
  const l = batch?.loading.get(data)
  if (!l) return loadJobItem(data)
  if ('error' in l) throw l.error
  return l.item
}

/**
 * Process one ingest job into the store (`batch`: the jobs run with it, jobBatch). Throws ItemFailed (after
 * recording the failures) when any part failed.
 */
export async function runIngestJob(store: Store, pipeline: Pipeline, data: IngestJobData,
  onWarning: (item: string, warning: string) => void = () => undefined, batch?: JobBatch): Promise<JobOutcome> {
  const { item } = data
  // what failed on this item before is tried again now: failures still there are recorded again
  await store.clearFailures({ item })
  let loaded: LoadedItem
  try {
    loaded = await itemOf(data, batch)
  } catch (e) {
    const f = failureOf(item, e)
    await store.recordFailure({ item, code: f.code, message: f.message })
    throw new ItemFailed(item, [f])
  }
  for (const w of loaded.warnings) onWarning(item, w)
  const failures: IngestFailure[] = []
  for (const p of loaded.failures) failures.push(failureOf(`${item}#${p.part}`, p.error))
  const counts = { added: 0, unchanged: 0, nearDuplicates: 0 }
  const stageFailures: IngestFailure[] = []
  const matches: IngestMatch[] = []
  // a feed's articles (and the batch's other jobs') analysed together, as `ingest` does (the same analyses, less CPU)
  const ahead = batch?.ahead ?? new AnalysisAhead(pipeline, store)
  if (!batch?.loading.has(data)) ahead.expect(loaded.articles)
  for (const [i, article] of loaded.articles.entries()) {
    try {
      const r = await processArticle(store, pipeline, article, ahead)
      if (r.added) counts.added++
      else counts.unchanged++
      // the crash tests' hook: saved, job not yet completed (a SIGKILL here leaves the job to be retried)
      if (r.added) await pauseAt('article')
      if (r.nearDupOf) counts.nearDuplicates++
      const match = await matchOf(store, item, article, r)
      if (match) matches.push(match)
      for (const f of r.failures) stageFailures.push(stageFailureOf(item, r.id, f))
    } catch (e) {
      failures.push(failureOf(loaded.articles.length > 1 ? `${item}#${article.url ?? i + 1}` : item, e))
    }
  }
  for (const f of failures) await store.recordFailure({ item: f.item, code: f.code, message: f.message })
  if (failures.length) throw new ItemFailed(item, failures, counts.added)
  // the same URL failed before as a feed's entry: now that it is stored, that failure is stale (as `ingest` does)
  if (/^https?:\/\//i.test(item)) await store.clearFailures({ part: item })
  return { ...counts, matches, stageFailures }
}

function failureOf(item: string, e: unknown): IngestFailure {
  if (isDossierError(e)) return { item, code: e.code, message: e.hint ? `${e.message} (${e.hint})` : e.message }
  return { item, code: 'E_STAGE_FAILED', message: e instanceof Error ? e.message : String(e) }
}
