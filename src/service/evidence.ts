/**
 * Evidence behind a fact, resolved to where an analyst can read it: the
 * article, its date and the exact sentence (stored spans from the pipeline;
 * the tokenizer is never re-run on a read path).
 * @module
 */
import type { Article } from '../model/index.js'
import type { Store } from '../store/index.js'
import { factDate, type ReadModel } from './read-model.js'
import { articleNames } from './article-label.js'

export interface SentenceRef {
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface EvidenceItem {
  readonly kind: 'event' | 'claim' | 'mention' | 'kb'
  readonly id: string
  readonly articleId?: string | undefined
  readonly articleTitle?: string | undefined
  /** The title, else a label marked as not one (opening words, file or page): see `articleLabel`. */
  readonly articleLabel?: string | undefined
  readonly date?: string | undefined
  /** For a fact from an undated article: when the article was ingested (never a date of the news). */
  readonly ingestedAt?: string | undefined
  readonly clusterId?: string | undefined
  /** The span the fact rests on (event cue, claim content, mention) and the sentence around it. */
  readonly span?: { readonly start: number; readonly end: number; readonly text: string } | undefined
  readonly sentence?: SentenceRef | undefined
}

/** Articles read during one request, so each is loaded once. */
export class ArticleCache {
  private readonly articles = new Map<string, Promise<Article | undefined>>()
  constructor(private readonly store: Store) {}
  get(id: string): Promise<Article | undefined> {
    let a = this.articles.get(id)
    if (!a) { a = this.store.getArticle(id); this.articles.set(id, a) }
    return a
  }
}

/** The text between the line breaks around a span: the fallback for stores written before sentences were kept. */
function lineAround(text: string, start: number, end: number): { start: number; end: number } {
  const s = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1
  const e = text.indexOf('\n', end)
  return { start: s, end: e < 0 ? text.length : e }
}

/** The stored sentence around [start, end) of an article, with its text. */
export async function sentenceOf(store: Store, article: Article, start: number, end: number): Promise<SentenceRef> {
  const s = (await store.sentenceAt(article.id, start, end)) ?? lineAround(article.text, start, end)
  return { start: s.start, end: s.end, text: article.text.slice(s.start, s.end) }
}

/** Resolve evidence ids (events, claims, mentions, `kb:` keys) to articles and sentences; unknown ids are dropped. */
export async function resolveEvidence(store: Store, model: ReadModel, ids: readonly string[], articles = new ArticleCache(store)): Promise<EvidenceItem[]> {
  const out: EvidenceItem[] = []
  const eventIds = ids.filter((id) => id.startsWith('event_'))
  const claimIds = ids.filter((id) => id.startsWith('claim_'))
  const mentionIds = ids.filter((id) => id.startsWith('mention_'))
  for (const id of ids) if (id.startsWith('kb:')) out.push({ kind: 'kb', id })
  for (const e of await store.eventsByIds(eventIds)) {
    const a = await articles.get(e.articleId)
    if (!a) continue
    out.push({
      kind: 'event', id: e.id, articleId: a.id, ...articleNames(a), ...factDate(model, a.id, model.events.get(e.id)?.date), clusterId: model.events.get(e.id)?.clusterId,
      span: { start: e.cue.start, end: e.cue.end, text: e.cue.text },
      sentence: { start: e.sentence.start, end: e.sentence.end, text: a.text.slice(e.sentence.start, e.sentence.end) },
    })
  }
  for (const c of await store.claimsByIds(claimIds)) {
    const a = await articles.get(c.articleId)
    if (!a) continue
    out.push({
      kind: 'claim', id: c.id, articleId: a.id, ...articleNames(a), ...factDate(model, a.id),
      span: { start: c.content.start, end: c.content.end, text: c.content.text }, sentence: await sentenceOf(store, a, c.cue.start, c.cue.end),
    })
  }
  for (const m of await store.mentionsByIds(mentionIds)) {
    const a = await articles.get(m.articleId)
    if (!a) continue
    out.push({
      kind: 'mention', id: m.id, articleId: a.id, ...articleNames(a), ...factDate(model, a.id),
      span: { start: m.start, end: m.end, text: m.text }, sentence: await sentenceOf(store, a, m.start, m.end),
    })
  }
  const order = new Map(ids.map((id, i) => [id, i]))
  return out.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0))
}
