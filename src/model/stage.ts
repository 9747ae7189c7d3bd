import type { AnnotatedDoc, Annotation } from './doc.js'

export type StageKey = `${string}.v${number}`

export interface StageContext {
  /** Resources shared by stages (gazetteers, models, the actor knowledge base), loaded once. */
  readonly resources: Readonly<Record<string, unknown>>
}

/**
 * A pipeline component. It declares what it reads and writes, so a pipeline
 * can be checked before any article runs (spaCy's analyze_pipes).
 */
export interface Stage {
  readonly key: StageKey
  readonly requires: readonly Annotation[]
  readonly assigns: readonly Annotation[]
  /** Returns a new doc; must not mutate the input. */
  run(doc: AnnotatedDoc, ctx: StageContext): Promise<AnnotatedDoc> | AnnotatedDoc
  /**
   * Optional: `run` over several documents at once (`Pipeline.analyseMany`), in order, each result the one `run`
   * gives it. A stage offers it when one step over every document before the next step pays (its tables stay in
   * the caches). Without it the pipeline calls `run` on each; if it throws, the pipeline runs the documents one by
   * one, so that a failure is recorded on its own article.
   */
  runMany?(docs: readonly AnnotatedDoc[], ctx: StageContext): Promise<AnnotatedDoc[]> | AnnotatedDoc[]
}

/**
 * A stage from its batch form: `run` is `many` over one document, and `runMany` is `many` itself while the stage's
 * `run` is still its own. A copy that replaces `run` (`{ ...stage, run: wrapped }`: a test's failing stage, a timer, a
 * recorder) keeps this `runMany`, which then calls the copy's `run` on each document, so the replacement is never
 * bypassed by the batch path.
 */
export function batchStage(stage: Pick<Stage, 'key' | 'requires' | 'assigns'>, many: (docs: readonly AnnotatedDoc[], ctx: StageContext) => AnnotatedDoc[]): Stage {
  const run = (doc: AnnotatedDoc, ctx: StageContext): AnnotatedDoc => many([doc], ctx)[0]!
  return {
    ...stage,
    run,
    async runMany(this: Stage, docs, ctx) {
      if (this.run === run) return many(docs, ctx)
      const out: AnnotatedDoc[] = []
      for (const d of docs) out.push(await this.run(d, ctx))
      return out
    },
  }
}
