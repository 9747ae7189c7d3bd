/**
 * Aggregation across articles, run after every ingest: resolve mentions to
 * entities (user judgements win), derive relations over time, group events
 * that report the same occurrence, and grade each group.
 * @module
 */
import { curatedActors, mergeKb, type KbActor } from '../kb/actors.js'
import type { Relation } from '../model/index.js'
import { resolveEntities } from '../resolve/index.js'
import type { Store } from '../store/index.js'
import { relationsFromEvents, type ResolvedEvent } from './relations.js'

export interface AggregateSummary {
  readonly entities: number
  readonly relations: number
  readonly events: number
  readonly claims: number
  /** Pairs of entities the model was unsure about, waiting in `dossier review`. */
  readonly review: number
}

/** The knowledge base in force for a store: curated actors plus the user's imports. */
export async function knowledgeBase(store: Store): Promise<KbActor[]> {
  return mergeKb(curatedActors(), await store.actors())
}

export async function aggregate(store: Store): Promise<AggregateSummary> {
  const kb = await knowledgeBase(store)
  const mentions = await store.allMentions()
  const articles = await store.listArticles({ limit: Number.MAX_SAFE_INTEGER })
  const resolution = resolveEntities({
    mentions,
    articles: articles.map((a) => (a.outlet ? { id: a.id, outlet: a.outlet } : { id: a.id })),
    kb,
    judgements: await store.judgements('user'),
    affiliations: await store.affiliationsOf(),
  })
  const entityOf = (mentionId: string | undefined) => (mentionId ? resolution.mentionEntity.get(mentionId) : undefined)
  const published = new Map(articles.map((a) => [a.id, a.published]))
  const events = await store.eventsOf()
  const resolved: ResolvedEvent[] = events.map((event) => ({
    event,
    actorEntityId: event.actor?.entityId ?? entityOf(event.actor?.mentionId),
    targetEntityId: event.target?.entityId ?? entityOf(event.target?.mentionId),
    date: event.when?.date ?? published.get(event.articleId),
  }))
  const memberOf = new Map<string, string[]>()
  for (const r of resolution.relations) {
    if (r.kind !== 'member_of' && r.kind !== 'leader_of') continue
    memberOf.set(r.a, [...(memberOf.get(r.a) ?? []), r.b])
  }
  const relations = new Map<string, Relation>()
  for (const r of [...resolution.relations, ...relationsFromEvents(resolved, memberOf)]) relations.set(r.id, r)
  await store.saveResolution({ ...resolution, relations: [...relations.values()] })
  const claims = await store.claimsOf()
  return {
    entities: resolution.entities.length,
    relations: relations.size,
    events: events.length,
    claims: claims.length,
    review: resolution.judgements.filter((j) => j.verdict === 'unsure').length,
  }
}
