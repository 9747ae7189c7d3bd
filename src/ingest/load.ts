/**
 * Load one batch item (a file path or a URL) into articles: decode bytes,
 * recognise the format (plain text, HTML, RSS/Atom), extract the body and
 * metadata. Everything a stage sees later is in the returned Article.text.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { ArticleMeta, DossierError } from '../model/index.js'
import type { Article, Span } from '../model/index.js'
import { readInputFile } from './batch.js'
import { findDateline } from './dateline.js'
import { decodeBytes } from './decode.js'
import { classifyLine } from './html/boilerplate.js'
import { articleFromText, titleLine } from './text.js'

export interface LoadOptions {
  /** Outlet for articles that do not name one. */
  readonly outlet?: string
  /** Publication date for articles that do not give one. */
  readonly published?: string
  /** Allow URLs on loopback and private networks. */
  readonly allowPrivate?: boolean
}

/** What one item gave: its articles, and warnings (e.g. a charset guess) that did not stop it. */
export interface LoadedItem {
  readonly articles: Article[]
  readonly warnings: string[]
}

export async function loadItem(item: string, opts: LoadOptions = {}): Promise<LoadedItem> {
  return loadFile(item, opts)
}

function loadFile(path: string, opts: LoadOptions): LoadedItem {
  const bytes = readInputFile(path)
  const decoded = decodeBytes(bytes, { source: path })
  const meta = { ...defaults(opts), ...sidecarMeta(path), source: path }
  return { articles: [plainTextArticle(decoded.text, meta, path)], warnings: decoded.warnings }
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
    throw new DossierError('E_INVALID_DATA', `${p}: not valid JSON: ${(e as Error).message}`, { cause: e, context: { path: p }, hint: 'fix or remove the sidecar file' })
  }
  const parsed = ArticleMeta.safeParse(raw)
  if (!parsed.success) {
    throw new DossierError('E_INVALID_DATA', `${p}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      context: { path: p }, hint: 'sidecar fields are title, outlet, published (ISO date), url, author, dateline',
    })
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
