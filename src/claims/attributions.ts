/**
 * Attribution finding: reporting cues and the source and content around them.
 *
 * Works per sentence over wink tokens (re-joining splits after abbreviations
 * such as "Rep. X (D-Wash.) said"), with direct quotes found over the whole
 * text first, since they may span sentences and paragraphs. Patterns:
 * - pre-content:  "X said (that) …", "X told Y that …", "X said: “…”", "X continued:" + next paragraph's quote
 * - post-content: "…, X said.", "“…,” X said on Tuesday at a forum …", "“…?” / Rubio said."
 * - inverted:     "“…,” said X, a spokesman, “…”"
 * - parenthetical: "The plan, he said, is dead."
 * - "according to X, …" / "…, according to X." / "…, according to X, …"
 * - participle cues continuing a speaker: "…, adding that …"
 * - passive: "… were claimed by X"
 * - colon: "Graham: Trump Destroying GOP's Chance", "Rep. Trey Gowdy (R-S.C.): “…”"
 * - quote frames with any verb: "“…,” Toomey fumed.", "He answered, “…”"
 * - adverbial participles: "…, while acknowledging that …", "After saying he was nervous, the man …"
 * - passives with an agent ("was first reported by MSNBC", "was asked by X whether …") or without
 *   one ("When the case was argued, …": the subject is the content, no source)
 * - raising verbs before a cue ("She appeared to imply …") and attitude participles ("were worried about")
 * Cues come from hand-written lists of reporting and attitude verbs (lexicon.ts).
 * Sources: the subject before the cue, with a name's comma-set descriptions
 * ("Woodrow Benford, 58, who lives …, says"), the first cue's source for a
 * second verb ("… and then predicted"), none for raising verbs ("seemed to").
 * A longer content that swallows a later claim ("X said A, while Y said B")
 * ends before it, so both are kept. Cues inside a comma-set aside ("X, who met
 * with Y and was mentioned as …, said") do not cut the next cue's source off; a
 * closing "…, his brother added." takes the whole clause before it.
 * Cues inside quotes are ignored (a speaker's own "I believe" is part of the
 * quote). A quote interrupted by its attribution ("“A,” he said. “B.”") gives
 * one attribution with two content parts.
 * @module
 */
import type { ClaimKind, DocSyntax, Sentence, Span, Token } from '../model/index.js'
import { cueLexicon, type CueLexicon } from './lexicon.js'
import { findQuotes } from './quotes.js'
import type { ReportingStance } from './reporting-verbs.js'
import { accordingTo } from './according-to.js'
import { askedAttributions } from './asked-cues.js'
import { QUOTE_CHARS, sentenceTokens, span, type Tok } from './attribution-tokens.js'
import { colonAttribution, introVia } from './colon-cues.js'
import { extendQuotes } from './contents.js'
import { PARTICIPLE_CUE } from './cue-words.js'
import { findCues } from './cues.js'
import { nounAttributions } from './noun-cues.js'
import { pollAttributions } from './poll-cues.js'
import { quoteIntroAttribution, quoteVerbAttribution } from './quote-frames.js'
import { inAside, inRelativeClause, sentenceSubject } from './sources.js'
import { verbAttribution } from './verb-cue.js'

export type AttributionPattern = 'pre' | 'post' | 'inverted' | 'according' | 'colon' | 'participle' | 'complement'

/** One attribution as found in the text, before it becomes a Claim. */
export interface Attribution {
  readonly cue: Span
  readonly source?: Span
  /** Content parts in text order (more than one when a quote is interrupted by its attribution). */
  readonly content: readonly Span[]
  readonly quote: boolean
  readonly pattern: AttributionPattern
  readonly sentence: number
  /** The outlet or person spoken to: "told Breitbart Jerusalem", "Speaking to CNN". */
  readonly via?: Span
  /** The cue's reporting lemma and stance, and whether its clause is negated, when read from doc.syntax (doc-attributions.ts). */
  readonly reporting?: {
    readonly lemma: string; readonly stance?: ReportingStance; readonly negated: boolean
    /** What is reported is itself a belief or an expectation ("said he believes …", "says she is confident …"). */
    readonly contentHedged?: boolean
  }
  /** What the content is: a claim of fact (absent) or the speaker's own position, commitment or act (claim-kind.ts). */
  readonly kind?: ClaimKind
}

/** Options for attribution finding. */
export interface FindOptions {
  readonly lexicon?: CueLexicon
  /**
   * The doc's syntax (doc.syntax, one token per token of `tokens`): cues are found by lemma. Without it a word is
   * its own lemma, so only a cue's base form is found ("say", not "said").
   */
  readonly syntax?: DocSyntax
}

export let defaultLexicon: CueLexicon | undefined

/** Find attributions in a segmented text. Needs sentences and tokens (segmentText). */
export function findAttributions(text: string, sentencesIn: readonly Sentence[], tokens: readonly Token[], opts: FindOptions = {}): Attribution[] {
  const lex = opts.lexicon ?? (defaultLexicon ??= cueLexicon())
  const quotes = findQuotes(text)
  const lemmas = opts.syntax?.tokens.length === tokens.length ? opts.syntax.tokens.map((t) => t.lemma) : undefined
  const { sentences, bySentence } = sentenceTokens(text, sentencesIn, tokens, quotes, lemmas)
  const out: Attribution[] = []
  for (let si = 0; si < sentences.length; si++) {
    const toks = bySentence[si]!
    if (toks.length === 0) continue
    out.push(...sentenceAttributions(text, toks, si, lex, quotes, sentences))
  }
  return resolveOverlaps(text, out)
}

/**
 * One attribution per stretch of text: annotated corpora never nest contents,
 * and a cue inside another claim's content is more often part of what was said
 * than a second claim. When contents overlap, the longer attribution wins (the
 * outer one in "X said Y wants Z", the whole quote over a fragment of it) — except
 * that a report closing the sentence ("X said Y, according to Z", "…, CNN reported")
 * always holds the claims inside it: PolNeAR annotates only the outlet's claim there.
 */
export function resolveOverlaps(text: string, foundIn: readonly Attribution[]): Attribution[] {
  const found = absorbReported(text, foundIn)
  const kept: Attribution[] = []
  const len = (x: Attribution) => x.content.reduce((n, c) => n + c.end - c.start, 0)
  const overlaps = (a: Attribution, b: Attribution) => a.content.some((x) => b.content.some((y) => x.start < y.end && y.start < x.end))
  for (const a of found) {
    const clash = kept.findIndex((k) => overlaps(k, a))
    if (clash < 0) { kept.push(a); continue }
    const k = kept[clash]!
    // "X said Y, according to Z": the report holds what X said, whichever content is longer.
    const holds = (x: Attribution, y: Attribution) => (closingReport(text, x) && y.pattern !== 'according' || closingClaim(text, x) && !closingClaim(text, y)) && x.content.some((p) => p.start <= y.cue.start && y.cue.end <= p.end)
    const [outer, inner] = holds(a, k) ? [a, k] : holds(k, a) ? [k, a] : len(a) > len(k) ? [a, k] : [k, a]
    const split = splitAt(text, outer, inner)
    if (split) { kept[clash] = split; kept.push(inner) } else kept[clash] = outer
  }
  return kept
}

/**
 * "…, and three-quarters said …" inside a longer content: the later claim is its own,
 * so the outer content ends before the inner claim's source ("X said A, while Y said B").
 */
export function splitAt(text: string, outer: Attribution, inner: Attribution): Attribution | undefined {
  if (outer.content.length !== 1 || inner.quote || outer.pattern === 'according') return undefined
  const c = outer.content[0]!
  // "In one email, Carter discussed …, the Times reported.": a report that closes the sentence holds the claims before it.
  if (c.end <= outer.cue.start) return undefined
  // (a source before the outer content is shared: "Okafor did say he found the envoy “charming” and called …")
  const from = inner.source && c.start < inner.source.start && inner.source.start < inner.cue.start ? inner.source.start : inner.cue.start
  if (!(c.start < from && inner.cue.end <= c.end) || inner.content.some((p) => p.start < from)) return undefined
  // "that the curfew, which critics call a punishment, was needed": a relative clause inside the claim is not a second one
  if (/^(which|who|whom|whose)\b/i.test(text.slice(from, inner.cue.start))) return undefined
  // only at a clause boundary: a comma or a conjunction right before the inner clause
  const head = text.slice(c.start, from)
  const m = /(?:,\s*(?:and|but|while|though|although|whereas)?|\s(?:and|but|while|whereas))(?:\s+(?:about|around|nearly|roughly|almost|only|just))?\s*$/.exec(head)
  if (!m || quoteOpenIn(head)) return undefined
  const end = c.start + m.index
  if (end - c.start < 8) return undefined
  return { ...outer, content: [{ start: c.start, end }] }
}

/**
 * "“…,” Obama said, according to a pool report.": annotators read one claim, the
 * report's, whose content is what the inner speaker said together with the clause
 * that says it. An "according to" attribution whose content holds another's cue
 * takes that attribution's content in and replaces it.
 */
export function absorbReported(text: string, found: readonly Attribution[]): Attribution[] {
  const acc = found.filter((a) => closingReport(text, a))
  if (acc.length === 0) return found.slice()
  const inside = (x: Span, parts: readonly Span[]) => parts.some((p) => p.start <= x.start && x.end <= p.end)
  const absorbed = new Set<Attribution>()
  const grown = new Map<Attribution, Attribution>()
  for (const a of acc) {
    const inner = found.filter((b) => b !== a && b.pattern !== 'according' && !absorbed.has(b) && b.cue.end <= a.cue.start && inside(b.cue, a.content))
    if (inner.length === 0) continue
    for (const b of inner) absorbed.add(b)
    grown.set(a, { ...a, content: mergeSpans(text, [...a.content, ...inner.flatMap((b) => b.content)]) })
  }
  return found.filter((a) => !absorbed.has(a)).map((a) => grown.get(a) ?? a)
}

/** "…, according to X." after what X reported, not "The plan, according to X, was …". */
export function closingReport(text: string, a: Attribution): boolean {
  // (a quote resumed after the sentence is still what was reported)
  return a.pattern === 'according' && a.content.every((p, i) => p.end <= a.cue.start || i > 0 && QUOTE_CHARS.has(text[p.start] ?? ''))
}

/** "…, CNN reported.", "…, reported the Washington Examiner.": a claim whose cue comes after all of what was said. */
export function closingClaim(text: string, a: Attribution): boolean {
  return (a.pattern === 'post' || a.pattern === 'inverted') && !a.quote && closingReport(text, { ...a, pattern: 'according' })
}

/** Sorted spans, overlapping ones or ones apart by white space only joined. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1]
    if (last && (s.start <= last.end || /^\s*$/.test(text.slice(last.end, s.start)))) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) }
    else out.push(s)
  }
  return out
}

export function quoteOpenIn(s: string): boolean {
  return ((s.match(/[“"]/g)?.length ?? 0) - (s.match(/[”]/g)?.length ?? 0)) % 2 !== 0
}

export function sentenceAttributions(text: string, toks: Tok[], si: number, lex: CueLexicon, quotes: readonly Span[], sentences: readonly Sentence[]): Attribution[] {
  const cues = findCues(toks, lex)
  const out: Attribution[] = []
  const colon = colonAttribution(text, toks, si, cues, quotes)
  if (colon) out.push(extendQuotes(text, colon, quotes, sentences, toks))
  // "Speaking to X," / "In an interview with X," at sentence start: the outlet of the sentence's claims.
  const intro = introVia(toks)
  let prevSource: Span | undefined
  const asked = askedAttributions(toks, si, cues)
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!
    if (intro && cue.i < intro.end) continue
    // "When asked whom she supported, Okafor said …", "Asked if she believed the army wanted a coup, the minister said …":
    // a cue inside the question is part of it and lends no source.
    if (asked.some((a) => a.content.some((q) => q.start <= toks[cue.i]!.start && toks[cue.j - 1]!.end <= q.end))) continue
    // The previous cue bounds this one's source, unless it sits in a relative clause of it ("Ann Compton, who covered …, said").
    let pc = c - 1
    while (pc >= 0 && (inRelativeClause(toks, cues[pc]!.i) || inAside(toks, cues[pc]!.i, cue.i))) pc--
    const prevCueEnd = Math.max(pc >= 0 ? cues[pc]!.j : 0, intro?.end ?? 0)
    const nextCue = cues[c + 1]
    const a0 = cue.key.startsWith('according')
      ? accordingTo(toks, cue, si, intro?.end ?? 0)
      : verbAttribution(text, toks, cue, si, prevCueEnd, nextCue, prevSource, quotes, intro?.end ?? 0)
    if (!a0) continue
    // "Manafort, citing the polls, said …": the aside's content is not the subject; its speaker is.
    const pcue = cues[c - 1]
    const asideSubj = a0.pattern === 'pre' && a0.source && pcue && toks[cue.i - 1]?.w === ',' && toks[pcue.i - 1]?.w === ',' &&
      PARTICIPLE_CUE.test(toks[pcue.i]!.lw) && (a0.source.start >= toks[pcue.i]!.start || a0.source.end >= toks[pcue.i]!.end) ? sentenceSubject(toks, pcue.i - 1) : undefined
    const asideSrc = asideSubj ? span(toks, asideSubj[0], asideSubj[1]) : undefined
    const a = asideSrc ? { ...a0, source: asideSrc } : a0
    const withVia = a.via === undefined && intro?.via ? { ...a, via: intro.via } : a
    const ext = extendQuotes(text, withVia, quotes, sentences, toks)
    // One attribution per content: "He said: “…,” he said." is said once.
    if (out.some((o) => o.content.length === ext.content.length && o.content.every((p, i) => p.start === ext.content[i]!.start && p.end === ext.content[i]!.end))) continue
    // "posted a Facebook comment, saying …": a cue inside an earlier claim's content is part of what was said; its subject speaks for no one after it.
    const nested = out.some((o) => o.content.some((p) => p.start <= ext.cue.start && ext.cue.end <= p.end))
    out.push(ext)
    if (a.source && !nested) prevSource = a.source
  }
  // "Asked whether …, Smith said …": the question is an attribution of its own, to whoever asked.
  for (const a of asked) {
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.cue.start <= a.cue.start && a.cue.start < out[k]!.cue.end) out.splice(k, 1)
    if (out.some((o) => o.content.some((p) => a.content.some((q) => p.start < q.end && q.start < p.end)))) continue
    out.push(a)
  }
  // Polls: "In a CBS News poll released Monday, Clinton led …", "Trump leads in the latest polls."
  for (const a of pollAttributions(toks, si)) {
    // "In a CNN poll, 31% of Republicans said …": the poll is the source of what its respondents said.
    for (let k = out.length - 1; k >= 0; k--) if (a.content.some((p) => p.start <= out[k]!.cue.start && out[k]!.cue.end <= p.end && (!out[k]!.source || p.start <= out[k]!.source!.start))) out.splice(k, 1)
    if (out.some((o) => o.content.some((p) => a.content.some((q) => p.start < q.end && q.start < p.end)) || o.cue.start <= a.cue.start && a.cue.end <= o.cue.end)) continue
    out.push(a)
  }
  // Noun cues: "Smith's claim that …", "the warning by the agency that …", "In her view, …".
  // A noun read with its holder replaces the same cue read as a verb with a whole clause as its source: "the minister’s claim that …", not "[Critics laughed at the minister’s] claim".
  const nouns = nounAttributions(toks, si)
  const clausal = (o: Attribution) => o.source !== undefined && toks.some((t) => t.pos === 'VERB' && t.start >= o.source!.start && t.end <= o.source!.end)
  for (let k = out.length - 1; k >= 0; k--) if (clausal(out[k]!) && nouns.found.some((a) => a.cue.start === out[k]!.cue.start)) out.splice(k, 1)
  for (const a of nouns.found) {
    if (out.some((o) => o.content.some((p) => a.content.some((q) => p.start < q.end && q.start < p.end)) || o.cue.start <= a.cue.start && a.cue.end <= o.cue.end)) continue
    out.push(a)
  }
  // Quotes attributed with a verb the lexicon does not know: "“…,” Toomey fumed.", "“…?” asked Mr. Manafort."
  const sStart = toks[0]!.start
  const sEnd = toks[toks.length - 1]!.end
  let lo = 0
  let hi = quotes.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid]!.end <= sStart) lo = mid + 1; else hi = mid }
  for (let qi = lo; qi < quotes.length && quotes[qi]!.end <= sEnd; qi++) {
    const q = quotes[qi]!
    if (out.some((o) => o.content.some((p) => p.start <= q.start && q.end <= p.end))) continue
    const a = quoteVerbAttribution(text, toks, q, si) ?? quoteIntroAttribution(toks, q, si)
    if (a) out.push(extendQuotes(text, a, quotes, sentences, toks))
  }
  return out
}
