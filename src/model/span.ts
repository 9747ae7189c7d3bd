import type { Span, TextSpan } from './schemas.js'

/** Build a TextSpan, taking the surface text from the article text itself. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Trim whitespace (and optionally given chars) from both ends of a span. */
export function trimSpan(text: string, start: number, end: number, extra = ''): Span {
  const isTrim = (c: string | undefined) => c !== undefined && (/\s/.test(c) || extra.includes(c))
  while (start < end && isTrim(text[start])) start++
  while (end > start && isTrim(text[end - 1])) end--
  return { start, end }
}
