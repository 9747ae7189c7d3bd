/**
 * Tokens as attribution finding reads them: per (re-joined) sentence, with quote flags and tagger slips
 * repaired, and the small token helpers every construction shares (spans, terminals, quotes around a token).
 * @module
 */
import type { Sentence, Span, Token } from '../model/index.js'
import { findQuotes, quoteIndexAt } from './quotes.js'
import { INVERTING, POSS_MARK } from './cue-words.js'

export interface Tok {
  readonly start: number
  readonly end: number
  readonly pos: string
  readonly w: string
  readonly lw: string
  /** Lemma, lower case (doc.syntax); the lower-case word where the doc has no syntax. */
  readonly lemma: string
  /** Inside a direct quote (between its marks). */
  readonly quoted: boolean
  /** Is a quote mark. */
  readonly qmark: boolean
}

/** Quote-mark tokens. */
export const QUOTE_CHARS = new Set(['“', '”', '"', "'", '„', '`', "''", '``'])

/** Lower case, curly apostrophes read as straight ones ("n’t", "’s"). */
const lower = (w: string) => { const l = w.toLowerCase(); return l.includes('’') ? l.replace(/’/g, "'") : l }

/** A single apostrophe, a quote mark only at a quote's edge ("Aras' campaign manager" is a possessive). */
const isApostrophe = (w: string) => w === "'" || w === '’'

/** Tokens per (re-joined) sentence, with quote flags and lemmas (per token of `tokens`, from doc.syntax): what cue finding works on. */
export function sentenceTokens(text: string, sentencesIn: readonly Sentence[], tokens: readonly Token[], quotes: readonly Span[] = findQuotes(text), lemmas?: readonly string[]): { sentences: Sentence[]; bySentence: Tok[][] } {
  const { merged: sentences, map } = mergeSentences(text, sentencesIn)
  const bySentence: Tok[][] = sentences.map(() => [])
  tokens.forEach((t, k) => {
    const w = text.slice(t.start, t.end)
    const qi = quotes.length > 0 ? quoteIndexAt(quotes, t.start) : -1
    const q = qi >= 0 ? quotes[qi]! : undefined
    const qmark = QUOTE_CHARS.has(w) && !(isApostrophe(w) && !(q && (/^['’"“‘`]*$/.test(text.slice(q.start, t.start)) || /^['’"”]*$/.test(text.slice(t.end, q.end)))))
    const lw = lower(w)
    const lemma = lemmas?.[k]
    bySentence[map[t.sentence] ?? t.sentence]?.push({
      start: t.start, end: t.end, pos: t.pos ?? 'X', w, lw, lemma: lemma === undefined || lemma === w ? lw : lower(lemma),
      quoted: q !== undefined && t.start > q.start && t.end < q.end && !(qmark && (t.start === q.start || t.end === q.end)),
      qmark,
    })
  })
  for (const toks of bySentence) retagNames(toks)
  return { sentences, bySentence }
}

/** Capitalised words that do open a sentence before "said" without being a name. */
export const NOT_NAMES = new Set(['also', 'later', 'earlier', 'then', 'still', 'now', 'here', 'there', 'previously', 'recently', 'publicly', 'privately',
  'separately', 'repeatedly', 'once', 'never', 'finally', 'initially', 'originally', 'reportedly', 'allegedly', 'many', 'most', 'some', 'others',
  'several', 'both', 'few', 'all', 'each', 'everyone', 'nobody', 'somebody', 'someone', 'anyone', 'one', 'first', 'instead', 'again', 'just', 'only', 'and', 'but', 'so'])

/**
 * Tagger slips that hide a speaker or a cue: a capitalised name read as an adverb or a verb right before a
 * speech verb ("Jolly said", "Marsh said"), and an -ing verb read as an adjective ("by promising to cut").
 */
export function retagNames(toks: Tok[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    const next = toks[i + 1]!
    // "by promising to cut …", "is promising them …": an -ing word after a preposition or "be" is a verb
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.w.endsWith('ing') && /^\p{Ll}+ing$/u.test(t.w) && !t.quoted && i > 0 && /^(by|while|after|before|without|is|was|are|were|been|be|'s|’s|'re|’re)$/.test(toks[i - 1]!.lw) &&
      (/^(PRON|DET|PROPN)$/.test(next.pos) || next.lw === 'to' || next.lw === 'that')) { toks[i] = { ...t, pos: 'VERB' }; continue }
    // (the cheap tests first: most tokens are no adverb, verb or adjective before a speech verb)
    if (t.pos !== 'ADV' && t.pos !== 'VERB' && t.pos !== 'ADJ' || !INVERTING.has(next.lw)) continue
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.w) || NOT_NAMES.has(t.lw) || t.quoted) continue
    if (i > 0 && !/^(PROPN|PUNCT)$/.test(toks[i - 1]!.pos)) continue
    toks[i] = { ...t, pos: 'PROPN' }
  }
}

export const ABBREV_END = /(?:(?:^|[\s(-])[A-Z]|\b(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Prof|Capt|Maj|Adm|Sens|Reps|Mass|Calif|Fla|Wash|Ore|Ky|Tenn|Pa|Va|Ariz|Ind|Ill|Wis|Mich|Minn|Mo|Md|Conn|Colo|Nev|Okla|Ala|Ga|La|Miss|Neb|Kan|Ark|Del|Vt|Tex|Mont|Wyo|vs|No|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec))\.\)?$/

/**
 * Undo sentence splits inside a line that the tokenizer makes after abbreviations
 * ("Rep. Jim McDermott (D-Wash.) said") or before a lower-case continuation.
 */
export function mergeSentences(text: string, sentences: readonly Sentence[]): { merged: Sentence[]; map: number[] } {
  const merged: Sentence[] = []
  const map: number[] = []
  sentences.forEach((s, i) => {
    const prev = merged[merged.length - 1]
    if (prev && i > 0) {
      const gap = text.slice(prev.end, s.start)
      const head = text.slice(s.start, s.start + 1)
      const prevText = text.slice(prev.start, prev.end)
      const openParen = (prevText.match(/\(/g)?.length ?? 0) > (prevText.match(/\)/g)?.length ?? 0)
      if (!gap.includes('\n') && (/^[\p{Ll},;:)\]]/u.test(head) || ABBREV_END.test(prevText) || openParen)) {
        merged[merged.length - 1] = { start: prev.start, end: s.end }
        map.push(merged.length - 1)
        return
      }
    }
    merged.push({ start: s.start, end: s.end })
    map.push(merged.length - 1)
  })
  return { merged, map }
}

export function isTerminal(t: Tok): boolean {
  return t.w === '.' || t.w === '!' || t.w === '?' || t.w === '...' || t.w === '…'
}

/** Trim punctuation at the edges of a token range [i, j) (keeps quote marks, which gold content includes). */
export function trimRange(toks: readonly Tok[], i: number, j: number): [number, number] {
  while (i < j && isEdgePunct(toks[i]!)) i++
  while (j > i && isEdgePunct(toks[j - 1]!)) j--
  return [i, j]
}

export function isEdgePunct(t: Tok): boolean {
  return !t.qmark && (t.pos === 'PUNCT' || t.pos === 'SYM') && !/[)%$]/.test(t.w)
}

export function span(toks: readonly Tok[], i: number, j: number): Span | undefined {
  if (j <= i) return undefined
  return { start: toks[i]!.start, end: toks[j - 1]!.end }
}

/** Is this token the closing mark of a quote? */
export function closesQuote(quotes: readonly Span[], t: Tok): boolean {
  const qi = quoteIndexAt(quotes, t.end - 1)
  return qi >= 0 && quotes[qi]!.end === t.end
}

/** Index of the first token before k that is not a quote mark. */
export function skipMarksBack(toks: readonly Tok[], k: number): number {
  while (k >= 0 && toks[k]!.qmark) k--
  return k
}

/** The quote that opens right after `at` (only white space, line breaks included, between), if any. */
export function quoteAfter(text: string, quotes: readonly Span[], at: number): Span | undefined {
  let lo = 0
  let hi = quotes.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid]!.start < at) lo = mid + 1; else hi = mid }
  const q = quotes[lo]
  if (!q || !/^\s*$/.test(text.slice(at, q.start)) || q.start - at > 4) return undefined
  return { start: q.start, end: q.end }
}

/** The quote that ends right before `at` (only spaces or one line break between), if any. */
export function quoteBefore(text: string, quotes: readonly Span[], at: number): Span | undefined {
  let lo = 0
  let hi = quotes.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (quotes[mid]!.end <= at) { best = mid; lo = mid + 1 } else hi = mid - 1
  }
  const q = best >= 0 ? quotes[best] : undefined
  if (!q || !/^[ \t]*\n?[ \t]*$/.test(text.slice(q.end, at))) return undefined
  return { start: q.start, end: q.end }
}

/** A show or book title in quotes, not speech: "on Fox News Channel’s “Sunday Morning Futures,”", a few capitalized words. */
export function titleQuote(toks: readonly Tok[], q: Span): boolean {
  const inner = toks.filter((t) => t.start >= q.start && t.end <= q.end && !t.qmark && /^[\p{L}\p{N}]/u.test(t.w))
  if (inner.length === 0 || inner.length > 5 || !inner.every((t) => /^[\p{Lu}\p{N}]/u.test(t.w) || /^(of|the|and|a|in|on|with|for|to)$/.test(t.w))) return false
  const k = toks.findIndex((t) => t.start >= q.start)
  const before = toks[k - 1]
  return before !== undefined && (POSS_MARK.has(before.w) || /^(on|in|of)$/.test(before.lw) || before.pos === 'PROPN')
}

export function isQuote(text: string, s: Span): boolean {
  return QUOTE_CHARS.has(text[s.start]!) && QUOTE_CHARS.has(text[s.end - 1]!)
}

export function startsQuote(toks: readonly Tok[], r: number): boolean {
  let k = r
  while (k < toks.length && (toks[k]!.w === ',' || toks[k]!.w === ':')) k++
  return toks[k]?.qmark === true
}

/** Token indices [start, end) of a span that lies before token `limit`, if its edges are token edges. */
export function tokenRange(toks: readonly Tok[], sp: Span | undefined, limit: number): [number, number] | undefined {
  if (!sp) return undefined
  const a = toks.findIndex((t) => t.start === sp.start)
  const b = toks.findIndex((t) => t.end === sp.end)
  return a >= 0 && b >= a && b < limit ? [a, b + 1] : undefined
}
