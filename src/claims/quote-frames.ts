/**
 * Construction: quote frames with any verb ("“…,” Toomey fumed.", "He answered, “…”").
 * @module
 */
import type { Span } from '../model/index.js'
import { isTerminal, span, titleQuote, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'

/** A quote closed by , ? or ! and followed by "NP VERB" or "VERB NP": an attribution whatever the verb. */
export function quoteVerbAttribution(text: string, toks: readonly Tok[], q: Span, si: number): Attribution | undefined {
  if (!/[,?!]/.test(text.slice(Math.max(q.start, q.end - 3), q.end)) || titleQuote(toks, q)) return undefined
  const j = toks.findIndex((t) => t.start >= q.end)
  if (j < 0) return undefined
  const nominal = (t: Tok | undefined) => t !== undefined && !t.qmark && (t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || /^\p{Lu}/u.test(t.w))
  // The tagger sometimes calls a past tense after a name an adjective ("Toomey fumed").
  const verb = (t: Tok | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'ADJ' && /ed$/.test(t.w)) && !/^\p{Lu}/u.test(t.w)
  const content: Span = { start: q.start, end: q.end }
  // "NP VERB": up to six nominal tokens, then a verb.
  let k = j
  while (k < toks.length && k - j < 6 && nominal(toks[k]) && !verb(toks[k])) k++
  if (k > j && verb(toks[k]) && toks.slice(j, k).some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN')) {
    let e = k + 1
    // "Trump went on, …" / "she shot back." — a particle, not "fumed on Tuesday".
    if ((toks[e]?.lw === 'on' || toks[e]?.lw === 'back') && (toks[e + 1] === undefined || toks[e + 1]!.pos === 'PUNCT')) e++
    return { cue: span(toks, k, e)!, source: span(toks, j, k)!, content: [content], quote: true, pattern: 'post', sentence: si }
  }
  // "VERB NP": inverted.
  if (verb(toks[j]) && nominal(toks[j + 1])) {
    let e = j + 1
    while (e < toks.length && e - j < 8 && nominal(toks[e]) && toks[e]!.w !== ',') e++
    return { cue: span(toks, j, j + 1)!, source: span(toks, j + 1, e)!, content: [content], quote: true, pattern: 'inverted', sentence: si }
  }
  return undefined
}

/** "He answered, “…”" / "Beck joked: “…”": a short subject and a verb introducing a quote. */
export function quoteIntroAttribution(toks: readonly Tok[], q: Span, si: number): Attribution | undefined {
  const j = toks.findIndex((t) => t.start >= q.start)
  if (j < 3) return undefined
  const punct = toks[j - 1]!
  if (punct.w !== ',' && punct.w !== ':') return undefined
  const v = toks[j - 2]!
  if (!(v.pos === 'VERB' || v.pos === 'ADJ' && /ed$/.test(v.w)) || v.quoted || /^\p{Lu}/u.test(v.w) || /ing$/.test(v.lw)) return undefined
  let k = j - 3
  while (k >= 0 && j - 3 - k < 6 && !toks[k]!.qmark && toks[k]!.w !== ',' && !isTerminal(toks[k]!) && (toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'PRON' || toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || /^\p{Lu}/u.test(toks[k]!.w))) k--
  const startsClause = k < 0 || toks[k]!.w === ',' || toks[k]!.qmark || isTerminal(toks[k]!)
  const src = toks.slice(k + 1, j - 2)
  if (!startsClause || src.length === 0 || !src.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN')) return undefined
  return { cue: span(toks, j - 2, j - 1)!, source: span(toks, k + 1, j - 2)!, content: [{ start: q.start, end: q.end }], quote: true, pattern: 'pre', sentence: si }
}
