/**
 * Aggregation across articles, run after every ingest: resolve mentions to
 * entities (user judgements win), place entities on the map, derive relations
 * over time, group events that report the same occurrence, and grade each
 * group from the claims that report it.
 * @module
 */
import { gradeEvent, outletReportsOf, type GradeClaim } from '../claims/index.js'
import type { ClusterItem } from '../events/index.js'
import { clusterByGroups, type ClusterMemo } from './cluster-blocks.js'
import { curatedActors, mergeKb, type KbActor } from '../kb/actors.js'
import { hashId, type Claim, type Entity, type Event, type EventCluster, type Judgement, type Relation } from '../model/index.js'
import { kbEntityId, type ResolveArticle } from '../resolve/index.js'
import { entitiesOfMentions, forgetSigned, resolveBySignature, type SignatureResolution } from './resolve-signatures.js'
import { resolveComponent } from './verdict.js'
import { SIGNATURE_RULES } from './signatures.js'
import type { ClusterGrade, Store, StoredPlace } from '../store/index.js'
import { pauseAt } from './pause.js'
import { relationsFromEvents, type ResolvedEvent } from './relations.js'

export interface AggregateSummary {
  readonly entities: number
  readonly relations: number
  readonly events: number
  readonly clusters: number
  readonly claims: number
  /** Pairs of entities the model was unsure about, waiting in `dossier review`. */
  readonly review: number
  /** True when nothing changed since the last aggregation, which answered for this one (nothing was recomputed). */
  readonly unchanged?: boolean
}

/**
 * The rules name signatures are made by (`SIGNATURE_RULES`, kept beside them in ./signatures.ts). A store last
 * aggregated under other rules (an older Dossier: no number in its stored summary) signs every article again once, as
 * `--full` does, so an upgraded store does not keep signatures the current rules would not make (articles pinned
 * whole, for instance).
 */
export { SIGNATURE_RULES }

/** What the stored summary records of the run besides its counts: signature rules and knowledge base. */
interface RunRecord { readonly signatureRules?: number; readonly kbFingerprint?: string; readonly userVerdicts?: readonly string[] }

/** The user's verdicts a run resolved with, as `a b verdict` lines, sorted. */
const verdictLines = (judgements: readonly Judgement[]) => judgements.map((j) => `${j.a}\u0000${j.b}\u0000${j.verdict}`).sort()

/** The signature rules and knowledge base of the store's last aggregation, from its stored summary (empty: none, or an older Dossier). */
async function lastRun(store: Store): Promise<RunRecord> {
  const json = await store.aggregateSummary()
  if (!json) return {}
  const { signatureRules, kbFingerprint, userVerdicts } = JSON.parse(json) as RunRecord
  return { ...(signatureRules !== undefined ? { signatureRules } : {}), ...(kbFingerprint !== undefined ? { kbFingerprint } : {}), ...(userVerdicts ? { userVerdicts } : {}) }
}

/** Each store's event groups from its last aggregation in this process (a server or worker aggregates often). */
const clusterMemos = new WeakMap<Store, ClusterMemo>()

/** The last aggregation's summary, when nothing changed since it (no save, judgement or import; not running). */
async function unchangedSummary(store: Store): Promise<AggregateSummary | undefined> {
  if (await store.aggregatePending()) return undefined
  const json = await store.aggregateSummary()
  if (!json) return undefined
  const { signatureRules: _rules, kbFingerprint: _kb, userVerdicts: _verdicts, ...summary } = JSON.parse(json) as AggregateSummary & RunRecord
  return { ...summary, unchanged: true }
}

/** The knowledge base in force for a store: curated actors plus the user's imports. */
export async function knowledgeBase(store: Store): Promise<KbActor[]> {
  return mergeKb(curatedActors(), await store.actors())
}

/** Per store, the knowledge base of the last aggregation in this process and the user's actors it was merged from. */
const kbMemos = new WeakMap<Store, { readonly curated: readonly KbActor[]; readonly user: string; readonly kb: readonly KbActor[]; readonly fingerprint: string }>()

/** A hash of each knowledge base array (the curated list is one array per process). */
const kbFingerprints = new WeakMap<readonly KbActor[], string>()
function fingerprintOf(actors: readonly KbActor[]): string {
  let f = kbFingerprints.get(actors)
  if (f === undefined) kbFingerprints.set(actors, (f = hashId('kb', JSON.stringify(actors))))
  return f
}

/**
 * The knowledge base for an aggregation: the same array as the last run's while the user's actors are unchanged, so
 * that its index and the name facts worked out for it (`resolveBySignature`) carry over from run to run.
 */
async function aggregationKb(store: Store): Promise<{ readonly kb: readonly KbActor[]; readonly fingerprint: string }> {
  const curated = curatedActors()
  const userActors = await store.actors()
  const user = JSON.stringify(userActors)
  const last = kbMemos.get(store)
  if (last && last.curated === curated && last.user === user) return last
  const memo = { curated, user, kb: mergeKb(curated, userActors), fingerprint: hashId('kb', fingerprintOf(curated), user) }
  kbMemos.set(store, memo)
  return memo
}

/** Sides of the conflict: who is hostile to whom, and who belongs with whom (through member_of / part_of). */
export class Sides {
  private readonly up = new Map<string, Set<string>>()
  private readonly hostile = new Set<string>()

  constructor(relations: readonly Relation[]) {
    for (const r of relations) {
      if (r.kind === 'member_of' || r.kind === 'part_of' || r.kind === 'leader_of') {
        const s = this.up.get(r.a) ?? new Set<string>()
        s.add(r.b)
        this.up.set(r.a, s)
      } else if (r.kind === 'hostile') {
        this.hostile.add(`${r.a}|${r.b}`)
        this.hostile.add(`${r.b}|${r.a}`)
      }
    }
  }

  /** The entity and every group it belongs to, transitively. */
  side(x: string): Set<string> {
    const out = new Set<string>([x])
    const todo = [x]
    while (todo.length) for (const p of this.up.get(todo.pop()!) ?? []) if (!out.has(p)) { out.add(p); todo.push(p) }
    return out
  }

  allied = (a: string, b: string): boolean => {
    const sa = this.side(a)
    return [...this.side(b)].some((x) => sa.has(x))
  }

  adversaries = (a: string, b: string): boolean => {
    if (this.allied(a, b)) return false
    const sb = [...this.side(b)]
    return [...this.side(a)].some((x) => sb.some((y) => this.hostile.has(`${x}|${y}`)))
  }
}

/** Entity id for a name (canonical or alias, case-insensitive), preferring organisations. */
function nameIndex(entities: readonly Entity[]): (name: string | undefined) => string | undefined {
  const byName = new Map<string, string>()
  const order = [...entities].sort((a, b) => (a.type === 'ORG' ? 0 : 1) - (b.type === 'ORG' ? 0 : 1))
  for (const e of order) for (const n of [e.canonicalName, ...e.aliases, ...(e.kbAliases ?? [])]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id)
  const ids = new Set(entities.map((e) => e.id))
  return (name) => (name ? byName.get(name.toLowerCase()) ?? (ids.has(name) ? name : undefined) : undefined)
}

/** Country entity for a nationality word: "Israeli", "the Egyptians" → the entity of the KB country with that demonym. */
function demonymIndex(kb: readonly KbActor[], entities: readonly Entity[]): (word: string) => string | undefined {
  const present = new Set(entities.map((e) => e.id))
  const byDemonym = new Map<string, string>()
  for (const a of kb) if (a.demonym && present.has(kbEntityId(a.id))) byDemonym.set(a.demonym.toLowerCase(), kbEntityId(a.id))
  return (word) => {
    const w = word.toLowerCase().replace(/^the\s+/, '')
    return byDemonym.get(w) ?? byDemonym.get(w.replace(/s$/, ''))
  }
}

/** Coordinates for place entities: the most frequent geocoding of their mentions. */
function placeEntities(entities: readonly Entity[], mentionEntity: ReadonlyMap<string, string>, places: readonly StoredPlace[]): Entity[] {
  const votes = new Map<string, Map<string, { place: StoredPlace; n: number }>>()
  for (const p of places) {
    const eid = mentionEntity.get(p.mentionId)
    if (!eid || p.lat === undefined || p.lon === undefined) continue
    const v = votes.get(eid) ?? new Map()
    const key = `${p.name}|${p.lat}|${p.lon}`
    const slot = v.get(key) ?? { place: p, n: 0 }
    slot.n++
    v.set(key, slot)
    votes.set(eid, v)
  }
  return entities.map((e) => {
    const v = votes.get(e.id)
    if (!v || e.type !== 'LOC' || e.lat !== undefined) return e
    const best = [...v.values()].sort((a, b) => b.n - a.n || a.place.name.localeCompare(b.place.name))[0]!.place
    return { ...e, lat: best.lat, lon: best.lon, ...(best.country && !e.country ? { country: best.country } : {}), ...(e.kind ? {} : { kind: best.kind }) }
  })
}

export interface AggregateOptions {
  /** Rebuild from scratch: sign every article again (after an upgrade of the signature rules); same result. */
  readonly full?: boolean
  /** Told the wall time of each phase as it ends (benches and `scripts/aggregate-report.ts`). */
  readonly onPhase?: (phase: string, ms: number) => void
  /**
   * The two judgement keys of a user's verdict recorded since the last aggregation, which changed nothing else: only
   * their component is resolved again (./verdict.ts), unless something else may have changed (then in full).
   */
  readonly verdict?: readonly [string, string]
  /** Told how resolution ran: `full`, `component (n signatures)`, or why a verdict's component fell back to full. */
  readonly onResolve?: (how: string) => void
}

/** Resolution of this run: the verdict's component spliced into the last run's, when that is safe; else every signature. */
async function resolveRun(store: Store, kb: readonly KbActor[], fingerprint: string, articles: readonly ResolveArticle[],
  judgements: readonly Judgement[], opts: AggregateOptions, last: RunRecord): Promise<SignatureResolution> {
  if (opts.verdict && !opts.full) {
    // every other verdict must be one the last run resolved with (a run killed after its verdict was recorded is not)
    const pair = `${[...opts.verdict].sort().join('\u0000')}\u0000`
    const others = (lines: readonly string[]) => lines.filter((l) => !l.startsWith(pair)).join('\n')
    const r = last.signatureRules !== SIGNATURE_RULES || last.kbFingerprint !== fingerprint
      ? { ok: false as const, reason: 'the last run had other rules or another knowledge base' }
      : others(last.userVerdicts ?? ['?']) !== others(verdictLines(judgements))
        ? { ok: false as const, reason: 'other verdicts changed since the last run' }
        : await resolveComponent(store, kb, articles, opts.verdict)
    opts.onResolve?.(r.ok ? `component (${r.signatures} signatures)` : `full: ${r.reason}`)
    if (r.ok) return r.result
  } else opts.onResolve?.('full')
  return resolveBySignature(store, kb, articles, judgements)
}

/** A stopwatch that reports each phase's time to `onPhase`. */
function phases(onPhase: AggregateOptions['onPhase']): (phase: string) => void {
  let t = performance.now()
  return (phase) => { const now = performance.now(); onPhase?.(phase, now - t); t = now }
}

export async function aggregate(store: Store, opts: AggregateOptions = {}): Promise<AggregateSummary> {
  // before anything is read: a save from here on keeps the store pending for the next run
  const mark = phases(opts.onPhase)
  if (!opts.full) {
    const same = await unchangedSummary(store)
    if (same) return same
  }
  const run = await store.beginAggregation()
  const last = await lastRun(store)
  if (opts.full || last.signatureRules !== SIGNATURE_RULES) await store.clearSignatures()
  // a full rebuild carries nothing over from earlier runs in this process
  if (opts.full) { kbMemos.delete(store); forgetSigned(store) }
  const { kb, fingerprint } = await aggregationKb(store)
  const articles = await store.listArticles({ limit: Number.MAX_SAFE_INTEGER })
  const userJudgements = await store.judgements('user')
  const { resolution, signatureEntity, places } = await resolveRun(store, kb, fingerprint,
    articles.map((a) => (a.outlet ? { id: a.id, outlet: a.outlet } : { id: a.id })), userJudgements, opts, last)
  mark('resolve')
  const entities = placeEntities(resolution.entities, resolution.mentionEntity, places)
  const countryOf = demonymIndex(kb, entities)
  const events = await store.eventsOf()
  const roleIds = events.flatMap((e) => [e.actor?.mentionId, e.target?.mentionId]).filter((x): x is string => x !== undefined)
  const mentionEntity = await entitiesOfMentions(store, signatureEntity, roleIds)
  const entityOf = (mentionId: string | undefined) => (mentionId ? mentionEntity.get(mentionId) : undefined)
  const mentionById = new Map((await store.mentionsByIds([...new Set(roleIds)])).map((m) => [m.id, m]))
  /** An event role's entity; a nationality ("Israeli aircraft", "the Egyptians") acts for its country. */
  const roleEntity = (role: Event['actor']) => {
    if (!role) return undefined
    if (role.entityId) return role.entityId
    const m = role.mentionId ? mentionById.get(role.mentionId) : undefined
    return (m?.type === 'NORP' ? countryOf(m.text) : undefined) ?? entityOf(role.mentionId)
  }
  const entityByName = nameIndex(entities)
  const article = new Map(articles.map((a) => [a.id, a]))

  // relations: from the resolver (member_of, part_of, leader_of) and from events (hostile, cooperative)
  const resolved: ResolvedEvent[] = events.map((event) => ({
    event,
    actorEntityId: roleEntity(event.actor),
    targetEntityId: roleEntity(event.target),
    date: event.when?.date ?? article.get(event.articleId)?.published,
  }))
  const memberOf = new Map<string, string[]>()
  for (const r of resolution.relations) {
    if (r.kind !== 'member_of' && r.kind !== 'leader_of') continue
    memberOf.set(r.a, [...(memberOf.get(r.a) ?? []), r.b])
  }
  const relations = new Map<string, Relation>()
  // a place is a party only as a state standing for its government ("Egypt"), not a town or region ("Rafah")
  const entityById = new Map(entities.map((e) => [e.id, e]))
  const isParty = (id: string) => { const e = entityById.get(id); return !e || e.type !== 'LOC' || e.kind === 'country' }
  for (const r of [...resolution.relations, ...relationsFromEvents(resolved, memberOf, isParty)]) relations.set(r.id, r)
  mark('relations')
  await store.saveSignatureResolution({ ...resolution, entities, relations: [...relations.values()] }, signatureEntity)
  mark('save-resolution')
  await pauseAt('aggregate')

  // who reports each event
  const claims = await store.claimsOf()
  for (const [m, e] of await entitiesOfMentions(store, signatureEntity, claims.map((c) => c.source.mentionId).filter((x): x is string => x !== undefined))) mentionEntity.set(m, e)
  const claimsAbout = new Map<string, Claim[]>()
  // only claims of fact report an event; a party's own position ("reiterates support") is graded by nobody
  for (const c of claims) if (c.kind !== 'position') for (const id of c.about) claimsAbout.set(id, [...(claimsAbout.get(id) ?? []), c])
  const claimById = new Map(claims.map((c) => [c.id, c]))
  /** Who a claim rests on: "he", "the source" follow their antecedent claim back to the first naming of the speaker. */
  const rootSource = (c: Claim): Claim => {
    let cur = c
    for (let hops = 0; hops < 50 && cur.source.antecedentClaimId; hops++) {
      const prev = claimById.get(cur.source.antecedentClaimId)
      if (!prev || prev.articleId !== cur.articleId) break
      cur = prev
    }
    return cur
  }
  const sourceKey = (c: Claim) => {
    const r = rootSource(c)
    return r.source.entityId ?? entityOf(r.source.mentionId) ?? c.source.entityId ?? entityOf(c.source.mentionId) ??
      `${r.articleId}:${(r.source.descriptor ?? r.source.text).toLowerCase()}`
  }
  const nameOfEntity = new Map(entities.map((e) => [e.id, e.canonicalName]))

  const items: ClusterItem[] = resolved.map((r) => {
    const a = article.get(r.event.articleId)
    return {
      event: r.event,
      articleId: r.event.articleId,
      ...(r.actorEntityId ? { actorEntityId: r.actorEntityId } : {}),
      ...(r.targetEntityId ? { targetEntityId: r.targetEntityId } : {}),
      ...(a?.published ? { published: a.published } : {}),
      ...(a?.nearDupOf ? { nearDupOf: a.nearDupOf } : {}),
      sourceKeys: (claimsAbout.get(r.event.id) ?? []).map(sourceKey),
    }
  })
  mark('claims')
  // a full rebuild clusters every group again
  const grouped = clusterByGroups(items, opts.full ? new Map() : clusterMemos.get(store))
  clusterMemos.set(store, grouped.memo)
  const clusters: EventCluster[] = grouped.clusters
  mark('cluster')

  // grades: corroboration by independent sources, cross-side confirmation, contradictions
  const sides = new Sides([...relations.values()])
  // an outlet the knowledge base knows (a ministry's or a command's own site) speaks for itself
  const kbByName = new Map<string, KbActor>()
  for (const a of kb) for (const n of [a.name, ...a.aliases]) if (!kbByName.has(n.toLowerCase())) kbByName.set(n.toLowerCase(), a)
  const eventById = new Map(events.map((e) => [e.id, e]))
  const outletSourceOf = (eventIds: readonly string[]) => {
    for (const id of eventIds) {
      const a = article.get(eventById.get(id)?.articleId ?? '')
      const actor = a?.outlet ? kbByName.get(a.outlet.toLowerCase()) : undefined
      if (a && actor) return { outletSource: { label: a.outlet!, affiliation: nameOfEntity.get(kbEntityId(actor.id)) ?? actor.name, articleId: a.id } }
    }
    return {}
  }
  const grades: ClusterGrade[] = clusters.map((cl) => {
    const seen = new Set<string>()
    const gradeClaims: GradeClaim[] = []
    for (const id of cl.eventIds) {
      for (const c of claimsAbout.get(id) ?? []) {
        if (seen.has(c.id)) continue
        seen.add(c.id)
        const a = article.get(c.articleId)
        // grading speaks in names; the side checks below map names back to entities
        const affId = entityByName(c.source.affiliation)
        const affiliation = (affId ? nameOfEntity.get(affId) : undefined) ?? c.source.affiliation
        gradeClaims.push({
          sourceKey: sourceKey(c), anonymous: c.source.anonymous, stance: c.stance, hedged: c.hedged, articleId: c.articleId,
          label: rootSource(c).source.descriptor ?? rootSource(c).source.text,
          ...(affiliation ? { affiliation } : {}),
          ...(a?.nearDupOf ? { nearDupOf: a.nearDupOf } : {}),
          ...(c.via ?? a?.outlet ? { outlet: c.via ?? a?.outlet } : {}),
        })
      }
    }
    const party = {
      ...(cl.actorEntityId ? { actor: nameOfEntity.get(cl.actorEntityId) ?? cl.actorEntityId } : {}),
      ...(cl.targetEntityId ? { target: nameOfEntity.get(cl.targetEntityId) ?? cl.targetEntityId } : {}),
    }
    const id = (name: string) => entityByName(name) ?? name
    const grade = gradeEvent({
      claims: gradeClaims,
      adversaries: (a, b) => sides.adversaries(id(a), id(b)),
      allied: (a, b) => sides.allied(id(a), id(b)),
      party,
      reportedByOutlet: gradeClaims.length === 0,
      ...(gradeClaims.length === 0 ? outletSourceOf(cl.eventIds) : {}),
      outletReports: outletReportsOf(
        cl.eventIds.flatMap((e) => eventById.get(e) ?? []),
        (e) => claimsAbout.get(e) ?? [],
        (a) => article.get(a),
      ),
    })
    return { clusterId: cl.id, grade }
  })
  mark('grade')
  await store.saveClusters(clusters, grades)
  mark('save-clusters')
  // last: a run killed before here leaves the flag set, so the next ingest or reprocess aggregates again; and
  // an article saved by another process while this run read the store keeps it set
  const summary: AggregateSummary = {
    entities: entities.length,
    relations: relations.size,
    events: events.length,
    clusters: clusters.length,
    claims: claims.length,
    review: resolution.judgements.filter((j) => j.verdict === 'unsure').length,
  }
  await store.saveAggregateSummary(JSON.stringify({ ...summary, signatureRules: SIGNATURE_RULES, kbFingerprint: fingerprint, userVerdicts: verdictLines(userJudgements) }))
  await store.endAggregation(run)
  return summary
}
