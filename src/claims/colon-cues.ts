/**
 * Construction: a speaker and a colon ("Graham: Trump Destroying GOP's Chance", "Rep. Trey Gowdy (R-S.C.): “…”"),
 * with the labels that do not speak ("The Latest:", "Editor's note:").
 * @module
 */
import type { Span } from '../model/index.js'
import { quoteAfter, span, trimRange, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { COLON_LABELS } from './cue-words.js'
import { type CueMatch } from './cues.js'

export function introVia(toks: readonly Tok[]): { end: number; via?: Span } | undefined {
  const w0 = toks[0]?.lw
  let k = -1
  if ((w0 === 'speaking' || w0 === 'talking') && toks[1]?.lw === 'to') k = 2
  else if (w0 === 'in' && (toks[1]?.lw === 'an' || toks[1]?.lw === 'a') && toks[2]?.lw === 'interview' && toks[3]?.lw === 'with') k = 4
  if (k < 0) return undefined
  let j = k
  while (j < toks.length && toks[j]!.w !== ',' && j - k < 8) j++
  if (toks[j]?.w !== ',') return undefined
  const via = span(toks, k, j)
  return via ? { end: j + 1, via } : { end: j + 1 }
}

/** "Graham: Trump’s … Destroying GOP’s Chance" — short name, colon, content. */
export function colonAttribution(text: string, toks: readonly Tok[], si: number, cues: readonly CueMatch[], quotes: readonly Span[]): Attribution | undefined {
  const ci = toks.findIndex((t) => t.w === ':' && !t.quoted)
  const following = ci === toks.length - 1 && ci > 0 ? quoteAfter(text, quotes, toks[ci]!.end) : undefined
  const quoteNext = toks[ci + 1]?.qmark === true || following !== undefined
  if (ci < 1 || ci > (quoteNext ? 12 : 5) || (ci >= toks.length - 2 && !following)) return undefined
  if (cues.some((c) => c.i < ci)) return undefined
  const left = toks.slice(0, ci)
  if (quoteNext && !left.some((t) => t.qmark)) {
    // "Breitbart News responded: “…”", "Rep. Trey Gowdy (R-S.C.): “…”"
    const v = left.findIndex((t, k) => k > 0 && (t.pos === 'VERB') && !/^\p{Lu}/u.test(t.w))
    const [ss, se] = trimRange(toks, 0, v > 0 ? v : ci)
    const source = span(toks, ss, se)
    const cue = span(toks, v > 0 ? v : ci, ci + 1)
    const [a, b] = trimRange(toks, ci + 1, toks.length)
    const content = following ?? span(toks, a, b)
    if (source && cue && content && toks.slice(ss, se).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON')) {
      return { cue, source, content: [content], quote: true, pattern: 'colon', sentence: si }
    }
    return undefined
  }
  // a capitalised word the tagger calls a verb is a name in a headline ("Lynch: …")
  if (!left.some((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.w)) || left.some((t) => t.pos === 'VERB' && !/^\p{Lu}/u.test(t.w) || t.qmark)) return undefined
  // "Q: …", "A: …" in a transcript; "The pattern is clear: …", "It is painstaking work: …" — a clause, not a speaker.
  if (left.length === 1 && /^[A-Z]$/.test(left[0]!.w) || left.some((t) => /^(is|was|are|were)$/.test(t.lw)) && left[0]!.pos !== 'PROPN') return undefined
  // "The goal: …", "At issue: …", "For context: …", "The mayor has another advantage: …": a phrase, not a speaker's name.
  const named = left.some((t, k) => t.pos === 'PROPN' && (k > 0 || !/^(ADV|ADP|CCONJ|DET)$/.test(t.pos)) || /^\p{Lu}{2,}$/u.test(t.w))
  if (/^(ADV|ADP|CCONJ|SCONJ)$/.test(left[0]!.pos) || left.some((t) => (t.pos === 'AUX' || t.pos === 'VERB') && /^\p{Ll}/u.test(t.w)) ||
    !named && (left.length > 1 || /ing$/.test(left[0]!.lw))) return undefined
  const [a, b] = trimRange(toks, ci + 1, toks.length)
  const content = span(toks, a, b)
  const dash = left.findIndex((t) => t.w === '–' || t.w === '—' || t.w === '-' || t.w === '--')
  // "The Latest: …", "Editor’s note: …", "Clinton: 2,316": a label or a table row, not a speaker and a claim.
  const rest = toks.slice(a, b)
  // A headline's claim often has no verb the tagger sees ("Lynch: No Outside Influence on FBI Probe"): three words do.
  const wordy = rest.filter((t) => /^\p{L}{3,}/u.test(t.w)).length >= 3
  if (!(rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || wordy) || left.some((t) => COLON_LABELS.has(t.lw) || t.w.includes('@'))) return undefined
  const source = span(toks, dash + 1, ci)
  const cue = span(toks, ci, ci + 1)
  if (!content || !source || !cue) return undefined
  return { cue, source, content: [content], quote: false, pattern: 'colon', sentence: si }
}
