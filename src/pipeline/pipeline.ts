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
    analyse: (article) => analyseArticle(stages, ctx, article, budget),
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

async function analyseArticle(stages: readonly Stage[], ctx: StageContext, article: Article, budget: PipelineBudget): Promise<Analysis> {
  let doc: AnnotatedDoc = { article }
  const ran: string[] = []
  const failures: StageFailure[] = []
  const skipped: string[] = []
  if (article.text.length > budget.maxChars) {
    const e = tooLarge(article, `${article.text.length.toLocaleString('en')} characters is over the ${budget.maxChars.toLocaleString('en')} the pipeline analyses`,
      'split the text into articles; the article is stored without annotations')
    return { doc, ran, failures: [{ stage: 'pipeline', code: e.code, message: `${e.message} (${e.hint})` }], skipped: stages.map((s) => s.key) }
  }
  // annotations a failed (or skipped) stage should have assigned: whoever requires one is skipped too
  const tainted = new Set<Annotation>()
  const t0 = Date.now()
  for (const stage of stages) {
    if (stage.requires.some((r) => tainted.has(r))) {
      skipped.push(stage.key)
      for (const a of stage.assigns) tainted.add(a)
      continue
    }
    if (Date.now() - t0 > budget.maxMs) {
      const secs = Math.round((Date.now() - t0) / 1000)
      failures.push({ stage: stage.key, code: 'E_TOO_LARGE', message: `${tooLarge(article, `analysis took ${secs} s, over the ${budget.maxMs / 1000} s budget; ${stage.key} and the stages after it were not run`, '').message}` })
      skipped.push(...stages.slice(stages.indexOf(stage) + 1).map((s) => s.key))
      break
    }
    try {
      const next = await stage.run(doc, ctx)
      const missing = stage.assigns.find((a) => !annotationPresent(next, a))
      if (missing) throw new Error(`stage declared it assigns ${missing} but did not`)
      doc = next
      ran.push(stage.key)
      for (const a of stage.assigns) tainted.delete(a)
    } catch (e) {
      failures.push(failureOf(stage.key, e))
      for (const a of stage.assigns) tainted.add(a)
    }
  }
  return { doc, ran, failures, skipped }
}
