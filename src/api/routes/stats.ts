/** Counts of what the store holds. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { readModel } from '../../service/read-model.js'
import type { ApiContext } from '../app.js'
import { etag } from '../security.js'

export const statsRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get('/stats', {
    schema: {
      summary: 'Counts of articles, entities, events, clusters, claims and relations, and how the read model was last made', tags: ['stats'],
      response: {
        200: z.object({
          articles: z.number().int(), entities: z.number().int(), events: z.number().int(), clusters: z.number().int(), claims: z.number().int(),
          dyads: z.number().int(), structuralRelations: z.number().int(), revision: z.string(),
          readModel: z.object({
            kind: z.enum(['full', 'incremental']).describe('how the read model of this revision was made: in full, or from the previous one by reading only the rows a write changed'),
            ms: z.number().int(),
            read: z.object({ events: z.number().int(), claims: z.number().int(), clusters: z.number().int(), entities: z.number().int(), entityMentions: z.number().int() })
              .describe('rows read from the store to make it'),
            fullBuilds: z.number().int(), refreshes: z.number().int(),
          }),
        }),
      },
    },
    ...etag(ctx.store),
  }, async () => {
    const m = await readModel(ctx.store)
    return {
      articles: await ctx.store.countArticles(), entities: m.entities.size, events: m.events.size, clusters: m.clusters.size, claims: m.claims.size,
      dyads: m.dyads.length, structuralRelations: m.structural.length, revision: m.revision, readModel: m.build,
    }
  })
}
