/**
 * The actor graph the graph formats share: entities as nodes (people, organisations, groups, and any place a
 * relation touches), relations as directed edges with their kind, role, weight (the relation's score), number of
 * evidence items and validity dates. Built with graphology; held in memory, so its size is the number of
 * entities and relations, not of articles.
 * @module
 */
import graphology from 'graphology'
import type { Entity, Relation } from '../model/index.js'
import type { Store } from '../store/index.js'
import { dateWithin, resolveActor, type ExportFilter } from './filter.js'

export interface NodeAttributes {
  label: string
  type: string
  kind: string
  country: string
  origin: string
  aliases: string
  lat?: number
  lon?: number
}

export interface EdgeAttributes {
  label: string
  kind: string
  role: string
  weight: number
  evidence: number
  /** The edge's evidence, one click from its sentence: event ids (GET /api/events/:id), space-separated. */
  events: string
  /** The other evidence: claim, mention and knowledge-base ids, space-separated. */
  sources: string
  /** The articles the evidence comes from, space-separated (GET /api/articles/:id). */
  articles: string
  from: string
  to: string
}

export type ActorGraph = graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>

const ACTOR_TYPES = new Set(['PER', 'ORG', 'NORP'])

/** A relation's validity overlaps [from, to] (open ends match). */
function overlaps(r: Relation, f: ExportFilter): boolean {
  if (!f.from && !f.to) return true
  if (f.to && r.from && !dateWithin(r.from, undefined, f.to)) return false
  if (f.from && r.to && !dateWithin(r.to, f.from, undefined)) return false
  return true
}

function nodeAttributes(e: Entity): NodeAttributes {
  return {
    label: e.canonicalName, type: e.type, kind: e.kind ?? '', country: e.country ?? '', origin: e.origin, aliases: e.aliases.join('; '),
    ...(e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
  }
}

/** The article of each event, claim and mention id (knowledge-base keys have none), read in chunks. */
async function articlesOfEvidence(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const own = (prefix: string) => chunk.filter((id) => id.startsWith(prefix))
    for (const x of [...await store.eventsByIds(own('event_')), ...await store.claimsByIds(own('claim_')), ...await store.mentionsByIds(own('mention_'))]) out.set(x.id, x.articleId)
  }
  return out
}

function evidenceAttributes(r: Relation, articleOf: ReadonlyMap<string, string>): Pick<EdgeAttributes, 'events' | 'sources' | 'articles'> {
  const articles = [...new Set(r.evidence.map((id) => articleOf.get(id)).filter((a): a is string => !!a))].sort()
  return {
    events: r.evidence.filter((id) => id.startsWith('event_')).join(' '),
    sources: r.evidence.filter((id) => !id.startsWith('event_')).join(' '),
    articles: articles.join(' '),
  }
}

export async function actorGraph(store: Store, filter: ExportFilter): Promise<ActorGraph> {
  const actorId = await resolveActor(store, filter.actor)
  const relations: Relation[] = []
  const ends = new Set<string>()
  for await (const r of store.iterateRelations()) {
    if (actorId && r.a !== actorId && r.b !== actorId) continue
    if (!overlaps(r, filter)) continue
    relations.push(r)
    ends.add(r.a).add(r.b)
  }
  const graph: ActorGraph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>()
  for await (const e of store.iterateEntities()) {
    if (ends.has(e.id) || (!actorId && !filter.from && !filter.to && ACTOR_TYPES.has(e.type))) graph.addNode(e.id, nodeAttributes(e))
  }
  const kept = relations.filter((r) => graph.hasNode(r.a) && graph.hasNode(r.b))
  const articleOf = await articlesOfEvidence(store, [...new Set(kept.flatMap((r) => r.evidence))])
  for (const r of kept) {
    graph.addEdgeWithKey(r.id, r.a, r.b, {
      label: r.role ? `${r.kind}: ${r.role}` : r.kind, kind: r.kind, role: r.role ?? '', weight: r.score, evidence: r.evidence.length,
      ...evidenceAttributes(r, articleOf), from: r.from ?? '', to: r.to ?? '',
    })
  }
  return graph
}

/** A validity bound as a full xsd:date: a start opens its period (2010 → 2010-01-01), an end closes it (→ 2010-12-31). */
export function fullDate(date: string, end: boolean): string | undefined {
  const m = date.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/)
  if (!m) return undefined
  const [, y, mo, d] = m
  if (d) return `${y}-${mo}-${d}`
  if (mo) return end ? `${y}-${mo}-${String(new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate()).padStart(2, '0')}` : `${y}-${mo}-01`
  return end ? `${y}-12-31` : `${y}-01-01`
}
