/**
 * Plain-text articles: the text is kept as it is (lossless); the first line is
 * the title when it stands alone above a blank line.
 * @module
 */
import { contentHash, hashId } from '../model/index.js'
import type { Article, ArticleMeta, Span } from '../model/index.js'

export interface TextArticleOptions extends ArticleMeta {
  /** Spans of boilerplate found by the caller (kept in text, ignored by stages). */
  readonly boilerplate?: readonly Span[]
}

/** Build an Article from plain text. Returns the text unchanged in `text`. */
export function articleFromText(text: string, meta: TextArticleOptions = {}): Article {
  const hash = contentHash(text)
  const { boilerplate, ...rest } = meta
  const article: Article = {
    ...stripUndefined(rest),
    id: hashId('article', hash),
    text,
    contentHash: hash,
    boilerplate: [...(boilerplate ?? [])],
  }
  const title = titleLine(text)
  if (title) {
    article.titleSpan = title
    article.title ??= text.slice(title.start, title.end)
  }
  return article
}

/** The first non-empty line, when it is short and followed by a blank line. */
export function titleLine(text: string): Span | undefined {
  const m = /^\s*([^\n]{1,250})\n[ \t]*\n/.exec(text)
  if (!m || m[1] === undefined) return undefined
  const start = m.index + m[0].indexOf(m[1])
  const end = start + m[1].trimEnd().length
  if (/[.!?]["”’]?$/.test(m[1].trim()) && m[1].split(/\s+/).length > 25) return undefined
  return { start, end }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
