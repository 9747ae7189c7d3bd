/**
 * Reciprocal claims: "The MQM and the ANP blamed each other for the violence", "Chad and Sudan have accused one another of
 * backing rebels" are two claims, one per party, with the same cue and content. The attribution's source is the whole
 * coordination (its first conjunct names the first claim's speaker); each later conjunct speaks a claim of its own.
 * @module
 */
import type { AnnotatedDoc, Span } from '../model/index.js'
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

/** The spans of a reciprocal attribution's second and later parties ("the ANP" in "The MQM and the ANP"); none otherwise. */
export function reciprocalPartners(doc: AnnotatedDoc, a: Attribution): Span[] {
  if (!a.source || !doc.syntax || doc.syntax.tokens.length !== doc.tokens?.length || !reciprocalContent(doc, a)) return []
  const idx = tokensInside(doc, a.source)
  const cuts = topCoordinators(doc, idx)
  const tokens = doc.tokens
  const out: Span[] = []
  for (const [n, c] of cuts.entries()) {
    const stop = cuts[n + 1] ?? idx[idx.length - 1]! + 1
    const part = idx.filter((i) => i > c && i < stop && doc.syntax!.tokens[i]!.upos !== 'PUNCT')
    if (part.length > 0) out.push({ start: tokens[part[0]!]!.start, end: tokens[part[part.length - 1]!]!.end })
  }
  return out
}
