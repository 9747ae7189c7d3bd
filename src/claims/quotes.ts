/**
 * Direct-quote spans in an article text: curly (“ ”), straight (") and
 * doubled-apostrophe ('') quotes. A quote may span paragraphs the way news
 * copy writes them: each continued paragraph opens with a quote mark and only
 * the last one closes it.
 * @module
 */
import type { Span } from '../model/index.js'

type Mark = { at: number; len: number; kind: 'open' | 'close' | 'toggle' }

/** Quote marks in order: curly marks have a direction, straight ones toggle. */
function quoteMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = []
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (c === '“' || c === '„') marks.push({ at: i, len: 1, kind: 'open' })
    else if (c === '”') marks.push({ at: i, len: 1, kind: 'close' })
    else if (c === '"') marks.push({ at: i, len: 1, kind: 'toggle' })
    else if (c === "'" && text[i + 1] === "'") {
      // "'a throwback,'''": after a word, three apostrophes close an inner single quote, then the double one
      if (text[i + 2] === "'" && i > 0 && /\S/.test(text[i - 1]!)) i++
      marks.push({ at: i, len: 2, kind: 'toggle' })
      i++
      // "'''Fair' is …": before a word, the double mark comes first and the inner single quote opens after it
      if (text[i + 1] === "'") i++
    }
    else if (c === '`' && text[i + 1] === '`') { marks.push({ at: i, len: 2, kind: 'open' }); i++ }
  }
  return marks
}

/** Paragraphs as [start, end) line ranges (non-empty lines). */
function paragraphs(text: string): Span[] {
  const out: Span[] = []
  const re = /[^\n]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** Does the paragraph open with a quote mark (after leading spaces)? */
function opensWithQuote(text: string, p: Span): boolean {
  const s = text.slice(p.start, p.end).trimStart()
  return s.startsWith('“') || s.startsWith('"') || s.startsWith("''") || s.startsWith('``') || s.startsWith('„')
}

/** The last text's quotes: extraction asks for one document's several times (cues, claims, the issuing body). */
let lastQuotes: { text: string; quotes: readonly Span[] } | undefined

/**
 * Every direct quote, quote marks included, in text order. Unclosed quotes end
 * at their paragraph's end unless the next paragraph continues them. The last text's answer is kept, so the
 * document's several callers scan it once; callers must not change the array.
 */
export function findQuotes(text: string): readonly Span[] {
  if (lastQuotes?.text !== text) lastQuotes = { text, quotes: scanQuotes(text) }
  return lastQuotes.quotes
}

function scanQuotes(text: string): Span[] {
  const out: Span[] = []
  const paras = paragraphs(text)
  let openAt = -1
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!
    const marks = quoteMarks(text, p.start, p.end)
    for (let mi = 0; mi < marks.length; mi++) {
      const m = marks[mi]!
      if (openAt < 0) {
        if (m.kind !== 'close') openAt = m.at
        continue
      }
      // A continuation paragraph's opening mark while a quote is still open.
      if (m.at === firstNonSpace(text, p) && m.kind !== 'close' && lastClosedBefore(out, p.start, openAt)) continue
      if (m.kind === 'open') { openAt = m.at; continue }
      out.push({ start: openAt, end: m.at + m.len })
      openAt = -1
    }
    if (openAt >= 0) {
      const next = paras[pi + 1]
      if (!(next && opensWithQuote(text, next))) {
        out.push({ start: openAt, end: trimEnd(text, p.end) })
        openAt = -1
      }
    }
  }
  return out
}

function firstNonSpace(text: string, p: Span): number {
  let i = p.start
  while (i < p.end && /\s/.test(text[i]!)) i++
  return i
}

/** True when the open quote started before this paragraph (so this mark continues it). */
function lastClosedBefore(_out: Span[], paraStart: number, openAt: number): boolean {
  return openAt < paraStart
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  return end
}

/** Index of the quote containing offset `at` strictly inside its marks, or -1 (binary search over sorted quotes). */
export function quoteIndexAt(quotes: readonly Span[], at: number): number {
  let lo = 0
  let hi = quotes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const q = quotes[mid]!
    if (at < q.start) hi = mid - 1
    else if (at >= q.end) lo = mid + 1
    else return mid
  }
  return -1
}
