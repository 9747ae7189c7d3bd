/**
 * The read model behind the API and the CLI queries: compact rows for every
 * event, cluster and claim, the dyads between actors (one vote per event
 * cluster, weighted by its grade) and the structural relations. Built once per
 * store revision and shared by every request until the store changes.
 * @module
 */
import { cameoInfo } from '../events/index.js'
import type { Grade, Relation, Span } from '../model/index.js'
import type { EntitySummary, Store } from '../store/index.js'
import { dyadsFromClusters, quadClassOf, type Dyad, type EventFact, type GradedCluster } from './relations.js'

export interface EventRow extends EventFact {
  readonly root: string
  readonly clusterId?: string | undefined
  readonly actorEntityId?: string | undefined
  readonly targetEntityId?: string | undefined
  readonly placeEntityId?: string | undefined
  readonly placeText?: string | undefined
  readonly sentence: Span
}

export interface ClusterRow extends GradedCluster {
  readonly cameoRoot: string
  readonly reports: number
  readonly independentSources: number
  readonly grade?: Grade | undefined
}

export interface ClaimRow {
  readonly id: string
  readonly articleId: string
  readonly sourceEntityId?: string | undefined
  readonly stance: string
  readonly aboutEvents: readonly string[]
  readonly content: Span
}

/** member_of / part_of / leader_of / allied_with between two entities, roles and evidence merged. */
export interface StructuralRelation {
  readonly a: string
  readonly b: string
  readonly kind: 'member_of' | 'part_of' | 'leader_of' | 'allied_with'
  readonly roles: readonly string[]
  readonly score: number
  readonly from?: string | undefined
  readonly to?: string | undefined
  /** `kb:<actor>` for the knowledge base, mention ids for appositions and titles read in an article. */
  readonly evidence: readonly string[]
}

export interface ReadModel {
  readonly revision: string
  readonly entities: ReadonlyMap<string, EntitySummary>
  readonly clusters: ReadonlyMap<string, ClusterRow>
  readonly events: ReadonlyMap<string, EventRow>
  readonly eventsOfEntity: ReadonlyMap<string, readonly string[]>
  readonly dyads: readonly Dyad[]
  readonly dyadsOf: ReadonlyMap<string, readonly Dyad[]>
  readonly structural: readonly StructuralRelation[]
  readonly structuralOf: ReadonlyMap<string, readonly StructuralRelation[]>
  readonly claims: ReadonlyMap<string, ClaimRow>
  readonly claimsOfSource: ReadonlyMap<string, readonly string[]>
  readonly claimsOfEvent: ReadonlyMap<string, readonly string[]>
  readonly claimsOfArticle: ReadonlyMap<string, readonly string[]>
  /** Claims whose content names the entity (not counting its own claims). */
  readonly claimsNaming: ReadonlyMap<string, readonly string[]>
  /** Article id → its date (publication, else ingest). */
  readonly dates: ReadonlyMap<string, string>
}

const cache = new WeakMap<Store, { revision: string; model: Promise<ReadModel> }>()

/** The read model for the store as it is now (rebuilt when the store's revision moves). */
export async function readModel(store: Store): Promise<ReadModel> {
  const revision = await store.revision()
  const hit = cache.get(store)
  if (hit && hit.revision === revision) return hit.model
  const model = buildReadModel(store, revision)
  cache.set(store, { revision, model })
  model.catch(() => { if (cache.get(store)?.model === model) cache.delete(store) })
  return model
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k)
  if (list) list.push(v); else m.set(k, [v])
}

async function buildReadModel(store: Store, revision: string): Promise<ReadModel> {
  const entities = new Map((await store.listEntities({ limit: Number.MAX_SAFE_INTEGER })).map((e) => [e.id, e]))
  const dates = await store.articleDates()
  const clusters = new Map<string, ClusterRow>()
  const clusterOf = new Map<string, string>()
  for (const c of await store.clusters()) {
    clusters.set(c.id, c)
    for (const id of c.eventIds) clusterOf.set(id, c.id)
  }
  const stored = await store.eventsOf()
  const claimsAll = await store.claimsOf()
  const mentionIds = [
    ...stored.flatMap((e) => [e.location?.mentionId, e.actor?.mentionId, e.target?.mentionId]),
    ...claimsAll.map((c) => c.source.mentionId),
  ].filter((x): x is string => !!x)
  const entityOf = await store.mentionEntities([...new Set(mentionIds)])

  const events = new Map<string, EventRow>()
  const eventsOfEntity = new Map<string, string[]>()
  for (const e of stored) {
    const cl = clusters.get(clusterOf.get(e.id) ?? '')
    const actor = cl?.actorEntityId ?? e.actor?.entityId ?? (e.actor?.mentionId ? entityOf.get(e.actor.mentionId) : undefined)
    const target = cl?.targetEntityId ?? e.target?.entityId ?? (e.target?.mentionId ? entityOf.get(e.target.mentionId) : undefined)
    const row: EventRow = {
      id: e.id, articleId: e.articleId, cameo: e.cameo, root: e.cameoRoot, quadClass: quadClassOf(e),
      goldstein: e.goldstein ?? cameoInfo(e.cameo)?.goldstein ?? 0, modality: e.modality,
      date: e.when?.date ?? dates.get(e.articleId), clusterId: cl?.id, actorEntityId: actor, targetEntityId: target,
      placeEntityId: e.location?.entityId ?? (e.location?.mentionId ? entityOf.get(e.location.mentionId) : undefined),
      placeText: e.location?.text, sentence: e.sentence,
    }
    events.set(e.id, row)
    for (const x of new Set([actor, target, row.placeEntityId])) if (x) push(eventsOfEntity, x, e.id)
  }

  const structural = structuralRelations(await store.relations())
  const memberOf = new Map<string, string[]>()
  for (const r of structural) if (r.kind === 'member_of' || r.kind === 'leader_of') push(memberOf, r.a, r.b)
  const dyads = dyadsFromClusters([...clusters.values()], events, memberOf)
  const dyadsOf = new Map<string, Dyad[]>()
  for (const d of dyads) { push(dyadsOf, d.a, d); push(dyadsOf, d.b, d) }
  const structuralOf = new Map<string, StructuralRelation[]>()
  for (const r of structural) { push(structuralOf, r.a, r); push(structuralOf, r.b, r) }

  const claims = new Map<string, ClaimRow>()
  const claimsOfSource = new Map<string, string[]>()
  const claimsOfEvent = new Map<string, string[]>()
  const claimsOfArticle = new Map<string, string[]>()
  for (const c of claimsAll) {
    const source = c.source.entityId ?? (c.source.mentionId ? entityOf.get(c.source.mentionId) : undefined)
    claims.set(c.id, { id: c.id, articleId: c.articleId, sourceEntityId: source, stance: c.stance, aboutEvents: c.about, content: { start: c.content.start, end: c.content.end } })
    if (source) push(claimsOfSource, source, c.id)
    for (const ev of c.about) push(claimsOfEvent, ev, c.id)
    push(claimsOfArticle, c.articleId, c.id)
  }
  const claimsNaming = new Map<string, string[]>()
  const seen = new Set<string>()
  await store.scanEntityMentions((entityId, articleId, start, end) => {
    for (const cid of claimsOfArticle.get(articleId) ?? []) {
      const c = claims.get(cid)!
      if (c.content.start <= start && end <= c.content.end && c.sourceEntityId !== entityId && !seen.has(`${entityId}|${cid}`)) {
        seen.add(`${entityId}|${cid}`)
        push(claimsNaming, entityId, cid)
      }
    }
  })
  return { revision, entities, clusters, events, eventsOfEntity, dyads, dyadsOf, structural, structuralOf, claims, claimsOfSource, claimsOfEvent, claimsOfArticle, claimsNaming, dates }
}

/** Structural relations from the resolver's output (knowledge base, appositions, titles), merged per pair and kind. */
export function structuralRelations(relations: readonly Relation[]): StructuralRelation[] {
  const by = new Map<string, { a: string; b: string; kind: StructuralRelation['kind']; roles: Set<string>; score: number; from?: string | undefined; to?: string | undefined; evidence: Set<string> }>()
  for (const r of relations) {
    if (r.kind === 'hostile' || r.kind === 'cooperative') continue
    const key = `${r.a}|${r.b}|${r.kind}`
    const s = by.get(key) ?? { a: r.a, b: r.b, kind: r.kind, roles: new Set<string>(), score: 0, from: r.from, to: r.to, evidence: new Set<string>() }
    if (r.role) s.roles.add(r.role)
    s.score = Math.max(s.score, r.score)
    if (r.from && (!s.from || r.from < s.from)) s.from = r.from
    if (r.to && (!s.to || r.to > s.to)) s.to = r.to
    for (const e of r.evidence) s.evidence.add(e)
    by.set(key, s)
  }
  return [...by.values()].map((s) => ({ ...s, roles: [...s.roles].sort(), evidence: [...s.evidence].sort() }))
}
