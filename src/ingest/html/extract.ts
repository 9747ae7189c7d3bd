/**
 * HTML → one article text. Mozilla Readability on linkedom finds the body; our own pass lays it out
 * as lines (title, blank line, paragraphs separated by blank lines), marks boilerplate that Readability
 * leaves (comment prompts, share/subscribe lines, captions: see boilerplate.ts), reads metadata and the
 * dateline, and keeps a source map from Article.text back to offsets in the raw HTML string.
 * @module
 */
import type * as Linkedom from 'linkedom'
import { lazyPackage } from '../../model/index.js'

const linkedom = lazyPackage<typeof Linkedom>('linkedom')
import { Readability } from '@mozilla/readability'
import { DossierError } from '../../model/index.js'
import type { SourceMapEntry, Span } from '../../model/index.js'
import { findDateline } from '../dateline.js'
import { classifyBlocks, type Block } from './boilerplate.js'
import { readMetadata, domainOf, withoutPublishers } from './metadata.js'
import { mapPiece, rawVisibleText } from './raw-text.js'
import { causeLine } from '../one-line.js'

export interface ExtractOptions {
  /** The page's URL (final URL after redirects), used for the outlet and relative links. */
  url?: string
  /** Refuse HTML longer than this many UTF-16 code units (default 10 M, about 10 MB). */
  maxChars?: number
  /** Refuse HTML whose element nesting exceeds this depth (default 400, see DEFAULT_MAX_DEPTH). */
  maxDepth?: number
  /** Refuse HTML with more elements than this (default 60 000, see DEFAULT_MAX_ELEMENTS). */
  maxElements?: number
  /** Refuse HTML with more character references (&amp;, &#65;) than this (default 100 000, see DEFAULT_MAX_ENTITIES). */
  maxEntities?: number
  /** Mark boilerplate blocks (default true). With false, the output is the plain Readability body. */
  cleanup?: boolean
  /** Build the source map (default true). */
  sourceMap?: boolean
}

export interface ExtractedArticle {
  /** Title line, blank line, then paragraphs separated by blank lines. */
  text: string
  title?: string
  /** Span of the title line in text. */
  titleSpan?: Span
  /** Offset in text where the body (first paragraph) starts. */
  bodyStart: number
  outlet?: string
  author?: string
  /** ISO 8601. */
  published?: string
  /** Normalised place of the dateline ("Tel Aviv"). */
  dateline?: string
  /** Span of the dateline prefix ("TEL AVIV —") in text: stages skip it. */
  datelineSpan?: Span
  url?: string
  language?: string
  /** Blocks judged boilerplate: kept in text (lossless), ignored by stages and by the extract eval. */
  boilerplate: Span[]
  /** Why each boilerplate span was marked (same order as boilerplate): 'caption', 'subscribe', 'teasers'… */
  boilerplateReasons: string[]
  /** Article.text ranges → raw HTML string offsets. */
  sourceMap: SourceMapEntry[]
  warnings: string[]
}

export const DEFAULT_MAX_HTML_CHARS = 10_000_000
/**
 * Readability's cost grows steeply with nesting (measured: 500 levels ≈ 0.5 s, 790 ≈ 2 s, 1 500 ≈ 12 s
 * for one small page), while real article pages nest about 10–30 levels (the 90 benchmark dev pages:
 * median 12, max 29 by nestingDepth). 400 refuses only malformed or hostile pages.
 */
export const DEFAULT_MAX_DEPTH = 400
/**
 * Readability time grows with the element count (measured: 200 000 elements ≈ 9 s); the 90 benchmark
 * dev pages have at most about 1 600 start tags. 60 000 keeps a hostile page to a few seconds.
 */
export const DEFAULT_MAX_ELEMENTS = 60_000
/**
 * The DOM parser makes a text node per character reference, so a page of nothing but "&amp;&#x41;" costs
 * memory and time out of all proportion to its size (measured: 9 MB of them took 58 s and 800 MB). The 90
 * benchmark dev pages hold at most 13 080 references; 100 000 keeps a hostile page to about a second.
 */
export const DEFAULT_MAX_ENTITIES = 100_000

/** Character references in html, counting stops once over `stopAt`. */
export function countEntities(html: string, stopAt = Infinity): number {
  const ref = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?/g
  let n = 0
  while (ref.exec(html) !== null) if (++n > stopAt) break
  return n
}


const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex'])
/** Elements whose end tag may be omitted: an unclosed one does not deepen the tree indefinitely. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'colgroup', 'caption', 'html', 'head', 'body'])

/** Approximate maximum element nesting and start-tag count of raw HTML, in one scan, without a DOM. */
export function scanTags(html: string, stopAtDepth = Infinity): { depth: number; elements: number } {
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>/g
  let depth = 0
  let max = 0
  let elements = 0
  let lower: string | undefined
  let m: RegExpExecArray | null
  while ((m = tag.exec(html)) !== null) {
    const name = m[2]!.toLowerCase()
    if (m[1]) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--
      continue
    }
    elements++
    if (name === 'script' || name === 'style') {
      lower ??= html.toLowerCase()
      const close = lower.indexOf(`</${name}`, tag.lastIndex)
      if (close < 0) break
      tag.lastIndex = close
      continue
    }
    if (m[3] || VOID.has(name) || OPTIONAL_END.has(name)) continue
    depth++
    if (depth > max) {
      max = depth
      if (max > stopAtDepth) break
    }
  }
  return { depth: max, elements }
}

/** Approximate maximum element nesting of raw HTML (guards the recursive DOM code). */
export function nestingDepth(html: string, stopAt = Infinity): number {
  return scanTags(html, stopAt).depth
}

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'form', 'fieldset', 'address', 'hr', 'details', 'summary', 'center', 'hgroup', 'picture', 'video', 'audio'])
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'iframe', 'object', 'canvas'])
const CAPTION_TAGS = new Set(['figure', 'figcaption', 'caption'])
/** Attribute set before Readability runs (it strips class names but keeps data attributes). */
const MARK = 'data-dossier-caption'
const CAPTION_CLASS = /(^|[\s_-])(caption|credit|credits|photo-?credit|image-?credit|wp-caption-text)([\s_-]|$)/i

interface WalkState {
  blocks: Block[]
  buf: string[]
  tagStack: string[]
  caption: number
  link: number
  linkChars: number
}

function flush(st: WalkState): void {
  if (st.buf.length === 0) return
  const joined = st.buf.join('')
  const text = joined.replace(/\s+/g, ' ').trim()
  const linkChars = Math.min(st.linkChars, text.length)
  st.buf.length = 0
  st.linkChars = 0
  if (!text) return
  st.blocks.push({
    text, tag: st.tagStack[st.tagStack.length - 1] ?? 'div', caption: st.caption > 0,
    heading: st.tagStack.some((t) => /^h[1-6]$/.test(t)), listItem: st.tagStack.includes('li'), linkChars,
  })
}

function walk(node: Node, st: WalkState, depth: number): void {
  if (depth > 2000) throw new DossierError('E_EXTRACT', 'HTML is nested too deeply to extract', { hint: 'the page is malformed; skip it' })
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data
      st.buf.push(data)
      if (st.link > 0) st.linkChars += data.replace(/\s+/g, ' ').length
      continue
    }
    if (child.nodeType !== 1) continue
    const el = child as Element
    const tag = el.localName?.toLowerCase() ?? ''
    if (SKIP.has(tag)) continue
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue
    if (tag === 'br') {
      flush(st)
      continue
    }
    const caption = CAPTION_TAGS.has(tag) || el.hasAttribute(MARK)
    if (caption) st.caption++
    if (BLOCK.has(tag)) {
      flush(st)
      st.tagStack.push(tag)
      walk(el, st, depth + 1)
      flush(st)
      st.tagStack.pop()
    } else if (tag === 'a') {
      st.link++
      walk(el, st, depth + 1)
      st.link--
    } else {
      walk(el, st, depth + 1)
    }
    if (caption) st.caption--
  }
}

/** Block-level text of an element: one entry per paragraph-like block. */
export function blocksOf(root: Element): Block[] {
  const st: WalkState = { blocks: [], buf: [], tagStack: [], caption: 0, link: 0, linkChars: 0 }
  walk(root, st, 0)
  flush(st)
  return st.blocks
}

function guard(html: string, opts: ExtractOptions): void {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_HTML_CHARS
  if (html.length > maxChars) {
    throw new DossierError('E_INPUT_TOO_LARGE', `HTML page is ${html.length} characters, over the ${maxChars} limit`, {
      context: { url: opts.url, chars: html.length, maxChars },
      hint: 'skip this page or raise the size limit',
    })
  }
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH
  const { depth, elements } = scanTags(html, maxDepth)
  if (elements > maxElements) {
    throw new DossierError('E_INPUT_TOO_LARGE', `HTML page has ${elements} elements, over the ${maxElements} limit`, {
      context: { url: opts.url, elements, maxElements },
      hint: 'the page is not a normal article (or is hostile); skip it or raise the limit',
    })
  }
  const maxEntities = opts.maxEntities ?? DEFAULT_MAX_ENTITIES
  const entities = countEntities(html, maxEntities)
  if (entities > maxEntities) {
    throw new DossierError('E_INPUT_TOO_LARGE', `HTML page has more than ${maxEntities} character references (&…;)`, {
      context: { url: opts.url, maxEntities },
      hint: 'the page is not a normal article (or is hostile); skip it or raise the limit',
    })
  }
  if (depth > maxDepth) {
    throw new DossierError('E_EXTRACT', `HTML elements are nested more than ${maxDepth} deep`, {
      context: { url: opts.url, maxDepth },
      hint: 'the page is malformed or hostile; skip it',
    })
  }
}

function parseDocument(html: string): Document {
  // linkedom needs a document element; fragments ("<p>…</p>") are wrapped.
  const src = /<html[\s>]/i.test(html.slice(0, 5000)) || /<body[\s>]/i.test(html.slice(0, 20000)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  return linkedom().parseHTML(src).document as unknown as Document
}

function runReadability(doc: Document): { content: Element; title?: string; byline?: string; siteName?: string; publishedTime?: string; lang?: string } | undefined {
  const reader = new Readability<Element>(doc, { serializer: (n) => n as Element, charThreshold: 400 })
  const r = reader.parse()
  if (!r?.content) return undefined
  const out: ReturnType<typeof runReadability> = { content: r.content }
  if (r.title) out.title = r.title
  if (r.byline) out.byline = r.byline
  if (r.siteName) out.siteName = r.siteName
  if (r.publishedTime) out.publishedTime = r.publishedTime
  if (r.lang) out.lang = r.lang
  return out
}

/**
 * The plain baseline: Readability on linkedom, its `textContent`, no clean-up. Used by the extract eval
 * and the benchmark as the reference the clean-up is measured against.
 */
export function readabilityText(html: string): string {
  const doc = parseDocument(html)
  return new Readability(doc).parse()?.textContent ?? ''
}

/** Extract the article in an HTML page. Throws DossierError E_INPUT_TOO_LARGE / E_EXTRACT. */
export function extractHtml(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  guard(html, opts)
  const warnings: string[] = []
  let doc: Document
  try {
    doc = parseDocument(html)
  } catch (cause) {
    throw new DossierError('E_EXTRACT', 'HTML could not be parsed', { cause, context: { url: opts.url }, hint: 'the page is malformed; skip it' })
  }
  const meta = readMetadata(doc, opts.url)
  markCaptions(doc)
  let r: ReturnType<typeof runReadability>
  try {
    r = runReadability(doc)
  } catch (cause) {
    if (cause instanceof DossierError) throw cause
    throw new DossierError('E_EXTRACT', `Readability failed: ${causeLine(cause)}`, {
      cause, context: { url: opts.url }, hint: 'the page is malformed; skip it',
    })
  }
  let blocks = r ? blocksOf(r.content) : []
  if (blocks.length === 0) {
    // Readability found nothing (tiny pages, fragments): fall back to the whole body's blocks.
    const fresh = parseDocument(html)
    blocks = fresh.body ? blocksOf(fresh.body) : []
    if (blocks.length > 0) warnings.push('readability found no article body; used the whole page text')
  }
  if (blocks.length === 0) {
    throw new DossierError('E_EXTRACT', 'no article text found in the HTML page', {
      context: { url: opts.url }, hint: 'the page has an empty body or is not an article',
    })
  }

  const title = stripSiteName(headline(r?.title, meta.title), meta.outlet ?? r?.siteName, opts.url) || undefined
  // Readability sometimes keeps the headline as the first block; it belongs on the title line only.
  if (title && blocks.length > 1 && blocks[0]!.text === title) blocks = blocks.slice(1)

  const cleanup = opts.cleanup ?? true
  const flags = cleanup ? classifyBlocks(blocks, { title, description: meta.description, author: meta.author ?? r?.byline, outlet: meta.outlet ?? r?.siteName }) : blocks.map(() => undefined)

  const parts: string[] = []
  let pos = 0
  let titleSpan: Span | undefined
  if (title) {
    parts.push(title, '\n\n')
    titleSpan = { start: 0, end: title.length }
    pos = title.length + 2
  }
  const bodyStart = pos
  const blockSpans: Span[] = []
  blocks.forEach((b, i) => {
    if (i > 0) {
      parts.push('\n\n')
      pos += 2
    }
    parts.push(b.text)
    blockSpans.push({ start: pos, end: pos + b.text.length })
    pos += b.text.length
  })
  const text = parts.join('')
  const boilerplate = blockSpans.filter((_, i) => flags[i] !== undefined)
  const boilerplateReasons = flags.filter((f): f is string => f !== undefined)

  const sourceMap: SourceMapEntry[] = []
  if (opts.sourceMap ?? true) {
    const raw = rawVisibleText(html)
    let cursor = 0
    let unmapped = 0
    blocks.forEach((b, i) => {
      const m = mapPiece(raw, b.text, blockSpans[i]!.start, cursor)
      if (m) {
        sourceMap.push(...m.entries)
        cursor = m.next
      } else unmapped++
    })
    if (titleSpan && title) {
      const m = mapPiece(raw, title, 0, 0)
      if (m) sourceMap.unshift(...m.entries)
    }
    if (unmapped > 0) warnings.push(`${unmapped} of ${blocks.length} paragraphs could not be mapped back to the raw HTML`)
  }

  const out: ExtractedArticle = { text, bodyStart, boilerplate, boilerplateReasons, sourceMap, warnings }
  if (title) {
    out.title = title
    out.titleSpan = titleSpan!
  }
  const firstBody = blockSpans.find((_, i) => flags[i] === undefined)
  const dl = firstBody ? findDateline(text.slice(0, firstBody.end), firstBody.start) : undefined
  if (dl) {
    out.dateline = dl.dateline
    out.datelineSpan = dl.span
  }
  const outlet = meta.outlet ?? r?.siteName ?? domainOf(opts.url)
  if (outlet) out.outlet = outlet
  // a page whose metadata names only its publisher as author has no author: Readability's byline guess is not asked
  const author = meta.author ?? (meta.authorIsPublisher ? undefined : withoutPublishers(r?.byline?.replace(/^by\s+/i, '').trim(), [...(meta.publishers ?? []), r?.siteName, domainOf(opts.url)]))
  if (author) out.author = author
  if (meta.published) out.published = meta.published
  const url = opts.url ?? meta.url
  if (url) out.url = url
  const language = meta.language ?? r?.lang
  if (language) out.language = language
  return out
}

/** Mark elements whose class or id names a caption or photo credit, before Readability strips classes. */
function markCaptions(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[class*="aption"], [class*="redit"], [id*="aption"]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (CAPTION_CLASS.test(names)) el.setAttribute(MARK, '')
  }
}

/**
 * Readability's title, unless it is the metadata title plus a suffix after a separator (a page that gives two
 * og:title, the later one with its site name): then the metadata title, which leaves the site out.
 */
function headline(read: string | undefined, meta: string | undefined): string | undefined {
  const norm = (t: string | undefined) => t?.replace(/\s+/g, ' ').trim() || undefined
  const r = norm(read), m = norm(meta)
  if (r && m && r.length > m.length && r.startsWith(m) && /^\s+(?:[|·•»«]|[-–—:]{1,2})\s+\S/.test(r.slice(m.length))) return m
  return r ?? m
}

/**
 * Drop the site name a <title> carries ("Hamas arrests Salafists | Gaza Monitor" → "Hamas arrests Salafists"):
 * a leading or trailing segment after a separator that names the outlet or the domain.
 */
export function stripSiteName(title: string | undefined, outlet: string | undefined, url: string | undefined): string | undefined {
  if (!title) return title
  const names = [outlet, url ? domainOf(url) : undefined].filter((x): x is string => !!x).map((x) => x.toLowerCase().replace(/^www\./, ''))
  if (names.length === 0) return title
  const parts = title.split(/\s+(?:[|·•»«]|[-–—:]{1,2})\s+/)
  if (parts.length < 2) return title
  const isSite = (p: string) => {
    const q = p.toLowerCase().trim()
    return names.some((n) => q === n || q === n.replace(/\.[a-z]+$/, '') || n.startsWith(q) && q.length >= 4)
  }
  const kept = parts.filter((p, i) => !((i === 0 || i === parts.length - 1) && isSite(p)))
  return kept.length > 0 && kept.length < parts.length ? title.slice(title.indexOf(kept[0]!), title.lastIndexOf(kept[kept.length - 1]!) + kept[kept.length - 1]!.length) : title
}

/** The body as the extract eval scores it: body blocks only, without the title and boilerplate. */
export function bodyText(a: ExtractedArticle): string {
  const parts: string[] = []
  let cursor = a.bodyStart
  const bp = [...a.boilerplate].sort((x, y) => x.start - y.start)
  for (const s of bp) {
    if (s.start > cursor) parts.push(a.text.slice(cursor, s.start))
    cursor = Math.max(cursor, s.end)
  }
  parts.push(a.text.slice(cursor))
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim()
}
