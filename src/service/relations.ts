/**
 * Relations over time from coded events: actor–target pairs whose events are
 * cooperative (CAMEO QuadClass 1–2) or hostile (3–4). A person's events also
 * count, at half weight, for the organisations they are a member of.
 * @module
 */
import { hashId } from '../model/index.js'
import type { Event, Relation } from '../model/index.js'

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
    if (ev.event.modality !== 'asserted') continue
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
