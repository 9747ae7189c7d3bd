/** Claims: by source, about an actor or an event, by stance; each with the grades of the events it reports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { Stance } from '../../model/index.js'
import { listClaims } from '../../service/facts.js'
import type { ApiContext } from '../app.js'
import { ActorRef, ClaimView, ErrorBody, page, Paging, Text } from '../schemas.js'
import { etag } from '../security.js'

const ClaimQuery = Paging.extend({
  source: ActorRef("the speaker's entity id or name").optional(),
  about: Text().optional().describe('entity id or name, or an event id'),
  stance: Stance.optional().describe(`the claim's stance: ${Stance.options.join(', ')}`),
})

export const claimRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get('/claims', {
    schema: { summary: 'Claims by source, about an actor or event, and stance', tags: ['claims'], querystring: ClaimQuery, response: { 200: page(ClaimView), 400: ErrorBody, 404: ErrorBody } },
    ...etag(ctx.store),
  }, async (req) => listClaims(ctx.store, req.query))
}
