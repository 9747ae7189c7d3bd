/**
 * Event clusters: count events, not reports. Events from different articles that
 * report the same occurrence — same type family, same dyad, nearby place, close
 * in time — are grouped; each cluster counts its reports (articles) and its
 * independent sources (near-duplicate articles and articles resting on the same
 * speaker count once).
 * @module
 */
import { hashId } from '../model/index.js'
import type { Event, EventCluster } from '../model/index.js'
import { cameoInfo } from './cameo.js'

export interface ClusterItem {
  readonly event: Event
  /** Resolved entities of the event's roles (unresolved roles fall back to their normalised text). */
  readonly actorEntityId?: string
  readonly targetEntityId?: string
  /** The article's published date (ISO), used when the event has no date of its own. */
  readonly published?: string
  readonly articleId: string
  /** The article this one is a near-duplicate of (wire copies). */
  readonly nearDupOf?: string
  /** Who the report rests on: speaker entity ids or source descriptors. Reports sharing a key are one source. */
  readonly sourceKeys?: readonly string[]
  /** Coordinates of the event's place, when geocoded. */
  readonly lat?: number
  readonly lon?: number
}

export interface ClusterOptions {
  /** Days two reports' dates may differ by (default 3). */
  readonly windowDays?: number
  /** Kilometres two places may be apart (default 50). */
  readonly maxKm?: number
}

/** The family a CAMEO code belongs to: its PLOVER category, with the violent roots together. */
export function typeFamily(cameo: string): string {
  const root = cameo.slice(0, 2)
  if (root === '18' || root === '19' || root === '20') return 'ASSAULT'
  return cameoInfo(cameo)?.plover ?? `CAMEO${root}`
}

interface DateRange { readonly from: number; readonly to: number }
const DAY = 86_400_000

/** A date at any precision (YYYY, YYYY-MM, YYYY-MM-DD…) as a range of epoch ms. */
export function dateRange(iso: string | undefined): DateRange | undefined {
  if (!iso) return undefined
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso)
  if (!m) return undefined
  const y = Number(m[1])
  if (m[3]) { const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3])); return { from: t, to: t + DAY - 1 } }
  if (m[2]) { const mo = Number(m[2]) - 1; return { from: Date.UTC(y, mo, 1), to: Date.UTC(y, mo + 1, 1) - 1 } }
  return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) - 1 }
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180
  const dLat = (b.lat - a.lat) * r
  const dLon = (b.lon - a.lon) * r
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2
  return 12_742 * Math.asin(Math.sqrt(h))
}

function norm(s: string | undefined): string | undefined {
  return s?.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/^the\s+/, '').trim()
}

interface Prepared {
  readonly item: ClusterItem
  readonly family: string
  readonly actor?: string
  readonly target?: string
  readonly date?: DateRange
  readonly place?: string
}

function prepare(item: ClusterItem): Prepared {
  const e = item.event
  const actor = item.actorEntityId ?? norm(e.actor?.text)
  const target = item.targetEntityId ?? norm(e.target?.text)
  // the event's own date when it is at least month-precise, else the article's date
  const own = e.when?.date && e.when.date.length >= 7 ? e.when.date : undefined
  const date = dateRange(own ?? item.published)
  const place = norm(e.location?.text)
  return { item, family: typeFamily(e.cameo), ...(actor ? { actor } : {}), ...(target ? { target } : {}), ...(date ? { date } : {}), ...(place ? { place } : {}) }
}

/** Can two events be reports of the same occurrence? */
function compatible(a: Prepared, b: Prepared, opts: Required<ClusterOptions>): boolean {
  if (a.family !== b.family) return false
  // the dyad: both sides must agree where both are known, and at least one side must be known in both
  if (a.actor && b.actor && a.actor !== b.actor) return false
  if (a.target && b.target && a.target !== b.target) return false
  const shared = (a.actor && b.actor) || (a.target && b.target)
  if (!shared) return false
  if (a.date && b.date) {
    const gap = Math.max(0, Math.max(a.date.from, b.date.from) - Math.min(a.date.to, b.date.to))
    if (gap > opts.windowDays * DAY) return false
  }
  const ia = a.item
  const ib = b.item
  if (ia.lat !== undefined && ia.lon !== undefined && ib.lat !== undefined && ib.lon !== undefined) {
    if (km({ lat: ia.lat, lon: ia.lon }, { lat: ib.lat, lon: ib.lon }) > opts.maxKm) return false
  } else if (a.place && b.place && a.place !== b.place && !a.place.includes(b.place) && !b.place.includes(a.place)) {
    return false
  }
  return true
}

/**
 * Keys of which any two items that can join one cluster share at least one (the type family with the actor, or
 * with the target). Items linked by no chain of shared keys never meet, so each linked group can be clustered on
 * its own with the same result as all items at once.
 */
export function clusterLinkKeys(item: ClusterItem): string[] {
  const p = prepare(item)
  return [...(p.actor ? [`${p.family}\u0000a\u0000${p.actor}`] : []), ...(p.target ? [`${p.family}\u0000t\u0000${p.target}`] : [])]
}

/**
 * Group events that report the same occurrence. Deterministic: items are taken in
 * date order (then event id), and each joins the first cluster whose every member
 * it is compatible with (complete link, so clusters do not chain across a week).
 */
export function clusterEvents(items: readonly ClusterItem[], options: ClusterOptions = {}): EventCluster[] {
  const opts: Required<ClusterOptions> = { windowDays: options.windowDays ?? 3, maxKm: options.maxKm ?? 50 }
  const prepared = items.map(prepare).sort((a, b) =>
    (a.date?.from ?? 0) - (b.date?.from ?? 0) || a.item.event.id.localeCompare(b.item.event.id))
  const groups: Prepared[][] = []
  for (const p of prepared) {
    const g = groups.find((members) => members.every((m) => compatible(m, p, opts)))
    if (g) g.push(p)
    else groups.push([p])
  }
  return groups.map((members) => {
    const first = members[0]!
    const articles = new Set(members.map((m) => m.item.articleId))
    const actorEntityId = members.find((m) => m.item.actorEntityId)?.item.actorEntityId
    const targetEntityId = members.find((m) => m.item.targetEntityId)?.item.targetEntityId
    return {
      id: hashId('cluster', first.family, first.actor, first.target, first.item.event.id),
      cameoRoot: mostCommon(members.map((m) => m.item.event.cameoRoot)),
      ...(actorEntityId ? { actorEntityId } : {}),
      ...(targetEntityId ? { targetEntityId } : {}),
      eventIds: members.map((m) => m.item.event.id),
      reports: articles.size,
      independentSources: independentSources(members.map((m) => m.item)),
    }
  })
}

function mostCommon(xs: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
}

/** Articles joined by near-duplication or a shared source key count once. */
export function independentSources(items: readonly ClusterItem[]): number {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!
    parent.set(x, r)
    return r
  }
  const union = (a: string, b: string) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent.set(ra, rb) }
  const articles = new Set(items.map((i) => i.articleId))
  for (const a of articles) parent.set(a, a)
  const byKey = new Map<string, string>()
  for (const it of items) {
    if (it.nearDupOf) { if (!parent.has(it.nearDupOf)) parent.set(it.nearDupOf, it.nearDupOf); union(it.articleId, it.nearDupOf) }
    for (const k of it.sourceKeys ?? []) {
      const seen = byKey.get(k)
      if (seen) union(it.articleId, seen)
      else byKey.set(k, it.articleId)
    }
  }
  return new Set([...articles].map(find)).size
}
