/** Entities: search (transliteration- and alias-tolerant) and the dossier of one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { EntityType } from '../../model/index.js'
import { dossier } from '../../service/dossier.js'
import { searchEntities } from '../../service/search.js'
import type { ApiContext } from '../app.js'
import { Dossier, EntityHit, ErrorBody, MAX_PAGE, page, Paging, Text, Window } from '../schemas.js'
import { etag } from '../security.js'

const SearchQuery = Paging.extend({
  q: Text().default('').describe('a name in any spelling, or an alias ("Dugmash", "ISIL")'),
  type: z.string().toUpperCase().pipe(EntityType).optional().describe(`entity type: ${EntityType.options.join(', ')}`),
})

const DossierQuery = Window.extend({
  bucket: z.enum(['week', 'month']).default('month').describe('period of the relations over time: week or month'),
  // defaults kept small: a default dossier was 165 KB at 10,000 articles, mostly sentences of evidence (ask for more)
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(10).describe('events and claims listed (each list)'),
  mentions: z.coerce.number().int().min(0).max(MAX_PAGE).default(10).describe('mentions listed with their sentences'),
  evidence: z.coerce.number().int().min(1).max(50).default(3).describe('event clusters listed as evidence per relation'),
  reports: z.coerce.number().int().min(1).max(50).default(2).describe('reports listed per evidence cluster'),
  relations: z.coerce.number().int().min(1).max(MAX_PAGE).default(10).describe('relations listed, strongest first (hostile/cooperative, and structural)'),
})

export const entityRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  const { store } = ctx
  app.get('/entities', {
    schema: { summary: 'Search entities by name or alias, ranked', tags: ['entities'], querystring: SearchQuery, response: { 200: page(EntityHit), 400: ErrorBody } },
    ...etag(store),
  }, async (req) => searchEntities(store, req.query.q, { type: req.query.type, limit: req.query.limit, offset: req.query.offset }))

  app.get('/entities/:id', {
    schema: {
      summary: "An actor's dossier: names, roles, relations over time with evidence, events, claims by and about, mentions", tags: ['entities'],
      params: z.object({ id: Text().describe('entity id, or a name or alias') }), querystring: DossierQuery, response: { 200: Dossier, 400: ErrorBody, 404: ErrorBody },
    },
    ...etag(store),
  }, async (req) => {
    const q = req.query
    return dossier(store, req.params.id, { bucket: q.bucket, from: q.from, to: q.to, limit: q.limit, mentionLimit: q.mentions, evidenceLimit: q.evidence, eventsPerCluster: q.reports, relationLimit: q.relations })
  })
}
