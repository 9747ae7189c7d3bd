/**
 * The visible-text stream of raw HTML with a per-character map back to raw offsets, so extracted
 * paragraphs can be located in the source (Article.sourceMap). Whitespace is collapsed to single
 * spaces exactly as the extractor collapses it, so a paragraph's characters line up one to one.
 * A lightweight scanner (not a DOM): tags, comments, doctype and raw-text elements are skipped,
 * character references are decoded with `entities`.
 * @module
 */
import { decodeHTML } from 'entities'
import type { SourceMapEntry } from '../../model/index.js'

export interface RawText {
  /** Visible text, whitespace runs collapsed to one space. */
  readonly text: string
  /** rawStart[i], rawEnd[i]: the raw HTML range that produced text[i]. */
  readonly rawStart: Int32Array
  readonly rawEnd: Int32Array
}

const SKIP_CONTENT = new Set(['script', 'style', 'template', 'svg', 'math', 'iframe', 'noembed', 'noframes', 'xmp'])
const ENTITY = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y

export function rawVisibleText(html: string): RawText {
  const n = html.length
  let lower: string | undefined
  const out = new Uint16Array(n)
  const rs = new Int32Array(n)
  const re = new Int32Array(n)
  let len = 0
  let lastWasSpace = true
  const push = (code: number, s: number, e: number) => {
    // HTML whitespace plus the Unicode spaces that JavaScript's \s collapses in the extractor.
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) {
      if (lastWasSpace) return
      out[len] = 32
      lastWasSpace = true
    } else {
      out[len] = code
      lastWasSpace = false
    }
    rs[len] = s
    re[len] = e
    len++
  }
  let i = 0
  while (i < n) {
    const c = html.charCodeAt(i)
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4)
        i = end < 0 ? n : end + 3
        continue
      }
      const next = html.charCodeAt(i + 1)
      const isTagStart = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63
      if (!isTagStart) {
        push(60, i, i + 1)
        i++
        continue
      }
      const tagEnd = findTagEnd(html, i + 1)
      const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(i, Math.min(tagEnd, i + 40)))
      const name = m?.[1]?.toLowerCase()
      const closing = html.charCodeAt(i + 1) === 47
      i = tagEnd
      // Block boundaries separate words in the DOM text too; a space keeps words apart here.
      if (name !== undefined && !closing && SKIP_CONTENT.has(name) && html.charCodeAt(tagEnd - 2) !== 47) {
        lower ??= html.toLowerCase()
        const close = lower.indexOf(`</${name}`, tagEnd)
        i = close < 0 ? n : findTagEnd(html, close + 1)
      }
      continue
    }
    if (c === 38 /* & */) {
      ENTITY.lastIndex = i
      const m = ENTITY.exec(html)
      if (m) {
        const decoded = decodeHTML(m[0])
        if (decoded !== m[0]) {
          // Legacy prefix matches ("&notit;") decode only a prefix: map the whole run to the entity.
          // Decoded text is never longer than the reference that produced it, so the buffers suffice.
          for (let k = 0; k < decoded.length; k++) push(decoded.charCodeAt(k), i, i + m[0].length)
          i += m[0].length
          continue
        }
      }
    }
    push(c, i, i + 1)
    i++
  }
  let text = ''
  for (let k = 0; k < len; k += 8192) text += String.fromCharCode(...out.subarray(k, Math.min(len, k + 8192)))
  return { text, rawStart: rs.subarray(0, len), rawEnd: re.subarray(0, len) }
}

function findTagEnd(html: string, from: number): number {
  let quote = 0
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) {
      // Quotes only matter inside attribute values (after '='); a stray apostrophe elsewhere is text.
      if (html.charCodeAt(j - 1) === 61 || /=\s*$/.test(html.slice(Math.max(from, j - 4), j))) quote = c
    } else if (c === 62) return j + 1
  }
  return html.length
}

/**
 * Locate `piece` (whitespace-collapsed) in the stream at or after `from` and return source-map entries
 * for `[textStart, textStart + piece.length)` of the article text: one entry per run of contiguous raw
 * offsets. Returns undefined when the piece is not found verbatim.
 */
export function mapPiece(raw: RawText, piece: string, textStart: number, from: number): { entries: SourceMapEntry[]; next: number } | undefined {
  if (piece.length === 0) return { entries: [], next: from }
  let at = raw.text.indexOf(piece, from)
  if (at < 0) at = raw.text.indexOf(piece)
  if (at < 0) return undefined
  const entries: SourceMapEntry[] = []
  let runStart = 0
  for (let k = 1; k <= piece.length; k++) {
    const contiguous = k < piece.length && raw.rawStart[at + k] === raw.rawEnd[at + k - 1]
    if (!contiguous) {
      entries.push({
        textStart: textStart + runStart,
        textEnd: textStart + k,
        rawStart: raw.rawStart[at + runStart]!,
        rawEnd: raw.rawEnd[at + k - 1]!,
      })
      runStart = k
    }
  }
  return { entries, next: at + piece.length }
}
