/**
 * Sources read from syntax: an attribution's source becomes the speaker of
 * its cue's clause (subject, passive agent), and a source whose head is no
 * speaker (speakers.ts) is dropped, so "These actions demonstrate …",
 * "In February we identified …" and "as determined by …" give no fragment
 * as a source. The word-pattern source is kept when it already holds the
 * clause's speaker (it carries appositives the subject phrase may cut).
 * @module
 */
import type { Mention, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { cueClause } from './cue-clause.js'
import { isSpeakerHead } from './speakers.js'
import { phraseSpan, spanHead, tokenIn, type SyntaxView } from './syntax-view.js'

const contains = (v: SyntaxView, span: Span, i: number): boolean => v.tokens[i]!.start >= span.start && v.tokens[i]!.end <= span.end

/** The attribution with its source read from syntax (or without a source when it names no speaker). */
export function sourceFromSyntax(v: SyntaxView, a: Attribution, mentions: readonly Mention[]): Attribution {
  if (a.pattern === 'according' || a.pattern === 'colon') return a
  const cc = cueClause(v, a.cue)
  const old = a.source
  const oldHead = old ? spanHead(v, old) : undefined
  const oldOk = oldHead !== undefined && isSpeakerHead(v, oldHead, mentions)
  const speaker = cc?.speaker
  if (speaker === undefined || (old && !contains(v, old, speaker) && oldOk)) return oldOk || !old ? a : withoutSource(a)
  if (!isSpeakerHead(v, speaker, mentions)) return withoutSource(a)
  if (old && oldOk && contains(v, old, speaker)) return a
  const span = phraseSpan(v, speaker)
  // A speaker phrase that reaches into the cue or the content is a misparse: keep what the patterns found.
  if (overlaps(span, a.cue) || a.content.some((p) => overlaps(span, p))) return oldOk ? a : withoutSource(a)
  return { ...a, source: span }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function withoutSource(a: Attribution): Attribution {
  const { source: _drop, ...rest } = a
  return rest
}

/** Is there a token at this offset (a guard for spans outside the tokenised text)? */
export function tokenised(v: SyntaxView, span: Span): boolean {
  return tokenIn(v, span.start, span.end) >= 0
}
