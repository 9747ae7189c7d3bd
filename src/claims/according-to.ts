/**
 * Construction: "according to X, …", "…, according to X.", "…, according to X, …".
 * @module
 */
import type { Span } from '../model/index.js'
import { isTerminal, span, trimRange, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { type CueMatch } from './cues.js'

/** "according to X, …", "…, according to X." and "…, according to X, …". */
export function accordingTo(toks: readonly Tok[], cue: CueMatch, si: number, leftLimit: number): Attribution | undefined {
  // Source: from after the cue to the next comma or sentence end.
  let k = cue.j
  while (k < toks.length && toks[k]!.w !== ',' && !isTerminal(toks[k]!) && !toks[k]!.quoted && !(toks[k]!.qmark && k > cue.j)) k++
  const [ss, se] = trimRange(toks, cue.j, k)
  const cueSpan = span(toks, cue.i, cue.j)!
  const before = trimRange(toks, leftLimit, cue.i)
  let after = trimRange(toks, k, toks.length)
  let sourceEnd = se
  // "…, according to Sarah Smith, a professor at X." — an appositive, not more content.
  if (before[1] > before[0] && after[1] > after[0] && !toks.slice(after[0], after[1]).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !t.quoted)) {
    sourceEnd = after[1]
    after = [after[1], after[1]]
  }
  const source = span(toks, ss, sourceEnd)
  const parts: Span[] = []
  const b = span(toks, before[0], before[1])
  const a = span(toks, after[0], after[1])
  if (b) parts.push(b)
  if (a && (toks[k]?.w === ',')) parts.push(a)
  if (parts.length === 0) return undefined
  return { cue: cueSpan, ...(source ? { source } : {}), content: parts, quote: false, pattern: 'according', sentence: si }
}
