/**
 * An article's parse seen with its mentions — each token's children and covering mention, a mention's tokens and its
 * syntactic head — for the coreference rules that read mentions through the parse (within-doc-syntax.ts,
 * definite-descriptions.ts).
 * @module
 */
import type { Article, DocSyntax, Mention, Token } from '../model/index.js'
import { firstSpanEndingAfter } from '../text/offsets.js'

/** The parse of an article with its mentions. */
export interface MentionView {
  readonly article: Article
  readonly tokens: readonly Token[]
  readonly syn: DocSyntax['tokens']
  readonly children: readonly number[][]
  /** The longest mention covering each token (the first of equal length in text order), if any. */
  readonly mentionOf: ReadonlyArray<Mention | undefined>
  readonly byId: Map<string, Mention>
}

/** The view of an article's parse and mentions. */
export function mentionView(article: Article, tokens: readonly Token[], syntax: DocSyntax, mentions: readonly Mention[]): MentionView {
  const children: number[][] = tokens.map(() => [])
  syntax.tokens.forEach((t, i) => { if (t.head >= 0) children[t.head]?.push(i) })
  const mentionOf: Array<Mention | undefined> = tokens.map(() => undefined)
  let k = 0
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++
    for (let i = k; i < tokens.length && tokens[i]!.start < m.end; i++) {
      const cur = mentionOf[i]
      if (!cur || cur.end - cur.start < m.end - m.start) mentionOf[i] = m
    }
  }
  return { article, tokens, syn: syntax.tokens, children, mentionOf, byId: new Map(mentions.map((m) => [m.id, m])) }
}

/** Token indices a mention covers. */
export function mentionTokens(v: { readonly tokens: readonly Token[] }, m: Mention): number[] {
  const out: number[] = []
  for (let i = firstSpanEndingAfter(v.tokens, m.start); i < v.tokens.length && v.tokens[i]!.start < m.end; i++) if (v.tokens[i]!.end <= m.end) out.push(i)
  return out
}

/** The syntactic head of a mention's tokens: the one whose head lies outside them (the last one when none does). */
export function mentionHead(v: { readonly syn: DocSyntax['tokens'] }, idx: readonly number[]): number | undefined {
  const inside = new Set(idx)
  return idx.find((i) => !inside.has(v.syn[i]!.head)) ?? idx[idx.length - 1]
}
