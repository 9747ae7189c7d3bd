/**
 * Read access to doc.syntax for the claims folder: the token at an offset,
 * a token's dependents, the clause a predicate heads, and the character span
 * of a phrase (a token's subtree, with relative clauses and edge punctuation
 * left out).
 * @module
 */
import type { AnnotatedDoc, Clause, DocSyntax, Span, Token } from '../model/index.js'
import { NEGATORS } from '../text/english.js'
import { firstSpanEndingAfter } from '../text/offsets.js'

export interface SyntaxView {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly syntax: DocSyntax
  /** Dependents of each token, in order. */
  readonly children: readonly number[][]
  /** Clause by predicate token index. */
  readonly clauses: ReadonlyMap<number, Clause>
}

export function syntaxView(text: string, tokens: readonly Token[], syntax: DocSyntax): SyntaxView {
  const children: number[][] = tokens.map(() => [])
  syntax.tokens.forEach((t, i) => { if (t.head >= 0) children[t.head]?.push(i) })
  const clauses = new Map<number, Clause>()
  for (const s of syntax.sentences) for (const c of s.clauses) clauses.set(c.predicate, c)
  return { text, tokens, syntax, children, clauses }
}

const views = new WeakMap<DocSyntax, SyntaxView>()

/**
 * The view of a document's parse, built once per parse and shared by the claims steps that read it (attributions,
 * the issuing body, stance constructions and context); undefined when the document has no parse matching its tokens.
 */
export function docSyntaxView(doc: AnnotatedDoc): SyntaxView | undefined {
  if (!doc.tokens || !doc.syntax || doc.syntax.tokens.length !== doc.tokens.length) return undefined
  const known = views.get(doc.syntax)
  if (known && known.tokens === doc.tokens && known.text === doc.article.text) return known
  const v = syntaxView(doc.article.text, doc.tokens, doc.syntax)
  views.set(doc.syntax, v)
  return v
}

/**
 * The dependents of token `h` of a document's parse, in order: the shared view's list (no scan of the whole parse per
 * question, which made the per-claim source steps grow with the square of a document's length), else a scan.
 */
export function dependentsOf(doc: AnnotatedDoc, h: number): readonly number[] {
  const v = docSyntaxView(doc)
  if (v && h >= 0 && h < v.children.length) return v.children[h]!
  const out: number[] = []
  doc.syntax?.tokens.forEach((t, i) => { if (t.head === h) out.push(i) })
  return out
}

/** Index of the first token that starts at or after `offset` and before `end` (binary search), or -1. */
export function tokenIn(v: SyntaxView, start: number, end: number): number {
  const lo = firstSpanEndingAfter(v.tokens, start)
  return lo < v.tokens.length && v.tokens[lo]!.start < end ? lo : -1
}

/** Token indices inside a character span. */
export function tokensIn(v: SyntaxView, span: Span): number[] {
  const out: number[] = []
  for (let i = tokenIn(v, span.start, span.end); i >= 0 && i < v.tokens.length && v.tokens[i]!.start < span.end; i++) out.push(i)
  return out
}

const NOMINAL_UPOS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'])

/**
 * The head of a span: its token whose head lies outside the span (the first such, left to right), a determiner only when no
 * nominal word is ("The Turkish military said" parsed with each word on the verb is headed by "Turkish", not "The").
 */
export function spanHead(v: SyntaxView, span: Span): number | undefined {
  const idx = tokensIn(v, span)
  const inside = new Set(idx)
  const outer = idx.filter((i) => !inside.has(v.syntax.tokens[i]!.head) && v.syntax.tokens[i]!.upos !== 'PUNCT')
  return outer[0] !== undefined && v.syntax.tokens[outer[0]]!.upos === 'DET' ? (outer.find((i) => NOMINAL_UPOS.has(v.syntax.tokens[i]!.upos)) ?? outer[0]) : outer[0]
}

export const lemmaOf = (v: SyntaxView, i: number): string => v.syntax.tokens[i]?.lemma.toLowerCase() ?? ''
export const uposOf = (v: SyntaxView, i: number): string => v.syntax.tokens[i]?.upos ?? ''
export const deprelOf = (v: SyntaxView, i: number): string => v.syntax.tokens[i]?.deprel ?? ''
export const wordOf = (v: SyntaxView, i: number): string => v.text.slice(v.tokens[i]!.start, v.tokens[i]!.end)
/** Is token i a word of negation ("not", "never", "n't", curly apostrophes read as straight)? */
export const isNegator = (v: SyntaxView, i: number): boolean => NEGATORS.has(wordOf(v, i).toLowerCase().replace(/’/g, "'"))

/** Dependents left out of a phrase: clauses hanging on it and loose punctuation. */
const CLAUSAL = /^(acl|acl:relcl|advcl|parataxis|ccomp|dep|discourse|vocative|reparandum)$/

/**
 * The character span of a token's phrase: its subtree without relative, adverbial and complement clauses,
 * kept contiguous (stops at the first gap), trimmed of punctuation and conjunctions at its edges.
 */
export function phraseSpan(v: SyntaxView, head: number, drop: (dep: number) => boolean = () => false): Span {
  const keep = new Set<number>([head])
  const stack = [head]
  while (stack.length > 0) {
    const i = stack.pop()!
    for (const c of v.children[i] ?? []) {
      if (CLAUSAL.test(deprelOf(v, c)) || drop(c)) continue
      keep.add(c)
      stack.push(c)
    }
  }
  let lo = head
  let hi = head
  while (keep.has(lo - 1) && v.tokens[lo - 1]!.sentence === v.tokens[head]!.sentence) lo--
  while (keep.has(hi + 1) && v.tokens[hi + 1]!.sentence === v.tokens[head]!.sentence) hi++
  const edge = (i: number) => uposOf(v, i) === 'PUNCT' || uposOf(v, i) === 'CCONJ' || uposOf(v, i) === 'SCONJ'
  while (lo < head && edge(lo)) lo++
  while (hi > head && edge(hi)) hi--
  return { start: v.tokens[lo]!.start, end: v.tokens[hi]!.end }
}

/** The whole subtree of a token as one contiguous span (for clause contents), trimmed of edge punctuation and a leading "that". */
export function clauseSpan(v: SyntaxView, head: number): Span {
  let lo = head
  let hi = head
  const stack = [head]
  while (stack.length > 0) {
    const i = stack.pop()!
    lo = Math.min(lo, i)
    hi = Math.max(hi, i)
    for (const c of v.children[i] ?? []) stack.push(c)
  }
  while (lo < head && (uposOf(v, lo) === 'PUNCT' || (deprelOf(v, lo) === 'mark' && v.syntax.tokens[lo]!.head === head))) lo++
  while (hi > head && uposOf(v, hi) === 'PUNCT' && !/^["”’']$/.test(wordOf(v, hi))) hi--
  return { start: v.tokens[lo]!.start, end: v.tokens[hi]!.end }
}

/** Token indices [first, end) of the tokens inside a sentence's span. */
export function sentenceTokens(v: SyntaxView, s: Span): [number, number] {
  const first = tokenIn(v, s.start, s.end)
  if (first < 0) return [0, 0]
  let end = first
  while (end < v.tokens.length && v.tokens[end]!.start < s.end) end++
  return [first, end]
}
