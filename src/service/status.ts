/**
 * What the store holds and how current its analysis is: articles per stage key (with its version), how
 * many were analysed by other stages than the default pipeline (outdated) or have a failure, and whether
 * an aggregation is pending.
 * @module
 */
import { DEFAULT_STAGES } from '../pipeline/stage-keys.js'
import type { Store } from '../store/index.js'

export interface StageCount {
  readonly stage: string
  readonly articles: number
  /** In the default pipeline of this Dossier (false: an older version or a stage no longer run). */
  readonly current: boolean
}

export interface StoreStatus {
  readonly articles: number
  readonly stages: readonly StageCount[]
  /** Articles whose stages differ from the default pipeline: `dossier reprocess` brings them up to date. */
  readonly outdated: number
  /** Of those, articles with no stage record at all: imported from a jsonl export older than stage keys. */
  readonly unrecorded: number
  /** Articles with a stage failure, and failures recorded in all (with inputs that gave no article). */
  readonly failedArticles: number
  readonly failures: number
  readonly aggregatePending: boolean
}

export async function storeStatus(store: Store, pipeline: readonly string[] = DEFAULT_STAGES): Promise<StoreStatus> {
  const analyses = await store.articleAnalyses()
  const current = [...pipeline].sort().join(' ')
  const perStage = new Map<string, number>(pipeline.map((k) => [k, 0]))
  for (const a of analyses) for (const k of a.stages) perStage.set(k, (perStage.get(k) ?? 0) + 1)
  return {
    articles: analyses.length,
    stages: [...perStage].map(([stage, articles]) => ({ stage, articles, current: pipeline.includes(stage) })),
    outdated: analyses.filter((a) => a.stages.join(' ') !== current && a.failures === 0).length,
    unrecorded: analyses.filter((a) => a.stages.length === 0 && a.failures === 0).length,
    failedArticles: analyses.filter((a) => a.failures > 0).length,
    failures: await store.countFailures(),
    aggregatePending: await store.aggregatePending(),
  }
}
