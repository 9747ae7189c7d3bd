/**
 * Article metadata from an HTML document: meta tags (Open Graph, Dublin Core, article:*, parsely,
 * sailthru), JSON-LD (NewsArticle and friends, also inside @graph), <time> elements and <link rel>.
 * @module
 */
import type * as Chrono from 'chrono-node'
import { lazyPackage } from '../../model/index.js'

const chronoNode = lazyPackage<typeof Chrono>('chrono-node')

export interface HtmlMetadata {
  title?: string
  outlet?: string
  author?: string
  /** ISO 8601. */
  published?: string
  url?: string
  language?: string
  description?: string
  /** Names the page gives its publisher or site (og:site_name, publisher, JSON-LD publisher, twitter:site): never an author. */
  publishers?: string[]
  /** The page names an author, but only its publisher or site: no person wrote it by the page's own account. */
  authorIsPublisher?: true
}

type Doc = Document

/** All <meta> values by lower-cased property/name/itemprop, first occurrence wins. Built once per document. */
function metaIndex(doc: Doc): Map<string, string> {
  const idx = new Map<string, string>()
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const v = (el.getAttribute('content') ?? el.getAttribute('datetime') ?? '').trim()
    if (!v) continue
    for (const attr of ['property', 'name', 'itemprop']) {
      // microdata allows a list of names (itemprop="datePublished dateCreated"): each is a key
      for (const key of (el.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) if (key && !idx.has(key)) idx.set(key, v)
    }
  }
  return idx
}

function pick(idx: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = idx.get(k)
    if (v) return v
  }
  return undefined
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|WebPage|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/

function jsonLdNodes(doc: Doc): Array<Record<string, unknown>> {
  const nodes: Array<Record<string, unknown>> = []
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      nodes.push(o)
      if (o['@graph']) visit(o['@graph'])
      if (o['mainEntity']) visit(o['mainEntity'])
    }
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')
    if (!raw || raw.length > 2_000_000) continue
    try {
      visit(JSON.parse(raw))
    } catch {
      // Broken JSON-LD is common on real pages; other metadata sources remain.
    }
  }
  const types = (o: Record<string, unknown>) => ([] as unknown[]).concat(o['@type'] ?? []).map(String)
  // Article-like nodes first.
  return nodes.sort((a, b) => Number(types(b).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) - Number(types(a).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')))
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x)
    return names.length ? [...new Set(names)].join(', ') : undefined
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return nameOf(o['name'])
  }
  return undefined
}

function ldField(nodes: Array<Record<string, unknown>>, key: string): unknown {
  for (const n of nodes) if (n[key] !== undefined && n[key] !== null && n[key] !== '') return n[key]
  return undefined
}

/** Normalise a date string to ISO 8601; undefined when it cannot be read. */
export function toIsoDate(v: string | undefined): string | undefined {
  if (!v) return undefined
  const s = v.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000).toISOString()
  if (/^\d{13}$/.test(s)) return new Date(Number(s)).toISOString()
  const t = Date.parse(s)
  if (!Number.isNaN(t) && /\d{4}/.test(s)) return new Date(t).toISOString()
  const c = chronoNode().parseDate(s)
  return c ? c.toISOString() : undefined
}

function looksLikeUrl(s: string): boolean {
  return /^https?:\/\//i.test(s)
}

/** Outlet from a URL: host without "www.", e.g. "timesofisrael.com". */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || undefined
  } catch {
    return undefined
  }
}

/** The holder named by a copyright notice: "Copyright (c) Condé Nast 2019. All rights reserved." gives "Condé Nast". */
function copyrightHolder(notice: string | undefined): string | undefined {
  if (!notice) return undefined
  const holder = notice.replace(/all rights reserved\.?/i, '').replace(/copyright|\(c\)|©|\b\d{4}(\s*[-–]\s*\d{4})?\b/gi, ' ')
    .replace(/\s+/g, ' ').replace(/^[\s,.]+|[\s,.]+$/g, '')
  return holder.length > 1 && holder.length <= 60 ? holder : undefined
}

/** A comparable form of an outlet or author name: "POLYGRAPH.info", "www.polygraph.info" and "Polygraph" all give "polygraph". */
function outletKey(name: string): string {
  let s = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/^@/, '').replace(/^https?:\/\//, '').replace(/\/.*$/, '')
  // a domain-like form names the site by its first label ("kala-post.com", "bbc.co.uk")
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s)) s = s.replace(/^www\d?\./, '').split('.')[0]!
  return s.replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * The author without the names that are the publisher or the site (a page's author metadata often names the
 * outlet: "Condé Nast", "POLYGRAPH.info"). In a list ("Amina Yusuf, Northwire") only those names are dropped.
 */
export function withoutPublishers(author: string | undefined, publishers: ReadonlyArray<string | undefined>): string | undefined {
  if (!author) return undefined
  const keys = new Set(publishers.filter((p): p is string => !!p).map(outletKey).filter((k) => k.length > 0))
  if (keys.size === 0) return author
  const parts = author.split(/\s*(?:[,;|]|\s+and\s+|&)\s*/)
  const kept = parts.filter((p) => p && !keys.has(outletKey(p)))
  if (kept.length === parts.length) return author
  return kept.join(', ') || undefined
}

export function readMetadata(doc: Doc, pageUrl?: string): HtmlMetadata {
  const idx = metaIndex(doc)
  const metaContent = (_d: Doc, keys: readonly string[]) => pick(idx, keys)
  const ld = jsonLdNodes(doc)
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined
  const ogUrl = metaContent(doc, ['og:url'])
  const url = pageUrl ?? (canonical && looksLikeUrl(canonical) ? canonical : undefined) ?? (ogUrl && looksLikeUrl(ogUrl) ? ogUrl : undefined)

  const title = metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'headline']) ??
    nameOf(ldField(ld, 'headline')) ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.querySelector('title')?.textContent?.trim()

  const publisher = ldField(ld, 'publisher')
  // a site that gives its address as its name (og:site_name="https://…") is named by the next source
  const outletKeys = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'] as const
  const outlet = outletKeys.map((k) => idx.get(k)).find((v) => v && !looksLikeUrl(v)) ?? nameOf(publisher) ?? domainOf(url)
  const publishers = [...new Set([...outletKeys.map((k) => idx.get(k)), nameOf(publisher), copyrightHolder(idx.get('copyright')), domainOf(url)]
    .filter((v): v is string => !!v))]

  // the first author source that names someone other than the publisher
  const tidy = (a: string | undefined) => a && !looksLikeUrl(a.trim()) ? withoutPublishers(a.trim().replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim(), publishers) : undefined
  const named = [metaContent(doc, ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'cxenseparse:author']),
    nameOf(ldField(ld, 'author')), doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent ?? undefined]
  const author = named.map(tidy).find((a) => !!a)

  const dateRaw = metaContent(doc, ['article:published_time', 'article:published', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
    'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'cxenseparse:recs:publishtime']) ??
    (() => {
      const v = ldField(ld, 'datePublished') ?? ldField(ld, 'dateCreated')
      return typeof v === 'string' ? v : undefined
    })() ??
    doc.querySelector('time[datetime][pubdate], time[itemprop="datePublished"], article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    doc.querySelector('time')?.textContent ?? undefined
  const published = toIsoDate(dateRaw ?? undefined)

  const language = doc.documentElement?.getAttribute('lang')?.trim() || metaContent(doc, ['og:locale', 'language', 'content-language']) || undefined
  const description = metaContent(doc, ['og:description', 'description', 'twitter:description'])

  const out: HtmlMetadata = {}
  if (title) out.title = title.replace(/\s+/g, ' ').trim()
  if (outlet) out.outlet = outlet.replace(/^@/, '').trim()
  if (author) out.author = author
  if (published) out.published = published
  if (url) out.url = url
  if (language) out.language = language
  if (description) out.description = description
  if (publishers.length) out.publishers = publishers
  if (!author && named.some((a) => a && a.trim() && !looksLikeUrl(a.trim()))) out.authorIsPublisher = true
  return out
}
