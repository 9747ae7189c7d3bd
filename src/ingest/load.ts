/**
 * Load one batch item (a file path or a URL) into articles: decode bytes,
 * recognise the format (plain text, HTML, RSS/Atom), extract the body and
 * metadata. Everything a stage sees later is in the returned Article.text.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { ArticleMeta, DossierError } from '../model/index.js'
import type { Article, Span } from '../model/index.js'
import { contentHash, hashId, isDossierError } from '../model/index.js'
import { isUrl, readInputFile } from './batch.js'
import { findDateline } from './dateline.js'
import { decodeBytes } from './decode.js'
import { feedArticles, looksLikeFeed, parseFeed } from './feed.js'
import { fetchUrl } from './fetch.js'
import { classifyLine } from './html/boilerplate.js'
import { extractHtml, type ExtractedArticle } from './html/extract.js'
import { toIsoDate } from './html/metadata.js'
import { articleFromText, titleLine } from './text.js'
import { causeLine } from './one-line.js'
import { languageWarning } from './script.js'

export interface LoadOptions {
  /** Outlet for articles that do not name one. */
  readonly outlet?: string
  /** Publication date for articles that do not give one. */
  readonly published?: string
  /** Allow URLs on loopback and private networks. */
  readonly allowPrivate?: boolean
}

/** What one item gave: its articles, warnings (e.g. a charset guess) and failed parts (feed items) that did not stop it. */
export interface LoadedItem {
  readonly articles: Article[]
  readonly warnings: string[]
  readonly failures: Array<{ readonly part: string; readonly error: DossierError }>
}

type Format = 'html' | 'feed' | 'text'


/** Load one batch item; each article mostly in a non-Latin script adds an E_LANGUAGE warning (analysis is English-only). */
export async function loadItem(item: string, opts: LoadOptions = {}): Promise<LoadedItem> {
  const loaded = await loadItemArticles(item, opts)
  const languageWarnings = loaded.articles.flatMap((a) => {
    const w = languageWarning(a.text)
    return w ? [loaded.articles.length > 1 ? `${a.source ?? a.title ?? a.id}: ${w}` : w] : []
  })
  return languageWarnings.length ? { ...loaded, warnings: [...loaded.warnings, ...languageWarnings] } : loaded
}

async function loadItemArticles(item: string, opts: LoadOptions): Promise<LoadedItem> {
  if (isUrl(item)) {
    const res = await fetchUrl(item, { allowPrivate: opts.allowPrivate ?? false })
    const decoded = decodeBytes(res.bytes, { contentType: res.contentType, source: item })
    const format = formatOf(decoded.text, res.contentType)
    return fromText(decoded.text, format, { ...defaults(opts), url: res.url, source: item }, decoded.warnings, opts)
  }
  const bytes = readInputFile(item)
  const decoded = decodeBytes(bytes, { source: item })
  const format = formatOf(decoded.text, undefined, item)
  return fromText(decoded.text, format, { ...defaults(opts), ...sidecarMeta(item), source: item }, decoded.warnings, opts)
}

/** Recognise the format from the content type, the file name, then the content itself. */
export function formatOf(text: string, contentType?: string, path?: string): Format {
  const ct = (contentType ?? '').toLowerCase()
  if (/html/.test(ct) || /\.(x?html?)$/i.test(path ?? '')) return 'html'
  // XML is only ever a feed here: parseFeed refuses what is not one (or is hostile) with a clear error
  if (/\bxml\b/.test(ct) || /\.(xml|rss|atom)$/i.test(path ?? '') || looksLikeFeed(text)) return 'feed'
  const head = text.slice(0, 2000)
  if (/^\uFEFF?\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html'
  if (/^\uFEFF?\s*<\?xml/.test(head)) return /<html[\s>]/i.test(head) ? 'html' : 'feed'
  return 'text'
}

async function fromText(text: string, format: Format, meta: ArticleMeta, warnings: string[], opts: LoadOptions): Promise<LoadedItem> {
  const source = meta.source ?? 'input'
  if (format === 'text') return { articles: [plainTextArticle(text, meta, source)], warnings, failures: [] }
  if (format === 'html') {
    const x = extractHtml(text, meta.url ? { url: meta.url } : {})
    return { articles: [articleFromExtracted(x, meta, source)], warnings: [...warnings, ...x.warnings], failures: [] }
  }
  const feed = await parseFeed(text)
  const fetchPage = async (url: string) => {
    const res = await fetchUrl(url, { allowPrivate: opts.allowPrivate ?? false })
    return decodeBytes(res.bytes, { contentType: res.contentType, source: url }).text
  }
  const results = await feedArticles(feed, fetchPage)
  const articles: Article[] = []
  const failures: LoadedItem['failures'][number][] = []
  const itemWarnings = [...warnings]
  for (const r of results) {
    const part = r.item.link ?? r.item.guid ?? r.item.title ?? 'feed item'
    if (r.article) {
      try {
        articles.push(articleFromExtracted(r.article, { ...meta, ...(feed.title && !r.article.outlet ? { outlet: feed.title } : {}), source: `${source}#${part}` }, part))
        itemWarnings.push(...r.article.warnings.map((w) => `${part}: ${w}`))
      } catch (e) {
        failures.push({ part, error: isDossierError(e) ? e : new DossierError('E_EXTRACT', causeLine(e), { cause: e }) })
      }
    } else if (r.error) failures.push({ part, error: r.error })
  }
  return { articles, warnings: itemWarnings, failures }
}

/** Turn an extracted HTML article into an Article; page metadata wins over batch defaults. */
export function articleFromExtracted(x: ExtractedArticle, meta: ArticleMeta, source: string): Article {
  if (x.text.slice(x.bodyStart).trim() === '') {
    throw new DossierError('E_EXTRACT', `${source}: no article body found`, { context: { source }, hint: 'the page may be an index, a login wall or script-rendered' })
  }
  const hash = contentHash(x.text)
  const pick = <K extends keyof ArticleMeta>(k: K, v: ArticleMeta[K] | undefined) => (v !== undefined && v !== '' ? { [k]: v } : meta[k] !== undefined ? { [k]: meta[k] } : {})
  return {
    ...pick('url', x.url), ...pick('outlet', x.outlet), ...pick('title', x.title), ...pick('author', x.author),
    ...pick('published', x.published), ...pick('dateline', x.dateline), ...pick('language', x.language),
    source: meta.source ?? source,
    id: hashId('article', hash),
    text: x.text,
    contentHash: hash,
    boilerplate: x.boilerplate,
    sourceMap: x.sourceMap,
    ...(x.titleSpan ? { titleSpan: x.titleSpan } : {}),
    ...(x.datelineSpan ? { datelineSpan: x.datelineSpan } : {}),
  }
}

function defaults(opts: LoadOptions): ArticleMeta {
  const m: ArticleMeta = {}
  if (opts.outlet) m.outlet = opts.outlet
  if (opts.published) m.published = opts.published
  return m
}

/** `<file>.meta.json` beside a text file: {title, outlet, published, url, author, dateline}. */
export function sidecarMeta(path: string): ArticleMeta {
  const p = `${path}.meta.json`
  if (!existsSync(p)) return {}
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(p, 'utf8'))
  } catch (e) {
    throw new DossierError('E_INVALID_DATA', `${p}: not valid JSON: ${causeLine(e)}`, { cause: e, context: { path: p }, hint: 'fix or remove the sidecar file' })
  }
  const parsed = ArticleMeta.safeParse(raw)
  if (!parsed.success) {
    throw new DossierError('E_INVALID_DATA', `${p}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      context: { path: p }, hint: 'sidecar fields are title, outlet, published (ISO date), url, author, dateline',
    })
  }
  if (parsed.data.published !== undefined) {
    const iso = toIsoDate(parsed.data.published)
    if (!iso) {
      throw new DossierError('E_INVALID_DATA', `${p}: published "${parsed.data.published}" is not a date`, { context: { path: p }, hint: 'give an ISO date such as 2016-03-14' })
    }
    return { ...parsed.data, published: iso }
  }
  return parsed.data
}

/** A plain-text article: title line, dateline prefix and boilerplate lines found, text kept as is. */
export function plainTextArticle(text: string, meta: ArticleMeta, source = 'text'): Article {
  if (text.trim() === '') {
    throw new DossierError('E_INPUT_EMPTY', `${source}: no text`, { context: { source }, hint: 'remove it or add the article text' })
  }
  const title = titleLine(text)
  const boilerplate = boilerplateLines(text)
  const { bodyFrom, kickers } = firstBodyLine(text, title, boilerplate)
  boilerplate.push(...kickers)
  boilerplate.sort((a, b) => a.start - b.start)
  const dl = findDateline(text, bodyFrom)
  const article = articleFromText(text, { ...meta, boilerplate })
  if (dl) {
    article.dateline ??= dl.dateline
    article.datelineSpan = dl.span
  }
  return article
}

/** Spans of whole lines that are boilerplate (comment prompts, share lines, a credit line under the title). */
export function boilerplateLines(text: string): Span[] {
  const spans: Span[] = []
  const re = /[^\n]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (classifyLine(m[0].trim())) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

/**
 * Where the body starts after the title. Short lines with no sentence punctuation between the title and
 * the body ("Islamic Telegram" under a headline) are kickers, photo credits or section labels: boilerplate.
 */
function firstBodyLine(text: string, title: Span | undefined, boilerplate: readonly Span[]): { bodyFrom: number; kickers: Span[] } {
  const kickers: Span[] = []
  const re = /[^\n]+/g
  re.lastIndex = title ? title.end : 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const s = m.index
    const line = m[0].trim()
    if (line === '') continue
    if (boilerplate.some((b) => b.start <= s && s < b.end)) continue
    if (!title || line.split(/\s+/).length > 4 || /[.!?,;:—–-]/.test(line)) return { bodyFrom: s, kickers }
    kickers.push({ start: s, end: s + m[0].length })
  }
  return { bodyFrom: text.length, kickers }
}
