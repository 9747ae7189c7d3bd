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
import { withinDates } from './dates.js'
import { factDate, readModel, type EventRow, type ReadModel, type StructuralRelation } from './read-model.js'
import { bucketVotes, cmp, summarizeVotes, votesIn, type Bucket, type DyadBucket, type DyadSummary } from './relations.js'
import type { Page } from './search.js'
import { articleNames } from './article-label.js'

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
  /** Pieces of evidence in all; the first three are listed. */
  readonly evidenceCount: number
  readonly evidence: readonly EvidenceItem[]
}

export interface MentionView {
  readonly id: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly articleId: string
  readonly articleTitle?: string | undefined
  /** The title, else a label marked as not one (opening words, file or page): see `articleLabel`. */
  readonly articleLabel?: string | undefined
  readonly date?: string | undefined
  /** For a mention in an undated article: when the article was ingested. */
  readonly ingestedAt?: string | undefined
  readonly sentence: SentenceRef
}

export interface Dossier {
  readonly entity: EntitySummary
  /** The entity's roles in organisations (from titles, appositions and the knowledge base). */
  readonly roles: ReadonlyArray<{ readonly role: string; readonly organisation: EntityRef; readonly kind: string }>
  readonly structural: readonly StructuralView[]
  /** Structural relations in all (the strongest `relationLimit` are listed). */
  readonly structuralTotal: number
  readonly relations: readonly DyadRelation[]
  /** Actors with a hostile/cooperative relation in all (the strongest `relationLimit` are listed). */
  readonly relationsTotal: number
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
  /** Relations listed (hostile/cooperative, and structural), strongest first. */
  readonly relationLimit?: number | undefined
}

const INVERSE: Record<string, string> = { member_of: 'has member', part_of: 'has part', leader_of: 'led by', allied_with: 'allied_with' }

function ref(model: ReadModel, id: string): EntityRef {
  const e = model.entities.get(id)
  return { id, name: e?.canonicalName ?? id, type: e?.type }
}

async function dyadRelations(store: Store, model: ReadModel, id: string, o: DossierOptions, articles: ArticleCache): Promise<{ total: number; items: DyadRelation[] }> {
  const scored = (model.dyadsOf.get(id) ?? []).map((d) => ({ d, votes: votesIn(d.votes, o.from, o.to) })).filter((x) => x.votes.length > 0)
    .map((x) => ({ ...x, summary: summarizeVotes(x.votes) }))
    .sort((x, y) => Math.abs(y.summary.score) - Math.abs(x.summary.score) || cmp(x.d.a + x.d.b, y.d.a + y.d.b))
  const out: DyadRelation[] = []
  for (const { d, votes, summary } of scored.slice(0, o.relationLimit ?? 20)) {
    const strongest = [...votes].sort((x, y) => Math.abs(y.value) - Math.abs(x.value) || cmp(x.clusterId, y.clusterId)).slice(0, o.evidenceLimit ?? 5)
    const evidence = []
    for (const v of strongest) {
      evidence.push({ clusterId: v.clusterId, value: v.value, gradeWeight: v.gradeWeight, direct: v.direct, date: v.date, eventCount: v.eventIds.length, events: await resolveEvidence(store, model, v.eventIds.slice(0, o.eventsPerCluster ?? 3), articles) })
    }
    out.push({ other: ref(model, d.a === id ? d.b : d.a), ...summary, buckets: bucketVotes(votes, o.bucket ?? 'month'), evidence })
  }
  return { total: scored.length, items: out }
}

async function structuralViews(store: Store, model: ReadModel, id: string, limit: number, articles: ArticleCache): Promise<{ total: number; items: StructuralView[] }> {
  const all = [...(model.structuralOf.get(id) ?? [])].sort((x, y) => y.score - x.score || y.evidence.length - x.evidence.length || cmp(x.a + x.b, y.a + y.b))
  const out: StructuralView[] = []
  for (const r of all.slice(0, limit)) {
    const evidence = await resolveEvidence(store, model, r.evidence.slice(0, 3), articles)
    const dates = evidence.map((e) => e.date).filter((d): d is string => !!d).sort()
    out.push({
      label: r.a === id ? r.kind : INVERSE[r.kind] ?? r.kind, kind: r.kind, other: ref(model, r.a === id ? r.b : r.a), roles: r.roles.slice(0, 10),
      from: r.from, to: r.to, firstSeen: dates[0], lastSeen: dates[dates.length - 1], evidenceCount: r.evidence.length, evidence,
    })
  }
  return { total: all.length, items: out }
}

async function mentionPage(store: Store, model: ReadModel, id: string, limit: number, articles: ArticleCache): Promise<Page<MentionView>> {
  const items: MentionView[] = []
  for (const m of limit > 0 ? await store.mentionsOfEntityPage(id, limit, 0) : []) {
    const a = await articles.get(m.articleId)
    if (!a) continue
    items.push({ id: m.id, text: m.text, start: m.start, end: m.end, articleId: a.id, ...articleNames(a), ...factDate(model, a.id), sentence: await sentenceOf(store, a, m.start, m.end) })
  }
  return { total: model.entities.get(id)?.mentionCount ?? items.length, limit, offset: 0, items }
}

const sortedEvents = new WeakMap<ReadModel, Map<string, EventRow[]>>()

/** An entity's events, oldest first (sorted once per read model). */
function eventsByDate(model: ReadModel, id: string): EventRow[] {
  let memo = sortedEvents.get(model)
  if (!memo) { memo = new Map(); sortedEvents.set(model, memo) }
  let rows = memo.get(id)
  if (!rows) {
    rows = (model.eventsOfEntity.get(id) ?? []).map((e) => model.events.get(e)!).sort((x, y) => cmp(x.date ?? '', y.date ?? '') || cmp(x.id, y.id))
    memo.set(id, rows)
  }
  return rows
}

export async function dossier(store: Store, nameOrId: string, o: DossierOptions = {}): Promise<Dossier> {
  const model = await readModel(store)
  const id = await resolveEntityRef(store, nameOrId)
  const entity = model.entities.get(id)!
  const articles = new ArticleCache(store)
  const limit = o.limit ?? 20
  const structural = await structuralViews(store, model, id, o.relationLimit ?? 20, articles)
  const relations = await dyadRelations(store, model, id, o, articles)
  const roles = (model.structuralOf.get(id) ?? []).filter((r) => r.a === id && r.kind !== 'part_of')
    .flatMap((r) => (r.roles.length ? r.roles : [r.kind]).map((role) => ({ role, organisation: ref(model, r.b), kind: r.kind }))).slice(0, 50)

  const eventRows = eventsByDate(model, id).filter((e) => withinDates(e.date, o.from, o.to))
  const events = await store.eventsByIds(eventRows.slice(0, limit).map((e) => e.id))
  const byDate = (x: Event | Claim, y: Event | Claim) => cmp(model.dates.get(x.articleId)?.published ?? '', model.dates.get(y.articleId)?.published ?? '') || cmp(x.id, y.id)
  const byIds = [...(model.claimsOfSource.get(id) ?? [])]
  const aboutIds = await claimsAbout(store, model, id)
  const claimsBy = (await store.claimsByIds(byIds.slice(0, limit))).sort(byDate)
  const claimsOf = (await store.claimsByIds(aboutIds.slice(0, limit))).sort(byDate)
  return {
    entity, roles, structural: structural.items, structuralTotal: structural.total, relations: relations.items, relationsTotal: relations.total,
    events: { total: eventRows.length, limit, offset: 0, items: await eventViews(store, model, events.sort(byDate), articles) },
    claimsBy: { total: byIds.length, limit, offset: 0, items: await claimViews(store, model, claimsBy, articles) },
    claimsAbout: { total: aboutIds.length, limit, offset: 0, items: await claimViews(store, model, claimsOf, articles) },
    mentions: await mentionPage(store, model, id, o.mentionLimit ?? 20, articles),
  }
}
