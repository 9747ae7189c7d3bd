/**
 * A source span that opens with a phrase set off by a comma that is no part of the speaker: a discourse opener or a
 * prepositional phrase ("Meantime, the militant group Islamic Jihad says", "In separate news, Chinese health officials
 * reported") or the tail of a phrase that began before the source ("Speaking on the television network ABC, U.S.
 * Secretary of State Colin Powell expressed …": "ABC" hangs on "network" in the parse). The source starts after the
 * comma when what follows it still holds a speaker (a name or a noun). "Bob Corker, a senator, said" (a name and its
 * description) keeps its name.
 * @module
 */
import type { AnnotatedDoc, Span } from '../model/index.js'
import { DISCOURSE_OPENERS } from '../text/english.js'
import { tokensInside } from './source-mention.js'

/** Is the segment [a, b) of doc.tokens an opener: a discourse word, or a phrase opened by a preposition? */
function opener(doc: AnnotatedDoc, a: number, b: number): boolean {
  const syntax = doc.syntax!.tokens
  const first = syntax[a]!
  if (first.upos === 'ADP' || first.upos === 'SCONJ') return true
  return b - a <= 2 && DISCOURSE_OPENERS.has(first.lemma.toLowerCase()) && /^[A-Z]/.test(doc.article.text.slice(doc.tokens![a]!.start, doc.tokens![a]!.end))
}

/** Does every word of [a, b) hang on a token before `a` (directly or through others inside), so the segment ends an earlier phrase? */
function tailOfEarlierPhrase(doc: AnnotatedDoc, a: number, b: number): boolean {
  const syntax = doc.syntax!.tokens
  const tops = []
  for (let i = a; i < b; i++) if (syntax[i]!.upos !== 'PUNCT' && (syntax[i]!.head < a || syntax[i]!.head >= b)) tops.push(i)
  // the source starts inside a noun phrase: right after a noun of it, with nothing but space between
  const prev = a - 1
  const joined = prev >= 0 && /^(NOUN|PROPN)$/.test(syntax[prev]!.upos) && /^\s*$/.test(doc.article.text.slice(doc.tokens![prev]!.end, doc.tokens![a]!.start))
  return joined && tops.length > 0 && tops.every((i) => syntax[i]!.head >= 0 && syntax[i]!.head < a && syntax[i]!.deprel !== 'punct')
}

/** The source without an opening phrase before its first comma, or the source as it was. */
export function dropOpening(doc: AnnotatedDoc, src: Span): Span {
  if (!doc.syntax || doc.syntax.tokens.length !== doc.tokens?.length) return src
  const idx = tokensInside(doc, src)
  const comma = idx.findIndex((i) => doc.article.text.slice(doc.tokens![i]!.start, doc.tokens![i]!.end) === ',')
  if (comma <= 0 || comma >= idx.length - 1) return src
  const a = idx[0]!
  const c = idx[comma]!
  if (!opener(doc, a, c) && !tailOfEarlierPhrase(doc, a, c)) return src
  const rest = idx.slice(comma + 1)
  if (!rest.some((i) => /^(NOUN|PROPN|PRON)$/.test(doc.syntax!.tokens[i]!.upos))) return src
  return { start: doc.tokens![rest[0]!]!.start, end: src.end }
}
