/**
 * Relations over time from coded events: actor–target pairs whose events are
 * cooperative (CAMEO QuadClass 1–2) or hostile (3–4). A person's events also
 * count, at half weight, for the organisations they are a member of.
 * @module
 */
import { hashId, isDoneModality } from '../model/index.js'
import type { Event, Grade, Relation } from '../model/index.js'

export interface ResolvedEvent {
  readonly event: Event
  readonly actorEntityId?: string | undefined
  readonly targetEntityId?: string | undefined
  /** The event's date (resolved `when`, else the article's publication date). */
  readonly date?: string | undefined
}

/** QuadClass from a CAMEO root, when the event does not carry one. */
export function quadClassOf(e: Event): number {
  if (e.quadClass !== undefined && e.quadClass > 0) return e.quadClass
  const root = Number(e.cameoRoot)
  if (root >= 1 && root <= 5) return 1
  if (root >= 6 && root <= 9) return 2
  if (root >= 10 && root <= 14) return 3
  if (root >= 15 && root <= 20) return 4
  return 0
}

/**
 * Derive hostile/cooperative relations. `memberOf` maps a person entity to the organisations it belongs to.
 * Modal events (attempted, denied, negated…) do not count: only events reported as done. `isParty`
 * says which entities can be parties (default all): places other than states are not.
 */
export function relationsFromEvents(events: readonly ResolvedEvent[], memberOf: ReadonlyMap<string, readonly string[]>,
  isParty: (entityId: string) => boolean = () => true): Relation[] {
  interface Acc { a: string; b: string; kind: 'hostile' | 'cooperative'; score: number; evidence: Set<string>; from?: string; to?: string }
  const acc = new Map<string, Acc>()
  const add = (x: string, y: string, kind: Acc['kind'], weight: number, ev: ResolvedEvent) => {
    if (x === y) return
    const [a, b] = x < y ? [x, y] : [y, x]
    const key = `${a}|${b}|${kind}`
    let r = acc.get(key)
    if (!r) { r = { a, b, kind, score: 0, evidence: new Set() }; acc.set(key, r) }
    r.score += weight
    r.evidence.add(ev.event.id)
    if (ev.date) {
      if (!r.from || ev.date < r.from) r.from = ev.date
      if (!r.to || ev.date > r.to) r.to = ev.date
    }
  }
  for (const ev of events) {
    const q = quadClassOf(ev.event)
    if (q === 0 || !ev.actorEntityId || !ev.targetEntityId) continue
    // a relation is between actors: a town shelled is a place, not a party
    if (!isParty(ev.actorEntityId) || !isParty(ev.targetEntityId)) continue
    if (!isDoneModality(ev.event.modality)) continue
    const kind = q <= 2 ? 'cooperative' : 'hostile'
    add(ev.actorEntityId, ev.targetEntityId, kind, 1, ev)
    for (const org of memberOf.get(ev.actorEntityId) ?? []) add(org, ev.targetEntityId, kind, 0.5, ev)
    for (const org of memberOf.get(ev.targetEntityId) ?? []) add(ev.actorEntityId, org, kind, 0.5, ev)
  }
  return [...acc.values()].sort((x, y) => `${x.a}${x.b}${x.kind}`.localeCompare(`${y.a}${y.b}${y.kind}`)).map((r) => ({
    id: hashId('relation', r.a, r.b, r.kind),
    a: r.a, b: r.b, kind: r.kind, score: r.score,
    ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}),
    evidence: [...r.evidence].sort(),
  }))
}

// ---- relations over time, one vote per event cluster, weighted by the cluster's grade

/** How much a cluster's Admiralty grade counts: A1 fully, E5 a little; F and 6 ("cannot be judged") half. */
const RELIABILITY_WEIGHT: Record<string, number> = { A: 1, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.5 }
const CREDIBILITY_WEIGHT: Record<string, number> = { 1: 1, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.5 }

export function gradeWeight(grade: Grade | undefined): number {
  if (!grade) return 0.25
  return (RELIABILITY_WEIGHT[grade.reliability] ?? 0.5) * (CREDIBILITY_WEIGHT[grade.credibility] ?? 0.5)
}

/** An event as the relation model needs it (entities from its cluster, date from the event or its article). */
export interface EventFact {
  readonly id: string
  readonly articleId: string
  readonly cameo: string
  readonly quadClass: number
  /** Goldstein weight −10…+10 (from the event, else the CAMEO table). */
  readonly goldstein: number
  readonly modality: string
  readonly date?: string | undefined
}

export interface GradedCluster {
  readonly id: string
  readonly actorEntityId?: string | undefined
  readonly targetEntityId?: string | undefined
  readonly eventIds: readonly string[]
  readonly grade?: Grade | undefined
}

/** One cluster's vote on a dyad: signed (−1 hostile … +1 cooperative) and weighted by its grade. */
export interface DyadVote {
  readonly clusterId: string
  readonly eventIds: readonly string[]
  /** Mean Goldstein of the cluster's asserted events ÷ 10, times the grade weight (half for a member's act). */
  readonly value: number
  readonly gradeWeight: number
  readonly date?: string | undefined
  /** False when the vote comes from a member's act counted for its organisation. */
  readonly direct: boolean
}

export interface Dyad {
  /** Entity ids, a < b. */
  readonly a: string
  readonly b: string
  readonly votes: readonly DyadVote[]
}

export interface DyadSummary {
  readonly kind: 'hostile' | 'cooperative'
  /** Net score: sum of votes (negative hostile, positive cooperative). */
  readonly score: number
  readonly hostile: number
  readonly cooperative: number
  readonly clusters: number
  readonly firstSeen?: string | undefined
  readonly lastSeen?: string | undefined
}

/** Build dyads from graded clusters; `memberOf` lifts a person's acts to their organisations at half weight. */
export function dyadsFromClusters(clusters: readonly GradedCluster[], events: ReadonlyMap<string, EventFact>,
  memberOf: ReadonlyMap<string, readonly string[]>): Dyad[] {
  const acc = new Map<string, { a: string; b: string; votes: DyadVote[] }>()
  const add = (x: string, y: string, vote: DyadVote) => {
    if (x === y) return
    const [a, b] = x < y ? [x, y] : [y, x]
    const key = `${a}|${b}`
    const d = acc.get(key) ?? { a, b, votes: [] }
    if (!d.votes.some((v) => v.clusterId === vote.clusterId)) d.votes.push(vote)
    acc.set(key, d)
  }
  for (const c of clusters) {
    if (!c.actorEntityId || !c.targetEntityId) continue
    const asserted = c.eventIds.map((id) => events.get(id)).filter((e): e is EventFact => !!e && isDoneModality(e.modality) && e.quadClass > 0)
    if (asserted.length === 0) continue
    const mean = asserted.reduce((s, e) => s + e.goldstein, 0) / asserted.length / 10
    const w = gradeWeight(c.grade)
    const dates = asserted.map((e) => e.date).filter((d): d is string => !!d).sort()
    const vote = { clusterId: c.id, eventIds: asserted.map((e) => e.id), value: mean * w, gradeWeight: w, date: dates[0], direct: true }
    add(c.actorEntityId, c.targetEntityId, vote)
    const half = { ...vote, value: vote.value / 2, direct: false }
    for (const org of memberOf.get(c.actorEntityId) ?? []) if (org !== c.targetEntityId) add(org, c.targetEntityId, half)
    for (const org of memberOf.get(c.targetEntityId) ?? []) if (org !== c.actorEntityId) add(c.actorEntityId, org, half)
  }
  return [...acc.values()].sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b))
}

/** Votes inside a time window (ISO dates, inclusive; undated votes count only when no window is set). */
export function votesIn(votes: readonly DyadVote[], from?: string, to?: string): DyadVote[] {
  if (!from && !to) return [...votes]
  return votes.filter((v) => v.date !== undefined && (!from || v.date.slice(0, 10) >= from.slice(0, 10)) && (!to || v.date.slice(0, 10) <= to.slice(0, 10)))
}

export function summarizeVotes(votes: readonly DyadVote[]): DyadSummary {
  let hostile = 0
  let cooperative = 0
  for (const v of votes) if (v.value < 0) hostile -= v.value; else cooperative += v.value
  const dates = votes.map((v) => v.date).filter((d): d is string => !!d).sort()
  const score = round(cooperative - hostile)
  return {
    kind: score < 0 ? 'hostile' : 'cooperative', score, hostile: round(hostile), cooperative: round(cooperative), clusters: votes.length,
    firstSeen: dates[0], lastSeen: dates[dates.length - 1],
  }
}

export type Bucket = 'week' | 'month'

/** The period a date falls in: `2016-03` for months, ISO week `2016-W11` for weeks; `undated` without a date. */
export function periodOf(date: string | undefined, bucket: Bucket): string {
  if (!date || !/^\d{4}-\d{2}/.test(date)) return 'undated'
  if (bucket === 'month' || date.length < 10) return date.slice(0, 7)
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return date.slice(0, 7)
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)) // the Thursday of this ISO week decides its year
  const year = d.getUTCFullYear()
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

export interface DyadBucket extends DyadSummary {
  readonly period: string
}

/** The hostile ↔ cooperative score of a dyad per week or month, oldest first. */
export function bucketVotes(votes: readonly DyadVote[], bucket: Bucket): DyadBucket[] {
  const by = new Map<string, DyadVote[]>()
  for (const v of votes) {
    const p = periodOf(v.date, bucket)
    const list = by.get(p)
    if (list) list.push(v); else by.set(p, [v])
  }
  return [...by.entries()].sort(([x], [y]) => cmp(x, y)).map(([period, vs]) => ({ period, ...summarizeVotes(vs) }))
}

/** Code-unit order for ids and ISO dates (localeCompare is far slower and not needed for them). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
