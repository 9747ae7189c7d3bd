/**
 * A mention's tokens and its syntactic head, for the coreference rules that read a mention through the parse
 * (within-doc-syntax.ts, definite-descriptions.ts).
 * @module
 */
import type { DocSyntax, Mention, Token } from '../model/index.js'
import { firstSpanEndingAfter } from '../text/offsets.js'

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
