/**
 * Reciprocal claims: "The MQM and the ANP blamed each other for the violence", "Chad and Sudan have accused one another of
 * backing rebels" are two claims, one per party, with the same cue and content. The attribution's source is the whole
 * coordination (its first conjunct names the first claim's speaker); each later conjunct speaks a claim of its own.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { tokensInside } from './source-mention.js'

/** The reciprocal pronouns, as the lemmas of their two words. */
const RECIPROCALS: ReadonlyArray<readonly [string, string]> = [['each', 'other'], ['one', 'another']]

/** Does the content open with a reciprocal pronoun ("each other for the attack")? */
function reciprocalContent(doc: AnnotatedDoc, a: Attribution): boolean {
  const first = a.content[0]
  if (!first) return false
  const idx = tokensInside(doc, first)
  const lemma = (k: number) => (idx[k] === undefined ? '' : doc.syntax!.tokens[idx[k]!]!.lemma.toLowerCase())
  return RECIPROCALS.some(([x, y]) => lemma(0) === x && lemma(1) === y)
}

/**
 * Tokens of the source that join its conjuncts: a coordinator attached to a top-level token of the phrase (one whose
 * head lies outside the source, or a conjunct of such a one). "The leaders of Chad and Sudan" has none: its "and" joins
 * the names inside a modifier.
 */
function topCoordinators(doc: AnnotatedDoc, idx: readonly number[]): number[] {
  const syntax = doc.syntax!.tokens
  const inside = new Set(idx)
  const top = new Set(idx.filter((i) => !inside.has(syntax[i]!.head)))
  for (const i of idx) if (syntax[i]!.deprel === 'conj' && top.has(syntax[i]!.head)) top.add(i)
  return idx.filter((i) => syntax[i]!.upos === 'CCONJ' && top.has(syntax[i]!.head))
}

/** The conjuncts of a source joined at its top level, in order (the first one first); one span when there are none. */
function conjuncts(doc: AnnotatedDoc, source: Span): Span[] {
  const idx = tokensInside(doc, source)
  const cuts = topCoordinators(doc, idx)
  const tokens = doc.tokens!
  const out: Span[] = []
  for (const [n, c] of [-1, ...cuts].entries()) {
    const stop = cuts[n] ?? idx[idx.length - 1]! + 1
    const part = idx.filter((i) => i > c && i < stop && doc.syntax!.tokens[i]!.upos !== 'PUNCT' && !(i === idx[0] && doc.syntax!.tokens[i]!.upos === 'CCONJ'))
    if (part.length > 0) out.push({ start: tokens[part[0]!]!.start, end: tokens[part[part.length - 1]!]!.end })
  }
  return out
}

const parsed = (doc: AnnotatedDoc) => doc.syntax !== undefined && doc.syntax.tokens.length === doc.tokens?.length

/** The spans of a reciprocal attribution's second and later parties ("the ANP" in "The MQM and the ANP"); none otherwise. */
export function reciprocalPartners(doc: AnnotatedDoc, a: Attribution): Span[] {
  if (!a.source || !parsed(doc) || !reciprocalContent(doc, a)) return []
  return conjuncts(doc, a.source).slice(1)
}

/**
 * The parties of a coordinated source that each name someone: "The Egyptian government and the World Health
 * Organization say …", "Washington and Seoul say …" are a claim of each (the news golds code one per party). Only
 * when the first conjunct holds a name the recogniser found and every later one ends in one; "Both the opposition and
 * ruling parties" and "Israel and Western nations" stay one source.
 */
export function coordinatedParties(doc: AnnotatedDoc, a: Attribution, mentions: readonly Mention[]): Span[] {
  if (!a.source || !parsed(doc) || reciprocalContent(doc, a)) return []
  const parts = conjuncts(doc, a.source)
  const names = mentions.filter((m) => m.type !== 'MISC' && (m.kind ?? 'name') === 'name')
  const holdsName = (p: Span) => names.some((m) => p.start <= m.start && m.end <= p.end)
  // a later party is a name ("the World Health Organization", "Seoul"), never a noun a people qualifies ("Western nations")
  const isName = (p: Span) => names.some((m) => p.start <= m.start && m.end === p.end)
  return parts.length > 1 && holdsName(parts[0]!) && parts.slice(1).every(isName) ? parts : []
}
