/**
 * Bytes → text for plain text, HTML and XML. The charset comes from, in order: a byte-order mark, the
 * HTTP Content-Type charset, an in-document declaration (<meta charset>, http-equiv, <?xml encoding?>),
 * then valid UTF-8, then chardet's guess. Invalid sequences are decoded with U+FFFD replacement and a
 * warning, never an exception. Binary input (NUL bytes, control characters, known file signatures)
 * is refused with E_INPUT_BINARY.
 * @module
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { DossierError } from '../model/index.js'

export interface DecodeOptions {
  /** HTTP Content-Type header value, e.g. "text/html; charset=ISO-8859-1". */
  contentType?: string
  /** Where the bytes came from, for messages. */
  source?: string
  /** Skip the binary check (default false). */
  allowBinary?: boolean
}

export interface Decoded {
  text: string
  /** The encoding used, WHATWG-style lower-case label ("utf-8", "windows-1252"). */
  encoding: string
  /** How the encoding was chosen. */
  encodingSource: 'bom' | 'http' | 'document' | 'utf8-valid' | 'detected' | 'default'
  warnings: string[]
}

/** Signatures of common binary formats (first bytes). */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['MP4', [0x00, 0x00, 0x00]],
]

function bomOf(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

/**
 * Why the bytes look binary, or undefined when they look like text. Checks the first 8 KiB for file
 * signatures, NUL bytes and a high share of control characters. Text with a UTF-16 BOM is text.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return undefined
  const bom = bomOf(bytes)
  if (bom && bom.encoding.startsWith('utf-16')) return undefined
  for (const [name, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((v, i) => bytes[i] === v)) {
      if (name === 'MP4' && !(bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70)) continue
      return `${name} file signature`
    }
  }
  const n = Math.min(bytes.length, 8192)
  let nul = 0
  let ctrl = 0
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!
    if (c === 0) nul++
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) ctrl++
  }
  if (nul > 0) return `${nul} NUL bytes in the first ${n} bytes`
  if (ctrl / n > 0.1) return `${Math.round((100 * ctrl) / n)}% control characters`
  return undefined
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  return binaryReason(bytes) !== undefined
}

/** Throw E_INPUT_BINARY when the bytes are not text. */
export function assertText(bytes: Uint8Array, source?: string): void {
  const why = binaryReason(bytes)
  if (why) {
    throw new DossierError('E_INPUT_BINARY', `input is binary (${why}), not text or HTML`, {
      context: { source }, hint: 'give an HTML, XML or plain-text file',
    })
  }
}

/** WHATWG-style label normalisation: ISO-8859-1 and ASCII decode as windows-1252, as browsers do. */
export function normaliseLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (!l) return undefined
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8'].includes(l)) return 'utf-8'
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'x-cp1252', 'iso_8859-1'].includes(l)) return 'windows-1252'
  if (l === 'utf-16' || l === 'unicode') return 'utf-16le'
  if (['gb2312', 'x-gbk', 'gbk'].includes(l)) return 'gbk'
  if (l === 'x-sjis' || l === 'sjis') return 'shift_jis'
  return iconv.encodingExists(l) ? l : undefined
}

function charsetFromContentType(ct: string | undefined): string | undefined {
  if (!ct) return undefined
  return /charset\s*=\s*"?([^";\s]+)/i.exec(ct)?.[1]
}

/** Charset declared inside an HTML/XML document's first 4 KiB. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1')
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)
  if (xml) return xml[1]
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head)
  return meta?.[1]
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function decodeWith(bytes: Uint8Array, encoding: string, warnings: string[]): string {
  if (encoding === 'utf-8') {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes)
    if (!isValidUtf8(bytes)) {
      const bad = (text.match(/\uFFFD/g) ?? []).length
      warnings.push(`invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`)
    }
    return text
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, { stripBOM: true })
  const bad = (text.match(/\uFFFD/g) ?? []).length
  if (bad > 0) warnings.push(`invalid ${encoding}: ${bad} byte sequence(s) replaced with U+FFFD`)
  return text
}

/**
 * True when the bytes are UTF-8 apart from a few stray invalid sequences: the valid multi-byte characters
 * outnumber the invalid sequences at least four to one. A legacy single-byte text (windows-1252 "é" before
 * an ASCII letter) almost never forms a valid multi-byte sequence, so it is left to detection; a UTF-8 file
 * with a handful of corrupt bytes keeps its curly quotes instead of becoming mojibake.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i)
    if (n === 1) { i++; continue }
    if (n > 1) { valid++; i += n } else { invalid++; i++ }
  }
  return valid > 0 && valid >= 4 * invalid
}

/** Length of the valid UTF-8 sequence at i (1 for ASCII), or 0 when the bytes at i are not valid UTF-8. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!
  if (c < 0x80) return 1
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
  if (n === 0 || i + n > b.length) return 0
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0
  // overlong forms, surrogates and code points above U+10FFFF
  const c1 = b[i + 1]!
  if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0
  return n
}

/** Decode bytes to text (see module doc for the order in which the charset is chosen). */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (!opts.allowBinary) assertText(bytes, opts.source)
  const warnings: string[] = []
  const bom = bomOf(bytes)
  if (bom) {
    const rest = bytes.subarray(bom.length)
    return { text: decodeWith(rest, bom.encoding, warnings), encoding: bom.encoding, encodingSource: 'bom', warnings }
  }
  const candidates: Array<[string | undefined, Decoded['encodingSource']]> = [
    [charsetFromContentType(opts.contentType), 'http'],
    [declaredCharset(bytes), 'document'],
  ]
  for (const [label, source] of candidates) {
    if (!label) continue
    const enc = normaliseLabel(label)
    if (!enc) {
      warnings.push(`unknown charset "${label}" (${source}); detecting instead`)
      continue
    }
    // A page declared as windows-1252/latin-1 that is valid UTF-8 with multibyte sequences is UTF-8 in practice.
    if (enc === 'windows-1252' && source === 'document' && /[\u0080-\uffff]/.test(Buffer.from(bytes).toString('latin1')) && isValidUtf8(bytes)) {
      warnings.push(`declared charset "${label}" but the bytes are valid UTF-8; decoded as UTF-8`)
      return { text: decodeWith(bytes, 'utf-8', warnings), encoding: 'utf-8', encodingSource: 'utf8-valid', warnings }
    }
    return { text: decodeWith(bytes, enc, warnings), encoding: enc, encodingSource: source, warnings }
  }
  if (isValidUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8', warnings), encoding: 'utf-8', encodingSource: 'utf8-valid', warnings }
  if (mostlyUtf8(bytes)) {
    return { text: decodeWith(bytes, 'utf-8', warnings), encoding: 'utf-8', encodingSource: 'utf8-valid', warnings }
  }
  // chardet reads the whole buffer; a 64 KiB sample decides as well and keeps huge inputs fast.
  const guess = chardet.detect(bytes.subarray(0, 65536))
  const enc = guess ? normaliseLabel(guess) : undefined
  if (enc && enc !== 'utf-8') {
    warnings.push(`no charset declared and not valid UTF-8; detected ${enc}`)
    return { text: decodeWith(bytes, enc, warnings), encoding: enc, encodingSource: 'detected', warnings }
  }
  warnings.push('no charset declared and not valid UTF-8; decoded as UTF-8 with replacement')
  return { text: decodeWith(bytes, 'utf-8', warnings), encoding: 'utf-8', encodingSource: 'default', warnings }
}
