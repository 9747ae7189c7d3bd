/**
 * Contents: what a cue reports, to its right ("said (that) …", up to the next claim or the sentence end) or to its
 * left ("…, X said"), with fronted content, adverbial tails that are not content, and quotes that run on.
 * @module
 */
import type { Sentence, Span } from '../model/index.js'
import { quoteIndexAt } from './quotes.js'
import { closesQuote, isTerminal, span, trimRange, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { CLAUSE_CONJ, FRONTING, LEAD_STRIP, PARTICIPLE_CUE, RELATIVE, SUBORDINATORS, TRAIL_PREP } from './cue-words.js'
import { type CueMatch } from './cues.js'

/** "sees the governor as a uniter", "found it to be a burden": an object, then what the subject takes it for. */
export function asComplement(toks: readonly Tok[], r: number): boolean {
  for (let k = r; k < toks.length && k - r <= 6; k++) {
    const t = toks[k]!
    if (k > r && (t.lw === 'as' || t.lw === 'to' && toks[k + 1]?.lw === 'be')) return true
    if (t.quoted || t.qmark || t.w === ',' || isTerminal(t) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' && k > r) return false
  }
  return false
}

/**
 * "While he’s said he believes the tax is …, he’s also voted …": a cue inside a fronted subordinate clause
 * reports only up to the comma where the main clause (a subject and a verb) begins.
 */
export function fronted(toks: readonly Tok[], cueI: number, r: number, content: Span | undefined): Span | undefined {
  if (!content) return content
  let s = 0
  while (s < cueI && (LEAD_STRIP.has(toks[s]!.lw) && !FRONTING.has(toks[s]!.lw) || toks[s]!.pos === 'PUNCT' && !toks[s]!.qmark)) s++
  if (!FRONTING.has(toks[s]?.lw ?? '') || toks.slice(s, cueI).some((t) => t.w === ',' || t.qmark)) return content
  for (let k = r; k < toks.length && toks[k]!.end <= content.end; k++) {
    const t = toks[k]!
    if (t.quoted || t.qmark || t.w !== ',') continue
    let e = k + 1
    while (e < toks.length && e - k <= 6 && /^(PRON|PROPN|NOUN|DET|ADJ|NUM)$/.test(toks[e]!.pos)) e++
    if (e > k + 1 && /^(VERB|AUX)$/.test(toks[e]?.pos ?? '')) {
      const [a, b] = trimRange(toks, r, k)
      return span(toks, a, b) ?? content
    }
  }
  return content
}

/** Does a reported clause start at token r ("that …", a quote, "how …", "he is …")? */
export function clauseFollows(toks: readonly Tok[], r: number): boolean {
  const t = toks[r]
  if (!t) return false
  if (t.qmark || t.w === ':' || /^(that|how|why|what|whether|if|when|where|who)$/.test(t.lw)) return true
  // a subject of up to five words, then a verb
  for (let k = r; k < toks.length && k - r <= 5; k++) {
    const x = toks[k]!
    if ((x.pos === 'VERB' || x.pos === 'AUX') && k > r) return !/ing$/.test(x.lw) || toks[k - 1]!.pos === 'AUX'
    if (!/^(PRON|PROPN|NOUN|DET|ADJ|NUM)$/.test(x.pos) || x.pos === 'PRON' && /^(it|them|him|her|me|us|themselves|himself|herself|itself)$/.test(x.lw) && k === r && !/^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? '')) return false
  }
  return false
}

/** "said when asked whether …", "said to laughs", "said of Cruz": the rest modifies the saying, it is not what was said. */
export function adverbialRest(toks: readonly Tok[], r: number): boolean {
  const t = toks[r]
  if (!t || t.quoted || t.qmark) return false
  if (!(t.pos === 'ADP' && t.lw !== 'that' || t.pos === 'SCONJ' && !/^(that|whether|if|how)$/.test(t.lw) || SUBORDINATORS.has(t.lw))) return false
  for (let k = r + 1; k < toks.length && k - r < 14; k++) {
    const w = toks[k]!
    if (w.lw === 'that' || w.qmark || w.w === ':') return false
  }
  return true
}

/** "said on “Meet the Press.”", "said in an interview with CNN on Sunday." — an adverbial tail, not content. */
export function trailingAdverbial(toks: readonly Tok[], r: number): boolean {
  const t = toks[r]
  if (!t || !TRAIL_PREP.has(t.lw)) return false
  let k = r
  while (k < toks.length && !isTerminal(toks[k]!) || (k < toks.length && toks[k]!.qmark)) {
    const w = toks[k]!
    // "said of the banks in February, when the loans were called in": a closing time clause is adverbial too
    if (w.w === ',' && k - r <= 12 && /^(when|as|while|after|before|because|since)$/.test(toks[k + 1]?.lw ?? '')) return true
    // "in an interview aired on Monday when asked about …": a participle after its noun or after "when" is no new clause
    const participle = /ed$/.test(w.lw) && (toks[k - 1]?.pos === 'NOUN' || /^(when|while|after|before|once|if)$/.test(toks[k - 1]?.lw ?? ''))
    if (w.pos === 'VERB' && !/ing$/.test(w.lw) && !participle || w.w === ',' || w.lw === 'that') return false
    k++
  }
  return k - r <= 12
}

/** Content to the left of the cue clause, ending before token `end` (a comma or a closing quote). */
export function leftContent(toks: readonly Tok[], end: number, leftLimit: number, quotes: readonly Span[]): Span | undefined {
  // A quote that closes right here: the whole quote, wherever it opened.
  let k = end
  while (toks[k]?.qmark) k++
  const closingEnd = k > end ? toks[k - 1]!.end : (toks[end - 1]?.qmark ? toks[end - 1]!.end : -1)
  if (closingEnd > 0) {
    const qi = quoteIndexAt(quotes, closingEnd - 1)
    const q = qi >= 0 ? quotes[qi] : undefined
    if (q && q.end === closingEnd) return { start: q.start, end: q.end }
  }
  let s = leftLimit
  // Skip a dateline ("TEL AVIV —").
  for (let k = leftLimit; k < Math.min(end, leftLimit + 6); k++) if (toks[k]!.w === '—' || toks[k]!.w === '--' || toks[k]!.w === '–') s = k + 1
  // "…campaign.' | ' The slogan …, he said.": the rest of a mark that closed the sentence before is not part of this content.
  while (s < end && toks[s]!.qmark && closesQuote(quotes, toks[s]!) && quoteIndexAt(quotes, toks[s]!.start - 1) >= 0) s++
  const [a, b] = trimRange(toks, s, end)
  return span(toks, a, b)
}

/** Content to the right of the cue, up to the sentence end, a participle cue's clause, or (for non-speech cues) the phrase end. */
export function rightContent(toks: readonly Tok[], r: number, nextCue: CueMatch | undefined, speech = true): Span | undefined {
  let end = toks.length
  if (nextCue && nextCue.i > r) {
    const nh = nextCue.key.split(' ')[0]!
    const prev = toks[nextCue.i - 1]
    if (PARTICIPLE_CUE.test(nh) && prev?.w === ',') end = nextCue.i - 1
    if (PARTICIPLE_CUE.test(nh) && prev?.qmark && toks[nextCue.i - 2]?.w === ',') end = nextCue.i
    // "…, and three-quarters said …", "… and said …", "…, while about 4 in 10 want …": the next cue opens its own claim.
    const cut = conjoinedClauseStart(toks, r, nextCue.i)
    if (cut > r) end = Math.min(end, cut)
    // "… “A,” Sanders said": the content ends with the quote that the next attribution closes.
    for (let m = nextCue.i - 1; m > r && nextCue.i - m <= 5; m--) {
      // (not "he had “no idea” if the convoy had been told …": the quote is a phrase inside the clause)
      if (toks[m]!.qmark && !toks[m]!.quoted && m + 1 < nextCue.i && (/^[,?!.]$/.test(toks[m - 1]?.w ?? '') || /^[,?!]$/.test(toks[m + 1]?.w ?? ''))) {
        // "asserted that the army had lost its nerve: “The army is no longer an army,” he claimed.": a quote after a colon is the next speaker's
        let o = m - 1
        while (o > r && !(toks[o]!.qmark && !toks[o]!.quoted)) o--
        end = Math.min(end, o > r && toks[o - 1]?.w === ':' ? o - 1 : m + 1)
        break
      }
    }
  }
  for (let k = r + 1; k < end; k++) {
    const t = toks[k]!
    if (t.lw === 'according' && toks[k + 1]?.lw === 'to' && !t.quoted) { end = k; break }
    if (t.quoted || t.qmark) continue
    if (t.w === ',' && /^(but|despite|even|though|although|whereas)$/.test(toks[k + 1]?.lw ?? '')) { end = k; break }
    if (t.w === '—' || t.w === '--' || t.w === '–' || t.w === '―') {
      // A dash pair is a parenthetical inside the content; a single dash ends it.
      const close = toks.findIndex((x, m) => m > k && m < end && x.w === t.w)
      if (close > k) { k = close; continue }
      end = k
      break
    }
    if (t.w === ';') { end = k; break }
    // "acknowledged that … but declined to provide …": a second verb of the speaker, not of the reported clause.
    if (t.lw === 'but' && toks[k + 1]?.pos === 'VERB' && !/ing$/.test(toks[k + 1]!.lw) && !toks[k + 1]!.quoted) { end = k; break }
    // ("said that the new curfew, which critics call a punishment, was …": not before the clause has its verb)
    if (t.w === ',' && (toks[k + 1]?.pos === 'VERB' && /ing$/.test(toks[k + 1]!.lw) || /^(compared|according)$/.test(toks[k + 1]?.lw ?? '') ||
      toks[k + 1]?.lw === 'which' && toks.slice(r, k).some((x) => (x.pos === 'VERB' || x.pos === 'AUX') && !x.quoted))) { end = k; break }
    if (!speech) {
      if (t.w === ',' || t.w === '(' || SUBORDINATORS.has(t.lw) && t.pos === 'SCONJ' || t.lw === 'even' && toks[k + 1]?.lw === 'though') { end = k; break }
      if ((t.lw === 'and' || t.lw === 'but') && (toks[k + 1]?.pos === 'VERB' || toks[k + 1]?.pos === 'AUX')) { end = k; break }
      if (t.lw === 'on' && /day$/.test(toks[k + 1]?.lw ?? '')) { end = k; break }
    }
  }
  const [a, b] = trimRange(toks, r, end)
  if (b - a < 1) return undefined
  if (b - a === 1 && toks[a]!.pos === 'PRON') return undefined
  return span(toks, a, b)
}

/** Where a conjoined clause with its own cue starts ("and X said", "but did not say"), or -1. */
export function conjoinedClauseStart(toks: readonly Tok[], r: number, cueI: number): number {
  for (let m = cueI - 1; m > r && cueI - m <= 9; m--) {
    const t = toks[m]!
    if (t.quoted || t.qmark) return -1
    if (CLAUSE_CONJ.has(t.lw)) {
      // the words between are a subject (or nothing): no verb of their own
      if (toks.slice(m + 1, cueI).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.lw === 'that' || RELATIVE.has(x.lw))) return -1
      return m
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || isTerminal(t) || t.w === ';') return -1
  }
  return -1
}

/** Stretch content that opens a quote to the quote's end; add the resumed quote after "“A,” he said. “B.”". */
export function extendQuotes(text: string, a: Attribution, quotes: readonly Span[], sentences: readonly Sentence[], toks: readonly Tok[]): Attribution {
  const parts = a.content.map((p) => {
    let end = p.end
    const qi = quoteIndexAt(quotes, p.start)
    // Content that opens with a quote is exactly that quote, however far it runs (a report's content runs on: "“…,” Obama said, according to …").
    if (qi >= 0 && quotes[qi]!.start === p.start && (a.pattern !== 'according' || quotes[qi]!.end >= p.end)) return { start: p.start, end: quotes[qi]!.end }
    for (const q of quotes) {
      if (q.start >= p.start && q.start < p.end && q.end > end) end = q.end
      if (q.start > p.end) break
    }
    return { start: p.start, end }
  })
  // Resumed quote: the sentence ends with the attribution and the next sentence opens a quote in the same paragraph.
  const last = toks[toks.length - 1]!
  const closesHere = a.pattern === 'post' || a.pattern === 'inverted'
  const reportedQuote = a.pattern === 'according' && a.content.length === 1 && a.content[0]!.end <= a.cue.start && quoteIndexAt(quotes, a.content[0]!.start) >= 0
  if ((closesHere && a.quote) || reportedQuote) {
    const next = sentences[a.sentence + 1]
    if (next && !text.slice(last.end, next.start).includes('\n')) {
      const qi = quoteIndexAt(quotes, next.start)
      const q = qi >= 0 ? quotes[qi] : undefined
      // "“A,” she said. “B,” she said." — a resumed quote closed by a comma has its own attribution.
      if (q && q.start === next.start && !/[,:]\s*[”"’']+$/.test(text.slice(Math.max(q.start, q.end - 4), q.end))) parts.push({ start: q.start, end: q.end })
    }
  }
  return { ...a, content: parts }
}
