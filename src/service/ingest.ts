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
import type { Analysis, Pipeline, StageFailure } from '../pipeline/index.js'
import type { Store, StoredDoc } from '../store/index.js'
import { collectInputs, isUrl } from '../ingest/batch.js'
import { loadItem, type LoadedItem, type LoadOptions } from '../ingest/load.js'
import { simhash, NEAR_DUP_MAX_HAMMING } from '../ingest/near-dup.js'
import { aggregate, knowledgeBase, type AggregateSummary } from './aggregate.js'
import { pauseAt } from './pause.js'

export interface IngestProgress {
  readonly done: number
  readonly total: number
  /** Inputs or articles that failed (not stored), as the summary counts them. */
  readonly failed: number
  /** Stages that failed on articles stored all the same, counted apart as the summary does. */
  readonly stageFailures?: number
  readonly item: string
}

export interface IngestFailure {
  readonly item: string
  readonly code: string
  readonly message: string
  /** Set when a stage failed on an article that was stored all the same (with what did not depend on the stage). */
  readonly stage?: string
  readonly articleId?: string
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

/** An article not stored as new, or stored as a near-duplicate: which stored article it matched, and where that one came from. */
export interface IngestMatch {
  /** The input (file, URL, feed) and the article's own source (a feed entry's page). */
  readonly item: string
  readonly source?: string
  /** unchanged: the same text is stored already (nothing new stored); near-duplicate: stored, nearly the same text as `matched`. */
  readonly kind: 'unchanged' | 'near-duplicate'
  /** The article id this input now has in the store (for unchanged, the stored one). */
  readonly articleId: string
  readonly matched: string
  /** Where the matched article came from (its file or URL). */
  readonly matchedSource?: string
}

export interface IngestSummary {
  readonly batchId: string
  /** Inputs read (a file, a URL, a feed), with those that could not be read (a missing file). */
  readonly items: number
  readonly added: number
  readonly unchanged: number
  readonly nearDuplicates: number
  /** Each unchanged and near-duplicate article with the stored article it matched. */
  readonly matches?: readonly IngestMatch[]
  readonly failures: readonly IngestFailure[]
  /** Stages that failed on articles that were stored without their annotations (listed by `dossier failures`). */
  readonly stageFailures: readonly IngestFailure[]
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
  const { items, problems, skipped } = collectInputs(inputs)
  for (const s of skipped) opts.onWarning?.(s.input, s.warning)
  const failures: IngestFailure[] = problems.map((p) => failureOf(p.input, p.error))
  for (const f of failures) opts.onFailure?.(f)
  if (items.length === 0) return { batchId: '', items: problems.length, added: 0, unchanged: 0, nearDuplicates: 0, failures, stageFailures: [] }
  // a batch is its items as they are now: an edited file makes a new batch, a killed run of the same one resumes
  const batchId = hashId('batch', ...items.map(itemVersion))
  const counts: Counts = { added: 0, unchanged: 0, nearDuplicates: 0, matches: [] }
  const stageFailures: IngestFailure[] = []
  const fail = (f: IngestFailure) => { failures.push(f); opts.onFailure?.(f) }
  await store.journalStart(batchId, items)
  let pending = await store.journalPending(batchId)
  if (pending.length === 0) {
    // the batch finished before: nothing to resume, so check every item again (unchanged articles are skipped cheaply)
    await store.journalReset(batchId)
    pending = await store.journalPending(batchId)
  }
  let done = items.length - pending.length
  opts.onProgress?.({ done, total: items.length, failed: failures.length, item: '' })
  for (let from = 0; from < pending.length; from += AHEAD_ITEMS) {
    const chunk = pending.slice(from, from + AHEAD_ITEMS)
    const ahead = new AnalysisAhead(pipeline, store)
    const loads = await loadAhead(chunk, opts, ahead)
    for (const item of chunk) {
      try {
        // what failed on this item before is tried again now: failures still there are recorded again
        await store.clearFailures({ item })
        const r = await ingestItem(store, pipeline, item, opts, counts, fail, (f) => { stageFailures.push(f); opts.onFailure?.(f) }, loads.get(item)!, ahead)
        await store.journalMark(batchId, item, r.status, r.articleId ? { articleId: r.articleId } : {})
        // the same URL failed before as a feed's entry: now that it is stored, that failure is stale
        if (r.status !== 'failed' && /^https?:\/\//i.test(item)) await store.clearFailures({ part: item })
      } catch (e) {
        const f = failureOf(item, e)
        fail(f)
        await store.recordFailure({ item, code: f.code, message: f.message })
        await store.journalMark(batchId, item, 'failed', { error: `${f.code}: ${f.message}` })
      }
      done++
      opts.onProgress?.({ done, total: items.length, failed: failures.length, stageFailures: stageFailures.length, item })
    }
  }
  // an input that could not be read (a missing file) is an item that failed, so the summary's counts add up
  const summary: IngestSummary = { batchId, items: items.length + problems.length, ...counts, failures, stageFailures }
  // aggregation runs whenever the store holds changes it has not seen: a run killed while aggregating is
  // finished by the next one, whatever else that run finds (a failing file, nothing new)
  if (opts.skipAggregate || !(await store.aggregatePending())) return summary
  return { ...summary, aggregate: await aggregate(store) }
}

type Counts = { added: number; unchanged: number; nearDuplicates: number; matches: IngestMatch[] }

/** Items loaded before their turn, so that their articles can be analysed together (AnalysisAhead). */
const AHEAD_ITEMS = 16
/** Articles analysed at once (Pipeline.analyseMany): 0.7–0.85 of the CPU of one at a time (docs/performance.md). */
const AHEAD_ARTICLES = 16

/**
 * The items of a chunk loaded in order, each as a function that gives what `loadItem` gave (or throws what it threw,
 * when the item comes to be ingested); their articles are announced to `ahead`.
 */
async function loadAhead(items: readonly string[], opts: IngestOptions, ahead: AnalysisAhead): Promise<Map<string, () => LoadedItem>> {
  const out = new Map<string, () => LoadedItem>()
  for (const item of items) {
    try {
      const loaded = await loadItem(item, opts)
      ahead.expect(loaded.articles)
      out.set(item, () => loaded)
    } catch (e) {
      out.set(item, () => { throw e })
    }
  }
  return out
}

/**
 * Analyses made before their article's turn: the first article asked for that is not ready is analysed with the
 * next ones expected (up to AHEAD_ARTICLES, those the store does not hold yet) by Pipeline.analyseMany, the same
 * analyses as one at a time. An article is analysed as loaded: its simhash, near-duplicate and ingest time, which
 * no stage reads, are set on the analysis's article after (`withArticle`).
 */
export class AnalysisAhead {
  private readonly expected: Article[] = []
  private next = 0
  private readonly ready = new Map<Article, Analysis>()
  constructor(private readonly pipeline: Pipeline, private readonly store: Store) {}

  /** Articles that will be asked for, in the order they will be. */
  expect(articles: readonly Article[]): void { this.expected.push(...articles) }

  async analyse(article: Article): Promise<Analysis> {
    if (!this.ready.has(article)) await this.prepare(article)
    const a = this.ready.get(article)!
    this.ready.delete(article)
    return a
  }

  private async prepare(first: Article): Promise<void> {
    const at = this.expected.indexOf(first, this.next)
    const batch = [first]
    if (at >= 0) {
      let i = at + 1
      for (; i < this.expected.length && batch.length < AHEAD_ARTICLES; i++) {
        const a = this.expected[i]!
        if (!(await this.store.hasArticle(a.contentHash))) batch.push(a)
      }
      this.next = i
    }
    const analyses = await this.pipeline.analyseMany(batch)
    batch.forEach((a, i) => this.ready.set(a, analyses[i]!))
  }
}

/** The analysis with its article replaced (by the same article with its ingest keys). */
function withArticle(a: Analysis, article: Article): Analysis {
  return { ...a, doc: { ...a.doc, article } }
}

/** The match of an article that was not new or is a near-duplicate, naming where the stored one came from. */
export async function matchOf(store: Store, item: string, article: Article, r: { id: string; added: boolean; nearDupOf?: string }): Promise<IngestMatch | undefined> {
  const matched = r.added ? r.nearDupOf : r.id
  if (!matched) return undefined
  const matchedSource = (await store.getArticle(matched))?.source
  return {
    item, ...(article.source ? { source: article.source } : {}), kind: r.added ? 'near-duplicate' : 'unchanged',
    articleId: r.id, matched, ...(matchedSource ? { matchedSource } : {}),
  }
}

/** A stage failure as reported to the user (the budget's own message already names the article). */
export function stageFailureOf(item: string, articleId: string, f: StageFailure): IngestFailure {
  const message = f.stage === 'pipeline' ? f.message : `stage ${f.stage} failed on article ${articleId}: ${f.message}`
  return { item, articleId, stage: f.stage, code: f.code, message }
}

/**
 * Load one item and store each of its articles. One article that fails (a feed's bad item) is reported
 * and the rest are stored; the item is then marked failed, so the next run of the batch retries it
 * (the articles stored already are skipped as unchanged).
 */
async function ingestItem(store: Store, pipeline: Pipeline, item: string, opts: IngestOptions, counts: Counts,
  fail: (f: IngestFailure) => void, stageFailed: (f: IngestFailure) => void, load: () => LoadedItem, ahead: AnalysisAhead): Promise<{ status: 'done' | 'skipped' | 'failed'; articleId?: string }> {
  const { articles, warnings, failures: partFailures } = load()
  for (const w of warnings) opts.onWarning?.(item, w)
  for (const p of partFailures) {
    const f = failureOf(`${item}#${p.part}`, p.error)
    fail(f)
    await store.recordFailure({ item: f.item, code: f.code, message: f.message })
  }
  let firstId: string | undefined
  let lost = 0
  for (const [i, article] of articles.entries()) {
    try {
      const r = await processArticle(store, pipeline, article, ahead)
      firstId ??= r.id
      if (r.added) counts.added++
      else counts.unchanged++
      if (r.nearDupOf) counts.nearDuplicates++
      const match = await matchOf(store, item, article, r)
      if (match) counts.matches.push(match)
      if (r.added) await pauseAt('article')
      for (const f of r.failures) stageFailed(stageFailureOf(item, r.id, f))
    } catch (e) {
      lost++
      const part = articles.length > 1 ? `${item}#${article.url ?? i + 1}` : item
      const f = failureOf(part, e)
      fail(f)
      await store.recordFailure({ item: part, code: f.code, message: f.message })
    }
  }
  if (lost > 0) return { status: 'failed' }
  return firstId ? { status: 'done', articleId: firstId } : { status: 'skipped' }
}

/**
 * Run one article through the pipeline and save it; a stored article is left as it is. A stage that
 * fails is recorded with the article, which is stored with every annotation that does not depend on it.
 */
export async function processArticle(store: Store, pipeline: Pipeline, article: Article, ahead?: AnalysisAhead): Promise<{ id: string; added: boolean; nearDupOf?: string; failures: readonly StageFailure[] }> {
  const existing = await store.hasArticle(article.contentHash)
  if (existing) return { id: existing, added: false, failures: [] }
  const hash = simhash(article.text)
  const near = (await store.nearDuplicates(hash, NEAR_DUP_MAX_HAMMING)).filter((id) => id !== article.id).sort()
  const withKeys: Article = { ...article, simhash: hash, ...(near[0] ? { nearDupOf: near[0] } : {}), ingestedAt: new Date().toISOString() }
  const analysis = ahead ? withArticle(await ahead.analyse(article), withKeys) : await pipeline.analyse(withKeys)
  const added = await store.saveDoc(storedDocOf(analysis))
  if (!added) return { id: article.id, added: false, failures: [] }
  const failures = analysis.failures
  return near[0] ? { id: article.id, added, nearDupOf: near[0], failures } : { id: article.id, added, failures }
}

/** What the store keeps of an analysis: the annotations present, the stages that ran, the failures. */
export function storedDocOf(a: Analysis): StoredDoc {
  const { doc } = a
  return {
    article: doc.article,
    mentions: doc.mentions ?? [],
    events: doc.events ?? [],
    claims: doc.claims ?? [],
    affiliations: doc.affiliations ?? [],
    places: doc.places ?? [],
    sentences: doc.sentences ?? [],
    syntax: doc.syntax,
    stages: a.ran,
    failures: a.failures.map((f) => ({ stage: f.stage, code: f.code, message: f.message, ...(doc.article.source ? { item: doc.article.source } : {}) })),
  }
}
