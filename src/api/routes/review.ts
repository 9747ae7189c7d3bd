/** The review queue: pairs the resolver was unsure about, with evidence for each side, and the user's verdicts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { factDate, readModel } from '../../service/read-model.js'
import { decide, reviewQueue, undo } from '../../service/review.js'
import { ArticleCache, sentenceOf } from '../../service/evidence.js'
import type { Entity } from '../../model/index.js'
import type { Store } from '../../store/index.js'
import type { ApiContext } from '../app.js'
import { arr, ErrorBody, MentionView, page, Paging, Text } from '../schemas.js'
import { etag, requireToken } from '../security.js'
import { articleNames } from '../../service/article-label.js'

const Side = z.object({
  key: z.string(), label: z.string(), entityId: z.string().optional(), names: arr(z.string()), mentions: arr(MentionView),
})
const ReviewItem = z.object({ id: z.string(), score: z.number(), reason: z.string().optional(), a: Side, b: Side }).meta({ id: 'ReviewItem' })

async function side(store: Store, key: string, label: string, e: Entity | undefined, articles: ArticleCache): Promise<z.infer<typeof Side>> {
  if (!e) return { key, label, names: [], mentions: [] }
  const model = await readModel(store)
  const mentions = []
  for (const m of await store.mentionsOfEntityPage(e.id, 3, 0)) {
    const a = await articles.get(m.articleId)
    if (a) mentions.push({ id: m.id, text: m.text, start: m.start, end: m.end, articleId: a.id, ...articleNames(a), ...factDate(model, a.id), sentence: await sentenceOf(store, a, m.start, m.end) })
  }
  return { key, label, entityId: e.id, names: [e.canonicalName, ...e.aliases], mentions }
}

const VerdictOut = z.object({ id: z.string(), a: z.string(), b: z.string(), verdict: z.string(), by: z.string(), at: z.string() })

export const reviewRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  const { store } = ctx
  app.get('/review', {
    schema: { summary: 'Open review items, most likely first, with evidence for each side', tags: ['review'], querystring: Paging, response: { 200: page(ReviewItem), 400: ErrorBody } },
    ...etag(store),
  }, async (req) => {
    const { limit, offset } = req.query
    const all = await reviewQueue(store)
    const articles = new ArticleCache(store)
    const items = []
    for (const it of all.slice(offset, offset + limit)) {
      const j = it.judgement
      items.push({ id: j.id, score: j.score, reason: j.reason, a: await side(store, j.a, it.labels[0], it.a, articles), b: await side(store, j.b, it.labels[1], it.b, articles) })
    }
    return { total: all.length, limit, offset, items }
  })

  app.post('/review/:id', {
    schema: {
      summary: 'Judge a review item: the two sides are the same entity or different ones (needs the token)', tags: ['review'], security: [{ bearer: [] }],
      params: z.object({ id: Text().describe('review item id, from /api/review') }), body: z.object({ verdict: z.enum(['same', 'different']) }),
      response: { 200: VerdictOut, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 429: ErrorBody },
    },
    onRequest: requireToken(ctx.token),
    config: { rateLimit: ctx.writeLimit },
  }, async (req) => decide(store, req.params.id, req.body.verdict))

  app.delete('/review/:id', {
    schema: {
      summary: 'Take back a verdict (its id, as POST returned it, or its review item id): the verdict it replaced is in force again, or none (needs the token)',
      tags: ['review'], security: [{ bearer: [] }], params: z.object({ id: Text().describe('review item id, from /api/review') }),
      response: { 200: z.object({ removed: VerdictOut, restored: VerdictOut.optional() }), 401: ErrorBody, 404: ErrorBody, 429: ErrorBody },
    },
    onRequest: requireToken(ctx.token),
    config: { rateLimit: ctx.writeLimit },
  }, async (req) => undo(store, req.params.id))
}
