import { z } from 'zod'
import { ConfigError, StageError } from '../model/index.js'
import type { Article } from '../model/index.js'
import { annotationPresent, type AnnotatedDoc, type Annotation } from './doc.js'
import type { Stage, StageContext } from './stage.js'
import { lookupStage, registeredStageKeys } from './registry.js'

export const PipelineConfig = z.object({
  stages: z.array(z.string().regex(/^[a-z0-9_.-]+\.v\d+$/, 'stage keys look like "segment.wink.v1"')).min(1),
})
export type PipelineConfig = z.infer<typeof PipelineConfig>

export interface Pipeline {
  readonly stages: readonly Stage[]
  run(article: Article): Promise<AnnotatedDoc>
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
export function pipelineOf(stages: readonly Stage[], ctx: StageContext = { resources: {} }): Pipeline {
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
export function createPipeline(config: unknown, ctx?: StageContext): Pipeline {
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
  return pipelineOf(stages, ctx)
}
