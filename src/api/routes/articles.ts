/** Articles: list with filters and paging, full-text search, one article with every annotation, ingest. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { Affiliation, Claim, DossierError, Event, Mention, Sentence } from '../../model/index.js'
import { articleLabel } from '../../service/article-label.js'
import { articlesPage, searchArticles } from '../../service/search.js'
import { submitDocument } from '../../service/submit.js'
import type { ApiContext } from '../app.js'
import { ArticleHit, ArticleLabel, ArticleSummary, ErrorBody, page, Paging, Text, Window } from '../schemas.js'
import { etag, requireToken } from '../security.js'

const ListQuery = Paging.extend(Window.shape).extend({
  q: Text(500).optional().describe('full-text search; plain words (operators and quotes are taken literally), the last word as a prefix'),
  outlet: Text().optional().describe('the outlet as stored (VOA, Reuters), exact'),
})

const Place = z.object({ mentionId: z.string(), name: z.string(), kind: z.string(), country: z.string().optional(), lat: z.number().optional(), lon: z.number().optional() })
const ArticleFull = z.object({
  article: z.object({
    id: z.string(), text: z.string(), title: z.string().optional(), label: ArticleLabel, outlet: z.string().optional(), url: z.string().optional(), author: z.string().optional(),
    published: z.string().optional(), dateline: z.string().optional(), source: z.string().optional(), nearDupOf: z.string().optional(),
    titleSpan: Sentence.optional(), datelineSpan: Sentence.optional(), boilerplate: z.array(Sentence), ingestedAt: z.string().optional(),
  }),
  sentences: z.array(Sentence),
  mentions: z.array(Mention.extend({ entityId: z.string().optional() })),
  events: z.array(Event),
  claims: z.array(Claim),
  affiliations: z.array(Affiliation),
  places: z.array(Place),
}).meta({ id: 'ArticleWithAnnotations' })

const Submit = z.object({
  text: z.string().min(1).optional(), html: z.string().min(1).optional(), url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  title: Text(500).optional(), outlet: Text().optional(), published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).max(40).optional(),
}).refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, { message: 'give exactly one of text, html or url' })

export const articleRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  const { store } = ctx
  app.get('/articles', {
    schema: { summary: 'List or search articles', tags: ['articles'], querystring: ListQuery, response: { 200: page(ArticleHit.partial({ snippet: true, highlights: true, rank: true })), 400: ErrorBody } },
    ...etag(store),
  }, async (req) => {
    const { q, limit, offset, outlet, from, to } = req.query
    if (q !== undefined) {
      if (outlet || from || to) throw new DossierError('E_USAGE', 'q cannot be combined with outlet, from or to', { hint: 'search first, or list with filters' })
      return searchArticles(store, q, { limit, offset })
    }
    return articlesPage(store, { limit, offset, outlet, from, to })
  })

  app.get('/articles/:id', {
    schema: { summary: 'One article: its text and every annotation with spans into it', tags: ['articles'], params: z.object({ id: Text().describe('article id (article_…), from /api/articles') }), response: { 200: ArticleFull, 404: ErrorBody } },
    ...etag(store),
  }, async (req) => {
    const article = await store.getArticle(req.params.id)
    if (!article) throw new DossierError('E_NOT_FOUND', `no article ${req.params.id}`, { hint: 'list articles with /api/articles' })
    const mentions = await store.mentionsOf(article.id)
    const entityOf = await store.mentionEntities(mentions.map((m) => m.id))
    return {
      article: { ...article, label: articleLabel(article), boilerplate: article.boilerplate ?? [] },
      sentences: await store.sentencesOf(article.id),
      mentions: mentions.map((m) => ({ ...m, entityId: entityOf.get(m.id) })),
      events: await store.eventsOf(article.id),
      claims: await store.claimsOf(article.id),
      affiliations: await store.affiliationsOf(article.id),
      places: await store.placesOf(article.id),
    }
  })

  app.post('/articles', {
    schema: {
      summary: 'Ingest an article from text, HTML or a URL (needs the token)', tags: ['articles'], security: [{ bearer: [] }], body: Submit,
      response: { 200: z.object({ articleIds: z.array(z.string()), added: z.number().int(), failures: z.array(z.object({ item: z.string(), code: z.string(), message: z.string() })) }), 400: ErrorBody, 401: ErrorBody, 413: ErrorBody, 429: ErrorBody },
    },
    onRequest: requireToken(ctx.token),
    config: { rateLimit: ctx.writeLimit },
  }, async (req) => {
    const b = req.body
    const r = await submitDocument(store, {
      text: b.text, html: b.html, url: b.url, allowPrivate: ctx.allowPrivate,
      meta: { ...(b.title ? { title: b.title } : {}), ...(b.outlet ? { outlet: b.outlet } : {}), ...(b.published ? { published: b.published } : {}) },
    })
    return { articleIds: [...r.articleIds], added: r.added, failures: [...r.failures] }
  })
}
