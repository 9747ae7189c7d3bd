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
}
