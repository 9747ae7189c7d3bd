/**
 * Dossier's own lossless JSON lines: a header (with whether the store's aggregation was pending), then one line per
 * article with its text and every annotation (mentions with their resolved entity, events, claims, affiliations,
 * geocoded places, sentence spans) and the stage keys that made them, then entities, relations, judgements, clusters
 * with grades, and imported actors. `importJsonl` reads it back; with the stage keys and the pending flag, a copy is
 * as current as its source (`dossier status` asks for no reprocess of a store that was just copied).
 * @module
 */
import type { Store } from '../store/index.js'
import type { Sink, ExportProgress } from './sink.js'

export const JSONL_VERSION = 1

/** The first line of every file. */
export const JSONL_HEADER = { type: 'dossier', version: JSONL_VERSION } as const

export async function writeJsonl(store: Store, sink: Sink, onProgress?: ExportProgress): Promise<void> {
  const line = (o: unknown) => sink.write(`${JSON.stringify(o)}\n`)
  await line({ ...JSONL_HEADER, aggregationPending: await store.aggregatePending() })
  const total = await store.countArticles()
  const stages = new Map((await store.articleAnalyses()).map((a) => [a.id, a.stages]))
  let done = 0
  for await (const article of store.iterateArticles()) {
    await line({
      type: 'article',
      article,
      stages: stages.get(article.id) ?? [],
      sentences: await store.sentencesOf(article.id),
      mentions: await store.mentionsOf(article.id),
      mentionEntity: await store.mentionEntitiesOf(article.id),
      events: await store.eventsOf(article.id),
      claims: await store.claimsOf(article.id),
      affiliations: await store.affiliationsOf(article.id),
      places: await store.placesOf(article.id),
    })
    onProgress?.({ done: ++done, total })
  }
  for await (const entity of store.iterateEntities()) await line({ type: 'entity', entity })
  for await (const relation of store.iterateRelations()) await line({ type: 'relation', relation })
  for (const judgement of await store.judgements()) await line({ type: 'judgement', judgement })
  for await (const { grade, ...cluster } of store.iterateClusters()) await line({ type: 'cluster', cluster, grade })
  for (const actor of await store.actors()) await line({ type: 'actor', actor })
}
