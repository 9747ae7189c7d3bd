/**
 * Ingest one document handed over by a surface (the HTTP API): text, HTML or
 * a URL. URLs go through `ingest` (the CLI's guarded fetching: no private
 * networks unless allowed, size and type limits); text and HTML are loaded the
 * way files are, then the store is re-aggregated.
 * @module
 */
import { extractHtml } from '../ingest/html/extract.js'
import { articleFromExtracted, plainTextArticle } from '../ingest/load.js'
import { DossierError } from '../model/index.js'
import type { ArticleMeta } from '../model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../pipeline/index.js'
import type { Store } from '../store/index.js'
import { aggregate, knowledgeBase, type AggregateOptions, type AggregateSummary } from './aggregate.js'
import { ingest, processArticle, type IngestFailure } from './ingest.js'

export interface Submission {
  readonly text?: string | undefined
  readonly html?: string | undefined
  readonly url?: string | undefined
  readonly meta?: Pick<ArticleMeta, 'title' | 'outlet' | 'published' | 'url'> | undefined
  readonly allowPrivate?: boolean | undefined
}

export interface SubmitResult {
  readonly articleIds: readonly string[]
  readonly added: number
  readonly failures: readonly IngestFailure[]
  readonly aggregate?: AggregateSummary | undefined
}

/** `aggregation`: options of the aggregation that follows a text or HTML submission (benches time its phases). */
export async function submitDocument(store: Store, s: Submission, aggregation: AggregateOptions = {}): Promise<SubmitResult> {
  const given = [s.text, s.html, s.url].filter((x) => x !== undefined).length
  if (given !== 1) throw new DossierError('E_USAGE', 'give exactly one of text, html or url', { hint: 'send {"text": "..."}, {"html": "..."} or {"url": "https://..."}' })
  const meta: ArticleMeta = { ...s.meta, source: s.url ?? 'api' }
  if (s.url !== undefined) {
    const r = await ingest(store, [s.url], { allowPrivate: s.allowPrivate ?? false, ...(s.meta?.outlet ? { outlet: s.meta.outlet } : {}), ...(s.meta?.published ? { published: s.meta.published } : {}) })
    if (r.failures.length && r.added + r.unchanged === 0) {
      const f = r.failures[0]!
      throw new DossierError(f.code as 'E_FETCH', f.message, { context: { url: s.url } })
    }
    const ids = (await store.journal(r.batchId)).map((j) => j.articleId).filter((x): x is string => !!x)
    return { articleIds: ids, added: r.added, failures: r.failures, aggregate: r.aggregate }
  }
  const article = s.html !== undefined ? articleFromExtracted(extractHtml(s.html), meta, 'api') : plainTextArticle(s.text!, meta, 'api')
  const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] }, { resources: { kb: await knowledgeBase(store) } })
  const r = await processArticle(store, pipeline, article)
  return { articleIds: [r.id], added: r.added ? 1 : 0, failures: [], aggregate: r.added ? await aggregate(store, aggregation) : undefined }
}
