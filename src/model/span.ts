import type { Span, TextSpan } from './schemas.js'

/** Build a TextSpan, taking the surface text from the article text itself. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}


export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

