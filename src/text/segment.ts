/**
 * Sentences and tokens with offsets into Article.text (the segment stage's library).
 *
 * Text is first cut into blocks at blank lines and after heading-like lines
 * (headlines, datelines and paragraphs never share a sentence, while a
 * hard-wrapped paragraph stays one block), then wink-nlp splits each block into
 * sentences and tokens. Token offsets are found by walking the block text, so
 * they are exact even where wink normalises nothing. Hyphenated and
 * apostrophe-joined name parts ("al-Baghdadi", "Abu-Marzook") are merged into
 * one token; possessive endings ("'s", "’") stay separate.
 * @module
 */
import type WinkNLP from 'wink-nlp'
import type WinkModel from 'wink-eng-lite-web-model'
import type { Sentence, Token } from '../model/index.js'
import { MONTHS, TITLE_ABBREVIATIONS } from './english.js'
import { lazyPackage } from '../model/index.js'

type Nlp = ReturnType<typeof WinkNLP>
const winkNLP = lazyPackage<typeof WinkNLP>('wink-nlp')
const winkModel = lazyPackage<typeof WinkModel>('wink-eng-lite-web-model')
let nlpInstance: Nlp | undefined
/** wink-nlp with the two annotations used here (its NER, negation, sentiment and patterns change no token). */
function nlp(): Nlp {
  nlpInstance ??= winkNLP()(winkModel(), ['sbd', 'pos'])
  return nlpInstance
}
/** The largest lexicon index of any token wink has returned so far (see `readTaught`). */
let knownUpTo = -1

export interface Segmentation {
  sentences: Sentence[]
  tokens: Token[]
}

const JOINERS = new Set(['-', '‐', '‑'])

/** Abbreviations that precede a name or a number and so never end a sentence. */
const NO_END_ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, ...[...MONTHS.keys()].filter((m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july'), 'no', 'nos']
  .map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}.`))

/**
 * The longest run without whitespace that wink-nlp tokenises. wink's tokenizer and shape features grow with
 * the square of a token's length and overflow the regex stack near a megabyte (a 10 MB line without spaces
 * threw "Maximum call stack size exceeded"); longer runs (base64 blobs, minified code) become tokens of at
 * most this length, one sentence per LONG_RUN_SENTENCE tokens, without wink.
 */
export const MAX_TOKEN_CHARS = 256
const LONG_RUN_SENTENCE = 64

/** Split text into sentences and tokens; every offset is into `text`. */
export function segmentText(text: string): Segmentation {
  const sentences: Sentence[] = []
  const tokens: Token[] = []
  for (const { start: blockStart, end: blockEnd } of textBlocks(text)) {
    for (const piece of boundedPieces(text, blockStart, blockEnd)) {
      const groups = piece.long ? longRunGroups(piece.start, piece.end) : winkGroups(text, piece.start, piece.end)
      for (const sentTokens of groups) {
        const merged = mergeJoined(text, sentTokens)
        if (merged.length === 0) continue
        const si = sentences.length
        sentences.push({ start: merged[0]!.start, end: merged[merged.length - 1]!.end })
        // the token objects are this call's own (made by winkGroups / longRunGroups / mergeJoined): numbered in place
        for (const t of merged) { t.sentence = si; tokens.push(t) }
      }
    }
  }
  return { sentences, tokens }
}

/** A block cut around runs of more than MAX_TOKEN_CHARS non-space characters (the runs marked `long`). */
function boundedPieces(text: string, start: number, end: number): Array<{ start: number; end: number; long: boolean }> {
  const pieces: Array<{ start: number; end: number; long: boolean }> = []
  let at = start
  let run = start
  // a plain loop: V8's regex engine overflows its stack on \S{n,} over a multi-megabyte run
  for (let i = start; i <= end; i++) {
    if (i < end && !isSpace(text.charCodeAt(i))) continue
    if (i - run > MAX_TOKEN_CHARS) {
      if (text.slice(at, run).trim() !== '') pieces.push({ start: at, end: run, long: false })
      pieces.push({ start: run, end: i, long: true })
      at = i
    }
    run = i + 1
  }
  if (text.slice(at, end).trim() !== '') pieces.push({ start: at, end, long: false })
  return pieces
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)))
}

/** A long run without spaces as tokens of MAX_TOKEN_CHARS, LONG_RUN_SENTENCE tokens a sentence. */
function longRunGroups(start: number, end: number): Token[][] {
  const groups: Token[][] = []
  for (let s = start; s < end; s += MAX_TOKEN_CHARS * LONG_RUN_SENTENCE) {
    const group: Token[] = []
    for (let t = s; t < Math.min(end, s + MAX_TOKEN_CHARS * LONG_RUN_SENTENCE); t += MAX_TOKEN_CHARS) {
      group.push({ start: t, end: Math.min(end, t + MAX_TOKEN_CHARS), pos: 'X', sentence: 0 })
    }
    groups.push(group)
  }
  return groups
}

/** wink-nlp sentences of text[blockStart, blockEnd) as token groups, abbreviation splits rejoined. */
function winkGroups(text: string, blockStart: number, blockEnd: number): Token[][] {
  const its = nlp().its
  const block = text.slice(blockStart, blockEnd)
  const { doc, values } = readTaught(block)
  const pos = doc.tokens().out(its.pos) as string[]
  // sentence boundaries as token-index ranges [first, last] (read as plain pairs: no item object per sentence)
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>
  let cursor = 0
  let ti = 0
  const groups: Token[][] = []
  for (const [first, last] of spans) {
    const len = last - first + 1
    const sentTokens: Token[] = []
    for (let k = 0; k < len; k++, ti++) {
      const v = values[ti] ?? ''
      const at = block.indexOf(v, cursor)
      if (at < 0 || v.trim() === '') continue // whitespace tokens or unalignable values are skipped
      cursor = at + v.length
      sentTokens.push({ start: blockStart + at, end: blockStart + cursor, pos: pos[ti] ?? 'X', sentence: 0 })
    }
    if (!rejoinAbbreviation(text, groups, sentTokens) && sentTokens.length > 0) groups.push(sentTokens)
  }
  return groups
}

/**
 * wink's tokenizer asks its lexicon whether a piece is a known word before splitting punctuation off it, and the
 * lexicon grows with every word read ("x..." is "x" "." ".." while "x" is unseen, "x" "..." after). So a block is
 * read once to teach the lexicon its words and again for the tokens, which are then the same whatever was read
 * before. The second read is needed only if the first taught something that changes an answer the tokenizer got
 * during it (see `teachingChangesTokens`): a word wink learns gets the next lexicon index, above every index it
 * returned before, so a first read whose tokens are all at or below `knownUpTo` learnt nothing and its tokens are
 * those a second read would give.
 */
function readTaught(block: string): { doc: ReturnType<Nlp['readDoc']>; values: string[] } {
  const its = nlp().its
  const first = nlp().readDoc(block)
  const ids = first.tokens().out(its.uniqueId) as unknown as number[]
  const values = first.tokens().out(its.value) as string[]
  const top = ids.reduce((a, b) => Math.max(a, b), -1)
  if (top <= knownUpTo) return { doc: first, values }
  const before = knownUpTo
  knownUpTo = top
  if (!teachingChangesTokens(block, values, ids, before)) return { doc: first, values }
  const doc = nlp().readDoc(block)
  const again = doc.tokens().out(its.uniqueId) as unknown as number[]
  knownUpTo = again.reduce((a, b) => Math.max(a, b), knownUpTo)
  return { doc, values: doc.tokens().out(its.value) as string[] }
}

/** The characters wink splits a text into raw tokens at (its tokenizer's `splitter`). */
const WINK_SPLIT = /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]/
const atSplit = (c: string | undefined): boolean => c === undefined || WINK_SPLIT.test(c)

/**
 * Whether a second read of `block` could give other tokens than the first, which taught wink the words whose
 * lexicon index is above `before` (and their lower-case forms: wink learns a word's normal with it). Tokenizing
 * is done before sentence splitting and tagging, which so already see everything the read taught; and the
 * tokenizer asks the lexicon only about a whitespace-delimited raw token and about pieces of it. An answer can
 * change only for a string learnt during the read. Such a string occurring only as whole raw tokens, each of
 * which the first read already gave as one token, gets the same token from a second read, where the lexicon
 * knows it at once; anywhere else (inside a longer raw token, or a raw token the first read split) the second
 * read is made. Over 22,499 blocks of demo news, PolNeAR, GMB and re3d this skips 5,432 of the 8,944 second
 * reads, with the same tokens, tags and sentences.
 */
function teachingChangesTokens(block: string, values: readonly string[], ids: readonly number[], before: number): boolean {
  const learnt = new Set<string>()
  for (let i = 0; i < ids.length; i++) {
    if (ids[i]! > before) { learnt.add(values[i]!); learnt.add(values[i]!.toLowerCase()) }
  }
  for (const s of learnt) {
    if (s === '' || WINK_SPLIT.test(s)) return true
    let whole = 0
    for (let at = block.indexOf(s); at >= 0; at = block.indexOf(s, at + 1)) {
      if (!atSplit(block[at - 1]) || !atSplit(block[at + s.length])) return true
      whole++
    }
    let tokens = 0
    for (const v of values) if (v === s) tokens++
    if (tokens !== whole) return true
  }
  return false
}

/**
 * wink ends a sentence after a rank or title abbreviation ("said Maj. | Gen. Gary Volesky"): append the
 * sentence to the previous group and say so.
 */
function rejoinAbbreviation(text: string, groups: Token[][], sentTokens: Token[]): boolean {
  const prev = groups[groups.length - 1]
  const last = prev?.[prev.length - 1]
  const first = sentTokens[0]
  if (!prev || !last || !first || !/^[\p{Lu}\d]/u.test(text.slice(first.start, first.end))) return false
  const beforeDot = text.slice(last.start, last.end) === '.' ? prev[prev.length - 2] : undefined
  if (beforeDot && beforeDot.end === last.start && NO_END_ABBREVIATIONS.has(text.slice(beforeDot.start, last.end))) {
    prev.splice(prev.length - 2, 2, { ...beforeDot, end: last.end }) // "Maj" "." → "Maj."
    prev.push(...sentTokens)
    return true
  }
  if (NO_END_ABBREVIATIONS.has(text.slice(last.start, last.end))) {
    prev.push(...sentTokens)
    return true
  }
  return false
}

const HEADING_MAX_WORDS = 10
/** Words a wrapped line ends on mid-sentence; a heading does not. */
const CONTINUES = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'said', 'says', 'told', 'into', 'than', 'his', 'her', 'its', 'their', 'our', 'is', 'are', 'was', 'were'])

/**
 * Blocks of text that no sentence crosses: paragraphs (separated by blank lines), and single lines that read
 * as headings (short, no trailing comma or dash, the next line starting a new capitalised sentence). Single
 * line breaks inside a paragraph (hard-wrapped text) do not end a block.
 */
export function textBlocks(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number; text: string }> = []
  const re = /[^\n]*/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    lines.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
    re.lastIndex = m.index + m[0].length + 1
    if (re.lastIndex > text.length) break
  }
  const blocks: Array<{ start: number; end: number }> = []
  let cur: { start: number; end: number } | undefined
  lines.forEach((line, i) => {
    const t = line.text.trim()
    if (t === '') { if (cur) blocks.push(cur); cur = undefined; return }
    const content = { start: line.start + (line.text.length - line.text.trimStart().length), end: line.start + line.text.trimEnd().length }
    cur = cur ? { start: cur.start, end: content.end } : content
    const heading = hasAtMostWords(t, HEADING_MAX_WORDS) && !/[,;:\-–—]$/.test(t) && !CONTINUES.has(lastWord(t).toLowerCase()) &&
      /^["“'‘(\[]?[\p{Lu}\d]/u.test(lines[i + 1]?.text.trim() ?? '')
    if (heading) { blocks.push(cur); cur = undefined }
  })
  if (cur) blocks.push(cur)
  return blocks
}

/** Whether trimmed, non-empty text has at most `max` words (runs without whitespace), counted without splitting it. */
function hasAtMostWords(t: string, max: number): boolean {
  let words = 1
  for (let i = 1; i < t.length; i++) {
    if (isSpace(t.charCodeAt(i)) && !isSpace(t.charCodeAt(i - 1)) && ++words > max) return false
  }
  return true
}

/** The last word of trimmed, non-empty text. */
function lastWord(t: string): string {
  let i = t.length - 1
  while (i > 0 && !isSpace(t.charCodeAt(i - 1))) i--
  return t.slice(i)
}

/**
 * Heads that make a compound of a name rather than part of it: "ISIL-held",
 * "Saudi-led", "Iran-backed" keep the name a token of its own.
 */
const COMPOUND_HEADS = new Set(['held', 'led', 'backed', 'based', 'controlled', 'run', 'owned', 'allied', 'affiliated', 'linked',
  'aligned', 'occupied', 'dominated', 'sponsored', 'funded', 'supported', 'inspired', 'brokered', 'born', 'trained', 'armed',
  'made', 'built', 'era', 'style', 'friendly', 'free', 'bound', 'wide', 'related', 'specific', 'centric', 'leaning', 'majority'])

/** Whether "A-B" names two things (a capitalised name and a compounding head, or two states: "U.S.-Iraq", "UK-France"). */
function splitsAtHyphen(a: string, b: string): boolean {
  if (!/^\p{Lu}/u.test(a)) return false
  if (COMPOUND_HEADS.has(b)) return true
  return (/\.$/.test(a) || /^\p{Lu}{2,}$/u.test(a)) && /^\p{Lu}\p{Ll}{2,}$/u.test(b)
}

/** Merge X-Y runs written without spaces into one token ("al-Baghdadi", "e-mail"), but not "ISIL-held" or "UK-France". */
function mergeJoined(text: string, toks: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const prev = out[out.length - 1]
    const next = toks[i + 1]
    // every joiner is one character: test that before slicing the token out
    if (prev && next && t.end - t.start === 1 && JOINERS.has(text[t.start]!) && prev.end === t.start && t.end === next.start &&
        /\w$/.test(text.slice(prev.start, prev.end)) && /^\w/.test(text.slice(next.start, next.end)) &&
        !splitsAtHyphen(text.slice(prev.start, prev.end), text.slice(next.start, next.end))) {
      const nextPos = next.pos
      out[out.length - 1] = { ...prev, end: next.end, pos: prev.pos === 'PROPN' || nextPos === 'PROPN' ? 'PROPN' : (nextPos ?? prev.pos) }
      i++
      continue
    }
    out.push(t)
  }
  return out
}
