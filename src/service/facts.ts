/**
 * Events and claims as an analyst reads them: each with its article, date,
 * sentence and the grade (and reasons) of the event cluster it belongs to;
 * filtered lists for the API and the CLI.
 * @module
 */
import { cameoInfo } from '../events/cameo.js'
import { DossierError } from '../model/index.js'
import type { Claim, ClaimKind, Event, EventRole, Grade } from '../model/index.js'
import type { Store } from '../store/index.js'
import { cameoRootsFilter, dayWindow, withinDates } from './dates.js'
import { ArticleCache, sentenceOf, type SentenceRef } from './evidence.js'
import { factDate, readModel, type ReadModel } from './read-model.js'
import { cmp } from './relations.js'
import { searchEntities, type Page } from './search.js'
import { articleNames } from './article-label.js'

export interface RoleView {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly entityId?: string | undefined
  readonly name?: string | undefined
}

export interface ClusterRef {
  readonly id: string
  readonly reports: number
  readonly independentSources: number
  readonly grade?: Grade | undefined
}

export interface EventView {
  readonly id: string
  readonly articleId: string
  readonly articleTitle?: string | undefined
  /** The title, else a label marked as not one (opening words, file or page): see `articleLabel`. */
  readonly articleLabel?: string | undefined
  readonly date?: string | undefined
  /** For an event from an undated article with no date of its own: when the article was ingested. */
  readonly ingestedAt?: string | undefined
  readonly cameo: string
  readonly root: string
  readonly label?: string | undefined
  readonly quadClass: number
  readonly goldstein: number
  readonly modality: string
  readonly actor?: RoleView | undefined
  readonly target?: RoleView | undefined
  readonly place?: RoleView | undefined
  readonly cue: { readonly start: number; readonly end: number; readonly text: string }
  readonly sentence: SentenceRef
  readonly cluster?: ClusterRef | undefined
}

export interface ClaimView {
  readonly id: string
  readonly articleId: string
  readonly articleTitle?: string | undefined
  /** The title, else a label marked as not one (opening words, file or page): see `articleLabel`. */
  readonly articleLabel?: string | undefined
  readonly date?: string | undefined
  /** For a claim from an undated article: when the article was ingested. */
  readonly ingestedAt?: string | undefined
  readonly source: RoleView & { readonly anonymous: boolean; readonly descriptor?: string | undefined; readonly affiliation?: string | undefined }
  readonly cue: { readonly start: number; readonly end: number; readonly text: string }
  readonly content: { readonly start: number; readonly end: number; readonly text: string }
  readonly stance: string
  /** `fact` (a statement about the world) or `position` (the speaker's own stance, commitment or act). */
  readonly kind: ClaimKind
  readonly hedged: boolean
  readonly hedges: readonly string[]
  readonly quote: boolean
  readonly via?: string | undefined
  readonly sentence: SentenceRef
  /** The events the claim reports, with the grade of each one's cluster. */
  readonly about: ReadonlyArray<{ readonly eventId: string; readonly cluster?: ClusterRef | undefined }>
}

/** Longest grade reason shown with an event or claim; the full reasons are on the cluster (`/api/clusters/:id`). */
export const REASON_CHARS = 240

/**
 * A reason listing sources ("105 independent sources: The source; The source; Almuhajer; …") told briefly:
 * repeated labels counted once ("The source (×17)"), and the list cut at about `max` characters with how many
 * labels were left out. A much-reported cluster's reason grew with every report (3.5 KB per event at 10,000
 * articles), repeated on every event and claim that cites the cluster.
 */
export function briefReason(reason: string, max = REASON_CHARS): string {
  if (reason.length <= max) return reason
  const colon = reason.indexOf(': ')
  if (colon < 0) return `${reason.slice(0, max - 1)}…`
  const counts = new Map<string, number>()
  for (const label of reason.slice(colon + 2).split('; ')) counts.set(label, (counts.get(label) ?? 0) + 1)
  let out = reason.slice(0, colon + 2)
  let shown = 0
  for (const [label, n] of counts) {
    const item = n > 1 ? `${label} (×${n})` : label
    if (shown > 0 && out.length + item.length > max) break
    out += `${shown > 0 ? '; ' : ''}${item}`
    shown++
  }
  return shown < counts.size ? `${out}; and ${counts.size - shown} more` : out
}

const briefGrades = new WeakMap<Grade, Grade>()

/** The grade as lists show it: reasons told briefly (made once per stored grade). */
export function briefGrade(grade: Grade | undefined): Grade | undefined {
  if (!grade || grade.reasons.every((r) => r.length <= REASON_CHARS)) return grade
  let brief = briefGrades.get(grade)
  if (!brief) { brief = { ...grade, reasons: grade.reasons.map((r) => briefReason(r)) }; briefGrades.set(grade, brief) }
  return brief
}

function clusterRef(model: ReadModel, id: string | undefined): ClusterRef | undefined {
  const c = id ? model.clusters.get(id) : undefined
  return c ? { id: c.id, reports: c.reports, independentSources: c.independentSources, grade: briefGrade(c.grade) } : undefined
}

function roleView(model: ReadModel, role: EventRole | undefined, entityId: string | undefined): RoleView | undefined {
  if (!role) return undefined
  const name = entityId ? model.entities.get(entityId)?.canonicalName : undefined
  return { text: role.text, start: role.start, end: role.end, entityId, name }
}

export async function eventViews(store: Store, model: ReadModel, events: readonly Event[], articles = new ArticleCache(store)): Promise<EventView[]> {
  const out: EventView[] = []
  for (const e of events) {
    const a = await articles.get(e.articleId)
    const row = model.events.get(e.id)
    if (!a || !row) continue
    out.push({
      id: e.id, articleId: a.id, ...articleNames(a), ...factDate(model, a.id, row.date), cameo: e.cameo, root: e.cameoRoot, label: cameoInfo(e.cameo)?.name,
      quadClass: row.quadClass, goldstein: row.goldstein, modality: e.modality,
      actor: roleView(model, e.actor, row.actorEntityId), target: roleView(model, e.target, row.targetEntityId), place: roleView(model, e.location, row.placeEntityId),
      cue: { start: e.cue.start, end: e.cue.end, text: e.cue.text },
      sentence: { start: e.sentence.start, end: e.sentence.end, text: a.text.slice(e.sentence.start, e.sentence.end) },
      cluster: clusterRef(model, row.clusterId),
    })
  }
  return out
}

export async function claimViews(store: Store, model: ReadModel, claims: readonly Claim[], articles = new ArticleCache(store)): Promise<ClaimView[]> {
  const out: ClaimView[] = []
  for (const c of claims) {
    const a = await articles.get(c.articleId)
    if (!a) continue
    const source = model.claims.get(c.id)?.sourceEntityId
    out.push({
      id: c.id, articleId: a.id, ...articleNames(a), ...factDate(model, a.id),
      source: {
        text: c.source.text, start: c.source.start, end: c.source.end, entityId: source, name: source ? model.entities.get(source)?.canonicalName : undefined,
        anonymous: c.source.anonymous, descriptor: c.source.descriptor, affiliation: c.source.affiliation,
      },
      cue: { start: c.cue.start, end: c.cue.end, text: c.cue.text }, content: { start: c.content.start, end: c.content.end, text: c.content.text },
      stance: c.stance, kind: c.kind ?? 'fact', hedged: c.hedged, hedges: c.hedges, quote: c.quote, via: c.via,
      sentence: await sentenceOf(store, a, c.cue.start, c.cue.end),
      about: c.about.map((eventId) => ({ eventId, cluster: clusterRef(model, model.events.get(eventId)?.clusterId) })),
    })
  }
  return out
}

/** An entity named by id, exact name or alias, else the best search hit when it is a close match. */
export async function resolveEntityRef(store: Store, ref: string): Promise<string> {
  if (await store.getEntity(ref)) return ref
  const exact = await store.findEntities(ref)
  if (exact.length === 1) return exact[0]!.id
  const hits = await searchEntities(store, ref, { limit: 2, offset: 0 })
  const best = hits.items[0]
  if (best && best.score >= 0.8) return best.entity.id
  throw new DossierError('E_NOT_FOUND', `no entity named "${ref}"`, { hint: 'search entities with /api/entities?q= or `dossier entities`' })
}

export interface EventFilter {
  readonly actor?: string | undefined
  readonly root?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly place?: string | undefined
  readonly cluster?: string | undefined
  readonly limit: number
  readonly offset: number
}

/**
 * Events matching every filter, newest first. `actor` and `place` are entity ids or names; `from` / `to` are ISO
 * dates at any precision (2024, 2024-03, 2024-03-31), inclusive; a malformed date or root throws E_USAGE.
 */
export async function listEvents(store: Store, f: EventFilter): Promise<Page<EventView>> {
  const model = await readModel(store)
  const actor = f.actor ? await resolveEntityRef(store, f.actor) : undefined
  let placeId: string | undefined
  if (f.place) placeId = await resolveEntityRef(store, f.place).catch(() => undefined)
  const placeText = f.place?.toLowerCase()
  const roots = cameoRootsFilter('root', f.root)
  const { from, to } = dayWindow(f.from, f.to, { from: 'from', to: 'to' })
  const pool = actor ? (model.eventsOfEntity.get(actor) ?? []).map((id) => model.events.get(id)!) : [...model.events.values()]
  const rows = pool.filter((e) =>
    (!actor || e.actorEntityId === actor || e.targetEntityId === actor) &&
    (!roots || roots.includes(e.root)) &&
    (!f.cluster || e.clusterId === f.cluster) &&
    withinDates(e.date, from, to) &&
    (!placeText || (placeId ? e.placeEntityId === placeId : e.placeText?.toLowerCase().includes(placeText) === true)))
  rows.sort((x, y) => cmp(y.date ?? '', x.date ?? '') || cmp(x.id, y.id))
  const page = rows.slice(f.offset, f.offset + f.limit)
  const byId = new Map((await store.eventsByIds(page.map((r) => r.id))).map((e) => [e.id, e]))
  const items = await eventViews(store, model, page.map((r) => byId.get(r.id)).filter((e): e is Event => !!e))
  return { total: rows.length, limit: f.limit, offset: f.offset, items }
}

/** One event by id (as GEXF/GraphML edges and exports name it), with its article, date, cue and sentence offsets. */
export async function eventById(store: Store, id: string): Promise<EventView> {
  const model = await readModel(store)
  const [event] = model.events.has(id) ? await store.eventsByIds([id]) : []
  const [view] = event ? await eventViews(store, model, [event]) : []
  if (!view) {
    throw new DossierError('E_NOT_FOUND', `no event ${id}`, {
      context: { id }, hint: id.startsWith('event_') ? 'the store may have been reprocessed since the export: list events with /api/events' : 'event ids start with event_: list them with /api/events',
    })
  }
  return view
}

export interface ClaimFilter {
  readonly source?: string | undefined
  /** An entity (id or name) the claim is about, or an event id. */
  readonly about?: string | undefined
  readonly stance?: string | undefined
  readonly limit: number
  readonly offset: number
}

/** Claims about an entity: reports of its events, and claims whose content names it. */
const aboutMemo = new WeakMap<ReadModel, Map<string, string[]>>()

export async function claimsAbout(_store: Store, model: ReadModel, entityId: string): Promise<string[]> {
  let memo = aboutMemo.get(model)
  if (!memo) { memo = new Map(); aboutMemo.set(model, memo) }
  const hit = memo.get(entityId)
  if (hit) return hit
  const ids = new Set<string>(model.claimsNaming.get(entityId) ?? [])
  for (const ev of model.eventsOfEntity.get(entityId) ?? []) for (const c of model.claimsOfEvent.get(ev) ?? []) ids.add(c)
  const out = [...ids]
  memo.set(entityId, out)
  return out
}

export async function listClaims(store: Store, f: ClaimFilter): Promise<Page<ClaimView>> {
  const model = await readModel(store)
  let ids: string[] | undefined
  if (f.source) ids = [...(model.claimsOfSource.get(await resolveEntityRef(store, f.source)) ?? [])]
  if (f.about) {
    const about = f.about.startsWith('event_') ? [...(model.claimsOfEvent.get(f.about) ?? [])] : await claimsAbout(store, model, await resolveEntityRef(store, f.about))
    ids = ids ? ids.filter((id) => about.includes(id)) : about
  }
  const rows = (ids ? ids.map((id) => model.claims.get(id)!) : [...model.claims.values()]).filter((c) => !f.stance || c.stance === f.stance)
  rows.sort((x, y) => cmp(model.dates.get(y.articleId)?.published ?? '', model.dates.get(x.articleId)?.published ?? '') || cmp(x.id, y.id))
  const page = rows.slice(f.offset, f.offset + f.limit)
  const byId = new Map((await store.claimsByIds(page.map((r) => r.id))).map((c) => [c.id, c]))
  const items = await claimViews(store, model, page.map((r) => byId.get(r.id)).filter((c): c is Claim => !!c))
  return { total: rows.length, limit: f.limit, offset: f.offset, items }
}
