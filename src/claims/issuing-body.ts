/**
 * The body a statement speaks for. A press statement says "we" in its own voice ("As we have repeatedly made clear,
 * the United States supports …", "We believe his presence in the country is …"): that "we" is the issuing body, not
 * the last speaker quoted before it. The body is read from the text: the organisation or country that the article,
 * outside quotes, makes the subject of its own clauses most often ("The United States condemns …", "the UK has
 * worked …"); ties go to the one named first.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { pronounInfo } from '../text/english.js'
import { findQuotes, quoteIndexAt } from './quotes.js'
import { deprelOf, docSyntaxView, tokensIn, type SyntaxView } from './syntax-view.js'

/** The mention naming the issuing body (its first subject mention), or undefined when no body is a subject. */
export function issuingBody(doc: AnnotatedDoc): Mention | undefined {
  const v = docSyntaxView(doc)
  if (!v) return undefined
  const quotes = findQuotes(doc.article.text)
  const counts = new Map<string, { first: Mention; n: number }>()
  for (const m of doc.mentions ?? []) {
    if ((m.type !== 'ORG' && m.type !== 'LOC') || (m.kind ?? 'name') !== 'name' || quoteIndexAt(quotes, m.start) >= 0) continue
    if (!isSubject(v, m)) continue
    const key = m.text.toLowerCase().replace(/^the\s+/, '')
    const c = counts.get(key)
    if (c) c.n++
    else counts.set(key, { first: m, n: 1 })
  }
  let best: { first: Mention; n: number } | undefined
  for (const c of counts.values()) if (!best || c.n > best.n) best = c
  return best?.first
}

/** Is "we" at this span the statement's own voice: a first-person plural outside any quote? */
export function ownVoiceWe(text: string, s: Span, quotes: readonly Span[] = findQuotes(text)): boolean {
  const p = pronounInfo(text.slice(s.start, s.end).trim())
  return p !== undefined && p.person === 1 && p.number === 'plural' && quoteIndexAt(quotes, s.start) < 0
}

/** Is the mention (a word of it whose head lies outside it) the subject of a clause? */
function isSubject(v: SyntaxView, m: Span): boolean {
  const idx = tokensIn(v, m)
  return idx.some((i) => !idx.includes(v.syntax.tokens[i]!.head) && /^nsubj/.test(deprelOf(v, i)))
}
