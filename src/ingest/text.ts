/**
 * Plain-text articles: the text is kept as it is (lossless); the first line is
 * the title when it stands alone above a blank line.
 * @module
 */
import { contentHash, hashId } from '../model/index.js'
import type { Article, ArticleMeta, Span } from '../model/index.js'
import { findDateline } from './dateline.js'

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

/**
 * The first non-empty line, when it stands alone above a blank line (CRLF or LF) and reads as a headline:
 * not a lead paragraph that opens with a dateline ("GAZA CITY (AP) — …"), not a long sentence.
 */
export function titleLine(text: string): Span | undefined {
  const m = /^\s*([^\r\n]{1,250})\r?\n[ \t]*\r?\n/.exec(text)
  if (!m || m[1] === undefined) return undefined
  const line = m[1].trimEnd()
  const start = m.index + m[0].indexOf(m[1])
  if (findDateline(line)) return undefined
  if (/[.!?]["”’]?$/.test(line) && line.split(/\s+/).length > 12) return undefined
  return { start, end: start + line.length }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
