/**
 * What the read model keeps between store revisions, and how it is brought up to date: loaded in full the
 * first time, then — when the store gives version keys (`Store.readModelKeys`) — refreshed incrementally:
 * only the events, claims, clusters and entities whose keys changed are read again, and only the mentions of
 * changed entities are scanned (for the role mentions they now resolve and the claims that name them).
 * @module
 */
import { cameoInfo } from '../events/cameo.js'
import type { Claim, Event, Span } from '../model/index.js'
import { EMPTY_MENTION_SET, sameMentionSet, withMention, type EntitySummary, type MentionSet, type ReadModelKeys, type Store } from '../store/index.js'
import { quadClassOf } from './relations.js'

/** An event as stored, reduced to what the read model derives its row from (entities come later). */
export interface EventBase {
  readonly id: string
  readonly articleId: string
  readonly cameo: string
  readonly root: string
  readonly quadClass: number
  readonly goldstein: number
  readonly modality: string
  readonly when?: string | undefined
  readonly actor?: RoleRef | undefined
  readonly target?: RoleRef | undefined
  readonly location?: RoleRef | undefined
  readonly placeText?: string | undefined
  readonly sentence: Span
  /** Cue start: with the article, the order events are listed in. */
  readonly start: number
}

export interface RoleRef {
  readonly entityId?: string | undefined
  readonly mentionId?: string | undefined
}

export interface ClaimBase {
  readonly id: string
  readonly articleId: string
  readonly source: RoleRef
  readonly stance: string
  readonly about: readonly string[]
  readonly content: Span
  readonly start: number
}

export type ClusterRecord = Awaited<ReturnType<Store['clusters']>>[number]

/** Rows read from the store by one build or refresh. */
export interface ReadCounts {
  events: number
  claims: number
  clusters: number
  entities: number
  /** Mentions scanned (of changed entities, or all of them on a full build). */
  entityMentions: number
}

export interface ReadState {
  /** The store's version keys at the time of the read; absent when the store gives none (full rebuilds only). */
  readonly keys?: ReadModelKeys | undefined
  readonly events: ReadonlyMap<string, EventBase>
  readonly claims: ReadonlyMap<string, ClaimBase>
  readonly clusters: ReadonlyMap<string, ClusterRecord>
  readonly entities: ReadonlyMap<string, EntitySummary>
  /** Role and source mention → its entity (resolved ones only). */
  readonly roleEntity: ReadonlyMap<string, string>
  /** Entity → claims whose content names it (not counting its own claims), and the reverse. */
  readonly naming: ReadonlyMap<string, ReadonlySet<string>>
  readonly namedBy: ReadonlyMap<string, ReadonlySet<string>>
  readonly read: ReadCounts
}

function role(r: { entityId?: string | undefined; mentionId?: string | undefined } | undefined): RoleRef | undefined {
  return r ? { entityId: r.entityId, mentionId: r.mentionId } : undefined
}

export function eventBase(e: Event): EventBase {
  return {
    id: e.id, articleId: e.articleId, cameo: e.cameo, root: e.cameoRoot, quadClass: quadClassOf(e),
    goldstein: e.goldstein ?? cameoInfo(e.cameo)?.goldstein ?? 0, modality: e.modality, when: e.when?.date,
    actor: role(e.actor), target: role(e.target), location: role(e.location), placeText: e.location?.text,
    sentence: { start: e.sentence.start, end: e.sentence.end }, start: e.cue.start,
  }
}

export function claimBase(c: Claim): ClaimBase {
  return {
    id: c.id, articleId: c.articleId, source: { entityId: c.source.entityId, mentionId: c.source.mentionId }, stance: c.stance,
    about: c.about, content: { start: c.content.start, end: c.content.end }, start: c.cue.start,
  }
}

/** Mentions whose entity the read model needs: event roles and claim sources. */
function roleMentions(events: Iterable<EventBase>, claims: Iterable<ClaimBase>): Set<string> {
  const out = new Set<string>()
  for (const e of events) for (const r of [e.actor, e.target, e.location]) if (r?.mentionId) out.add(r.mentionId)
  for (const c of claims) if (c.source.mentionId) out.add(c.source.mentionId)
  return out
}

export const sourceEntity = (c: ClaimBase, roleEntity: ReadonlyMap<string, string>): string | undefined =>
  c.source.entityId ?? (c.source.mentionId ? roleEntity.get(c.source.mentionId) : undefined)

/** Claims grouped by article, for matching mentions against claim contents. */
function claimsByArticle(claims: Iterable<ClaimBase>): Map<string, ClaimBase[]> {
  const out = new Map<string, ClaimBase[]>()
  for (const c of claims) { const l = out.get(c.articleId); if (l) l.push(c); else out.set(c.articleId, [c]) }
  return out
}

/** Records which claims name which entities (a mention of the entity inside the claim's content). */
class Naming {
  constructor(readonly naming: Map<string, Set<string>>, readonly namedBy: Map<string, Set<string>>,
    private readonly byArticle: ReadonlyMap<string, readonly ClaimBase[]>, private readonly roleEntity: ReadonlyMap<string, string>) {}

  /** A mention of `entityId` at [start, end) of an article: every claim of that article whose content holds it names the entity. */
  mention(entityId: string, articleId: string, start: number, end: number, only?: ReadonlySet<string>): void {
    for (const c of this.byArticle.get(articleId) ?? []) {
      if (only && !only.has(c.id)) continue
      if (c.content.start <= start && end <= c.content.end && sourceEntity(c, this.roleEntity) !== entityId) this.add(entityId, c.id)
    }
  }

  private add(entityId: string, claimId: string): void {
    const claims = this.naming.get(entityId)
    if (claims) claims.add(claimId); else this.naming.set(entityId, new Set([claimId]))
    const entities = this.namedBy.get(claimId)
    if (entities) entities.add(entityId); else this.namedBy.set(claimId, new Set([entityId]))
  }
}

/** The whole state, read from the store. */
export async function loadState(store: Store): Promise<ReadState> {
  const keys = await store.readModelKeys?.() // first: a write landing during the reads shows up as a change next time
  const entities = new Map((await store.listEntities({ limit: Number.MAX_SAFE_INTEGER })).map((e) => [e.id, e]))
  const clusters = new Map((await store.clusters()).map((c) => [c.id, c]))
  const events = new Map((await store.eventsOf()).map((e) => [e.id, eventBase(e)]))
  const claims = new Map((await store.claimsOf()).map((c) => [c.id, claimBase(c)]))
  const roleEntity = await store.mentionEntities([...roleMentions(events.values(), claims.values())])
  const naming = new Naming(new Map(), new Map(), claimsByArticle(claims.values()), roleEntity)
  let entityMentions = 0
  await store.scanEntityMentions((entityId, articleId, start, end) => { entityMentions++; naming.mention(entityId, articleId, start, end) })
  return {
    keys, events, claims, clusters, entities, roleEntity, naming: naming.naming, namedBy: naming.namedBy,
    read: { events: events.size, claims: claims.size, clusters: clusters.size, entities: entities.size, entityMentions },
  }
}

/** Ids whose key is new or different, and ids no longer there. */
function diff(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): { changed: string[]; removed: string[] } {
  const changed: string[] = []
  for (const [id, k] of after) if (before.get(id) !== k) changed.push(id)
  const removed: string[] = []
  for (const id of before.keys()) if (!after.has(id)) removed.push(id)
  return { changed, removed }
}

/** A copy of `m` without `drop`, with `put` added. */
function patched<V>(m: ReadonlyMap<string, V>, drop: Iterable<string>, put: Iterable<readonly [string, V]>): Map<string, V> {
  const out = new Map(m)
  for (const id of drop) out.delete(id)
  for (const [id, v] of put) out.set(id, v)
  return out
}

type IncrementalStore = Store & Required<Pick<Store, 'readModelKeys' | 'entitySummaries' | 'scanMentionsOfEntities' | 'clustersByIds'>>

export const canRefresh = (store: Store): store is IncrementalStore =>
  !!store.readModelKeys && !!store.entitySummaries && !!store.scanMentionsOfEntities && !!store.clustersByIds

/**
 * The state brought up to date from `prev`: rows whose keys changed are read again. The previous state is left
 * as it was (requests still reading the previous model see no change under them). Undefined when most rows
 * changed: then a full load is cheaper.
 */
export async function refreshState(store: IncrementalStore, prev: ReadState & { keys: ReadModelKeys }, newArticles: readonly string[]): Promise<ReadState | undefined> {
  const keys = await store.readModelKeys()
  const ev = diff(prev.keys.events, keys.events)
  const cl = diff(prev.keys.claims, keys.claims)
  const cu = diff(prev.keys.clusters, keys.clusters)
  const en = diff(prev.keys.entities, keys.entities)
  // most rows changed (a first aggregation, `aggregate --full`): reading them by id would cost more than reading all
  if (ev.changed.length > keys.events.size / 2 || cl.changed.length > keys.claims.size / 2 || en.changed.length > keys.entities.size / 2) return undefined
  const newEvents = (await store.eventsByIds(ev.changed)).map(eventBase)
  const newClaims = (await store.claimsByIds(cl.changed)).map(claimBase)
  const events = patched(prev.events, [...ev.removed, ...ev.changed], newEvents.map((e) => [e.id, e] as const))
  const claims = patched(prev.claims, [...cl.removed, ...cl.changed], newClaims.map((c) => [c.id, c] as const))
  const clusters = patched(prev.clusters, [...cu.removed, ...cu.changed], (await store.clustersByIds(cu.changed)).map((c) => [c.id, c] as const))
  const entities = patched(prev.entities, [...en.removed, ...en.changed], (await store.entitySummaries(en.changed)).map((e) => [e.id, e] as const))

  // role mentions: those of entities whose mentions changed otherwise than by new articles are looked up again
  // (by scanning those entities), and those of new rows
  const rescan = await entitiesToRescan(store, prev.keys, keys, en.changed, newArticles)
  const touched = new Set([...rescan, ...en.removed])
  const roles = roleMentions(events.values(), claims.values())
  const roleEntity = new Map([...prev.roleEntity].filter(([m, e]) => !touched.has(e) && roles.has(m)))
  for (const [m, e] of await store.mentionEntities([...roleMentions(newEvents, newClaims)])) roleEntity.set(m, e)
  const spans: Array<[string, string, number, number]> = []
  await store.scanMentionsOfEntities(rescan, (mentionId, entityId, articleId, start, end) => {
    if (roles.has(mentionId)) roleEntity.set(mentionId, entityId)
    spans.push([entityId, articleId, start, end])
  })
  const naming = await refreshNaming(store, prev, { claims, roleEntity, touched, changedClaims: new Set([...cl.changed, ...cl.removed]), newClaims, spans })
  return {
    keys, events, claims, clusters, entities, roleEntity, ...naming,
    read: { events: ev.changed.length, claims: cl.changed.length, clusters: cu.changed.length, entities: en.changed.length, entityMentions: spans.length },
  }
}

/**
 * Changed entities whose mentions must be scanned again: all but those whose set of mentions grew only by
 * mentions in new articles (an ingest adds mentions to Hamas; it does not move Hamas's 95,000 others). Their
 * new mentions reach the read model through the new articles' rows.
 */
async function entitiesToRescan(store: Store, before: ReadModelKeys, after: ReadModelKeys, changed: readonly string[], newArticles: readonly string[]): Promise<string[]> {
  const added = new Map<string, MentionSet>()
  for (const articleId of newArticles) {
    for (const [mentionId, entityId] of Object.entries(await store.mentionEntitiesOf(articleId))) {
      added.set(entityId, withMention(added.get(entityId) ?? before.mentionSets.get(entityId) ?? EMPTY_MENTION_SET, mentionId))
    }
  }
  return changed.filter((id) => !sameMentionSet(added.get(id) ?? before.mentionSets.get(id) ?? EMPTY_MENTION_SET, after.mentionSets.get(id) ?? EMPTY_MENTION_SET))
}

/** Claims naming entities, brought up to date: entries of changed claims and of changed entities are made again. */
async function refreshNaming(store: Store, prev: ReadState, x: {
  claims: ReadonlyMap<string, ClaimBase>; roleEntity: ReadonlyMap<string, string>; touched: ReadonlySet<string>
  changedClaims: ReadonlySet<string>; newClaims: readonly ClaimBase[]; spans: ReadonlyArray<[string, string, number, number]>
}): Promise<Pick<ReadState, 'naming' | 'namedBy'>> {
  const naming = new Map<string, Set<string>>()
  const namedBy = new Map<string, Set<string>>()
  for (const [entityId, ids] of prev.naming) {
    if (x.touched.has(entityId)) continue
    const kept = [...ids].filter((id) => !x.changedClaims.has(id))
    if (kept.length) naming.set(entityId, new Set(kept))
  }
  for (const [claimId, ids] of prev.namedBy) {
    if (x.changedClaims.has(claimId)) continue
    const kept = [...ids].filter((id) => !x.touched.has(id))
    if (kept.length) namedBy.set(claimId, new Set(kept))
  }
  const n = new Naming(naming, namedBy, claimsByArticle(x.claims.values()), x.roleEntity)
  for (const [entityId, articleId, start, end] of x.spans) n.mention(entityId, articleId, start, end)
  // new claims: the mentions of their articles (entities not rescanned above)
  const fresh = new Set(x.newClaims.map((c) => c.id))
  for (const articleId of new Set(x.newClaims.map((c) => c.articleId))) {
    const entityOf = await store.mentionEntitiesOf(articleId)
    for (const m of await store.mentionsOf(articleId)) {
      const e = entityOf[m.id]
      if (e && !x.touched.has(e)) n.mention(e, articleId, m.start, m.end, fresh)
    }
  }
  return { naming, namedBy }
}
