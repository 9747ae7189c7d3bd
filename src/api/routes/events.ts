/** Events and their clusters (one real-world occurrence each, with its grade), filtered and paged. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DossierError } from '../../model/index.js'
import { eventById, listEvents, resolveEntityRef } from '../../service/facts.js'
import { readModel } from '../../service/read-model.js'
import { cmp } from '../../service/relations.js'
import type { ApiContext } from '../app.js'
import { ActorRef, arr, ClusterRef, ErrorBody, EventView, page, Paging, Text, Window } from '../schemas.js'
import { etag } from '../security.js'

const root = z.string().regex(/^(0?[1-9]|1\d|20)$/, 'a CAMEO root: 01 … 20').optional().describe('CAMEO root code, 01 … 20')
const EventQuery = Paging.extend(Window.shape).extend({
  actor: ActorRef("an actor's entity id or name, as actor or target").optional(),
  root: z.string().max(80).regex(/^\s*(0?[1-9]|1\d|20)\s*(,\s*(0?[1-9]|1\d|20)\s*)*$/, 'CAMEO roots 01 … 20, comma-separated').optional()
    .describe('CAMEO root codes, comma-separated (18,19), 01 … 20'),
  place: Text().optional().describe('entity id or place name'),
  cluster: Text().optional().describe('cluster id (cluster_…), from /api/clusters'),
})

const ClusterOut = ClusterRef.extend({
  cameoRoot: z.string(), actor: z.object({ id: z.string(), name: z.string() }).optional(), target: z.object({ id: z.string(), name: z.string() }).optional(),
  eventIds: arr(z.string()),
}).meta({ id: 'Cluster' })

export const eventRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  const { store } = ctx
  app.get('/events', {
    schema: { summary: 'Events by actor, CAMEO root, time range and place, newest first', tags: ['events'], querystring: EventQuery, response: { 200: page(EventView), 400: ErrorBody, 404: ErrorBody } },
    ...etag(store),
  }, async (req) => listEvents(store, req.query))

  app.get('/events/:id', {
    schema: { summary: 'One event: its article id, date, cue and sentence with their offsets, and its cluster\'s grade', tags: ['events'], params: z.object({ id: Text().describe('event id (event_…), from /api/events') }), response: { 200: EventView, 404: ErrorBody } },
    ...etag(store),
  }, async (req) => eventById(store, req.params.id))

  const clusterOut = (model: Awaited<ReturnType<typeof readModel>>, id: string) => {
    const c = model.clusters.get(id)!
    const ent = (x: string | undefined) => (x ? { id: x, name: model.entities.get(x)?.canonicalName ?? x } : undefined)
    return { id: c.id, reports: c.reports, independentSources: c.independentSources, grade: c.grade, cameoRoot: c.cameoRoot, actor: ent(c.actorEntityId), target: ent(c.targetEntityId), eventIds: c.eventIds }
  }

  app.get('/clusters', {
    schema: { summary: 'Event clusters by actor and CAMEO root, most reported first', tags: ['events'], querystring: Paging.extend({ actor: ActorRef("an actor's entity id or name, as actor or target").optional(), root }), response: { 200: page(ClusterOut), 400: ErrorBody, 404: ErrorBody } },
    ...etag(store),
  }, async (req) => {
    const model = await readModel(store)
    const actor = req.query.actor ? await resolveEntityRef(store, req.query.actor) : undefined
    const rootCode = req.query.root?.padStart(2, '0')
    const all = [...model.clusters.values()].filter((c) => (!actor || c.actorEntityId === actor || c.targetEntityId === actor) && (!rootCode || c.cameoRoot === rootCode))
      .sort((x, y) => y.reports - x.reports || cmp(x.id, y.id))
    const { limit, offset } = req.query
    return { total: all.length, limit, offset, items: all.slice(offset, offset + limit).map((c) => clusterOut(model, c.id)) }
  })

  app.get('/clusters/:id', {
    schema: { summary: 'One event cluster with its grade and its events', tags: ['events'], params: z.object({ id: Text().describe('cluster id (cluster_…), from /api/clusters') }), response: { 200: ClusterOut.extend({ events: arr(EventView) }), 404: ErrorBody } },
    ...etag(store),
  }, async (req) => {
    const model = await readModel(store)
    if (!model.clusters.has(req.params.id)) throw new DossierError('E_NOT_FOUND', `no cluster ${req.params.id}`, { hint: 'list clusters with /api/clusters' })
    const events = await listEvents(store, { cluster: req.params.id, limit: 200, offset: 0 })
    return { ...clusterOut(model, req.params.id), events: events.items }
  })
}
