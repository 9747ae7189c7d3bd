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
import type { Sentence, Span, Token } from '../model/index.js'
import { cueLexicon, singleCueTokenOk, type CueLexicon } from './lexicon.js'
import { findQuotes, quoteIndexAt } from './quotes.js'
import type { ReportingStance } from './reporting-verbs.js'
import { BE_FORMS, MONTHS, RELATIVE_PRONOUNS, TIME_NOUNS as TIME_NOUNS_EN, WEEKDAYS } from '../text/english.js'

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
  readonly reporting?: { readonly lemma: string; readonly stance?: ReportingStance; readonly negated: boolean }
}

export interface Tok {
  readonly start: number
  readonly end: number
  readonly pos: string
  readonly w: string
  readonly lw: string
  /** Inside a direct quote (between its marks). */
  readonly quoted: boolean
  /** Is a quote mark. */
  readonly qmark: boolean
}

/** Quote-mark tokens. */
const QUOTE_CHARS = new Set(['“', '”', '"', "'", '„', '`', "''", '``'])
/** Tokens a source never reaches back across. */
const HARD_LEFT = new Set([';', ':', '—', '–', '―', '--', 'that', 'where', 'why', 'because', 'while', 'although', 'though', 'whereas', 'since', 'if', 'when', 'after', 'before', 'unless', 'until'])
/** Words stripped from the start of a source ("But Trump said"). */
const LEAD_STRIP = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'now', 'meanwhile', 'however', 'also', 'still', 'instead', 'later', 'earlier', 'indeed', 'in', 'on', 'at'])
/** Auxiliaries and adverbs that join the cue when right before it ("has also said", "did not deny"). */
const CUE_PREFIX = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'were', 'are', 'been', 'being', 'also', 'previously', 'repeatedly', 'later', 'again', 'then', 'once', 'recently', 'reportedly', 'publicly', 'privately', 'not', "n't", 'never', 'did', 'does', 'do', 'could', 'may', 'might', 'can', 'should', 'already', 'often', 'frequently', 'flatly', 'firmly', 'strongly', 'quickly', 'immediately'])
/** Cues whose object is the addressee ("told Breitbart Jerusalem that …"). */
const TELL = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'informed', 'warned', 'reminded', 'urged', 'asked', 'briefed'])
/** Cues that take an addressee after "to" ("claimed to Breitbart Jerusalem"). */
const TO_CUES = new Set(['said', 'says', 'say', 'saying', 'claimed', 'claims', 'confirmed', 'confirms', 'admitted', 'explained', 'denied', 'complained', 'revealed', 'wrote', 'writes', 'speaking', 'spoke', 'talking', 'talked'])
/** Words of time and setting that may follow a cue without being content ("said on Tuesday in a statement"). */
const TRAIL_SKIP = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'late', 'early', 'yesterday', 'today', 'tonight', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'a', 'an', 'the', 'statement', 'interview', 'email', 'e-mail', 'emailed', 'press', 'release', 'conference', 'briefing', 'speech', 'post', 'tweet', 'with', 'to', 'of', 'his', 'her', 'their', 'its', 'phone', 'telephone', 'televised', 'written', 'told', 'reporters', 'journalists', 'also', 'then'])
const PARTICIPLE_CUE = /ing$/
/** Verbs that invert after their content without a quote ("…, said Smith"). */
const INVERTING = new Set(['said', 'says', 'told', 'added', 'wrote', 'writes', 'asked', 'noted', 'explained', 'argued', 'continued', 'recalled', 'warned', 'insisted', 'replied', 'countered', 'acknowledged', 'observed', 'cautioned', 'declared', 'stated', 'admitted', 'claimed'])
const RELATIVE: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS].filter((w) => w !== 'that'))
/** Words of labels before a colon ("The Latest:", "Editor’s note:"), which do not speak. */
const COLON_LABELS = new Set(['photo', 'image', 'credit', 'credits', 'tags', 'topics', 'share', 'contact', 'email', 'follow', 'read', 'see', 'also',
  'warning', 'subject', 'date', 'location', 'time', 'where', 'when', 'what', 'who', 'why', 'how', 'price', 'cost', 'title', 'author', 'byline', 'filed',
  'latest', 'note', 'correction', 'update', 'updated', 'answer', 'question', 'reminder', 'daily', 'summary', 'recap', 'disclosure', 'disclaimer', 'editor', 'editors', 'watch', 'related', 'breaking', 'poll', 'photos', 'video', 'source', 'sources', 'huffpollster'])
/** Raising verbs: the reporter's own hedge, with no source ("The plan seems to …"). */
const RAISING = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared'])

/** Options for attribution finding. */
export interface FindOptions {
  readonly lexicon?: CueLexicon
}

let defaultLexicon: CueLexicon | undefined

/** Tokens per (re-joined) sentence, with quote flags: what cue finding works on. */
export function sentenceTokens(text: string, sentencesIn: readonly Sentence[], tokens: readonly Token[], quotes: readonly Span[] = findQuotes(text)): { sentences: Sentence[]; bySentence: Tok[][] } {
  const { merged: sentences, map } = mergeSentences(text, sentencesIn)
  const bySentence: Tok[][] = sentences.map(() => [])
  for (const t of tokens) {
    const w = text.slice(t.start, t.end)
    const qi = quoteIndexAt(quotes, t.start)
    const q = qi >= 0 ? quotes[qi]! : undefined
    // A single apostrophe is a quote mark only at a quote's edge ("Aras' campaign manager" is a possessive).
    const qmark = QUOTE_CHARS.has(w) && !(/^['’]$/.test(w) && !(q && (/^['’"“‘`]*$/.test(text.slice(q.start, t.start)) || /^['’"”]*$/.test(text.slice(t.end, q.end)))))
    bySentence[map[t.sentence] ?? t.sentence]?.push({
      // (curly apostrophes read as straight ones: "n’t", "’s")
      start: t.start, end: t.end, pos: t.pos ?? 'X', w, lw: w.toLowerCase().replace(/’/g, "'"),
      quoted: q !== undefined && t.start > q.start && t.end < q.end && !(qmark && (t.start === q.start || t.end === q.end)),
      qmark,
    })
  }
  for (const toks of bySentence) retagNames(toks)
  return { sentences, bySentence }
}

/** Capitalised words that do open a sentence before "said" without being a name. */
const NOT_NAMES = new Set(['also', 'later', 'earlier', 'then', 'still', 'now', 'here', 'there', 'previously', 'recently', 'publicly', 'privately',
  'separately', 'repeatedly', 'once', 'never', 'finally', 'initially', 'originally', 'reportedly', 'allegedly', 'many', 'most', 'some', 'others',
  'several', 'both', 'few', 'all', 'each', 'everyone', 'nobody', 'somebody', 'someone', 'anyone', 'one', 'first', 'instead', 'again', 'just', 'only', 'and', 'but', 'so'])

/**
 * Tagger slips that hide a speaker or a cue: a capitalised name read as an adverb or a verb right before a
 * speech verb ("Jolly said", "Marsh said"), and an -ing verb read as an adjective ("by promising to cut").
 */
function retagNames(toks: Tok[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    const next = toks[i + 1]!
    // "by promising to cut …", "is promising them …": an -ing word after a preposition or "be" is a verb
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && /^\p{Ll}+ing$/u.test(t.w) && !t.quoted && i > 0 && /^(by|while|after|before|without|is|was|are|were|been|be|'s|’s|'re|’re)$/.test(toks[i - 1]!.lw) &&
      (/^(PRON|DET|PROPN)$/.test(next.pos) || next.lw === 'to' || next.lw === 'that')) { toks[i] = { ...t, pos: 'VERB' }; continue }
    if (!/^(ADV|VERB|ADJ)$/.test(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.w) || NOT_NAMES.has(t.lw) || t.quoted) continue
    if (!INVERTING.has(next.lw) || i > 0 && !/^(PROPN|PUNCT)$/.test(toks[i - 1]!.pos)) continue
    toks[i] = { ...t, pos: 'PROPN' }
  }
}

/** Find attributions in a segmented text. Needs sentences and tokens (segmentText). */
export function findAttributions(text: string, sentencesIn: readonly Sentence[], tokens: readonly Token[], opts: FindOptions = {}): Attribution[] {
  const lex = opts.lexicon ?? (defaultLexicon ??= cueLexicon())
  const quotes = findQuotes(text)
  const { sentences, bySentence } = sentenceTokens(text, sentencesIn, tokens, quotes)
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
function resolveOverlaps(text: string, foundIn: readonly Attribution[]): Attribution[] {
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
function splitAt(text: string, outer: Attribution, inner: Attribution): Attribution | undefined {
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
function absorbReported(text: string, found: readonly Attribution[]): Attribution[] {
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
function closingReport(text: string, a: Attribution): boolean {
  // (a quote resumed after the sentence is still what was reported)
  return a.pattern === 'according' && a.content.every((p, i) => p.end <= a.cue.start || i > 0 && QUOTE_CHARS.has(text[p.start] ?? ''))
}

/** "…, CNN reported.", "…, reported the Washington Examiner.": a claim whose cue comes after all of what was said. */
function closingClaim(text: string, a: Attribution): boolean {
  return (a.pattern === 'post' || a.pattern === 'inverted') && !a.quote && closingReport(text, { ...a, pattern: 'according' })
}

/** Sorted spans, overlapping ones or ones apart by white space only joined. */
function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1]
    if (last && (s.start <= last.end || /^\s*$/.test(text.slice(last.end, s.start)))) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) }
    else out.push(s)
  }
  return out
}

function quoteOpenIn(s: string): boolean {
  return ((s.match(/[“"]/g)?.length ?? 0) - (s.match(/[”]/g)?.length ?? 0)) % 2 !== 0
}

interface CueMatch { i: number; j: number; key: string }

const ABBREV_END = /(?:(?:^|[\s(-])[A-Z]|\b(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Prof|Capt|Maj|Adm|Sens|Reps|Mass|Calif|Fla|Wash|Ore|Ky|Tenn|Pa|Va|Ariz|Ind|Ill|Wis|Mich|Minn|Mo|Md|Conn|Colo|Nev|Okla|Ala|Ga|La|Miss|Neb|Kan|Ark|Del|Vt|Tex|Mont|Wyo|vs|No|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec))\.\)?$/

/**
 * Undo sentence splits inside a line that the tokenizer makes after abbreviations
 * ("Rep. Jim McDermott (D-Wash.) said") or before a lower-case continuation.
 */
function mergeSentences(text: string, sentences: readonly Sentence[]): { merged: Sentence[]; map: number[] } {
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

/** The beginnings of the lexicon's several-word entries ("took", "took issue"), per lexicon. */
const PREFIXES = new WeakMap<CueLexicon, Set<string>>()
function entryPrefixes(lex: CueLexicon): Set<string> {
  let set = PREFIXES.get(lex)
  if (!set) {
    set = new Set()
    for (const k of lex.entries.keys()) {
      const w = k.split(' ')
      for (let n = 1; n < w.length; n++) set.add(w.slice(0, n).join(' '))
    }
    PREFIXES.set(lex, set)
  }
  return set
}

function findCues(toks: readonly Tok[], lex: CueLexicon): CueMatch[] {
  const cues: CueMatch[] = []
  const prefixes = entryPrefixes(lex)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.quoted) continue
    let best: CueMatch | undefined
    // the entries starting here, shortest first; stop as soon as the words are no entry's beginning
    const found: string[] = []
    let key = ''
    for (let n = 1; n <= Math.min(lex.maxLen, toks.length - i); n++) {
      const tk = toks[i + n - 1]!
      if (tk.quoted) break
      key = n === 1 ? tk.lw : `${key} ${tk.lw}`
      if (lex.entries.has(key)) found[n] = key
      if (!prefixes.has(key)) break
    }
    for (let n = found.length - 1; n >= 1; n--) {
      const key = found[n]
      if (key === undefined) continue
      if (n === 1 && !singleCueTokenOk(t.pos, toks[i + 1]?.lw, toks[i - 1]?.pos) && !mistaggedVerb(toks, i, lex.entries.get(key)!) && !mistaggedSay(toks, i)) continue
      // "the 35 states", "the captured city": a weaker cue word right after a determiner or a number is not a verb ("6 in 10 say" is).
      if (n === 1 && lex.entries.get(key)! < 1 && (toks[i - 1]?.pos === 'NUM' && toks[i - 2]?.lw !== 'in' || toks[i - 1]?.pos === 'DET' && !/^(this|that|these|those|all|both|each|some|none)$/.test(toks[i - 1]!.lw))) continue
      if (n === 1 && nounNotVerb(toks, i)) continue
      best = { i, j: i + n, key }
      break
    }
    if (!best) continue
    // "She appeared to imply …", "Cruz seemed to blame …": a raising verb before a cue verb is the subject's own attitude.
    if (RAISING.has(toks[best.i]!.lw)) {
      const k = toks[best.i + 1]?.lw === 'to' ? best.i + 2 : -1
      const v = k > 0 ? toks[k] : undefined
      if (v && v.pos === 'VERB' && !v.quoted && !/^(be|have|get|make|go|come)$/.test(v.lw) && (lex.entries.has(v.lw) || speechCue(v.lw))) best = { i: best.i, j: k + 1, key: v.lw }
    }
    // Auxiliaries and adverbs directly before the verb belong to the cue ("has also said").
    let s = best.i
    while (s > 0 && cuePrefix(toks, s - 1) && toks[s - 1]!.w !== toks[s - 1]!.w.toUpperCase() && !toks[s - 1]!.quoted && !(cues.length > 0 && cues[cues.length - 1]!.j > s - 1)) s--
    cues.push({ i: s, j: best.j, key: best.key })
    i = best.j - 1
  }
  return cues
}

/** An auxiliary or adverb that belongs to the verb cue after it: "has also", "forcefully", "further", "has long", "has since". */
function cuePrefix(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!
  if (CUE_PREFIX.has(t.lw)) return true
  // "have both argued", "are all saying": a floating quantifier between the auxiliary and the verb
  if (/^(both|all|each)$/.test(t.lw)) return /^(have|has|had|are|were|will|would)$/.test(toks[k - 1]?.lw ?? '') && toks[k + 1]?.pos === 'VERB'
  // "he’s said", "they’ve said": a contracted auxiliary before a participle
  if (/^['’](s|ve|d)$/.test(t.lw)) return /^(said|told|written|argued|claimed|suggested|noted|called|denied|insisted|warned|admitted|acknowledged|made)$/.test(toks[k + 1]?.lw ?? '') || /^(been|also|long|repeatedly|never|always)$/.test(toks[k + 1]?.lw ?? '')
  if (t.lw === 'since') return /^(has|have|had)$/.test(toks[k - 1]?.lw ?? '') && toks[k + 1]?.pos === 'VERB'
  return t.pos === 'ADV' && (/^\p{Ll}+ly$/u.test(t.w) || /^(further|long|now|still|even|first|just)$/.test(t.lw)) && toks[k + 1]?.pos === 'VERB'
}

/** "…,” Viguerie notes." — a strong cue the tagger calls a noun, right after a name or pronoun and before the sentence's end or a comma. */
function mistaggedVerb(toks: readonly Tok[], i: number, score: number): boolean {
  const prev = toks[i - 1]
  const next = toks[i + 1]
  return score >= 0.5 && toks[i]!.pos === 'NOUN' && /s$/.test(toks[i]!.lw) && prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'PRON') &&
    (next === undefined || isTerminal(next) || next.w === ',' || next.w === ':')
}

/**
 * "other Western states", "their claims", "a program called Sandy Hook Promise", "the so- called …":
 * a plural noun after a modifier, or "called" naming the noun before it, is not a reporting verb.
 */
function nounNotVerb(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!
  const prev = toks[i - 1]
  if (!prev) return false
  if (/s$/.test(t.lw) && !/ss$/.test(t.lw) && (prev.pos === 'ADJ' || prev.pos === 'NUM' || /^(their|his|her|its|our|my|your|the|a|an|these|those|many|several|other|some|all|both|to)$/.test(prev.lw))) return true
  // "adding to her run of victories", "it adds up": adding something, not saying it
  if (/^(add|adds|added|adding)$/.test(t.lw) && /^(to|up)$/.test(toks[i + 1]?.lw ?? '')) return true
  if (t.lw === 'called' || t.lw === 'named' || t.lw === 'dubbed' || t.lw === 'titled' || t.lw === 'entitled') {
    if (/^(so|so-)$/.test(prev.lw)) return true
    return prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.w) && /^(DET|ADJ)$/.test(toks[i - 2]?.pos ?? '') && /^(PROPN|DET)$/.test(toks[i + 1]?.pos ?? '') && /^\p{Lu}/u.test(toks[i + 1]?.w ?? '')
  }
  return false
}

/** "Six in 10 say he’s decisive", "records show that …", "Trump plans to …": a saying verb the tagger calls a noun after a number or a subject, before a clause. */
function mistaggedSay(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!
  const prev = toks[i - 1]
  const next = toks[i + 1]
  // "exit polls … show half of …", "where surveys show the mayor trailing": evidence nouns before "show" make it a verb.
  if (t.pos === 'NOUN' && prev && next && !isTerminal(prev) && /^(show|shows|suggest|indicate)$/.test(t.lw) && (FINDERS.test(prev.lw) || /^(results|records|documents|filings|numbers|figures|statistics)$/.test(prev.lw))) return true
  if (t.pos !== 'NOUN' || !/^(say|says|said|think|believe|agree|disagree|want|wants|show|shows|claim|plan|plans|fear|hope|hopes|notes|reports|demands|estimates|feel|warn|warns|call|calls|favor|favors|oppose|opposes|prefer|prefers|consider|considers)$/.test(t.lw) || !prev || !next) return false
  if (next.lw === 'to' && /^(want|wants|plan|plans|hope|hopes|claim)$/.test(t.lw) && (prev.pos === 'PROPN' || prev.pos === 'PRON' && !/^(his|her|their|its|my|our|your)$/.test(prev.lw))) return true
  const subj = prev.pos === 'NUM' || prev.w === '%' || prev.w === ',' && (toks[i - 2]?.w === '%' || toks[i - 2]?.pos === 'NUM') || prev.pos === 'PRON' && !/^(his|her|their|its|my|our|your)$/.test(prev.lw) || prev.pos === 'PROPN' || prev.pos === 'NOUN' && /s$/.test(prev.lw)
  // "…, court documents show.": after the clause it reports
  const closing = (isTerminal(next) || next.w === ';') && prev.pos !== 'NUM' && prev.w !== '%' && /^(say|says|said|show|shows|think|believe|agree|disagree|claim|fear|hope|hopes|notes|reports|estimates|feel|warn|warns)$/.test(t.lw)
  return subj && (/^(PRON|DET|PROPN|NUM)$/.test(next.pos) || next.lw === 'that' || next.qmark || next.w === ':' || closing)
}

function isTerminal(t: Tok): boolean {
  return t.w === '.' || t.w === '!' || t.w === '?' || t.w === '...' || t.w === '…'
}

/** Trim punctuation at the edges of a token range [i, j) (keeps quote marks, which gold content includes). */
function trimRange(toks: readonly Tok[], i: number, j: number): [number, number] {
  while (i < j && isEdgePunct(toks[i]!)) i++
  while (j > i && isEdgePunct(toks[j - 1]!)) j--
  return [i, j]
}

function isEdgePunct(t: Tok): boolean {
  return !t.qmark && (t.pos === 'PUNCT' || t.pos === 'SYM') && !/[)%$]/.test(t.w)
}

function span(toks: readonly Tok[], i: number, j: number): Span | undefined {
  if (j <= i) return undefined
  return { start: toks[i]!.start, end: toks[j - 1]!.end }
}

function sentenceAttributions(text: string, toks: Tok[], si: number, lex: CueLexicon, quotes: readonly Span[], sentences: readonly Sentence[]): Attribution[] {
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

const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling'])

/**
 * A poll opening the sentence as the source of its finding: "In a CBS News poll released Monday, Clinton led by 8
 * points". The cue is "In", the content the clause after the comma. (A poll after the finding, "Trump leads in the
 * polls", scored no better on PolNeAR tune and is not read.)
 */
function pollAttributions(toks: readonly Tok[], si: number): Attribution[] {
  const out: Attribution[] = []
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!
    if (t.lw !== 'in' || t.quoted) continue
    // the poll noun phrase: determiners, names, adjectives, numbers up to the poll noun
    let k = i + 1
    while (k < toks.length && k - i <= 7 && !POLL_NOUNS.has(toks[k]!.lw) && /^(DET|PROPN|NOUN|ADJ|ADV|NUM|PUNCT|SYM|X)$/.test(toks[k]!.pos) && toks[k]!.w !== ',' && !toks[k]!.quoted && !toks[k]!.qmark) k++
    if (!POLL_NOUNS.has(toks[k]?.lw ?? '') || toks[k]!.pos !== 'NOUN' && toks[k]!.pos !== 'PROPN') continue
    let lead = 0
    while (lead < i && (LEAD_STRIP.has(toks[lead]!.lw) && toks[lead]!.lw !== 'in' || toks[lead]!.pos === 'PUNCT' && !toks[lead]!.qmark)) lead++
    if (lead !== i) continue
    // the source runs to the comma, the content follows it
    let c = k + 1
    while (c < toks.length && c - k <= 10 && toks[c]!.w !== ',' && !toks[c]!.quoted && !toks[c]!.qmark) c++
    if (toks[c]?.w !== ',') continue
    const content = rightContent(toks, c + 1, undefined, true)
    const source = span(toks, i + 1, c)
    const cue = span(toks, i, i + 1)
    if (content && source && cue) out.push({ cue, source, content: [content], quote: false, pattern: 'according', sentence: si })
  }
  return out
}

const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'who', 'whom', 'why', 'how', 'when', 'where', 'which', 'about'])

/**
 * "Asked whether X, Smith said …", "“…,” she said when asked if …", "When asked by a reporter what …": a question put
 * to the speaker. The cue is "asked", the source the asker after "by" (none when unnamed), the content the question,
 * up to the comma before the answer's speaker.
 */
function askedAttributions(toks: readonly Tok[], si: number, cues: readonly CueMatch[]): Attribution[] {
  const out: Attribution[] = []
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!
    if (t.lw !== 'asked' || t.quoted) continue
    const prev = toks[i - 1]
    if (!(prev === undefined || prev.w === ',' || /^(when|whenever|after|once|if|being|and)$/.test(prev.lw) && !prev.quoted)) continue
    let k = i + 1
    let source: Span | undefined
    if (toks[k]?.lw === 'by') {
      let e = k + 1
      while (e < toks.length && e - k <= 6 && !QUESTION_WORDS.has(toks[e]!.lw) && toks[e]!.w !== ',' && !toks[e]!.qmark && toks[e]!.pos !== 'VERB' && toks[e]!.lw !== 'to') e++
      source = span(toks, k + 1, e)
      k = e
    }
    // a time or setting phrase before the question: "Asked on Monday whether", "Asked during a January debate why"
    let q = k
    // ("Asked by the host to respond to …": a request to speak is asked too)
    const toVerb = (m: number) => toks[m]?.lw === 'to' && toks[m + 1]?.pos === 'VERB'
    while (q < toks.length && q - k < 6 && !QUESTION_WORDS.has(toks[q]!.lw) && !toVerb(q) && toks[q]!.w !== ',' && !toks[q]!.qmark && toks[q]!.pos !== 'VERB' && toks[q]!.pos !== 'AUX') q++
    if (!(QUESTION_WORDS.has(toks[q]?.lw ?? '') || toVerb(q)) || q + 1 >= toks.length) continue
    // the answer's cue after the question: the content ends at the last comma before it
    // ("Asked if the general’s remarks had worried them, Okafor said": a cue inside the question is part of it)
    const commaBetween = (c: CueMatch) => toks.slice(q + 1, c.i).some((x) => x.w === ',' && !x.quoted)
    const next = cues.find((c) => c.i > q && commaBetween(c)) ?? cues.find((c) => c.i > q)
    let end = -1
    if (next) { for (let m = next.i - 1; m > q; m--) if (toks[m]!.w === ',' && !toks[m]!.quoted) { end = m; break } }
    else {
      // "Whenever asked about her record, they changed the subject": the question ends at its comma
      const comma = toks.findIndex((x, m) => m > q && x.w === ',' && !x.quoted)
      end = comma > 0 ? comma : toks.length
      while (end > q + 1 && isTerminal(toks[end - 1]!)) end--
    }
    if (end < 0) continue
    // only the first comma when the question ends the sentence part: "Asked if …, 46 percent said yes"
    const content = span(toks, q, end)
    const cue = span(toks, i, i + 1)
    if (content && cue && end - q >= 2) out.push({ cue, ...(source ? { source } : {}), content: [content], quote: false, pattern: 'pre', sentence: si })
  }
  return out
}

/** Nouns that report what someone said or holds, when a "that" clause or a colon follows ("his claim that …"). */
const NOUN_CUES = new Set(['statement', 'statements', 'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'view', 'views', 'argument', 'arguments',
  'warning', 'warnings', 'assertion', 'assertions', 'belief', 'contention', 'insistence', 'suggestion', 'allegation', 'allegations', 'promise', 'promises',
  'pledge', 'prediction', 'predictions', 'accusation', 'accusations', 'charge', 'declaration', 'admission', 'assessment', 'conclusion', 'vow', 'announcement',
  'assurance', 'assurances', 'denial', 'insinuation', 'complaint', 'complaints', 'boast', 'theory', 'opinion', 'position', 'message', 'suggestions', 'estimate'])
/** "In her view, …", "in Smith's words, …". */
const VIEW_NOUNS = new Set(['view', 'words', 'opinion', 'estimation', 'judgment', 'judgement', 'telling', 'mind', 'assessment', 'eyes', 'account'])
const POSS_PRON = new Set(['his', 'her', 'their', 'its', 'my', 'our'])
const POSS_MARK = new Set(["'s", '’s', "'", '’'])

/** The noun phrase that ends right before token `end` (a name, or a determiner and nouns), at most six tokens. */
function npBefore(toks: readonly Tok[], end: number): number {
  let k = end
  while (k > 0 && end - k < 6) {
    const t = toks[k - 1]!
    if (t.quoted || t.qmark || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' && k < end || t.pos === 'NUM' || t.w === '.' && /^[A-Z]/.test(toks[k - 2]?.w ?? ''))) break
    k--
    if (t.pos === 'DET') break
  }
  return toks.slice(k, end).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') ? k : end
}

/**
 * Attributions carried by a noun: "Smith's claim that …", "his warning that …", "the claim by the agency that …",
 * "In her view, …". The holder is the source, the noun the cue and the clause the content.
 */
function nounAttributions(toks: readonly Tok[], si: number): { found: Attribution[] } {
  const out: Attribution[] = []
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i]!
    if (t.quoted || t.qmark) continue
    // "In her view," / "in Smith's words," opening the sentence (after a conjunction at most).
    if (VIEW_NOUNS.has(t.lw) && t.pos === 'NOUN') {
      let k = i - 1
      while (k >= 0 && toks[k]!.pos === 'ADJ') k--
      const pk = toks[k]
      let srcStart = -1
      let srcEnd = k
      if (pk && POSS_PRON.has(pk.lw)) srcStart = k
      else if (pk && POSS_MARK.has(pk.w)) { srcStart = npBefore(toks, k); if (srcStart === k) srcStart = -1 }
      const inI = srcStart - 1
      if (pk && POSS_PRON.has(pk.lw)) srcEnd = k + 1
      if (srcStart >= 0 && toks[inI]?.lw === 'in' && (inI === 0 || inI <= 1 && LEAD_STRIP.has(toks[0]!.lw)) && toks[i + 1]?.w === ',') {
        const content = rightContent(toks, i + 2, undefined, true)
        const source = span(toks, srcStart, srcEnd)
        const cue = span(toks, i, i + 1)
        if (content && source && cue) out.push({ cue, source, content: [content], quote: false, pattern: 'pre', sentence: si })
      }
      continue
    }
    if (!NOUN_CUES.has(t.lw) || t.pos !== 'NOUN') continue
    let r = i + 1
    let srcStart = -1
    let srcEnd = -1
    // "the claim by the agency that": the holder follows the noun.
    if ((toks[r]?.lw === 'by' || toks[r]?.lw === 'from') && /^(the|a|an)$/.test(toks[i - 1]?.lw ?? '')) {
      let k = r + 1
      while (k < toks.length && k - r <= 6 && /^(PROPN|NOUN|DET|ADJ|NUM)$/.test(toks[k]!.pos) && !toks[k]!.quoted) k++
      if (k > r + 1 && toks.slice(r + 1, k).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN')) { srcStart = r + 1; srcEnd = k; r = k }
    } else {
      // "Smith's (recent) claim that", "his claim that".
      let k = i - 1
      while (k >= 0 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k--
      const pk = toks[k]
      if (pk && POSS_PRON.has(pk.lw) && pk.pos === 'PRON') { srcStart = k; srcEnd = k + 1 }
      else if (pk && POSS_MARK.has(pk.w)) { const s0 = npBefore(toks, k); if (s0 < k) { srcStart = s0; srcEnd = k } }
    }
    if (srcStart < 0) continue
    const nx = toks[r]
    const nx2 = toks[r + 1]
    // a content clause, not a relative one: "that" then a subject, or a colon
    if (!nx || !(nx.lw === 'that' && nx2 && nx2.pos !== 'VERB' && nx2.pos !== 'AUX' && nx2.pos !== 'ADP' && !isTerminal(nx2) || nx.w === ':' && nx2 && !isTerminal(nx2))) continue
    const content = rightContent(toks, nx.w === ':' ? r + 1 : r, undefined, true)
    const source = span(toks, srcStart, srcEnd)
    const cue = span(toks, i, i + 1)
    if (content && source && cue) out.push({ cue, source, content: [content], quote: false, pattern: 'pre', sentence: si })
  }
  return { found: out }
}

function introVia(toks: readonly Tok[]): { end: number; via?: Span } | undefined {
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
function colonAttribution(text: string, toks: readonly Tok[], si: number, cues: readonly CueMatch[], quotes: readonly Span[]): Attribution | undefined {
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

/** A quote closed by , ? or ! and followed by "NP VERB" or "VERB NP": an attribution whatever the verb. */
function quoteVerbAttribution(text: string, toks: readonly Tok[], q: Span, si: number): Attribution | undefined {
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
function quoteIntroAttribution(toks: readonly Tok[], q: Span, si: number): Attribution | undefined {
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

/** "according to X, …", "…, according to X." and "…, according to X, …". */
function accordingTo(toks: readonly Tok[], cue: CueMatch, si: number, leftLimit: number): Attribution | undefined {
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

/** Find the subject to the left of a cue: from the nearest hard boundary, with appositives. */
function leftSource(toks: readonly Tok[], cueI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  const src = leftSourceRaw(toks, cueI, leftLimit)
  if (!src) return src
  // "Sanders on Saturday criticized", "Trump last week said": a time phrase after the subject is not part of it.
  let e = src.end
  while (e > src.start && (TIME_NOUNS.has(toks[e - 1]!.lw) || TIME_WORDS.has(toks[e - 1]!.lw) || /^(on|last|this|next|early|late)$/.test(toks[e - 1]!.lw))) e--
  // "A Bloomberg poll in June showed": the preposition of the time phrase goes with it.
  if (e < src.end && e > src.start + 1 && /^(in|during|since|from|until)$/.test(toks[e - 1]!.lw)) e--
  if (e === src.end) return src
  if (e > src.start) return { ...src, end: e }
  // only a time phrase: the subject is before it
  const before = leftSourceRaw(toks, src.start, leftLimit)
  return before && before.end <= src.start ? before : src
}

function leftSourceRaw(toks: readonly Tok[], cueI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  const apo = appositiveChain(toks, cueI, leftLimit)
  if (apo) return apo
  // "Many speakers — including Muslims and Jews — said": the subject is before the dashed aside.
  if (DASHES.has(toks[cueI - 1]?.w ?? '')) {
    let k = cueI - 2
    while (k > leftLimit && !DASHES.has(toks[k]!.w) && !isTerminal(toks[k]!) && !toks[k]!.qmark) k--
    if (k > leftLimit && k < cueI - 2 && DASHES.has(toks[k]!.w)) {
      const inner = leftSourceRaw(toks, k, leftLimit)
      if (inner) return { start: inner.start, end: cueI - 1, segStart: inner.segStart }
    }
  }
  let b = cueI
  while (b > leftLimit) {
    const t = toks[b - 1]!
    // "Sen. Bernie Sanders (I-Vt.) on Saturday": a period inside parentheses does not end the clause.
    if (t.quoted || t.qmark || HARD_LEFT.has(t.lw) || isTerminal(t) && toks[b]?.w !== ')') break
    b--
  }
  // Comma segments, nearest first.
  const segs: Array<[number, number]> = []
  let end = cueI
  for (let k = cueI - 1; k >= b; k--) {
    if (toks[k]!.w === ',') { segs.push([k + 1, end]); end = k }
  }
  segs.push([b, end])
  const seg0 = segs[0]!
  // "Murphy, though, said", "Huckabee, for his part, is labeling": a discourse adverb or an aside alone is not the subject.
  const aside = seg0[1] > seg0[0] && (toks.slice(seg0[0], seg0[1]).every((t) => (t.pos === 'ADV' || LEAD_STRIP.has(t.lw)) && !/^\p{Lu}/u.test(t.w)) ||
    interjectedPhrase(toks, seg0[0], seg0[1]) && !PARTICIPLE_CUE.test(toks[cueI]!.lw))
  if (aside && segs[1]) {
    segs.shift()
    segs[0] = [segs[0]![0], segs[0]![1]]
    const s1 = segs[0]!
    if (s1[1] > s1[0] && s1[1] - s1[0] <= 8) {
      const [s, e] = clauseSubject(toks, s1[0], s1[1])
      if (e > s) return { start: s, end: e, segStart: s1[0] }
    }
  }
  if (seg0[1] > seg0[0]) {
    const [s, e] = clauseSubject(toks, seg0[0], seg0[1])
    if (e <= s) return undefined
    // "Mark Mellman, a Democratic pollster who … said": include a name before an appositive.
    const first = toks[s]!
    const seg1 = segs[1]
    // Not a time or place phrase: "even on Friday morning, the ministry was refusing".
    if (seg1 && /^(a|an|the)$/.test(first.lw) && !/^(ADP|SCONJ)$/.test(toks[seg0[0]]!.pos) && seg1[1] > seg1[0] && seg1[1] - seg1[0] <= 6 && !/^(ADP|ADV|SCONJ)$/.test(toks[seg1[0]]!.pos) && !TIME_NOUNS.has(toks[seg1[1] - 1]!.lw) &&
      !toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'ADP' || t.pos === 'PART') && toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'PROPN') && !toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const [ns] = clauseSubject(toks, seg1[0], seg1[1])
      return { start: ns, end: e, segStart: seg1[0] }
    }
    return { start: s, end: e, segStart: seg0[0] }
  }
  // Cue right after a comma: "Name, appositive, said" or "Name (R-SC), said".
  const seg1 = segs[1]
  const seg2 = segs[2]
  if (!seg1 || seg1[1] <= seg1[0]) return undefined
  const f = toks[seg1[0]]!
  const appositive = /^(a|an|the|who|now|one|former|then|whose|himself|herself)$/.test(f.lw) || (f.pos !== 'PROPN' && /^[a-z]/.test(f.w))
  if (appositive && seg2 && seg2[1] > seg2[0] && seg2[1] - seg2[0] <= 8) {
    const [ns] = clauseSubject(toks, seg2[0], seg2[1])
    return { start: ns, end: seg1[1], segStart: seg2[0] }
  }
  if (seg1[1] - seg1[0] <= 8 && toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'PROPN' || t.pos === 'PRON')) {
    const [s, e] = clauseSubject(toks, seg1[0], seg1[1])
    return { start: s, end: e, segStart: seg1[0] }
  }
  // "Sanders, a senator from Vermont and self-described socialist, said", "Slinker, whose start-up, Paradata, uses …, said":
  // a long description between commas; the clause opens with the name it describes.
  const first = segs[segs.length - 1]!
  if (segs.length >= 3 && first[0] === b && first[1] - first[0] <= 6 && first[1] > first[0]) {
    const name = toks.slice(first[0], first[1])
    if (!name.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.qmark || t.pos === 'ADP' && t !== name[0]) && name.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' && !/^(it|this|that)$/.test(t.lw))) {
      const [s, e] = clauseSubject(toks, first[0], first[1])
      if (e > s) return { start: s, end: cueI - 1, segStart: first[0] }
    }
  }
  return undefined
}

/** Quantifiers that stand as a subject ("most said", "many believe"), whatever the tagger calls them. */
const QUANT = new Set(['most', 'many', 'some', 'few', 'all', 'both', 'half', 'none', 'several', 'others', 'more', 'fewer', 'each', 'either', 'neither'])

const DASHES = new Set(['—', '–', '―', '--'])

const STOP_CHAIN = new Set([';', ':', '—', '–', '―', '--'])

/**
 * "Amal Haddad, 61, who farms outside Nablus, says", "John Archer, wearing a T-shirt that …, said",
 * "Sexton, after previous rallies, wrote": a name, then up to three comma-set descriptions, then the cue.
 * The source runs from the name to the last description.
 */
function appositiveChain(toks: readonly Tok[], cueI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (toks[cueI - 1]?.w !== ',') return undefined
  const segs: Array<[number, number]> = []
  let end = cueI - 1
  let k = end - 1
  for (; k >= leftLimit && segs.length < 6; k--) {
    const t = toks[k]!
    if (isTerminal(t) && !t.quoted || STOP_CHAIN.has(t.w)) break
    // a quoted title inside a description ("who is promoting his book, “Sin Miedo” (Without Fear),") is part of it
    // (a quote closing right before the name ends the chain: "“…,” Jeff Lowe, Aras' campaign manager, said")
    if (t.qmark && !t.quoted && segs.length > 0 && /^[,?!]$/.test(toks[skipMarksBack(toks, k)]?.w ?? '')) break
    if (t.quoted || t.qmark) { if (segs.length === 0 && end - k > 12) break; continue }
    if (t.w === ',') { segs.push([k + 1, end]); end = k }
  }
  if (segs.length < 6) segs.push([k + 1, end])
  const described = (a: number, b: number) => {
    const f = toks[a]
    // ("Aras' campaign manager", "the mayor's former chief of staff": a possessive before a title describes too)
    const possessive = b - a <= 8 && toks.slice(a, b - 1).some((t, k) => (POSS_MARK.has(t.w) || t.w === "'") && /^\p{Ll}/u.test(toks[a + k + 1]!.w)) && toks[b - 1]!.pos === 'NOUN'
    return f !== undefined && b > a && (f.pos === 'NUM' || RELATIVE.has(f.lw) || /^\p{Ll}/u.test(f.w) && f.pos !== 'PRON' || f.qmark && toks[b - 1]!.w === ')' || possessive)
  }
  // The nearest segment must be a description, not the name itself ("Cory James, 22, of Flint, Mich., said": a state after a place continues one).
  const stateAfterPlace = (m: number) => {
    const [a, b] = segs[m]!
    const outer = segs[m + 1]
    return b - a <= 2 && toks.slice(a, b).every((t) => t.pos === 'PROPN' || t.w === '.') && outer !== undefined && outer[1] > outer[0] && toks[outer[1] - 1]!.pos === 'PROPN' && described(outer[0], outer[1])
  }
  if (!described(...segs[0]!) && !stateAfterPlace(0)) return undefined
  for (let m = 1; m < segs.length; m++) {
    const [a, b] = segs[m]!
    if (described(a, b)) continue
    // "who lost her daughter in Aurora, Colorado, in July 2012,": a state after a place continues the description.
    if (stateAfterPlace(m)) continue
    const name = toks.slice(a, b)
    if (name.length === 0 || name.length > 8 || name.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.qmark)) return undefined
    if (!name.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || /^\p{Lu}/u.test(t.w) && t !== name[0])) return undefined
    const [s] = clauseSubject(toks, a, b)
    // "Mr. Trump, in an interview on Friday, said": a prepositional aside next to the cue says when or where, not who.
    let d = 0
    while (d < m && ASIDE_PREP.has(toks[segs[d]![0]]!.lw)) d++
    return { start: s, end: segs[d]![1], segStart: a }
  }
  return undefined
}

const ASIDE_PREP = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'for', 'from', 'amid', 'via', 'through', 'since', 'upon', 'over', 'when', 'while'])

const BE: ReadonlySet<string> = new Set([...BE_FORMS].filter((w) => w !== 'am' && w !== "'m"))
const AUXES = new Set([...BE, 'has', 'have', 'had', 'will', 'would', 'not', "n't", 'also', 'widely', 'often', 'already', 'never'])
const IRREGULAR_PARTICIPLES = new Set(['told', 'known', 'said', 'seen', 'shown', 'thought', 'made', 'held', 'given', 'taken', 'found', 'brought', 'heard', 'written', 'read', 'put', 'set', 'sent', 'left', 'meant', 'understood', 'felt', 'kept', 'won', 'drawn', 'chosen', 'spoken'])

/** Participles that describe their subject's own attitude ("were worried about", "is convinced that"): the subject holds the view. */
const PSYCH = new Set(['worried', 'concerned', 'convinced', 'pleased', 'excited', 'disappointed', 'surprised', 'frustrated', 'opposed', 'interested',
  'committed', 'determined', 'inclined', 'troubled', 'alarmed', 'outraged', 'thrilled', 'satisfied', 'dissatisfied', 'unconvinced', 'persuaded',
  'disturbed', 'impressed', 'unimpressed', 'encouraged', 'dismayed', 'puzzled', 'baffled', 'annoyed', 'irritated', 'confused', 'delighted', 'offended',
  'disgusted', 'appalled', 'embarrassed', 'ashamed', 'scared', 'frightened', 'terrified', 'shocked', 'stunned', 'amazed', 'relieved', 'disillusioned', 'fed'])

/** "was told", "is expected", "were claimed": a form of be before a past participle (not "is campaigning"). */
function isPassive(toks: readonly Tok[], cue: CueMatch): boolean {
  let sawBe = false
  for (let k = cue.i; k < cue.j; k++) {
    const t = toks[k]!
    // "he's said" is "he has said"
    const has = t.lw === "'s" && /^(he|she|who)$/.test(toks[k - 1]?.lw ?? '')
    if (AUXES.has(t.lw) || t.pos === 'ADV' && sawBe) { if (BE.has(t.lw) && !has) sawBe = true; continue }
    return sawBe && !PSYCH.has(t.lw) && (/(ed|en|wn)$/.test(t.lw) || IRREGULAR_PARTICIPLES.has(t.lw))
  }
  return false
}

/** Is this token the closing mark of a quote? */
function closesQuote(quotes: readonly Span[], t: Tok): boolean {
  const qi = quoteIndexAt(quotes, t.end - 1)
  return qi >= 0 && quotes[qi]!.end === t.end
}

/** Index of the first token before k that is not a quote mark. */
function skipMarksBack(toks: readonly Tok[], k: number): number {
  while (k >= 0 && toks[k]!.qmark) k--
  return k
}

/** A source that is a noun phrase (not just function words). */
function srcToksOk(toks: readonly Tok[], src: { start: number; end: number }): boolean {
  const st = toks.slice(src.start, src.end)
  return st.length > 0 && st.length <= 12 && st.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN' || /^\p{Lu}/u.test(t.w))
}

/** The quote that opens right after `at` (only white space, line breaks included, between), if any. */
function quoteAfter(text: string, quotes: readonly Span[], at: number): Span | undefined {
  let lo = 0
  let hi = quotes.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid]!.start < at) lo = mid + 1; else hi = mid }
  const q = quotes[lo]
  if (!q || !/^\s*$/.test(text.slice(at, q.start)) || q.start - at > 4) return undefined
  return { start: q.start, end: q.end }
}

/** The quote that ends right before `at` (only spaces or one line break between), if any. */
function quoteBefore(text: string, quotes: readonly Span[], at: number): Span | undefined {
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

/** Is the cue at token i inside a relative clause ("who on Tuesday endorsed …")? */
function inRelativeClause(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = toks[k]!
    if (RELATIVE.has(t.lw)) return true
    if (t.w === ',' || t.qmark || t.pos === 'VERB') return false
  }
  return false
}

/**
 * Is the cue at token i inside a comma-set aside that ends before the cue at `next`: a relative clause
 * ("Bob Corker, who has met with Mr. Trump and been mentioned as …, said") or a participle phrase
 * ("John Archer, wearing a T-shirt covered in buttons, said")?
 */
function inAside(toks: readonly Tok[], i: number, next: number): boolean {
  if (!toks.slice(i + 1, next).some((t) => t.w === ',' && !t.quoted)) return false
  for (let k = i - 1; k >= 0 && i - k <= 15; k--) {
    const t = toks[k]!
    if (t.qmark || isTerminal(t) || t.w === ';') return false
    if (RELATIVE.has(t.lw) && toks[k - 1]?.w === ',') return true
    if (t.w === ',') {
      const f = toks[k + 1]!
      // (or a prepositional aside: "Priebus, in the wake of a poll showing …, told Fox News")
      return (f.pos === 'VERB' && /(ing|ed)$/.test(f.lw) || ASIDE_PREP.has(f.lw) && f.pos === 'ADP') && k > 0 && /^(PROPN|NOUN)$/.test(toks[k - 1]!.pos)
    }
  }
  return false
}

/**
 * "Barkley, who said he typically votes Democratic, said …", "Trump - who previously said he would … - said …":
 * a relative clause's content ends where the main clause's verb resumes after a comma or dash.
 */
function relativeEnd(toks: readonly Tok[], r: number, content: Span | undefined): Span | undefined {
  if (!content) return content
  for (let k = r; k < toks.length && toks[k]!.end <= content.end; k++) {
    const t = toks[k]!
    if (t.quoted || t.qmark || !(t.w === ',' || DASHES.has(t.w))) continue
    let v = k + 1
    while (v < toks.length && toks[v]!.pos === 'ADV') v++
    if (/^(VERB|AUX)$/.test(toks[v]?.pos ?? '') && !/ing$/.test(toks[v]!.lw)) {
      const [a, b] = trimRange(toks, r, k)
      return span(toks, a, b) ?? content
    }
  }
  return content
}

/** "…, who are drawn to his message and feel that …": the relative pronoun whose clause a coordinated verb continues. */
function relativeHead(toks: readonly Tok[], cueI: number): [number, number] | undefined {
  for (let k = cueI - 1; k >= 0 && cueI - k <= 20; k--) {
    const t = toks[k]!
    if (t.w === ',' || t.qmark || isTerminal(t) || t.w === ';' || t.lw === 'that') return undefined
    if (RELATIVE.has(t.lw) && t.lw !== 'whose' && t.lw !== 'whom') return [k, k + 1]
  }
  return undefined
}

/** "Name, a description," right before the cue: the left side is a source with an appositive. */
function appositiveBefore(toks: readonly Tok[], cueI: number, leftLimit: number): boolean {
  if (toks[cueI - 1]?.w !== ',') return false
  let k = cueI - 2
  while (k >= leftLimit && toks[k]!.w !== ',' && !toks[k]!.qmark && !isTerminal(toks[k]!)) k--
  if (k < leftLimit || toks[k]!.w !== ',') return false
  const first = toks[k + 1]
  const apo = toks.slice(k + 1, cueI - 1)
  // "Ramos, 58, told …", "Lena Fischer, Nordbank’s chief economist, said …": an age or a title without a verb.
  const described = apo.length <= 10 && !apo.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && (first?.pos === 'NUM' || apo.some((t) => t.pos === 'NOUN' && /^\p{Ll}/u.test(t.w)))
  let n = k - 1
  while (n >= leftLimit && toks[n]!.w !== ',' && !toks[n]!.qmark && !isTerminal(toks[n]!)) n--
  const name = toks.slice(n + 1, k)
  if (!first || !(described || /^(a|an|the|who|now|one|former|then|whose)$/.test(first.lw) || /^\p{Ll}/u.test(first.w) && (first.pos === 'NOUN' || first.pos === 'ADJ'))) return false
  return name.length > 0 && name.length <= 8 && name.some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.w))
}

/** The subject noun phrase at the end of a clause segment [i, j). */
function clauseSubject(toks: readonly Tok[], i: number, j: number): [number, number] {
  let cut = i
  let inRelative = false
  for (let k = i; k < j; k++) {
    const t = toks[k]!
    if (RELATIVE.has(t.lw)) { inRelative = true; continue }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !inRelative && !(k > i && /^\p{Lu}/u.test(t.w))) {
      const prev = toks[k - 1]
      // ("those surveyed said", "voters polled in March said")
      const participle = /(ed|en|ing)$/.test(t.lw) && prev !== undefined && k > i && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || /^(those|these)$/.test(prev.lw))
      if (!participle) cut = k + 1
    }
  }
  let s = cut
  while (s < j && ((LEAD_STRIP.has(toks[s]!.lw) || toks[s]!.pos === 'ADP' || toks[s]!.pos === 'SCONJ' || toks[s]!.pos === 'ADV' && !QUANT.has(toks[s]!.lw)) && s + 1 < j || toks[s]!.pos === 'PUNCT')) s++
  return [s, j]
}

/** What every construction of a verb cue reads: the cue, its sentence's tokens, and what lies right after the cue. */
interface VerbCtx {
  readonly text: string
  readonly toks: readonly Tok[]
  readonly cue: CueMatch
  readonly si: number
  readonly leftLimit: number
  readonly nextCue: CueMatch | undefined
  readonly prevSource: Span | undefined
  readonly quotes: readonly Span[]
  readonly sentLimit: number
  readonly cueSpan: Span
  /** The cue's first word, lower case. */
  readonly head: string
  readonly before: Tok | undefined
  /** First token after the cue and its addressee ("told Breitbart Jerusalem"). */
  readonly r: number
  readonly via: Span | undefined
  /** First token after time and setting adverbials ("said on Tuesday in a statement"). */
  readonly rr: number
  /** Nothing is said after the cue: the content is before it. */
  readonly restEmpty: boolean
  readonly passive: boolean
  readonly byInCue: boolean
  /** Last token before the cue that is not a quote mark. */
  readonly qb: number
  readonly afterQuote: boolean
  readonly afterComma: boolean
}

/** A construction's answer: an attribution, STOP (the cue has none), or undefined (try the next construction). */
const STOP = null
type Found = Attribution | typeof STOP | undefined

/** Right side of a verb cue: the addressee of "told Y that", "claimed to Y". */
function addressee(toks: readonly Tok[], cue: CueMatch, head: string): { r: number; via: Span | undefined } {
  let r = cue.j
  let via: Span | undefined
  if (TELL.has(head) || (TO_CUES.has(head) && toks[r]?.lw === 'to')) {
    let k = r
    if (toks[k]?.lw === 'to') k++
    const objStart = k
    while (k < toks.length && k - objStart < 8) {
      const t = toks[k]!
      if (t.qmark || t.quoted) break
      const objPron = k === objStart && /^(him|her|them|me|us|you|reporters)$/.test(t.lw)
      if (!objPron && !(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.lw === "'s" || t.lw === '’s')) break
      if (t.lw === 'that' || t.lw === 'this') break
      // A determiner after a noun opens the content clause: "told The Washington Post the plan …".
      if (k > objStart && t.pos === 'DET' && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) break
      k++
      if (objPron) break
    }
    if (k > objStart) {
      const obj = toks.slice(objStart, k)
      if (obj.some((t) => /^[A-Z]/.test(t.w)) && !obj.some((t) => t.pos === 'PRON')) via = span(toks, objStart, k)
      r = k
    }
  }
  return { r, via }
}

function verbContext(text: string, toks: readonly Tok[], cue: CueMatch, si: number, leftLimit: number, nextCue: CueMatch | undefined, prevSource: Span | undefined, quotes: readonly Span[], sentLimit: number): VerbCtx {
  const cueSpan = span(toks, cue.i, cue.j)!
  const head = cue.key.split(' ')[0]!
  const before = toks[cue.i - 1]
  const { r, via } = addressee(toks, cue, head)
  // Time and setting adverbials right after the cue ("said on Tuesday", "said in a statement").
  let rr = r
  while (rr < toks.length && (TRAIL_SKIP.has(toks[rr]!.lw) || toks[rr]!.pos === 'ADV' && !toks[rr]!.quoted && !SUBORDINATORS.has(toks[rr]!.lw) && !/^(how|why|where|whether)$/.test(toks[rr]!.lw) || (toks[rr]!.pos === 'PROPN' && rr > r && (TRAIL_SKIP.has(toks[rr - 1]!.lw) || toks[rr - 1]!.pos === 'PROPN')) ||
    toks[rr]!.pos === 'NUM' && rr > r && /^(in|since|of)$/.test(toks[rr - 1]!.lw))) rr++
  const restEmpty = trailingAdverbial(toks, rr) || trailingAdverbial(toks, r) || rr >= toks.length || isTerminal(toks[rr]!) || toks[rr]!.w === ';' && !toks[rr]!.quoted && before?.w !== ',' ||
    (toks[rr]!.w === ',' && nextCue !== undefined && PARTICIPLE_CUE.test(nextCue.key.split(' ')[0]!) && nextCue.i <= rr + 2) ||
    (toks[rr]!.w === ',' && toks[rr + 1]?.pos === 'VERB' && /ing$/.test(toks[rr + 1]!.lw)) ||
    adverbialRest(toks, rr)

  // Passive: "Both blasts were claimed by the so-called Islamic State.", "Okafor’s resignation was first reported by Reuters."
  const passive = isPassive(toks, cue)
  const byInCue = passive && toks[cue.j - 1]!.lw === 'by'
  let qb = cue.i - 1
  while (qb >= 0 && toks[qb]!.qmark) qb--
  const afterQuote = qb < cue.i - 1 && qb >= 0 && (/^[,?!]$/.test(toks[qb]!.w) || closesQuote(quotes, toks[cue.i - 1]!))
  const afterComma = before !== undefined && (before.w === ',' || afterQuote)

  return { text, toks, cue, si, leftLimit, nextCue, prevSource, quotes, sentLimit, cueSpan, head, before, r, via, rr, restEmpty, passive, byInCue, qb, afterQuote, afterComma }
}

/** Passives: with an agent ("were claimed by the so-called Islamic State"), or none ("When the case was argued, …"). */
function passiveAttribution(c: VerbCtx): Found {
  const { toks, cue, si, leftLimit, nextCue, cueSpan, r, passive, byInCue } = c
  if (passive && (toks[r]?.lw === 'by' || byInCue)) {
    const rb = byInCue ? cue.j - 1 : r
    let k = rb + 1
    while (k < toks.length && toks[k]!.w !== ',' && !isTerminal(toks[k]!) && !toks[k]!.qmark && !(toks[k]!.pos === 'VERB' && k > rb + 1) && !(k > rb + 1 && PASSIVE_CLAUSE.has(toks[k]!.lw))) k++
    const source = span(toks, rb + 1, k)
    // "was asked by host Maria Lopez whether …": the clause after the agent is what was said.
    if (source && (PASSIVE_CLAUSE.has(toks[k]?.lw ?? '') || toks[k]?.qmark)) {
      const content = rightContent(toks, k, nextCue, true)
      if (content) return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, k), pattern: 'pre', sentence: si }
    }
    const subj = leftSource(toks, cue.i, leftLimit)
    const content = subj ? span(toks, subj.start, subj.end) : undefined
    if (source && content) return { cue: cueSpan, source, content: [content], quote: false, pattern: 'pre', sentence: si }
  }
  // "When the Haddad case was argued in March, …": a passive with no agent and no reported clause is about its subject.
  if (passive && !byInCue && toks[r]?.lw !== 'by') {
    let k = r
    while (k < toks.length && (toks[k]!.pos === 'ADV' || toks[k]!.w === ',') && !toks[k]!.quoted) k++
    if (!(clauseFollows(toks, k) || startsQuote(toks, r) || toks[k]?.lw === 'to' || toks[k]?.w === ':')) {
      const subj = leftSource(toks, cue.i, leftLimit)
      const st = subj ? toks.slice(subj.start, subj.end) : []
      const content = subj && !(st.length === 1 && /^(it|there|this|that|he|she|they|i|we|you|who|which)$/.test(st[0]!.lw)) && st.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? span(toks, subj.start, subj.end) : undefined
      if (content) return { cue: cueSpan, content: [content], quote: false, pattern: 'pre', sentence: si }
    }
  }
  return undefined
}

/** Participles: "while acknowledging that …" (adverbial), "…, adding that …" (continuing the clause's speaker). */
function participleAttribution(c: VerbCtx): Found {
  const { toks, cue, si, nextCue, prevSource, cueSpan, head, before, r, via } = c
  // "while acknowledging that …", "by saying …", "After saying he was nervous, the man …": a participle in an adverbial phrase speaks for the main clause's subject.
  if (PARTICIPLE_CUE.test(head) && before && (ADVERBIAL_ING.has(before.lw) || before.lw === 'to' && /^(addition|prior|response|opposed|contrast)$/.test(toks[cue.i - 2]?.lw ?? '')) && !before.quoted) {
    const a = adverbialParticiple(toks, cue, r, si, nextCue, prevSource, head)
    if (a) return via ? { ...a, via } : a
  }
  // Participle continuing the clause's speaker: "…, adding that …".
  // "…,” adding, “…”": a comma inside the closing quote counts too.
  const commaBefore = before?.w === ',' || before?.qmark === true && !before.quoted && toks[cue.i - 2]?.w === ','
  const ps = prevSource ?? (PARTICIPLE_CUE.test(head) && commaBefore ? ((x) => x ? span(toks, x[0], x[1]) : undefined)(sentenceSubject(toks, cue.i)) : undefined)
  if (PARTICIPLE_CUE.test(head) && commaBefore && ps) {
    const content = rightContent(toks, r, nextCue, speechCue(head))
    if (!content || !speakerLike(toks, ps)) return STOP
    return { cue: cueSpan, source: ps, content: [content], quote: startsQuote(toks, r), pattern: 'participle', sentence: si, ...(via ? { via } : {}) }
  }

  return undefined
}

function invertedAttribution(c: VerbCtx): Found {
  const { text, toks, cue, si, leftLimit, nextCue, quotes, sentLimit, cueSpan, head, restEmpty, qb, afterQuote, afterComma } = c
  // Inverted: "“…,” said Smith, a spokesman." — but not "Smith, a spokesman, said …".
  if (afterComma && !restEmpty && (afterQuote || INVERTING.has(head) && !appositiveBefore(toks, cue.i, leftLimit))) {
    const srcEnd = invertedSourceEnd(toks, cue.j, nextCue)
    if (srcEnd > cue.j) {
      const [ss, se] = trimRange(toks, cue.j, srcEnd)
      const source = span(toks, ss, se)
      // "…, a region that the rebels hoped to hold, the fighting will be long, said Omar Haddad.": closing the sentence, it holds the cues before it.
      const closes = speechCue(head) && (srcEnd >= toks.length || isTerminal(toks[srcEnd]!) || toks[srcEnd]!.w === ',' && toks[srcEnd + 1]?.pos === 'VERB' && /ing$/.test(toks[srcEnd + 1]!.lw))
      const content = leftContent(toks, afterQuote ? qb + 1 : cue.i - 1, closes ? Math.min(leftLimit, sentLimit) : leftLimit, quotes)
      // "“A,” said the Florida senator, “B.”" — the quote resumes after the source.
      const parts: Span[] = content ? [content] : []
      if (toks[srcEnd]?.w === ',' && toks[srcEnd + 1]?.qmark) {
        const qi = quoteIndexAt(quotes, toks[srcEnd + 1]!.start)
        if (qi >= 0 && quotes[qi]!.start === toks[srcEnd + 1]!.start) parts.push({ start: quotes[qi]!.start, end: quotes[qi]!.end })
      }
      if (source && content) return { cue: cueSpan, source, content: parts, quote: isQuote(text, content), pattern: 'inverted', sentence: si }
    }
  }

  return undefined
}

function relativeAttribution(c: VerbCtx): Found {
  const { toks, cue, si, nextCue, cueSpan, head, before, r, via } = c
  // "…, a Republican who has not endorsed …": the relative pronoun is the source.
  if (before && RELATIVE.has(before.lw) && before.lw !== 'whose' && !isPassive(toks, cue) && !cue.key.split(' ').some((w) => RAISING.has(w))) {
    // "the unions who wrote to him on Monday say …": an adverbial is not what was said.
    if (toks[r]?.pos === 'ADP' && toks[r]!.lw !== 'that' || adverbialRest(toks, r)) return STOP
    const content = relativeEnd(toks, r, rightContent(toks, r, nextCue, speechCue(head)))
    const source = span(toks, cue.i - 1, cue.i)
    if (content && source) return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, r), pattern: 'pre', sentence: si, ...(via ? { via } : {}) }
  }
  return undefined
}

interface CueSource {
  readonly src: { start: number; end: number; segStart: number } | undefined
  readonly embedded: boolean
}

/** The cue's subject: a coordinated verb's first subject, a controlled object, the words before the cue. */
function cueSource(c: VerbCtx): CueSource {
  const { toks, cue, leftLimit, prevSource, head, before } = c
  // "forced the candidates to admit …": the object speaks.
  const controlled = before?.lw === 'to' && before.pos === 'PART' ? controlledObject(toks, cue.i - 1, leftLimit) : undefined
  const coordinated = !controlled && (before !== undefined && (before.lw === 'and' || before.lw === 'but' || before.lw === 'to' && before.pos === 'PART') || coordinatedVerb(toks, cue.i, leftLimit))
  // "he said …, and then predicted": the second verb shares the first cue's source.
  const subj = coordinated ? (infinitiveSubject(toks, cue.i, leftLimit) ?? relativeHead(toks, cue.i) ?? tokenRange(toks, prevSource, cue.i) ?? sentenceSubject(toks, cue.i)) : undefined
  const src0 = subj ? { start: subj[0], end: subj[1], segStart: cue.i } : controlled ?? objectBeforeParticiple(toks, cue, head, leftLimit) ?? objectBeforeInfinitive(toks, cue, leftLimit) ?? leftSource(toks, cue.i, leftLimit)
  const src1 = src0 && !subj && !controlled ? verbListSubject(toks, cue, src0, head, leftLimit) ?? src0 : src0
  // "Trump issued the following statement:": a noun cue's determiners are not its source; the verb's subject is.
  const src2 = src1 && toks[cue.i]!.pos === 'NOUN' && src1.end === cue.i && toks.slice(src1.start, src1.end).every((t) => /^(DET|ADJ|NUM|VERB)$/.test(t.pos) && /^\p{Ll}/u.test(t.w)) &&
    toks[src1.start - 1]?.pos === 'VERB' ? leftSource(toks, src1.start - 1, leftLimit) ?? src1 : src1
  // "the elite he rails against", "the kind of shift the party warned about": the cue is in a clause that
  // describes the noun before its subject; that subject speaks, and nothing before the noun is what was said.
  const zr = src2 && !subj && !controlled ? zeroRelative(toks, src2.start, src2.end) : -1
  const src = zr > 0 ? { start: zr, end: src2!.end, segStart: zr } : src2
  // "“reform,” which he described as …": a relative clause says nothing about the words before its comma.
  const embedded = zr > 0 || src !== undefined && /^(which|whom)$/.test(toks[src.segStart]?.lw ?? '')
  return { src, embedded }
}

/** Post-content: "“…,” he said at a forum", "…, Smith said.", and the parenthetical "The plan, he said, is dead." */
function postAttribution(c: VerbCtx, { src, embedded }: CueSource): Found {
  const { text, toks, si, leftLimit, nextCue, quotes, sentLimit, cueSpan, head, r, via, rr, restEmpty } = c
  // "“…,” he said in Las Vegas at a forum hosted by …": a quote closed by a comma right before the source is the content.
  if (src && !restEmpty && !((toks[r]?.w === ',' || toks[r]?.w === ':') && startsQuote(toks, r)) && toks[src.segStart - 1]?.qmark && /[,?!]/.test(toks[skipMarksBack(toks, src.segStart - 1)]?.w ?? '')) {
    const content = leftContent(toks, src.segStart, leftLimit, quotes)
    const source = span(toks, src.start, src.end)
    if (content && source && isQuote(text, content) && !titleQuote(toks, content)) return { cue: cueSpan, source, content: [content], quote: true, pattern: 'post', sentence: si, ...(via ? { via } : {}) }
  }
  // Post-content: "…, Smith said." — content ends at the comma before the source.
  if (restEmpty && src && !embedded) {
    let k = src.segStart - 1
    while (k >= leftLimit && toks[k]!.pos === 'PUNCT' && !toks[k]!.qmark && toks[k]!.w !== ',') k--
    if (k < leftLimit && leftLimit === 0 && srcToksOk(toks, src)) {
      // "“…?” / Rubio said." — the quote closed the sentence before.
      const q = quoteBefore(text, quotes, toks[0]!.start)
      const source = span(toks, src.start, src.end)
      if (q && source) return { cue: cueSpan, source, content: [q], quote: true, pattern: 'post', sentence: si, ...(via ? { via } : {}) }
    }
    if (k >= leftLimit && (toks[k]!.w === ',' || toks[k]!.qmark)) {
      // "He and his wife had just welcomed a baby, his brother added.": the content holds the cues before it.
      // "…, the spokesman said, adding that …" closes the clause too.
      const participleNext = toks[rr]?.w === ',' && toks[rr + 1]?.pos === 'VERB' && /ing$/.test(toks[rr + 1]!.lw)
      const closing = speechCue(head) && (rr >= toks.length || isTerminal(toks[rr]!) || participleNext) && toks[k]!.w === ','
      const lim = closing ? Math.min(leftLimit, sentLimit) : leftLimit
      const content0 = leftContent(toks, toks[k]!.qmark ? k + 1 : k, lim, quotes)
      // "Carter discussed how he had placed a note in a “burn bag,” the Times reported.": a quote that ends the clause
      // is only the end of what was reported when the clause runs on before it.
      const closingQuote = speechCue(head) && (rr >= toks.length || isTerminal(toks[rr]!)) && toks[k]!.qmark && toks[skipMarksBack(toks, k)]?.w === ','
      const qs = content0 && closingQuote && isQuote(text, content0) ? toks.findIndex((t) => t.start >= content0.start) : -1
      const lead = qs > lim && toks[qs - 1]?.w !== ':' ? trimRange(toks, Math.min(lim, sentLimit), qs) : undefined
      const content = lead && lead[1] > lead[0] && toks.slice(lead[0], lead[1]).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !t.quoted) ? { start: toks[lead[0]]!.start, end: content0!.end } : content0
      const source = span(toks, src.start, src.end)
      // "In a subsequent interview with The Times, she joked about …": an opening phrase with no verb is not what was said.
      const inner = content ? toks.filter((t) => t.start >= content.start && t.end <= content.end) : []
      const phrase = content && !isQuote(text, content) && inner.length > 0 && !inner.some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
        (!closing || /^(ADP|SCONJ)$/.test(inner[0]!.pos))
      if (content && source && !phrase) return { cue: cueSpan, source, content: [content], quote: isQuote(text, content), pattern: 'post', sentence: si, ...(via ? { via } : {}) }
    }
  }
  // Parenthetical: "The argument, he said, would be aided by …".
  if (src && !embedded && !restEmpty && toks[rr]?.w === ',' && !startsQuote(toks, rr) && src.segStart > leftLimit + 2 && toks[src.segStart - 1]?.w === ',' &&
      !(toks[leftLimit]!.pos === 'VERB' || toks[leftLimit]!.pos === 'ADP' || toks[leftLimit]!.pos === 'SCONJ')) {
    const left = leftContent(toks, src.segStart - 1, leftLimit, quotes)
    const right = rightContent(toks, rr + 1, nextCue, speechCue(head))
    const source = span(toks, src.start, src.end)
    if (left && right && source) return { cue: cueSpan, source, content: [left, right], quote: false, pattern: 'post', sentence: si }
  }
  return undefined
}

/** Pre-content: "Smith said (that) …", "told X that …", "Cruz continued:" + the quote that follows. */
function preAttribution(c: VerbCtx, { src }: CueSource): Attribution | undefined {
  const { text, toks, cue, si, leftLimit, nextCue, quotes, cueSpan, head, r, via, passive } = c
  // Pre-content: "Smith said (that) …".
  let cr = r
  while (cr < toks.length && (toks[cr]!.w === ',' || toks[cr]!.w === ':' || TIME_WORDS.has(toks[cr]!.lw) && toks[cr + 1] !== undefined && !isTerminal(toks[cr + 1]!))) cr++
  // "said on Friday he met …": a time phrase, then the reported clause.
  if (speechCue(head) && /^(on|last|this|late|early)$/.test(toks[cr]?.lw ?? '')) {
    let k = cr + 1
    while (k < toks.length && k - cr <= 3 && (TIME_NOUNS.has(toks[k]!.lw) || toks[k]!.pos === 'NUM' || toks[k]!.lw === ',')) k++
    if (k > cr + 1 && k < toks.length && /^(PRON|PROPN|DET|NOUN|NUM)$/.test(toks[k]!.pos) && !isTerminal(toks[k]!)) {
      while (toks[k]?.w === ',') k++
      cr = k
    }
  }
  // "argued for a new inquiry", "warned of the risks", "complained about the delays": the preposition belongs to the cue, its object is the content.
  const topic = TOPIC_PREPS.get(toks[r]?.lw ?? '')
  if (topic && r === cue.j && topic.test(toks[cue.j - 1]!.lw) && src && !toks[r]!.quoted) {
    const content = rightContent(toks, r + 1, nextCue, false)
    const source = span(toks, src.start, src.end)
    if (content && source && !passive) return { cue: span(toks, cue.i, r + 1)!, source, content: [content], quote: false, pattern: 'pre', sentence: si, ...(via ? { via } : {}) }
  }
  // An adverbial is not content: "said in an interview that …" starts at "that"; "said in 2011" says nothing here.
  // "said about half of …", "said around 40 percent …": an approximation opens the clause.
  const approx = /^(about|around|over|under|nearly|roughly)$/.test(toks[cr]?.lw ?? '') && (toks[cr + 1]?.pos === 'NUM' || /^(half|a|one|two|three|a third|a quarter)$/.test(toks[cr + 1]?.lw ?? ''))
  if (toks[cr]?.pos === 'ADP' && !approx && !/^(that|whether|if)$/.test(toks[cr]!.lw) && !(toks[cr]!.lw === 'at' && /^(least|most)$/.test(toks[cr + 1]?.lw ?? '')) && speechCue(head)) {
    let k = cr
    // "told the BBC before he spoke to the committee that …": a subordinate clause may hold a verb.
    const sub = SUBORDINATORS.has(toks[cr]!.lw) && toks[cr]!.lw !== 'as'
    // "told The Daily Star of Beirut last week she would …": a subject pronoun after the phrase opens the clause.
    let pron = -1
    while (k < toks.length && k - cr < 20 && toks[k]!.lw !== 'that' && !toks[k]!.qmark && (sub ? !isTerminal(toks[k]!) && toks[k]!.w !== ',' : toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX' && !isTerminal(toks[k]!))) {
      if (!sub && k > cr + 1 && pron < 0 && /^(he|she|they|we|i|it|there|you)$/.test(toks[k]!.lw) && /^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? '') && !toks.slice(cr, k).some((t) => t.w === ',')) pron = k
      k++
    }
    if (toks[k]?.lw === 'that' || toks[k]?.qmark) cr = k
    else if (pron > 0) cr = pron
    else return undefined
  }
  // "Cruz continued:" / "released the following statement:" closing the paragraph: the quote that follows is the content.
  const lastTok = toks[toks.length - 1]!
  const following = lastTok.w === ':' && !lastTok.quoted && (nextCue === undefined || nextCue.i >= toks.length - 1) ? quoteAfter(text, quotes, lastTok.end) : undefined
  // "found it right before …", "find much better jobs": finding and seeing report only a clause — except for studies and polls ("a Reuters poll found broad support").
  if (!following && PERCEPTION.has(toks[cue.j - 1]!.lw) && !clauseFollows(toks, cr) && !asComplement(toks, cr) && !(src && toks.slice(src.start, src.end).some((t) => FINDERS.test(t.lw)))) return undefined
  const content = following ?? fronted(toks, cue.i, cr, rightContent(toks, cr, nextCue, speechCue(head)))
  if (!content) return undefined
  const srcToks = src ? toks.slice(src.start, src.end) : []
  if (srcToks.length > 0 && (/^(ADP|DET|CCONJ|SCONJ|PART|AUX)$/.test(srcToks[srcToks.length - 1]!.pos) && !/^['’]s$/.test(srcToks[srcToks.length - 1]!.w) && !QUANT.has(srcToks[srcToks.length - 1]!.lw) || srcToks.every((t) => /^(ADP|DET|CCONJ|SCONJ|PART|ADV|AUX|PUNCT)$/.test(t.pos) && !/^\p{Lu}/u.test(t.w) && !QUANT.has(t.lw)))) return undefined
  // "It appears …", "He was asked …": no one is the source.
  const expletive = srcToks.length === 1 && /^(it|there)$/.test(srcToks[0]!.lw) && /^(appears?|appeared|seems?|seemed|is|was|looks?|looked|sounds?|sounded|remains?|remained|clear|unclear|likely|unlikely|possible|certain)$/.test(toks[cue.i]!.lw)
  // "The plan seems to …", "Trump appeared to …": the subject is what the claim is about, not who makes it.
  const raising = cue.key.split(' ').some((w) => RAISING.has(w))
  const source = src && !passive && !expletive && !raising && srcToks.some((t) => t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'PUNCT' || QUANT.has(t.lw)) ? span(toks, src.start, src.end) : undefined
  // (a passive speaks for no one named: "Clinton has been asked to release …")
  const cueWords = toks.slice(cue.i, cue.j).map((t) => t.lw).join(' ')
  if (!source && !raising && !passive && !/^(is|was|are|were|has been|have been|had been|be|been)\b/.test(cueWords)) return undefined
  // “A,” he continued, “B.” — the quote before the attribution is content too.
  const parts: Span[] = [content]
  // (A quote that closed the sentence before is not: "Mr. Karim said: “…”" speaks the quote after it.)
  if (src && startsQuote(toks, cr)) {
    const k = src.segStart - 1
    // (“A,” he continued, “B.” — not “A.” He said: “B.”, where A is someone else's or the sentence before)
    if (k >= leftLimit && (toks[k]!.w === ',' || toks[k]!.qmark && /^[,?!]$/.test(toks[skipMarksBack(toks, k)]?.w ?? ''))) {
      const left = leftContent(toks, toks[k]!.qmark ? k + 1 : k, leftLimit, quotes)
      if (left && isQuote(text, left)) parts.unshift(left)
    }
  }
  return { cue: cueSpan, ...(source ? { source } : {}), content: parts, quote: startsQuote(toks, r), pattern: 'pre', sentence: si, ...(via ? { via } : {}) }
}

function verbAttribution(text: string, toks: readonly Tok[], cue: CueMatch, si: number, leftLimit: number, nextCue: CueMatch | undefined, prevSource: Span | undefined, quotes: readonly Span[], sentLimit = 0): Attribution | undefined {
  const c = verbContext(text, toks, cue, si, leftLimit, nextCue, prevSource, quotes, sentLimit)
  for (const construction of [passiveAttribution, participleAttribution, invertedAttribution, relativeAttribution]) {
    const found = construction(c)
    if (found !== undefined) return found ?? undefined
  }
  const s = cueSource(c)
  const post = postAttribution(c, s)
  if (post !== undefined) return post ?? undefined
  return preAttribution(c, s)
}

/**
 * "so quiet that the minister was prompted to say", "the banks are quick to point out": an infinitive
 * speaks for the subject of the verb group right before its "to".
 */
function infinitiveSubject(toks: readonly Tok[], cueI: number, leftLimit: number): [number, number] | undefined {
  if (toks[cueI - 1]?.lw !== 'to' || toks[cueI - 1]!.pos !== 'PART') return undefined
  let k = cueI - 2
  while (k >= leftLimit && (/^(VERB|AUX|ADV|PART)$/.test(toks[k]!.pos) || toks[k]!.pos === 'ADJ' && /^(quick|eager|willing|ready|able|unable|reluctant|happy|careful|keen|likely|unlikely|bold|brave|free|loath)$/.test(toks[k]!.lw)) && !toks[k]!.quoted && /^\p{Ll}/u.test(toks[k]!.w)) k--
  const v = k + 1
  if (v >= cueI - 1 || !toks.slice(v, cueI - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ')) return undefined
  const src = leftSource(toks, v, leftLimit)
  if (!src || src.end !== v) return undefined
  return [src.start, src.end]
}

/** Verbs (by stem) whose preposition introduces what they are about: "argued for", "warned against", "complained about", "wrote of". */
const TOPIC_PREPS: ReadonlyMap<string, RegExp> = new Map([
  ['for', /^(argu|plead|push|lobb|advocat|campaign|press|fight|root)/],
  ['against', /^(argu|warn|push|campaign|lobb|speak|spoke|testif|fight|caution|back)/],
  ['about', /^(complain|warn|wr[io]t|spoke|speak|testif|worr|joke|boast|brag|lie|lied|caution|grumbl|lament)/],
  ['of', /^(warn|wr[io]t|spoke|speak|complain|boast)/],
  // "fired back at the governor", "pushed back against the plan"
  ['at', /^back$/],
])

/** "sees the governor as a uniter", "found it to be a burden": an object, then what the subject takes it for. */
function asComplement(toks: readonly Tok[], r: number): boolean {
  for (let k = r; k < toks.length && k - r <= 6; k++) {
    const t = toks[k]!
    if (k > r && (t.lw === 'as' || t.lw === 'to' && toks[k + 1]?.lw === 'be')) return true
    if (t.quoted || t.qmark || t.w === ',' || isTerminal(t) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' && k > r) return false
  }
  return false
}

/**
 * The first token after the opening phrases set off by commas before `limit` ("Sunday,", "on the BBC’s “World Update,”",
 * "In Mosul, Iraq,"): time words, prepositional or subordinate phrases, adverbs, and a place's state after a place.
 * A comma closing a quote counts.
 */
function skipOpening(toks: readonly Tok[], from: number, limit: number): number {
  let k = from
  for (;;) {
    let c = k
    while (c < limit && !(toks[c]!.w === ',' && (!toks[c]!.quoted || toks[c + 1]?.qmark)) && !((toks[c]!.pos === 'VERB' || toks[c]!.pos === 'AUX') && !toks[c]!.quoted)) c++
    if (c >= limit || toks[c]!.w !== ',' || c === k) return k
    const seg = toks.slice(k, c)
    const placeTail = seg.length <= 3 && seg.every((t) => t.pos === 'PROPN' || t.w === '.') && toks[k - 2]?.pos === 'PROPN' && toks[c + 1]?.pos === 'ADP'
    if (!(placeTail || introductory(toks, k, c) || seg.every((t) => TIME_NOUNS.has(t.lw) || TIME_WORDS.has(t.lw) || t.pos === 'NUM'))) return k
    k = c + 1
    while (k < limit && toks[k]!.qmark && !toks[k]!.quoted) k++
  }
}

/** Can the words of `sp` speak: a name, a noun, a number or a pronoun ("Never", "And", "there" cannot)? */
function speakerLike(toks: readonly Tok[], sp: Span): boolean {
  const inside = toks.filter((t) => t.start >= sp.start && t.end <= sp.end)
  return inside.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'PRON' && !/^(there|what)$/.test(t.lw) || QUANT.has(t.lw))
}

/** Where a subject inside [s, e) starts right after a common noun (a relative clause without "that": "the country we", "the change the party"), or -1. */
function zeroRelative(toks: readonly Tok[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    const prev = toks[k - 1]!
    const t = toks[k]!
    if (t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.lw) || t.lw === 'that' || t.w === ',') return -1
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' || !/^\p{Ll}/u.test(prev.w) && prev.pos === 'NOUN') continue
    if (/^(he|she|they|we|i|you)$/.test(t.lw) || prev.pos === 'NOUN' && /^(the|a|an|his|her|their|its|our|my)$/.test(t.lw)) return k
  }
  return -1
}

/**
 * "The Interior Ministry obscured facts, admitted it withheld files, and delayed …": a verb right after a comma
 * that follows a clause of its own (subject, verb, object) continues that clause's subject, not its object.
 */
function verbListSubject(toks: readonly Tok[], cue: CueMatch, src: { start: number; end: number; segStart: number }, head: string, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (toks[cue.i - 1]?.w !== ',' || PARTICIPLE_CUE.test(head) || toks[cue.i]!.pos !== 'VERB' && !CUE_PREFIX.has(toks[cue.i]!.lw)) return undefined
  const seg = toks.slice(src.segStart, src.start)
  if (!seg.some((t) => t.pos === 'VERB' && !t.quoted) || seg.some((t) => t.pos === 'SCONJ' || RELATIVE.has(t.lw) || t.lw === 'that' || t.qmark)) return undefined
  const first = toks[src.segStart]
  if (!first || first.pos === 'VERB' && /ing$/.test(first.lw) || first.pos === 'ADP' || first.pos === 'SCONJ') return undefined
  const subj = sentenceSubject(toks, src.start)
  if (!subj || subj[0] < src.segStart || subj[0] < leftLimit || subj[1] >= src.start || /^(ADP|SCONJ|ADV)$/.test(toks[subj[0]]!.pos) || RELATIVE.has(toks[subj[0]]!.lw)) return undefined
  let e = subj[1]
  while (e > subj[0] + 1 && toks[e - 1]!.pos === 'ADV') e--
  return { start: subj[0], end: e, segStart: cue.i }
}

const FRONTING = new Set(['while', 'although', 'though', 'if', 'when', 'because', 'as', 'after', 'before', 'since', 'whereas', 'once', 'unless', 'whether'])

/**
 * "While he’s said he believes the tax is …, he’s also voted …": a cue inside a fronted subordinate clause
 * reports only up to the comma where the main clause (a subject and a verb) begins.
 */
function fronted(toks: readonly Tok[], cueI: number, r: number, content: Span | undefined): Span | undefined {
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

/** Words that open the reported clause after a passive's agent ("was asked by X whether …"). */
const PASSIVE_CLAUSE = new Set(['whether', 'that', 'if', 'to', 'how', 'why', 'what', 'about'])

/** Prepositions and subordinators that open an adverbial participle phrase ("while acknowledging", "by saying"). */
const ADVERBIAL_ING = new Set(['while', 'before', 'after', 'by', 'in', 'without', 'besides', 'when', 'since', 'upon', 'despite', 'for'])

/**
 * "She vowed to win, while acknowledging that this will be hard", "After saying he was nervous, the man ended up …":
 * the participle after a preposition or subordinator has the main clause's subject as its speaker — the subject
 * after the phrase when the phrase opens the sentence, else the sentence's subject (or the previous cue's source).
 */
function adverbialParticiple(toks: readonly Tok[], cue: CueMatch, r: number, si: number, nextCue: CueMatch | undefined, prevSource: Span | undefined, head: string): Attribution | undefined {
  const pi = cue.i - 1
  let lead = 0
  while (lead < pi && (LEAD_STRIP.has(toks[lead]!.lw) && !ADVERBIAL_ING.has(toks[lead]!.lw) || toks[lead]!.pos === 'PUNCT' && !toks[lead]!.qmark)) lead++
  const cueSpan = span(toks, cue.i, cue.j)!
  // "One week after announcing …, the senator …", "In addition to stating …, the spokesman …": nothing before the phrase but its own words
  // ("Sunday, on the BBC’s “World Update,” while commenting …, Haddad said": only opening phrases before it)
  if (lead === pi || toks.slice(lead, pi).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON' && t.w !== ',' && !t.qmark) || skipOpening(toks, 0, pi) === pi) {
    // fronted: the subject follows the phrase's comma
    for (let k = r; k < toks.length; k++) {
      const t = toks[k]!
      if (t.quoted || t.qmark || isTerminal(t) || t.w === ';') return undefined
      if (t.w !== ',') continue
      let e = k + 1
      while (e < toks.length && e - k <= 9 && !/^(VERB|AUX)$/.test(toks[e]!.pos) && toks[e]!.w !== ',' && !toks[e]!.qmark) e++
      if (!/^(VERB|AUX)$/.test(toks[e]?.pos ?? '') || e === k + 1) continue
      const [ss, se0] = trimRange(toks, k + 1, e)
      // "the senator still believes": an adverb before the verb is not part of the subject
      let se = se0
      while (se > ss + 1 && toks[se - 1]!.pos === 'ADV' && !QUANT.has(toks[se - 1]!.lw)) se--
      const subj = toks.slice(ss, se)
      if (subj.length === 0 || subj[0]!.pos === 'ADP' || subj[0]!.pos === 'SCONJ' || subj.some((x) => RELATIVE.has(x.lw)) || !subj.some((x) => x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'NOUN')) continue
      const [ca, cb] = trimRange(toks, r, k)
      const content = span(toks, ca, cb)
      const source = span(toks, ss, se)
      if (!content || !source) return undefined
      return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, r), pattern: 'participle', sentence: si }
    }
    return undefined
  }
  const subj = prevSource ? undefined : sentenceSubject(toks, pi)
  const source = prevSource ?? (subj ? span(toks, subj[0], subj[1]) : undefined)
  if (!source || source.end > toks[pi]!.start || !speakerLike(toks, source)) return undefined
  const content = rightContent(toks, r, nextCue, speechCue(head))
  if (!content) return undefined
  return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, r), pattern: 'participle', sentence: si }
}

/** A show or book title in quotes, not speech: "on Fox News Channel’s “Sunday Morning Futures,”", a few capitalized words. */
function titleQuote(toks: readonly Tok[], q: Span): boolean {
  const inner = toks.filter((t) => t.start >= q.start && t.end <= q.end && !t.qmark && /^[\p{L}\p{N}]/u.test(t.w))
  if (inner.length === 0 || inner.length > 5 || !inner.every((t) => /^[\p{Lu}\p{N}]/u.test(t.w) || /^(of|the|and|a|in|on|with|for|to)$/.test(t.w))) return false
  const k = toks.findIndex((t) => t.start >= q.start)
  const before = toks[k - 1]
  return before !== undefined && (POSS_MARK.has(before.w) || /^(on|in|of)$/.test(before.lw) || before.pos === 'PROPN')
}

function isQuote(text: string, s: Span): boolean {
  return QUOTE_CHARS.has(text[s.start]!) && QUOTE_CHARS.has(text[s.end - 1]!)
}

function startsQuote(toks: readonly Tok[], r: number): boolean {
  let k = r
  while (k < toks.length && (toks[k]!.w === ',' || toks[k]!.w === ':')) k++
  return toks[k]?.qmark === true
}

/** Where an inverted source ("said Smith, a spokesman for Y") ends, or `from` when the right side is not a source. */
function invertedSourceEnd(toks: readonly Tok[], from: number, nextCue: CueMatch | undefined): number {
  const t = toks[from]
  if (!t || !(t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || /^[A-Z]/.test(t.w))) return from
  let k = from
  let commas = 0
  let relative = false
  const stop = nextCue ? nextCue.i : toks.length
  // a relative clause of the source may hold cues of its own ("said Howard Rubel, an analyst, who notes that …")
  while ((k < stop || relative) && k < toks.length && !isTerminal(toks[k]!) && !toks[k]!.qmark && k - from < 40) {
    const w = toks[k]!
    if (w.w === ',') commas++
    if (RELATIVE.has(w.lw)) relative = true
    if (relative) { k++; continue }
    // A finite verb in the name part means this is a new clause, not a source.
    if (commas === 0 && ((w.pos === 'VERB' || w.pos === 'AUX') && !/^\p{Lu}/u.test(w.w) || w.lw === 'that')) return from
    k++
  }
  // "…, said she hopes …": the next cue right after the noun phrase starts a reported clause, not an inverted source.
  if (nextCue && k === nextCue.i && !relative) return from
  while (k > from && toks[k - 1]!.w === ',') k--
  return k
}

const PERCEPTION = new Set(['find', 'finds', 'found', 'see', 'sees', 'saw', 'know', 'knows', 'knew'])
/** Sources whose finding is a report: polls, studies and the people who run them. */
const FINDERS = /^(polls?|surveys?|stud(y|ies)|reports?|analys[ie]s|research|researchers|reviews?|investigations?|investigators|audits?|data|analysts|economists|scientists|experts|group|groups|poll’s|study’s)$/

/** Does a reported clause start at token r ("that …", a quote, "how …", "he is …")? */
function clauseFollows(toks: readonly Tok[], r: number): boolean {
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
function adverbialRest(toks: readonly Tok[], r: number): boolean {
  const t = toks[r]
  if (!t || t.quoted || t.qmark) return false
  if (!(t.pos === 'ADP' && t.lw !== 'that' || t.pos === 'SCONJ' && !/^(that|whether|if|how)$/.test(t.lw) || SUBORDINATORS.has(t.lw))) return false
  for (let k = r + 1; k < toks.length && k - r < 14; k++) {
    const w = toks[k]!
    if (w.lw === 'that' || w.qmark || w.w === ':') return false
  }
  return true
}

const TIME_NOUNS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...TIME_NOUNS_EN, ...[...MONTHS.keys()].map((m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' ? `${m}.` : m)])

const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), 'yesterday', 'today', 'tonight', 'recently', 'later', 'earlier', 'again', 'also', 'repeatedly', 'publicly', 'privately'])

const TRAIL_PREP = new Set(['on', 'in', 'at', 'during', 'to', 'with', 'after', 'before', 'from', 'via', 'through', 'outside', 'inside', 'while', 'without', 'of'])

/** "said on “Meet the Press.”", "said in an interview with CNN on Sunday." — an adverbial tail, not content. */
function trailingAdverbial(toks: readonly Tok[], r: number): boolean {
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

/**
 * A second verb of the sentence's subject: "…, and just saying", "… but on Tuesday wrote",
 * "…, then says" — adverbs and a time phrase between the conjunction and the cue.
 */
function coordinatedVerb(toks: readonly Tok[], cueI: number, leftLimit: number): boolean {
  let k = cueI - 1
  if (toks[cueI]?.lw === 'then' && toks[k]?.w === ',') return true
  let skipped = 0
  while (k > leftLimit && skipped < 4) {
    const t = toks[k]!
    if (t.pos === 'ADV' && !t.quoted && !RELATIVE.has(t.lw) || TIME_NOUNS.has(t.lw) || /^(on|last|this)$/.test(t.lw) && skipped > 0) { k--; skipped++; continue }
    break
  }
  const t = toks[k]
  return skipped > 0 && t !== undefined && (t.lw === 'and' || t.lw === 'but') && !t.quoted
}

/** Token indices [start, end) of a span that lies before token `limit`, if its edges are token edges. */
function tokenRange(toks: readonly Tok[], sp: Span | undefined, limit: number): [number, number] | undefined {
  if (!sp) return undefined
  const a = toks.findIndex((t) => t.start === sp.start)
  const b = toks.findIndex((t) => t.end === sp.end)
  return a >= 0 && b >= a && b < limit ? [a, b + 1] : undefined
}

/**
 * Does the phrase [i, j) read as an introductory or interjected phrase rather
 * than a subject: a prepositional or subordinate phrase ("in an interview on
 * Friday", "for his part", "after the vote") or adverbs only ("meanwhile", "too")?
 */
function introductory(toks: readonly Tok[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || j <= i) return false
  if (first.pos === 'ADP' || first.pos === 'SCONJ') return true
  return toks.slice(i, j).every((t) => t.pos === 'ADV' || LEAD_STRIP.has(t.lw) || t.pos === 'PUNCT')
}

/** Things that carry someone's words without speaking ("put out a statement saying", "ran ads attacking"). */
const CARRIERS = new Set(['statement', 'statements', 'email', 'emails', 'e-mail', 'letter', 'letters', 'ad', 'ads', 'advertisement', 'advertisements', 'commercial', 'tweet', 'tweets', 'post', 'posts', 'memo', 'petition', 'petitions', 'op-ed', 'op-eds', 'video', 'videos', 'release', 'message', 'messages', 'note', 'speech', 'speeches', 'sign', 'signs', 'banner', 'banners', 'microphone', 'mailer', 'mailers', 'flyer', 'flyers', 'record', 'time', 'day', 'days', 'hours', 'minutes'])

/**
 * "Aras was heard on a microphone telling Lopez …", "aides spent Saturday
 * delivering pep talks": a participle right after the object of the clause's
 * verb or preposition continues the clause's subject, not the object. Not
 * "with 30 percent of voters saying" (the noun after "with" is the speaker).
 */
function objectBeforeParticiple(toks: readonly Tok[], cue: CueMatch, head: string, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (!PARTICIPLE_CUE.test(head) || toks[cue.i]!.lw !== head) return undefined
  const obj = leftSourceRaw(toks, cue.i, leftLimit)
  const objHead = toks[cue.i - 1]?.lw ?? ''
  if (!obj || obj.end !== cue.i || !(CARRIERS.has(objHead) || TIME_NOUNS.has(objHead)) || toks.slice(obj.start, obj.end).some((t) => t.pos === 'PRON' || t.pos === 'PROPN' && !TIME_NOUNS.has(t.lw))) return undefined
  const gov = toks[obj.start - 1]
  if (!gov || !(gov.pos === 'VERB' || gov.pos === 'ADP' && !/^(with|without|of|as|like)$/.test(gov.lw))) return undefined
  const subj = sentenceSubject(toks, obj.start)
  if (!subj || subj[1] > obj.start - 1 || subj[0] < leftLimit || /^(ADP|SCONJ|ADV)$/.test(toks[subj[0]]!.pos) || /^(who|what|which|whom)$/.test(toks[subj[0]]!.lw) || subj[1] - subj[0] > 8) return undefined
  return { start: subj[0], end: subj[1], segStart: cue.i }
}

/** Verbs whose object is the subject of the infinitive after it ("urged Republicans to say", "drives candidate to say"). */
const OBJECT_CONTROL = /^(ask|asks|asked|asking|urge|urges|urged|urging|require|requires|required|requiring|force|forces|forced|drive|drives|drove|driven|prompt|prompts|prompted|lead|leads|led|encourage|encourages|encouraged|allow|allows|allowed|want|wants|wanted|invite|invites|invited|persuade|persuaded|pay|pays|paid|push|pushed|pushes|press|pressed|pressing|tell|tells|told|get|gets|got|need|needs|needed|expect|expects|expected|called|call|calls|challenge|challenged|dare|dared|help|helped|helps|enable|enabled|convince|convinced|inspire|inspired|hire|hired|leave|leaves|leaving|left|cause|causes|caused|causing|give|gives|gave|given|direct|directs|directed)$/

/** "forced the candidates | to admit": the noun before the infinitive's "to" (at toI), when it is the object of a verb that passes it on. */
function controlledObject(toks: readonly Tok[], toI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  let k = toI - 1
  while (k >= leftLimit && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(toks[k]!.pos) || /^(his|her|their|its|our|my|your|them|him|us|me|'s|’s)$/.test(toks[k]!.lw))) k--
  const gov = toks[k]
  return k >= leftLimit && k < toI - 1 && gov !== undefined && gov.pos === 'VERB' && OBJECT_CONTROL.test(gov.lw) ? { start: k + 1, end: toI, segStart: k + 1 } : undefined
}

/**
 * "Halvorsen did go out of her way to criticize …", "went on CNN to declare …":
 * an infinitive after a noun that a preposition (or a verb that does not pass
 * its object on) governs has the clause's subject as its speaker. Not "urged
 * Republicans to say", where the object speaks.
 */
function objectBeforeInfinitive(toks: readonly Tok[], cue: CueMatch, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (toks[cue.i]!.lw !== 'to' || toks[cue.i]!.pos !== 'PART') return undefined
  const obj = leftSourceRaw(toks, cue.i, leftLimit)
  if (!obj || obj.end !== cue.i || toks.slice(obj.start, obj.end).some((t) => t.pos === 'PRON' && !/^(his|her|their|its|our|my|your)$/.test(t.lw))) return undefined
  const gov = toks[obj.start - 1]
  if (!gov || !(gov.pos === 'ADP' && !/^(with|without|for|as|like|than)$/.test(gov.lw) || gov.pos === 'VERB' && !OBJECT_CONTROL.test(gov.lw))) return undefined
  const subj = sentenceSubject(toks, obj.start)
  if (!subj || subj[1] > obj.start - 1 || subj[0] < leftLimit || /^(ADP|SCONJ|ADV)$/.test(toks[subj[0]]!.pos) || /^(who|what|which|whom)$/.test(toks[subj[0]]!.lw) || subj[1] - subj[0] > 12) return undefined
  return { start: subj[0], end: subj[1], segStart: cue.i }
}

/**
 * A short prepositional aside set off by commas that holds no clause subject
 * ("for his part", "in an interview on Friday", "at the same time"), unlike
 * "as Mr. Sykes", "with 22 percent", "in which Trump", whose noun is the subject of the cue.
 */
function interjectedPhrase(toks: readonly Tok[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || j - i > 6 || j - i < 2 || !/^(for|in|at|on|after|during|despite|amid|under)$/.test(first.w)) return false
  return toks.slice(i + 1, j).every((t) => (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADP' || t.pos === 'NUM' || TIME_NOUNS.has(t.lw) ||
    /^(his|her|their|its|our|my|your)$/.test(t.lw)) && !RELATIVE.has(t.lw) && t.lw !== 'what')
}

/** A name or pronoun phrase, not a prepositional or adverbial one: "Mr. Trump", "She" (not "On Tuesday", "Last week"). */
function nameLike(toks: readonly Tok[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || j <= i || first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || TIME_NOUNS.has(first.lw)) return false
  return toks.slice(i, j).some((t) => (t.pos === 'PROPN' || t.pos === 'PRON') && !TIME_NOUNS.has(t.lw))
}

/** "By Sunday afternoon she had canceled …, citing": a subject pronoun and its verb before `end`, with no verb before them. */
function mainClauseIn(toks: readonly Tok[], end: number): boolean {
  for (let k = 1; k < end - 1; k++) {
    const t = toks[k]!
    if (t.pos === 'VERB' || t.pos === 'AUX') return false
    if (/^(he|she|they|we|i|it)$/.test(t.lw) && /^(VERB|AUX)$/.test(toks[k + 1]!.pos)) return true
  }
  return false
}

/** The subject at the start of the sentence (for "X did Y and said …"). */
function sentenceSubject(toks: readonly Tok[], limit: number): [number, number] | undefined {
  let k = 0
  // skip an introductory phrase up to its comma ("On Tuesday, …")
  const firstComma = toks.findIndex((t) => t.w === ',')
  // …but not a subject set off by commas ("Mr. Aras, in an interview on Friday, barely touched on …, saying")
  if (firstComma >= 0 && firstComma < limit && firstComma <= 6 && !toks.slice(0, firstComma).some((t) => t.pos === 'VERB') && !nameLike(toks, 0, firstComma)) k = firstComma + 1
  // "As the crowd began to chant, Silverman …", "Amid responses from some …, Matt Walsh provided …": a fronted clause or phrase.
  else if (firstComma > 0 && firstComma < limit - 1 && firstComma <= 25 && !toks.slice(0, firstComma).some((t) => t.qmark) &&
    (toks.slice(0, Math.min(firstComma, 4)).some((t) => FRONTING.has(t.lw)) || (toks[0]!.pos === 'ADP' || toks[0]!.pos === 'SCONJ') && !mainClauseIn(toks, firstComma))) k = firstComma + 1
  // "At a rally in Mosul, Iraq, on Sunday, the governor …": after an opening phrase, a place's state and further phrases set off by commas are not the subject.
  if (k > 0) k = skipOpening(toks, k, limit)
  // a stray quote mark opening the sentence (not a quote) is not part of the subject
  while (k < limit && k < 2 && toks[k]!.qmark && !toks[k]!.quoted && !toks[k + 1]?.quoted) k++
  let e = k
  while (e < limit && toks[e]!.pos !== 'VERB' && toks[e]!.pos !== 'AUX' && !toks[e]!.qmark) e++
  // a dateline is not part of the subject ("ERBIL, Iraq (Reuters) - Prime Minister Kemal Aras")
  for (let d = e - 1; d > k; d--) if (/^(?:—|–|-|--)$/.test(toks[d]!.w)) { k = d + 1; break }
  // "Clinton, meanwhile, co-sponsored", "She, too, is …": an aside after the subject is not part of it.
  const comma = toks.findIndex((t, n) => n > k && n < e && t.w === ',')
  if (comma > k && introductory(toks, comma + 1, e)) e = comma
  const [s, ee] = trimRange(toks, k, e)
  if (ee - s > 12) {
    // "The deputy mayor and 2019 candidate for the regional council, a longtime ally of Aras, even went …": the head before the first comma.
    const c = toks.findIndex((t, n) => n > s && n < ee && t.w === ',')
    return c > s && c - s <= 12 && toks.slice(s, c).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') && !toks.slice(s, c).some((t) => t.qmark) ? [s, c] : undefined
  }
  return ee > s ? [s, ee] : undefined
}

/** Content to the left of the cue clause, ending before token `end` (a comma or a closing quote). */
function leftContent(toks: readonly Tok[], end: number, leftLimit: number, quotes: readonly Span[]): Span | undefined {
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

/** Content to the right of the cue, up to the sentence end or a participle cue's clause. */
const SPEECH = /^(say|said|tell|told|add|writ|wrote|not(e|ed|es|ing)$|argu|claim|explain|insist|stat(e|ed|es|ing)$|warn|believ|think|thought|acknowledg|admit|announc|report|suggest|assert|declar|maintain|tweet|testif|reveal|stress|emphasi|reiterat|boast|speculat|predict|recall|conced|counter|repl|respond|continu|ask|agree|den(y|ied|ies)|confirm|f(ou|i)nd|show|hop(e|ed|es|ing)$|fear|worr|feel|felt|know|knew|conclud|estimat|contend|complain|post|alleg|observ|remark|point|indicat|promis|expect|recogni|realiz|understand|understood|learn|impl(y|ied|ies)|guess|wonder|assum|mention|remind|assur|inform|suspect|doubt|exclaim|shout|read|sa(y|ys)|according|seem|appear|ensur|mean|meant|predict|acknowledg|recount|quip|joke|admit|caution|vow|pledg)/

/** Verbs of saying and thinking take a whole clause; other cues ("endorsed", "called for") take a phrase. */
function speechCue(head: string): boolean {
  return SPEECH.test(head)
}

const SUBORDINATORS = new Set(['after', 'before', 'because', 'although', 'though', 'while', 'when', 'since', 'until', 'unless', 'whereas', 'as'])

/** Content to the right of the cue, up to the sentence end, a participle cue's clause, or (for non-speech cues) the phrase end. */
function rightContent(toks: readonly Tok[], r: number, nextCue: CueMatch | undefined, speech = true): Span | undefined {
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

const CLAUSE_CONJ = new Set(['and', 'but', 'while', 'though', 'although', 'whereas'])

/** Where a conjoined clause with its own cue starts ("and X said", "but did not say"), or -1. */
function conjoinedClauseStart(toks: readonly Tok[], r: number, cueI: number): number {
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
function extendQuotes(text: string, a: Attribution, quotes: readonly Span[], sentences: readonly Sentence[], toks: readonly Tok[]): Attribution {
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
