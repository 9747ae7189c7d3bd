/**
 * The dossier of one actor: names, roles and affiliations, relations over time
 * (hostile ↔ cooperative per week or month, one vote per event cluster
 * weighted by its grade) each with the sentences that evidence it, its events
 * and the claims by and about it with grades and reasons, and its mentions in
 * their sentences. Every list is paged.
 * @module
 */
import type { Claim, Event } from '../model/index.js'
import type { EntitySummary, Store } from '../store/index.js'
import { ArticleCache, resolveEvidence, sentenceOf, type EvidenceItem, type SentenceRef } from './evidence.js'
import { claimsAbout, claimViews, eventViews, resolveEntityRef, type ClaimView, type EventView } from './facts.js'
import { readModel, type ReadModel, type StructuralRelation } from './read-model.js'
import { bucketVotes, summarizeVotes, votesIn, type Bucket, type DyadBucket, type DyadSummary } from './relations.js'
import type { Page } from './search.js'

export interface EntityRef {
  readonly id: string
  readonly name: string
  readonly type?: string | undefined
}

export interface DyadRelation extends DyadSummary {
  readonly other: EntityRef
  readonly buckets: readonly DyadBucket[]
  /** The clusters behind the score, strongest first, each with its events' sentences. */
  readonly evidence: ReadonlyArray<{
    readonly clusterId: string
    readonly value: number
    readonly gradeWeight: number
    readonly direct: boolean
    readonly date?: string | undefined
    /** Reports of the occurrence; the first `eventsPerCluster` are listed. */
    readonly eventCount: number
    readonly events: readonly EvidenceItem[]
  }>
}

export interface StructuralView {
  /** As read from this entity: member_of, has member, part_of, has part, leader_of, led by, allied_with. */
  readonly label: string
  readonly kind: StructuralRelation['kind']
  readonly other: EntityRef
  readonly roles: readonly string[]
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly firstSeen?: string | undefined
  readonly lastSeen?: string | undefined
  readonly evidence: readonly EvidenceItem[]
}

export interface MentionView {
  readonly id: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly articleId: string
  readonly articleTitle?: string | undefined
  readonly date?: string | undefined
  readonly sentence: SentenceRef
}

export interface Dossier {
  readonly entity: EntitySummary
  /** The entity's roles in organisations (from titles, appositions and the knowledge base). */
  readonly roles: ReadonlyArray<{ readonly role: string; readonly organisation: EntityRef; readonly kind: string }>
  readonly structural: readonly StructuralView[]
  readonly relations: readonly DyadRelation[]
  readonly events: Page<EventView>
  readonly claimsBy: Page<ClaimView>
  readonly claimsAbout: Page<ClaimView>
  readonly mentions: Page<MentionView>
}

export interface DossierOptions {
  readonly bucket?: Bucket | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  /** Per list: events, claims, mentions. */
  readonly limit?: number | undefined
  readonly mentionLimit?: number | undefined
  /** Clusters of evidence listed per relation. */
  readonly evidenceLimit?: number | undefined
  /** Reports listed per evidence cluster. */
  readonly eventsPerCluster?: number | undefined
}

const INVERSE: Record<string, string> = { member_of: 'has member', part_of: 'has part', leader_of: 'led by', allied_with: 'allied_with' }

function ref(model: ReadModel, id: string): EntityRef {
  const e = model.entities.get(id)
  return { id, name: e?.canonicalName ?? id, type: e?.type }
}

async function dyadRelations(store: Store, model: ReadModel, id: string, o: DossierOptions, articles: ArticleCache): Promise<DyadRelation[]> {
  const out: DyadRelation[] = []
  for (const d of model.dyadsOf.get(id) ?? []) {
    const votes = votesIn(d.votes, o.from, o.to)
    if (votes.length === 0) continue
    const strongest = [...votes].sort((x, y) => Math.abs(y.value) - Math.abs(x.value) || x.clusterId.localeCompare(y.clusterId)).slice(0, o.evidenceLimit ?? 5)
    const evidence = []
    for (const v of strongest) {
      evidence.push({ clusterId: v.clusterId, value: v.value, gradeWeight: v.gradeWeight, direct: v.direct, date: v.date, eventCount: v.eventIds.length, events: await resolveEvidence(store, model, v.eventIds.slice(0, o.eventsPerCluster ?? 3), articles) })
    }
    out.push({ other: ref(model, d.a === id ? d.b : d.a), ...summarizeVotes(votes), buckets: bucketVotes(votes, o.bucket ?? 'month'), evidence })
  }
  return out.sort((x, y) => Math.abs(y.score) - Math.abs(x.score) || x.other.name.localeCompare(y.other.name))
}

async function structuralViews(store: Store, model: ReadModel, id: string, articles: ArticleCache): Promise<StructuralView[]> {
  const out: StructuralView[] = []
  for (const r of model.structuralOf.get(id) ?? []) {
    const evidence = await resolveEvidence(store, model, r.evidence.slice(0, 20), articles)
    const dates = evidence.map((e) => e.date).filter((d): d is string => !!d).sort()
    out.push({
      label: r.a === id ? r.kind : INVERSE[r.kind] ?? r.kind, kind: r.kind, other: ref(model, r.a === id ? r.b : r.a), roles: r.roles,
      from: r.from, to: r.to, firstSeen: dates[0], lastSeen: dates[dates.length - 1], evidence,
    })
  }
  return out
}

async function mentionPage(store: Store, model: ReadModel, id: string, limit: number, articles: ArticleCache): Promise<Page<MentionView>> {
  const items: MentionView[] = []
  for (const m of limit > 0 ? await store.mentionsOfEntityPage(id, limit, 0) : []) {
    const a = await articles.get(m.articleId)
    if (!a) continue
    items.push({ id: m.id, text: m.text, start: m.start, end: m.end, articleId: a.id, articleTitle: a.title, date: model.dates.get(a.id), sentence: await sentenceOf(store, a, m.start, m.end) })
  }
  return { total: model.entities.get(id)?.mentionCount ?? items.length, limit, offset: 0, items }
}

export async function dossier(store: Store, nameOrId: string, o: DossierOptions = {}): Promise<Dossier> {
  const model = await readModel(store)
  const id = await resolveEntityRef(store, nameOrId)
  const entity = model.entities.get(id)!
  const articles = new ArticleCache(store)
  const limit = o.limit ?? 20
  const structural = await structuralViews(store, model, id, articles)
  const roles = (model.structuralOf.get(id) ?? []).filter((r) => r.a === id && r.kind !== 'part_of')
    .flatMap((r) => (r.roles.length ? r.roles : [r.kind]).map((role) => ({ role, organisation: ref(model, r.b), kind: r.kind })))

  const eventRows = (model.eventsOfEntity.get(id) ?? []).map((e) => model.events.get(e)!)
    .filter((e) => (!o.from || (e.date ?? '') >= o.from) && (!o.to || (e.date ?? '').slice(0, 10) <= o.to))
    .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id))
  const events = await store.eventsByIds(eventRows.slice(0, limit).map((e) => e.id))
  const byDate = (x: Event | Claim, y: Event | Claim) => (model.dates.get(x.articleId) ?? '').localeCompare(model.dates.get(y.articleId) ?? '') || x.id.localeCompare(y.id)
  const byIds = [...(model.claimsOfSource.get(id) ?? [])]
  const aboutIds = await claimsAbout(store, model, id)
  const claimsBy = (await store.claimsByIds(byIds.slice(0, limit))).sort(byDate)
  const claimsOf = (await store.claimsByIds(aboutIds.slice(0, limit))).sort(byDate)
  return {
    entity, roles, structural,
    relations: await dyadRelations(store, model, id, o, articles),
    events: { total: eventRows.length, limit, offset: 0, items: await eventViews(store, model, events.sort(byDate), articles) },
    claimsBy: { total: byIds.length, limit, offset: 0, items: await claimViews(store, model, claimsBy, articles) },
    claimsAbout: { total: aboutIds.length, limit, offset: 0, items: await claimViews(store, model, claimsOf, articles) },
    mentions: await mentionPage(store, model, id, o.mentionLimit ?? 20, articles),
  }
}
