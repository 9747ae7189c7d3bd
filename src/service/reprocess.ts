/**
 * Re-run the pipeline over stored articles (after an upgrade, a new model or dictionary) from their
 * stored text, without fetching anything. Journalled like ingest: a killed run, started again with the
 * same options, goes on where it stopped; re-saving an article replaces its annotations, so running it
 * twice gives what running it once gives. Then aggregation, as after an ingest.
 * @module
 */
import { DossierError, hashId, type Article } from '../model/index.js'
import { createPipeline, DEFAULT_STAGES, type Analysis, type Pipeline } from '../pipeline/index.js'
import type { ArticleAnalysis, Store } from '../store/index.js'
import { aggregate, knowledgeBase, type AggregateSummary } from './aggregate.js'
import { stageFailureOf, storedDocOf, type IngestFailure, type IngestProgress } from './ingest.js'
import { pauseAt } from './pause.js'

export interface ReprocessOptions {
  /** The pipeline to run (default: the default stages). */
  readonly stages?: readonly string[]
  /** Only articles not analysed by this stage key (e.g. a new version). */
  readonly stage?: string
  /** Only articles ingested on or after this ISO date. */
  readonly since?: string
  /** Only articles with a recorded stage failure. */
  readonly failed?: boolean
  /** Every article (with `since`: every article since then), even those already up to date. */
  readonly all?: boolean
  readonly onProgress?: (p: IngestProgress) => void
  readonly onFailure?: (f: IngestFailure) => void
  readonly skipAggregate?: boolean
}

export interface ReprocessSummary {
  /** Articles the options selected. */
  readonly selected: number
  /** Articles analysed again in this run (fewer than selected when a killed run is resumed). */
  readonly reprocessed: number
  /** Articles on which a stage failed again. */
  readonly stageFailures: readonly IngestFailure[]
  readonly aggregate?: AggregateSummary
}

/**
 * Which stored articles to analyse again. With no option: those analysed by other stages than the
 * pipeline's (outdated, or never recorded) and those with a failure. Options narrow it down.
 */
export function selectForReprocess(analyses: readonly ArticleAnalysis[], pipelineKeys: readonly string[], opts: ReprocessOptions): string[] {
  const current = [...pipelineKeys].sort().join(' ')
  const narrowed = opts.all || opts.since !== undefined || opts.failed || opts.stage !== undefined
  return analyses.filter((a) => {
    if (opts.failed && a.failures === 0) return false
    if (opts.stage !== undefined && a.stages.includes(opts.stage)) return false
    if (!narrowed) return a.failures > 0 || a.stages.join(' ') !== current
    return true
  }).map((a) => a.id)
}

function checkOptions(keys: readonly string[], opts: ReprocessOptions): void {
  if (opts.stage !== undefined && !keys.includes(opts.stage)) {
    throw new DossierError('E_USAGE', `--stage ${opts.stage} is not a stage of the pipeline`, { hint: `the pipeline runs ${keys.join(', ')}` })
  }
  if (opts.since !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(opts.since)) {
    throw new DossierError('E_USAGE', `--since "${opts.since}" is not an ISO date`, { hint: 'for example --since 2026-01-31' })
  }
}

/** Articles analysed at once (Pipeline.analyseMany): 0.7–0.85 of the CPU of one at a time (docs/performance.md). */
const REPROCESS_BATCH = 16

/**
 * The stored articles of `article:ID` items analysed together, stage by stage (the same analyses as one at a time);
 * no analysis for an item whose article is no longer stored.
 */
async function analyseItems(store: Store, pipeline: Pipeline, items: readonly string[]): Promise<Array<[string, Analysis | undefined]>> {
  const articles: Article[] = []
  const at: number[] = []
  for (const item of items) {
    const article = await store.getArticle(item.slice('article:'.length))
    at.push(article ? articles.push(article) - 1 : -1)
  }
  const analyses = await pipeline.analyseMany(articles)
  return items.map((item, i) => [item, at[i]! >= 0 ? analyses[at[i]!] : undefined])
}

export async function reprocess(store: Store, opts: ReprocessOptions = {}): Promise<ReprocessSummary> {
  const pipeline = createPipeline({ stages: [...(opts.stages ?? DEFAULT_STAGES)] }, { resources: { kb: await knowledgeBase(store) } })
  const keys = pipeline.stages.map((s) => s.key)
  checkOptions(keys, opts)
  const selected = selectForReprocess(await store.articleAnalyses(opts.since ? { since: opts.since } : {}), keys, opts)
  const items = selected.map((id) => `article:${id}`)
  const batchId = hashId('reprocess', keys.join(' '), opts.stage ?? '-', opts.since ?? '-', opts.failed ? 'failed' : '-', opts.all ? 'all' : '-')
  await store.journalStart(batchId, items)
  const wanted = new Set(items)
  let pending = (await store.journalPending(batchId)).filter((it) => wanted.has(it))
  if (pending.length === 0 && items.length > 0) {
    // the same selection finished before: asked again, run it again
    await store.journalReset(batchId)
    pending = items
  }
  const stageFailures: IngestFailure[] = []
  let done = items.length - pending.length
  opts.onProgress?.({ done, total: items.length, failed: 0, item: '' })
  for (let from = 0; from < pending.length; from += REPROCESS_BATCH) {
    for (const [item, analysis] of await analyseItems(store, pipeline, pending.slice(from, from + REPROCESS_BATCH))) {
      const id = item.slice('article:'.length)
      if (analysis) {
        await store.replaceDoc(storedDocOf(analysis))
        for (const f of analysis.failures) {
          const failure = stageFailureOf(analysis.doc.article.source ?? id, id, f)
          stageFailures.push(failure)
          opts.onFailure?.(failure)
        }
        await store.journalMark(batchId, item, analysis.failures.length > 0 ? 'failed' : 'done', { articleId: id })
      } else {
        await store.journalMark(batchId, item, 'skipped')
      }
      await pauseAt('reprocess')
      done++
      opts.onProgress?.({ done, total: items.length, failed: 0, stageFailures: stageFailures.length, item: id })
    }
  }
  const summary: ReprocessSummary = { selected: items.length, reprocessed: pending.length, stageFailures }
  if (opts.skipAggregate || !(await store.aggregatePending())) return summary
  return { ...summary, aggregate: await aggregate(store) }
}
