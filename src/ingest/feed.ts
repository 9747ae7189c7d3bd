/**
 * RSS/Atom feeds with rss-parser. Hostile feeds are refused before parsing: any DOCTYPE or ENTITY
 * declaration (billion-laughs and external-entity attacks), oversize documents, too many items and
 * oversize items each give a clear E_FEED / E_INPUT_TOO_LARGE error.
 * @module
 */
import type Parser from 'rss-parser'
import { lazyPackage } from '../model/index.js'
import { DossierError, isDossierError } from '../model/index.js'
import { extractHtml, type ExtractedArticle } from './html/extract.js'
import { toIsoDate } from './html/metadata.js'
import { causeLine } from './one-line.js'

export interface FeedItem {
  title?: string
  link?: string
  guid?: string
  /** ISO 8601. */
  published?: string
  author?: string
  /** Plain-text summary (description / contentSnippet). */
  summary?: string
  /** Full HTML content (content:encoded, Atom content), when the feed carries it. */
  contentHtml?: string
  /** True when the item carries the whole article; false when only a summary (fetch `link`). */
  hasFullContent: boolean
}

export interface FeedOptions {
  /** Refuse feeds longer than this many characters (default 20 M). */
  maxChars?: number
  /** Refuse feeds with more items than this (default 5 000). */
  maxItems?: number
  /** Refuse any single item larger than this many characters (default 2 M). */
  maxItemChars?: number
  /** Items whose content has fewer words than this count as summaries (default 150). */
  fullContentWords?: number
}

export interface FeedParseResult {
  title?: string
  link?: string
  items: FeedItem[]
}

const rssParser = lazyPackage<typeof Parser>('rss-parser')
let parserInstance: Parser | undefined
/** rss-parser with the two extension fields Dossier reads, made on the first feed. */
function parser(): Parser {
  parserInstance ??= new (rssParser())({ customFields: { item: [['content:encoded', 'contentEncoded'], ['dc:creator', 'dcCreator']] } })
  return parserInstance
}

/** Refuse DTDs: rss-parser's XML layer would otherwise see entity declarations. */
function refuseHostile(xml: string, opts: FeedOptions): void {
  const maxChars = opts.maxChars ?? 20_000_000
  if (xml.length > maxChars) {
    throw new DossierError('E_INPUT_TOO_LARGE', `feed is ${xml.length} characters, over the ${maxChars} limit`, { hint: 'split the feed or raise the limit' })
  }
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new DossierError('E_FEED', 'feed contains a DOCTYPE or ENTITY declaration; refused (entity-expansion attacks such as "billion laughs")', {
      hint: 'RSS and Atom feeds need no DTD; remove it if you trust the feed',
    })
  }
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length
const stripTags = (s: string): string => s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()

/** Parse an RSS or Atom document into items. Throws DossierError E_FEED / E_INPUT_TOO_LARGE. */
export async function parseFeed(xml: string, opts: FeedOptions = {}): Promise<FeedParseResult> {
  refuseHostile(xml, opts)
  let feed: Awaited<ReturnType<Parser['parseString']>>
  try {
    feed = await parser().parseString(xml)
  } catch (cause) {
    throw new DossierError('E_FEED', `feed could not be parsed: ${causeLine(cause)}`, {
      cause, hint: 'check that the input is an RSS or Atom document',
    })
  }
  const raw = feed.items ?? []
  const maxItems = opts.maxItems ?? 5000
  if (raw.length > maxItems) {
    throw new DossierError('E_INPUT_TOO_LARGE', `feed has ${raw.length} items, over the ${maxItems} limit`, { hint: 'split the feed or raise the limit' })
  }
  const maxItemChars = opts.maxItemChars ?? 2_000_000
  const fullWords = opts.fullContentWords ?? 150
  const items = raw.map((it, i) => {
    const r = it as unknown as Record<string, unknown>
    const str = (k: string): string | undefined => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string).trim() : undefined)
    const size = Object.values(r).reduce<number>((a, v) => a + (typeof v === 'string' ? v.length : 0), 0)
    if (size > maxItemChars) {
      throw new DossierError('E_INPUT_TOO_LARGE', `feed item ${i + 1} is ${size} characters, over the ${maxItemChars} limit`, {
        context: { item: i + 1, link: str('link') }, hint: 'the feed is malformed or hostile; skip it or raise the limit',
      })
    }
    const contentHtml = str('contentEncoded') ?? str('content')
    const summary = str('contentSnippet') ?? str('summary') ?? (contentHtml ? stripTags(contentHtml).slice(0, 500) : undefined)
    const item: FeedItem = { hasFullContent: contentHtml !== undefined && wordCount(stripTags(contentHtml)) >= fullWords }
    const title = str('title')
    const link = str('link')
    const guid = str('guid') ?? str('id')
    const published = toIsoDate(str('isoDate') ?? str('pubDate'))
    const author = str('creator') ?? str('dcCreator') ?? str('author')
    if (title) item.title = title
    if (link) item.link = link
    if (guid) item.guid = guid
    if (published) item.published = published
    if (author) item.author = author
    if (summary) item.summary = summary
    if (contentHtml) item.contentHtml = contentHtml
    return item
  })
  const out: FeedParseResult = { items }
  if (feed.title) out.title = feed.title
  if (feed.link) out.link = feed.link
  return out
}

/** Cheap sniff: does this text look like an RSS/Atom/RDF feed? */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart()
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head)
}

export interface FeedArticleResult {
  item: FeedItem
  article?: ExtractedArticle
  error?: DossierError
}

/**
 * Each feed item as an article: the item's own content when it carries the whole story, otherwise the
 * linked page fetched with `fetchPage` (HTML string). A failing item gives an error entry; the rest go on.
 */
/** A feed item's own text stands in for a linked page that failed only when it has at least this many words. */
export const MIN_FALLBACK_WORDS = 25

export async function feedArticles(feed: FeedParseResult, fetchPage?: (url: string) => Promise<string>): Promise<FeedArticleResult[]> {
  const out: FeedArticleResult[] = []
  for (const item of feed.items) {
    try {
      let article: ExtractedArticle
      const own = () => {
        const body = item.contentHtml ?? `<p>${escapeHtml(item.summary!)}</p>`
        const html = `<!DOCTYPE html><html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${item.title ? `<h1>${escapeHtml(item.title)}</h1>` : ''}${body}</article></body></html>`
        return extractHtml(html, item.link ? { url: item.link } : {})
      }
      if (!item.hasFullContent && item.link && fetchPage) {
        try {
          article = extractHtml(await fetchPage(item.link), { url: item.link })
        } catch (e) {
          // the linked page failed: the item's own text is better than nothing when there is enough of it
          const words = (item.contentHtml ?? item.summary ?? '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length
          if (words < MIN_FALLBACK_WORDS) throw e
          article = own()
          article.warnings.push(`linked page failed (${causeLine(e)}); used the feed item's own text`)
        }
      } else if (item.contentHtml || item.summary) {
        article = own()
        if (!item.hasFullContent) article.warnings.push('feed item has only a summary and no page was fetched')
      } else {
        throw new DossierError('E_EXTRACT', 'feed item has no content and no link', { context: { guid: item.guid }, hint: 'the feed item is empty' })
      }
      if (item.title) article.title ??= item.title
      if (item.published) article.published ??= item.published
      if (item.author) article.author ??= item.author
      if (item.link) article.url ??= item.link
      out.push({ item, article })
    } catch (e) {
      out.push({ item, error: isDossierError(e) ? e : new DossierError('E_EXTRACT', `feed item failed: ${causeLine(e)}`, { cause: e, context: { link: item.link } }) })
    }
  }
  return out
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
