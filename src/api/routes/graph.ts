/** Graph queries: ego network, neighbours, shortest path, communities. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { communities, EDGE_KINDS, egoNetwork, neighbours, shortestPath } from '../../service/graph.js'
import type { ApiContext } from '../app.js'
import { ActorRef, arr, ErrorBody, GraphEdge, GraphNode, GraphRelation, MAX_PAGE, Paging, Subgraph, Text, Window } from '../schemas.js'
import { etag } from '../security.js'

const Kinds = Window.extend({
  kinds: z.string().max(200).optional().transform((s, ctx) => {
    if (!s) return undefined
    const list = s.split(',').map((k) => k.trim()).filter(Boolean)
    const bad = list.filter((k) => !(EDGE_KINDS as readonly string[]).includes(k))
    if (bad.length) { ctx.addIssue({ code: 'custom', message: `unknown relation kind(s) ${bad.join(', ')}; use ${EDGE_KINDS.join(', ')}` }); return z.NEVER }
    return list as Array<(typeof EDGE_KINDS)[number]>
  }).describe(`comma-separated relation kinds: ${EDGE_KINDS.join(', ')}`),
})

export const graphRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  const { store } = ctx
  app.get('/graph', {
    schema: {
      summary: 'The k-hop ego network of an actor, with communities and centrality on it', tags: ['graph'],
      querystring: Kinds.extend({
        center: ActorRef(), hops: z.coerce.number().int().min(1).max(4).default(2).describe('steps out from the centre, 1 … 4'),
        maxNodes: z.coerce.number().int().min(1).max(1000).default(150).describe('nodes kept, nearest and strongest first, at most 1000'),
        maxEdges: z.coerce.number().int().min(1).max(10_000).default(3000).describe('edges kept, at most 10,000'),
      }),
      response: { 200: Subgraph, 400: ErrorBody, 404: ErrorBody },
    },
    ...etag(store),
  }, async (req) => {
    const q = req.query
    return egoNetwork(store, q.center, { hops: q.hops, maxNodes: q.maxNodes, maxEdges: q.maxEdges, from: q.from, to: q.to, kinds: q.kinds })
  })

  app.get('/graph/neighbours', {
    schema: {
      summary: 'Direct neighbours of an actor with every relation to each', tags: ['graph'],
      querystring: Kinds.extend(Paging.shape).extend({ center: ActorRef() }),
      response: { 200: z.object({ center: z.string(), total: z.number().int(), items: arr(z.object({ node: GraphNode, weight: z.number(), relations: arr(GraphRelation) })) }), 400: ErrorBody, 404: ErrorBody },
    },
    ...etag(store),
  }, async (req) => neighbours(store, req.query.center, req.query))

  app.get('/graph/path', {
    schema: {
      summary: 'The shortest path between two actors, listing its edges', tags: ['graph'],
      querystring: Kinds.extend({ source: ActorRef("the first actor's entity id or name"), target: ActorRef("the second actor's entity id or name", 'Israel') }),
      response: { 200: z.object({ from: z.string(), to: z.string(), found: z.boolean(), nodes: arr(GraphNode), edges: arr(GraphEdge) }), 400: ErrorBody, 404: ErrorBody },
    },
    ...etag(store),
  }, async (req) => shortestPath(store, req.query.source, req.query.target, req.query))

  app.get('/graph/communities', {
    schema: {
      summary: 'Louvain communities of the actor graph, largest first', tags: ['graph'],
      querystring: Kinds.extend({
        limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20).describe(`communities listed, at most ${MAX_PAGE}`),
        members: z.coerce.number().int().min(1).max(MAX_PAGE).default(20).describe(`members listed per community, at most ${MAX_PAGE}`),
      }),
      response: { 200: z.object({ count: z.number().int(), modularity: z.number(), items: arr(z.object({ community: z.number().int(), size: z.number().int(), members: arr(GraphNode) })) }), 400: ErrorBody },
    },
    ...etag(store),
  }, async (req) => communities(store, { ...req.query, membersLimit: req.query.members }))
}
