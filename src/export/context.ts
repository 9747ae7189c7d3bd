/**
 * Events with what every event-table format needs beside the event itself: its article, its actor and target
 * entities (the cluster's resolution first, as aggregation decided them), its place with coordinates, its date.
 * @module
 */
import type { Article, Entity } from '../model/index.js'
import type { EventRecord, Store, StoredPlace } from '../store/index.js'
import { eventPredicate, resolveActor, type EventFacts, type ExportFilter } from './filter.js'
import { EntityCache } from './entity-cache.js'
import { articleCounter, type ExportProgress } from './sink.js'

export interface EventPlace {
  readonly name: string
  readonly lat?: number | undefined
  readonly lon?: number | undefined
  readonly country?: string | undefined
  readonly kind?: string | undefined
}

export interface EventRow extends EventFacts {
  readonly article: Article
  readonly sentence: string
  readonly place?: EventPlace | undefined
}

/** One article at a time: the last one read and its places. */
class ArticleCache {
  private article: Article | undefined
  private places: StoredPlace[] = []
  constructor(private readonly store: Store) {}
  async get(id: string): Promise<{ article: Article | undefined; places: readonly StoredPlace[] }> {
    if (this.article?.id !== id) {
      this.article = await this.store.getArticle(id)
      this.places = await this.store.placesOf(id)
    }
    return { article: this.article, places: this.places }
  }
}

async function roleEntity(store: Store, entities: EntityCache, clusterEntity: string | undefined, role: { entityId?: string | undefined; mentionId?: string | undefined } | undefined): Promise<Entity | undefined> {
  const id = (role ? clusterEntity ?? role.entityId : undefined) ?? (role?.mentionId ? await store.entityOfMention(role.mentionId) : undefined)
  return entities.get(id)
}

async function placeOf(store: Store, entities: EntityCache, record: EventRecord, places: readonly StoredPlace[]): Promise<EventPlace | undefined> {
  const loc = record.event.location
  if (!loc) return undefined
  const p = loc.mentionId ? places.find((x) => x.mentionId === loc.mentionId) : undefined
  if (p) return p
  const e = await roleEntity(store, entities, undefined, loc)
  if (e) return { name: e.canonicalName, lat: e.lat, lon: e.lon, country: e.country, kind: e.kind }
  return { name: loc.text }
}

/** Stream the events that pass the filter, with their context, in storage order. */
export async function* eventRows(store: Store, filter: ExportFilter, onProgress?: ExportProgress, entities = new EntityCache(store)): AsyncGenerator<EventRow> {
  const keep = eventPredicate(filter, await resolveActor(store, filter.actor))
  const tick = articleCounter(await store.countArticles(), onProgress)
  const cache = new ArticleCache(store)
  for await (const record of store.iterateEvents()) {
    const ev = record.event
    tick(ev.articleId)
    const { article, places } = await cache.get(ev.articleId)
    if (!article) continue
    const actor = await roleEntity(store, entities, record.cluster?.actorEntityId, ev.actor)
    const target = await roleEntity(store, entities, record.cluster?.targetEntityId, ev.target)
    const facts: EventFacts = { record, actor, target, date: ev.when?.date ?? article.published }
    if (!keep(facts)) continue
    yield { ...facts, article, sentence: article.text.slice(ev.sentence.start, ev.sentence.end), place: await placeOf(store, entities, record, places) }
  }
}
