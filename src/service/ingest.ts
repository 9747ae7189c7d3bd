/**
 * Ingest orchestration: inputs → batch journal → load → pipeline → store, then
 * aggregate. Resumable: the batch is journalled in the store, each article is
 * saved atomically, so a killed run picks up where it stopped and never saves
 * an article twice.
 * @module
 */
import { statSync } from 'node:fs'
import { isDossierError, hashId } from '../model/index.js'
import type { Article } from '../model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../pipeline/index.js'
import type { Pipeline } from '../pipeline/index.js'
import type { Store } from '../store/index.js'
import { collectInputs, isUrl } from '../ingest/batch.js'
import { loadItem, type LoadOptions } from '../ingest/load.js'
import { simhash, NEAR_DUP_MAX_HAMMING } from '../ingest/near-dup.js'
import { aggregate, knowledgeBase, type AggregateSummary } from './aggregate.js'

export interface IngestProgress {
  readonly done: number
  readonly total: number
  readonly failed: number
  readonly item: string
}

export interface IngestFailure {
  readonly item: string
  readonly code: string
  readonly message: string
}

export interface IngestOptions extends LoadOptions {
  readonly stages?: readonly string[]
  readonly onProgress?: (p: IngestProgress) => void
  /** Called when an item fails, as it happens. */
  readonly onFailure?: (f: IngestFailure) => void
  /** Called for problems that did not stop an item (e.g. a charset guessed and decoded with replacement). */
  readonly onWarning?: (item: string, warning: string) => void
  /** Skip the aggregation step (resolution, clusters, grades). */
  readonly skipAggregate?: boolean
}

export interface IngestSummary {
  readonly batchId: string
  readonly items: number
  readonly added: number
  readonly unchanged: number
  readonly nearDuplicates: number
  readonly failures: readonly IngestFailure[]
  readonly aggregate?: AggregateSummary
}

/** An item with what identifies its current version: size and modification time for files. */
function itemVersion(item: string): string {
  if (isUrl(item)) return item
  try {
    const st = statSync(item)
    return `${item}\u0000${st.size}\u0000${st.mtimeMs}`
  } catch {
    return item
  }
}

function failureOf(item: string, e: unknown): IngestFailure {
  if (isDossierError(e)) return { item, code: e.code, message: e.hint ? `${e.message} (${e.hint})` : e.message }
  return { item, code: 'E_STAGE_FAILED', message: e instanceof Error ? e.message : String(e) }
}

/** Ingest files, directories and URLs into the store. */
export async function ingest(store: Store, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const pipeline = createPipeline({ stages: [...(opts.stages ?? DEFAULT_STAGES)] }, { resources: { kb: await knowledgeBase(store) } })
  const { items, problems } = collectInputs(inputs)
  const failures: IngestFailure[] = problems.map((p) => failureOf(p.input, p.error))
  for (const f of failures) opts.onFailure?.(f)
  if (items.length === 0) return { batchId: '', items: 0, added: 0, unchanged: 0, nearDuplicates: 0, failures }
  // a batch is its items as they are now: an edited file makes a new batch, a killed run of the same one resumes
  const batchId = hashId('batch', ...items.map(itemVersion))
  let added = 0
  let unchanged = 0
  let nearDuplicates = 0
  {
    await store.journalStart(batchId, items)
    let pending = await store.journalPending(batchId)
    if (pending.length === 0) {
      // the batch finished before: nothing to resume, so check every item again (unchanged articles are skipped cheaply)
      await store.journalReset(batchId)
      pending = await store.journalPending(batchId)
    }
    let done = items.length - pending.length
    opts.onProgress?.({ done, total: items.length, failed: failures.length, item: '' })
    for (const item of pending) {
      try {
        const { articles, warnings, failures: partFailures } = await loadItem(item, opts)
        for (const w of warnings) opts.onWarning?.(item, w)
        for (const p of partFailures) {
          const f = failureOf(`${item}#${p.part}`, p.error)
          failures.push(f)
          opts.onFailure?.(f)
        }
        let firstId: string | undefined
        for (const article of articles) {
          const r = await processArticle(store, pipeline, article)
          firstId ??= r.id
          if (r.added) added++
          else unchanged++
          if (r.nearDupOf) nearDuplicates++
        }
        await store.journalMark(batchId, item, firstId ? 'done' : 'skipped', firstId ? { articleId: firstId } : {})
      } catch (e) {
        const f = failureOf(item, e)
        failures.push(f)
        opts.onFailure?.(f)
        await store.journalMark(batchId, item, 'failed', { error: `${f.code}: ${f.message}` })
      }
      done++
      opts.onProgress?.({ done, total: items.length, failed: failures.length, item })
    }
  }
  const summary: IngestSummary = { batchId, items: items.length, added, unchanged, nearDuplicates, failures }
  if (opts.skipAggregate || added === 0 && unchanged === 0) return summary
  return { ...summary, aggregate: await aggregate(store) }
}

/** Run one article through the pipeline and save it; a stored article is left as it is. */
export async function processArticle(store: Store, pipeline: Pipeline, article: Article): Promise<{ id: string; added: boolean; nearDupOf?: string }> {
  const existing = await store.hasArticle(article.contentHash)
  if (existing) return { id: existing, added: false }
  const hash = simhash(article.text)
  const near = (await store.nearDuplicates(hash, NEAR_DUP_MAX_HAMMING)).filter((id) => id !== article.id).sort()
  const withKeys: Article = { ...article, simhash: hash, ...(near[0] ? { nearDupOf: near[0] } : {}), ingestedAt: new Date().toISOString() }
  const doc = await pipeline.run(withKeys)
  const added = await store.saveDoc({
    article: doc.article,
    mentions: doc.mentions ?? [],
    events: doc.events ?? [],
    claims: doc.claims ?? [],
    affiliations: doc.affiliations ?? [],
    places: doc.places ?? [],
    sentences: doc.sentences ?? [],
  })
  if (!added) return { id: article.id, added: false }
  return near[0] ? { id: article.id, added, nearDupOf: near[0] } : { id: article.id, added }
}

