import { z } from 'zod'
import { ConfigError, DossierError, isDossierError, StageError } from '../model/index.js'
import type { Article } from '../model/index.js'
import { annotationPresent, type AnnotatedDoc, type Annotation } from '../model/index.js'
import type { Stage, StageContext } from '../model/index.js'
import { lookupStage, registeredStageKeys } from './registry.js'

export const PipelineConfig = z.object({
  stages: z.array(z.string().regex(/^[a-z0-9_.-]+\.v\d+$/, 'stage keys look like "segment.wink.v1"')).min(1),
})
export type PipelineConfig = z.infer<typeof PipelineConfig>

export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Run every stage; the first stage that throws stops the run (evals, tests). */
  run(article: Article): Promise<AnnotatedDoc>
  /**
   * Run every stage that can run: a stage that throws is recorded, the stages that depend on it
   * (through what they require) are skipped, and the rest still run (ingest, reprocess).
   */
  analyse(article: Article): Promise<Analysis>
  /**
   * `analyse` of each article (the same analyses, in order), run stage by stage over all of them: a stage's tables stay
   * in the caches from article to article (0.7–0.85 of the CPU for batches of 4 to 16 articles), at the cost of
   * holding the batch's documents at once.
   */
  analyseMany(articles: readonly Article[]): Promise<Analysis[]>
}

/** A stage that failed on one article (or `pipeline` for the per-article budget). */
export interface StageFailure {
  readonly stage: string
  readonly code: string
  readonly message: string
}

/** What the pipeline made of one article: the doc, the stages that ran, failed and were skipped. */
export interface Analysis {
  readonly doc: AnnotatedDoc
  readonly ran: readonly string[]
  readonly failures: readonly StageFailure[]
  /** Stages not run because a stage they depend on failed. */
  readonly skipped: readonly string[]
}

/**
 * The per-article budget. Text longer than `maxChars` is not analysed at all; once a run has taken
 * `maxMs`, the stages left are not started (a stage already running is not interrupted).
 */
export interface PipelineBudget {
  readonly maxChars: number
  readonly maxMs: number
}

/** 1 M characters is about 160,000 words, a long book; a news article is 3,000–30,000 characters. Both can be set in the environment. */
export const DEFAULT_BUDGET: PipelineBudget = {
  maxChars: Number(process.env['DOSSIER_MAX_ARTICLE_CHARS'] ?? 1_000_000),
  maxMs: Number(process.env['DOSSIER_MAX_ARTICLE_MS'] ?? 120_000),
}

/** Every requirement not met by an earlier stage (or by the article itself). */
export function unmetRequirements(stages: readonly Stage[]): Array<{ stage: string; missing: Annotation }> {
  const have = new Set<Annotation>(['doc.text'])
  const unmet: Array<{ stage: string; missing: Annotation }> = []
  for (const s of stages) {
    for (const r of s.requires) if (!have.has(r)) unmet.push({ stage: s.key, missing: r })
    for (const a of s.assigns) have.add(a)
  }
  return unmet
}

/** Build a pipeline from stages, rejecting unmet requirements before anything runs. */
export function pipelineOf(stages: readonly Stage[], ctx: StageContext = { resources: {} }, budget: PipelineBudget = DEFAULT_BUDGET): Pipeline {
  const unmet = unmetRequirements(stages)
  if (unmet.length > 0) {
    const list = unmet.map((u) => `${u.stage} requires ${u.missing}`).join('; ')
    throw new ConfigError('E_PIPELINE_UNMET', `pipeline has unmet requirements: ${list}`, {
      context: { unmet },
      hint: 'add a stage that assigns each missing annotation before the stage that needs it',
    })
  }
  return {
    stages,
    analyse: async (article) => (await analyseBatch(stages, ctx, [article], budget))[0]!,
    analyseMany: (articles) => analyseBatch(stages, ctx, articles, budget),
    async run(article: Article): Promise<AnnotatedDoc> {
      let doc: AnnotatedDoc = { article }
      for (const stage of stages) {
        try {
          doc = await stage.run(doc, ctx)
        } catch (e) {
          throw new StageError(stage.key, article.id, e)
        }
        for (const a of stage.assigns) {
          if (!annotationPresent(doc, a)) {
            throw new StageError(stage.key, article.id, new Error(`stage declared it assigns ${a} but did not`))
          }
        }
      }
      return doc
    },
  }
}

/** Build a pipeline from a config of registered stage keys. */
export function createPipeline(config: unknown, ctx?: StageContext, budget?: PipelineBudget): Pipeline {
  const parsed = PipelineConfig.safeParse(config)
  if (!parsed.success) {
    throw new ConfigError('E_CONFIG', `invalid pipeline config: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  const stages = parsed.data.stages.map((key) => {
    const s = lookupStage(key)
    if (!s) {
      throw new ConfigError('E_UNKNOWN_STAGE', `unknown stage "${key}"`, {
        hint: `registered stages: ${registeredStageKeys().join(', ')}`,
      })
    }
    return s
  })
  return pipelineOf(stages, ctx, budget)
}

function failureOf(stage: string, e: unknown): StageFailure {
  const cause = e instanceof StageError ? e.cause : e
  if (isDossierError(cause)) return { stage, code: cause.code, message: cause.message }
  return { stage, code: 'E_STAGE_FAILED', message: cause instanceof Error ? cause.message : String(cause) }
}

function tooLarge(article: Article, what: string, hint: string): DossierError {
  return new DossierError('E_TOO_LARGE', `article ${article.id}${article.source ? ` (${article.source})` : ''}: ${what}`, { hint })
}

/** One article's run through a batch: its doc so far, what ran, failed and was skipped, and its own time so far. */
interface ArticleRun {
  doc: AnnotatedDoc
  readonly ran: string[]
  readonly failures: StageFailure[]
  readonly skipped: string[]
  /** Annotations a failed (or skipped) stage should have assigned: whoever requires one is skipped too. */
  readonly tainted: Set<Annotation>
  /** Milliseconds its stages have taken (the budget's clock: only this article's stages count, not the batch's). */
  ms: number
  /** Out of the budget: no stage is started for it any more. */
  stopped: boolean
}

function startRun(stages: readonly Stage[], article: Article, budget: PipelineBudget): ArticleRun {
  const run: ArticleRun = { doc: { article }, ran: [], failures: [], skipped: [], tainted: new Set(), ms: 0, stopped: false }
  if (article.text.length > budget.maxChars) {
    const e = tooLarge(article, `${article.text.length.toLocaleString('en')} characters is over the ${budget.maxChars.toLocaleString('en')} the pipeline analyses`,
      'split the text into articles; the article is stored without annotations')
    run.failures.push({ stage: 'pipeline', code: e.code, message: `${e.message} (${e.hint})` })
    run.skipped.push(...stages.map((s) => s.key))
    run.stopped = true
  }
  return run
}

/** Whether stage `at` is to run on the article: false when it is skipped or the article is stopped at its time budget. */
function admit(stages: readonly Stage[], at: number, run: ArticleRun, budget: PipelineBudget): boolean {
  const stage = stages[at]!
  if (stage.requires.some((r) => run.tainted.has(r))) {
    run.skipped.push(stage.key)
    for (const a of stage.assigns) run.tainted.add(a)
    return false
  }
  if (run.ms > budget.maxMs) {
    const secs = Math.round(run.ms / 1000)
    run.failures.push({ stage: stage.key, code: 'E_TOO_LARGE', message: `${tooLarge(run.doc.article, `analysis took ${secs} s, over the ${budget.maxMs / 1000} s budget; ${stage.key} and the stages after it were not run`, '').message}` })
    run.skipped.push(...stages.slice(at + 1).map((s) => s.key))
    run.stopped = true
    return false
  }
  return true
}

/** Record what the stage made of the article (or its failure: an error, or an annotation it declared and did not assign). */
function settle(stage: Stage, run: ArticleRun, next: AnnotatedDoc | undefined, error?: unknown): void {
  const missing = next && stage.assigns.find((a) => !annotationPresent(next, a))
  if (next && !missing) {
    run.doc = next
    run.ran.push(stage.key)
    for (const a of stage.assigns) run.tainted.delete(a)
    return
  }
  run.failures.push(failureOf(stage.key, next ? new Error(`stage declared it assigns ${missing} but did not`) : error))
  for (const a of stage.assigns) run.tainted.add(a)
}

/** Run the stage on one article. */
async function runOne(stage: Stage, ctx: StageContext, run: ArticleRun): Promise<void> {
  const t0 = Date.now()
  try {
    settle(stage, run, await stage.run(run.doc, ctx))
  } catch (e) {
    settle(stage, run, undefined, e)
  } finally {
    run.ms += Date.now() - t0
  }
}

/**
 * The stage's `runMany` over the articles; its time is shared among them by length (the budget's clock). If it
 * throws (or returns a wrong count), each article is run alone, so the failure lands on the article that causes it.
 */
async function runTogether(stage: Stage, ctx: StageContext, runs: readonly ArticleRun[]): Promise<void> {
  const t0 = Date.now()
  let docs: AnnotatedDoc[] | undefined
  try {
    docs = await stage.runMany!(runs.map((r) => r.doc), ctx)
  } catch {
    docs = undefined
  }
  const ms = Date.now() - t0
  const chars = runs.reduce((n, r) => n + r.doc.article.text.length, 0)
  for (const r of runs) r.ms += chars === 0 ? ms / runs.length : (ms * r.doc.article.text.length) / chars
  if (docs?.length !== runs.length) {
    for (const r of runs) await runOne(stage, ctx, r)
    return
  }
  runs.forEach((r, i) => settle(stage, r, docs[i]))
}

/**
 * Each stage over every article of the batch before the next stage: the same analysis of each article as one at a
 * time (a stage reads only its own article), but a stage's tables (the analyser's and the recogniser's tens of MB,
 * wink's lexicon, the coder's dictionaries) stay in the processor's caches from one article to the next instead of
 * being evicted by the other stages' (docs/performance.md, twenty-fifth session). A stage with `runMany` (the events
 * stage: each of its steps over every article before the next step) gets the batch's articles in one call
 * (twenty-seventh session).
 */
async function analyseBatch(stages: readonly Stage[], ctx: StageContext, articles: readonly Article[], budget: PipelineBudget): Promise<Analysis[]> {
  const runs = articles.map((a) => startRun(stages, a, budget))
  for (let at = 0; at < stages.length; at++) {
    const stage = stages[at]!
    const admitted = runs.filter((run) => !run.stopped && admit(stages, at, run, budget))
    if (stage.runMany && admitted.length > 1) await runTogether(stage, ctx, admitted)
    else for (const run of admitted) await runOne(stage, ctx, run)
  }
  return runs.map(({ doc, ran, failures, skipped }) => ({ doc, ran, failures, skipped }))
}
