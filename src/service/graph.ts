/**
 * Graph queries over the actors (graphology and its standard libraries; no
 * graph algorithm of our own): neighbours, k-hop ego networks with a time
 * window and relation-kind filter, shortest paths that list their edges,
 * Louvain communities and centrality on the returned subgraph.
 *
 * Nodes are entities; one edge per pair of entities carries every relation
 * between them (hostile / cooperative from graded event clusters in the
 * window, member_of / part_of / leader_of / allied_with from the resolver).
 * @module
 */
import { createRequire } from 'node:module'
import { UndirectedGraph } from 'graphology'
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js'
import { bidirectional } from 'graphology-shortest-path/unweighted.js'
import { bfsFromNode } from 'graphology-traversal'
import { DossierError } from '../model/index.js'
import type { Store } from '../store/index.js'
import { dayWindow } from './dates.js'
import { resolveEntityRef } from './facts.js'
import { readModel, type ReadModel } from './read-model.js'
import { cmp, summarizeVotes, votesIn } from './relations.js'

// these two are CommonJS modules whose one export is the function (`module.exports = fn`)
const require = createRequire(import.meta.url)
const louvain = require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default
const betweennessCentrality = require('graphology-metrics/centrality/betweenness') as typeof import('graphology-metrics/centrality/betweenness.js').default

export const EDGE_KINDS = ['hostile', 'cooperative', 'member_of', 'part_of', 'leader_of', 'allied_with'] as const
export type EdgeKind = (typeof EDGE_KINDS)[number]

export interface GraphRelation {
  /** For member_of / part_of / leader_of the first entity is the member; for hostile / cooperative the order is by id. */
  readonly source: string
  readonly target: string
  readonly kind: EdgeKind
  /** Net score for hostile/cooperative (negative hostile), the resolver's confidence for structural kinds. */
  readonly score: number
  readonly clusters?: number | undefined
  readonly roles?: readonly string[] | undefined
  readonly firstSeen?: string | undefined
  readonly lastSeen?: string | undefined
  /** Event ids (first ones) or mention / kb keys behind the relation. */
  readonly evidence: readonly string[]
}

export interface GraphNode {
  readonly id: string
  readonly name: string
  readonly type?: string | undefined
  readonly hops?: number | undefined
  readonly community?: number | undefined
  readonly degree?: number | undefined
  readonly betweenness?: number | undefined
}

export interface GraphEdge {
  readonly source: string
  readonly target: string
  readonly weight: number
  readonly relations: readonly GraphRelation[]
}

export interface Subgraph {
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
  readonly communities: number
  /** True when a node or edge cap cut the result. */
  readonly truncated: boolean
}

export interface GraphFilter {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly kinds?: readonly EdgeKind[] | undefined
}

interface EdgeAttrs { weight: number; relations: GraphRelation[] }
type NodeAttrs = { name: string; type?: string | undefined }
type ActorGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>

const graphs = new Map<string, ActorGraph>()

function addRelation(g: ActorGraph, model: ReadModel, r: GraphRelation): void {
  for (const n of [r.source, r.target]) {
    if (!g.hasNode(n)) { const e = model.entities.get(n); g.addNode(n, { name: e?.canonicalName ?? n, type: e?.type }) }
  }
  if (r.source === r.target) return
  const key = g.edge(r.source, r.target)
  const w = Math.max(0.05, Math.abs(r.score))
  if (key === undefined) g.addEdge(r.source, r.target, { weight: w, relations: [r] })
  else g.updateEdgeAttributes(key, (a) => ({ weight: (a?.weight ?? 0) + w, relations: [...(a?.relations ?? []), r] }))
}

/** The actor graph for a filter, built from the read model (cached per store revision and filter). */
export function actorGraph(model: ReadModel, filter: GraphFilter = {}): ActorGraph {
  const f = { ...filter, ...dayWindow(filter.from, filter.to) }
  const kinds = new Set<EdgeKind>(f.kinds?.length ? f.kinds : EDGE_KINDS)
  const cacheKey = `${model.revision}|${f.from ?? ''}|${f.to ?? ''}|${[...kinds].sort().join(',')}`
  const hit = graphs.get(cacheKey)
  if (hit) return hit
  const g: ActorGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false })
  for (const d of model.dyads) {
    const votes = votesIn(d.votes, f.from, f.to)
    if (votes.length === 0) continue
    const s = summarizeVotes(votes)
    if (!kinds.has(s.kind)) continue
    addRelation(g, model, {
      source: d.a, target: d.b, kind: s.kind, score: s.score, clusters: s.clusters, firstSeen: s.firstSeen, lastSeen: s.lastSeen,
      evidence: votes.flatMap((v) => v.eventIds).slice(0, 20),
    })
  }
  for (const r of model.structural) {
    if (!kinds.has(r.kind)) continue
    if ((f.from && r.to && r.to < f.from) || (f.to && r.from && r.from > f.to)) continue
    addRelation(g, model, { source: r.a, target: r.b, kind: r.kind, score: r.score, roles: r.roles, firstSeen: r.from, lastSeen: r.to, evidence: r.evidence.slice(0, 20) })
  }
  if (graphs.size >= 32) graphs.delete(graphs.keys().next().value!)
  graphs.set(cacheKey, g)
  return g
}

/** A seeded generator so Louvain gives the same communities on every call. */
function seeded(seed = 42): () => number {
  let s = seed >>> 0
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32 }
}

/** Copy the induced subgraph on `keep`, run Louvain and centrality on it, and return it as plain data. */
function analyse(g: ActorGraph, keep: ReadonlyMap<string, number | undefined>, maxEdges: number): Subgraph {
  const sub: ActorGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false })
  for (const n of keep.keys()) sub.addNode(n, g.getNodeAttributes(n))
  let truncated = false
  g.forEachEdge((_e, attrs, s, t) => {
    if (!keep.has(s) || !keep.has(t)) return
    if (sub.size >= maxEdges) { truncated = true; return }
    sub.addEdge(s, t, attrs)
  })
  const communities = sub.size > 0 ? louvain.detailed(sub, { getEdgeWeight: 'weight', rng: seeded() }) : undefined
  const degree = sub.order > 1 ? degreeCentrality(sub) : {}
  const between = sub.order > 2 ? betweennessCentrality(sub, { normalized: true }) : {}
  const nodes: GraphNode[] = sub.mapNodes((id, a) => ({
    id, name: a.name, type: a.type, hops: keep.get(id), community: communities?.communities[id],
    degree: round(degree[id] ?? 0), betweenness: round(between[id] ?? 0),
  }))
  const edges: GraphEdge[] = sub.mapEdges((_e, a, source, target) => ({ source, target, weight: round(a.weight), relations: a.relations }))
  return { nodes, edges, communities: communities?.count ?? 0, truncated }
}

const round = (x: number) => Math.round(x * 10000) / 10000

function nodeOf(g: ActorGraph, id: string, label: string): string {
  if (!g.hasNode(id)) {
    throw new DossierError('E_NOT_FOUND', `${label} has no relations in this window and filter`, { hint: 'widen the time window or the relation kinds' })
  }
  return id
}

export interface EgoOptions extends GraphFilter {
  readonly hops: number
  readonly maxNodes: number
  readonly maxEdges?: number | undefined
}

/** The k-hop ego network around an actor, with communities and centrality on it. */
export async function egoNetwork(store: Store, center: string, o: EgoOptions): Promise<Subgraph & { center: string }> {
  const model = await readModel(store)
  const id = await resolveEntityRef(store, center)
  const g = actorGraph(model, o)
  if (!g.hasNode(id)) {
    // no relation in this window (or of these kinds): the actor alone, described as any node is
    const e = model.entities.get(id)
    return { center: id, nodes: [{ id, name: e?.canonicalName ?? id, type: e?.type, hops: 0, degree: 0, betweenness: 0 }], edges: [], communities: 0, truncated: false }
  }
  const keep = new Map<string, number>()
  let truncated = false
  bfsFromNode(g, id, (node, _attrs, depth) => {
    if (keep.size >= o.maxNodes) { truncated = true; return true }
    keep.set(node, depth)
    return depth >= o.hops
  })
  const sub = analyse(g, keep, o.maxEdges ?? 5000)
  return { center: id, ...sub, truncated: truncated || sub.truncated }
}

/** Direct neighbours of an actor with every relation to each, strongest first. */
export async function neighbours(store: Store, center: string, o: GraphFilter & { limit: number; offset: number }): Promise<{ center: string; total: number; items: Array<{ node: GraphNode; weight: number; relations: readonly GraphRelation[] }> }> {
  const model = await readModel(store)
  const id = await resolveEntityRef(store, center)
  const g = actorGraph(model, o)
  if (!g.hasNode(id)) return { center: id, total: 0, items: [] }
  const all = g.mapEdges(id, (_e, a, s, t) => {
    const other = s === id ? t : s
    const attrs = g.getNodeAttributes(other)
    return { node: { id: other, name: attrs.name, type: attrs.type }, weight: round(a.weight), relations: a.relations }
  }).sort((x, y) => y.weight - x.weight || cmp(x.node.name, y.node.name))
  return { center: id, total: all.length, items: all.slice(o.offset, o.offset + o.limit) }
}

export interface PathResult {
  readonly from: string
  readonly to: string
  readonly found: boolean
  readonly nodes: readonly GraphNode[]
  /** One entry per step, with every relation that links the two actors. */
  readonly edges: readonly GraphEdge[]
}

/** The shortest path (fewest steps) between two actors, with the edges it walks. */
export async function shortestPath(store: Store, from: string, to: string, f: GraphFilter = {}): Promise<PathResult> {
  const model = await readModel(store)
  const a = await resolveEntityRef(store, from)
  const b = await resolveEntityRef(store, to)
  const g = actorGraph(model, f)
  const path = a === b ? [a] : g.hasNode(a) && g.hasNode(b) ? bidirectional(g, nodeOf(g, a, from), nodeOf(g, b, to)) : null
  if (!path) return { from: a, to: b, found: false, nodes: [], edges: [] }
  const nodes = path.map((id) => ({ id, name: g.getNodeAttributes(id).name, type: g.getNodeAttributes(id).type }))
  const edges = path.slice(1).map((t, i) => {
    const s = path[i]!
    const attrs = g.getEdgeAttributes(g.edge(s, t)!)
    return { source: s, target: t, weight: round(attrs.weight), relations: attrs.relations }
  })
  return { from: a, to: b, found: true, nodes, edges }
}

/** Louvain communities over the whole graph (largest first, members by degree), capped. */
export async function communities(store: Store, f: GraphFilter & { limit: number; membersLimit: number }): Promise<{ count: number; modularity: number; items: Array<{ community: number; size: number; members: GraphNode[] }> }> {
  const g = actorGraph(await readModel(store), f)
  if (g.size === 0) return { count: 0, modularity: 0, items: [] }
  const r = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seeded() })
  const by = new Map<number, GraphNode[]>()
  g.forEachNode((id, a) => {
    const c = r.communities[id]!
    by.set(c, [...(by.get(c) ?? []), { id, name: a.name, type: a.type, community: c, degree: g.degree(id) }])
  })
  const items = [...by.entries()].map(([community, members]) => ({
    community, size: members.length, members: members.sort((x, y) => (y.degree ?? 0) - (x.degree ?? 0) || cmp(x.name, y.name)).slice(0, f.membersLimit),
  })).sort((x, y) => y.size - x.size || x.community - y.community)
  return { count: r.count, modularity: round(r.modularity), items: items.slice(0, f.limit) }
}
