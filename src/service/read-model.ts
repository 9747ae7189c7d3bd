/**
 * The read model behind the API and the CLI queries: compact rows for every
 * event, cluster and claim, the dyads between actors (one vote per event
 * cluster, weighted by its grade) and the structural relations. Made once per
 * store revision and shared by every request until the store changes; after a
 * write only the rows it touched are read again (read-model-state.ts).
 * @module
 */
import type { Grade, Relation, Span } from '../model/index.js'
import type { ArticleDates, EntitySummary, Store } from '../store/index.js'
import { canRefresh, loadState, refreshState, sourceEntity, type ReadCounts, type ReadState, type RoleRef } from './read-model-state.js'
import { cmp, dyadsFromClusters, type Dyad, type EventFact, type GradedCluster } from './relations.js'

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
  /** Article id → its publication date (absent when undated) and, apart from it, its ingest time. */
  readonly dates: ReadonlyMap<string, ArticleDates>
  readonly build: ReadModelBuild
}

/** How the current read model was made: observable proof that a write refreshes only what it touched. */
export interface ReadModelBuild {
  /** `full`: every row read from the store; `incremental`: only rows whose version keys changed since the last model. */
  readonly kind: 'full' | 'incremental'
  readonly ms: number
  /** Rows read from the store for this model. */
  readonly read: Readonly<ReadCounts>
  /** Models made for this store so far, each way. */
  readonly fullBuilds: number
  readonly refreshes: number
}

const cache = new WeakMap<Store, { revision: string; model: Promise<ReadModel> }>()
const states = new WeakMap<ReadModel, ReadState>()

/**
 * The read model for the store as it is now. When the store's revision moves, the previous model is brought up
 * to date (only changed rows are read again) if the store gives version keys, else built again in full.
 */
export async function readModel(store: Store): Promise<ReadModel> {
  const revision = await store.revision()
  const hit = cache.get(store)
  if (hit && hit.revision === revision) return hit.model
  const previous = hit?.model
  const model = (async () => nextModel(store, revision, previous ? await previous.catch(() => undefined) : undefined))()
  cache.set(store, { revision, model })
  model.catch(() => { if (cache.get(store)?.model === model) cache.delete(store) })
  return model
}

async function nextModel(store: Store, revision: string, prev: ReadModel | undefined): Promise<ReadModel> {
  const t0 = performance.now()
  const prevState = prev ? states.get(prev) : undefined
  const dates = await store.articleDates()
  const newArticles = prev ? [...dates.keys()].filter((id) => !prev.dates.has(id)) : []
  const refreshed = prevState?.keys !== undefined && canRefresh(store) ? await refreshState(store, { ...prevState, keys: prevState.keys }, newArticles) : undefined
  const incremental = refreshed !== undefined
  const state = refreshed ?? await loadState(store)
  const build = {
    kind: incremental ? 'incremental' as const : 'full' as const, read: state.read,
    fullBuilds: (prev?.build.fullBuilds ?? 0) + (incremental ? 0 : 1), refreshes: (prev?.build.refreshes ?? 0) + (incremental ? 1 : 0),
  }
  const model = deriveModel(state, revision, dates, structuralRelations(await store.relations()), build, t0)
  states.set(model, state)
  return model
}

/**
 * The date to print with a fact from this article: `date` (the event's own, else the article's publication
 * date), or, for an undated article, no date and its `ingestedAt`, so no surface passes an ingest time off as news.
 */
export function factDate(model: ReadModel, articleId: string, date = model.dates.get(articleId)?.published): { date?: string; ingestedAt?: string } {
  if (date) return { date }
  const ingestedAt = model.dates.get(articleId)?.ingestedAt
  return ingestedAt ? { ingestedAt } : {}
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k)
  if (list) list.push(v); else m.set(k, [v])
}

/** Articles, then text order: the order events and claims are listed in. */
const textOrder = (x: { articleId: string; start: number; id: string }, y: { articleId: string; start: number; id: string }) =>
  cmp(x.articleId, y.articleId) || x.start - y.start || cmp(x.id, y.id)

function eventRows(state: ReadState, dates: ReadonlyMap<string, ArticleDates>): Map<string, EventRow> {
  const clusterOf = new Map<string, string>()
  for (const c of state.clusters.values()) for (const id of c.eventIds) if (!clusterOf.has(id) || c.id < clusterOf.get(id)!) clusterOf.set(id, c.id)
  const entityOf = (r: RoleRef | undefined) => r?.entityId ?? (r?.mentionId ? state.roleEntity.get(r.mentionId) : undefined)
  const events = new Map<string, EventRow>()
  for (const e of [...state.events.values()].sort(textOrder)) {
    const cl = state.clusters.get(clusterOf.get(e.id) ?? '')
    events.set(e.id, {
      id: e.id, articleId: e.articleId, cameo: e.cameo, root: e.root, quadClass: e.quadClass, goldstein: e.goldstein, modality: e.modality,
      date: e.when ?? dates.get(e.articleId)?.published, clusterId: cl?.id, actorEntityId: cl?.actorEntityId ?? entityOf(e.actor),
      targetEntityId: cl?.targetEntityId ?? entityOf(e.target), placeEntityId: entityOf(e.location), placeText: e.placeText, sentence: e.sentence,
    })
  }
  return events
}

/** Every derived row and index, from the state (in memory: no store reads). */
function deriveModel(state: ReadState, revision: string, dates: ReadonlyMap<string, ArticleDates>, structural: StructuralRelation[],
  build: Omit<ReadModelBuild, 'ms'>, t0: number): ReadModel {
  const events = eventRows(state, dates)
  const eventsOfEntity = new Map<string, string[]>()
  for (const e of events.values()) for (const x of new Set([e.actorEntityId, e.targetEntityId, e.placeEntityId])) if (x) push(eventsOfEntity, x, e.id)
  const memberOf = new Map<string, string[]>()
  for (const r of structural) if (r.kind === 'member_of' || r.kind === 'leader_of') push(memberOf, r.a, r.b)
  const clusters = new Map([...state.clusters.values()].sort((x, y) => cmp(x.id, y.id)).map((c) => [c.id, c as ClusterRow]))
  const dyads = dyadsFromClusters([...clusters.values()], events, memberOf)
  const dyadsOf = new Map<string, Dyad[]>()
  for (const d of dyads) { push(dyadsOf, d.a, d); push(dyadsOf, d.b, d) }
  const structuralOf = new Map<string, StructuralRelation[]>()
  for (const r of structural) { push(structuralOf, r.a, r); push(structuralOf, r.b, r) }

  const claims = new Map<string, ClaimRow>()
  const claimsOfSource = new Map<string, string[]>()
  const claimsOfEvent = new Map<string, string[]>()
  const claimsOfArticle = new Map<string, string[]>()
  for (const c of [...state.claims.values()].sort(textOrder)) {
    const source = sourceEntity(c, state.roleEntity)
    claims.set(c.id, { id: c.id, articleId: c.articleId, sourceEntityId: source, stance: c.stance, aboutEvents: c.about, content: c.content })
    if (source) push(claimsOfSource, source, c.id)
    for (const ev of c.about) push(claimsOfEvent, ev, c.id)
    push(claimsOfArticle, c.articleId, c.id)
  }
  const claimsNaming = new Map([...state.naming].sort(([x], [y]) => cmp(x, y)).map(([e, ids]) => [e, [...ids].sort(cmp)]))
  const entities = new Map([...state.entities.values()]
    .sort((x, y) => y.mentionCount - x.mentionCount || cmp(x.canonicalName, y.canonicalName) || cmp(x.id, y.id)).map((e) => [e.id, e]))
  return {
    revision, entities, clusters, events, eventsOfEntity, dyads, dyadsOf, structural, structuralOf, claims, claimsOfSource, claimsOfEvent,
    claimsOfArticle, claimsNaming, dates, build: { ...build, ms: Math.round(performance.now() - t0) },
  }
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
