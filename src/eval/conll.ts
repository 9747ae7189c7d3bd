/**
 * Reader for CoNLL-style NER files: CoNLL-2003 (`TOKEN POS CHUNK TAG`,
 * space-separated) and UNER/CoNLL-U-like IOB2 (`index<TAB>token<TAB>tag…`,
 * `#` comment lines). Blank lines separate sentences; `-DOCSTART-` lines and
 * `# newdoc` comments separate documents. Files ending in .gz are gunzipped.
 * IOB1 tags are converted to IOB2.
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { DossierError } from '../model/index.js'

export interface ConllSentence {
  readonly words: string[]
  /** IOB2 tag per token, e.g. B-PER. */
  readonly tags: string[]
  /** The file's POS column, when it has one (CoNLL-2003). */
  readonly pos?: string[]
  /** Index of the document this sentence belongs to (0 when the file marks none). */
  readonly doc: number
}

export function readConllFile(path: string): ConllSentence[] {
  let buf: Buffer
  try {
    buf = readFileSync(path)
  } catch (e) {
    throw new DossierError('E_INPUT_MISSING', `cannot read ${path}`, { cause: e, context: { path }, hint: 'give the path of a CoNLL file (.gz allowed)' })
  }
  if (path.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b)) {
    try {
      buf = gunzipSync(buf)
    } catch (e) {
      throw new DossierError('E_EVAL_FORMAT', `${path} is not a valid gzip file`, { cause: e, context: { path } })
    }
  }
  return parseConll(buf.toString('utf8'), path)
}

const TAG = /^(O|[BIES]-[A-Za-z_]+)$/

export function parseConll(text: string, path = '<text>'): ConllSentence[] {
  const out: ConllSentence[] = []
  let words: string[] = []
  let tags: string[] = []
  let pos: string[] = []
  let hasPos = false
  let doc = 0
  const flush = () => {
    if (words.length > 0) out.push({ words, tags: toIob2(tags), ...(hasPos ? { pos } : {}), doc })
    words = []
    tags = []
    pos = []
  }
  const lines = text.split(/\r?\n/)
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!
    if (line.trim() === '') { flush(); continue }
    if (line.startsWith('#')) {
      if (/^#\s*newdoc\b/.test(line)) { flush(); if (out.length > 0) doc++ }
      continue
    }
    if (line.startsWith('-DOCSTART-')) { flush(); if (out.length > 0) doc++; continue }
    const cols = line.includes('\t') ? line.split('\t') : line.split(' ')
    let word: string
    let tag: string
    if (line.includes('\t') && /^\d+(\.\d+)?$/.test(cols[0] ?? '') && cols.length >= 3) {
      if ((cols[0] ?? '').includes('.')) continue // empty nodes in CoNLL-U-like files
      word = cols[1]!
      tag = cols[2]!
    } else {
      if (cols.length < 2) {
        throw new DossierError('E_EVAL_FORMAT', `${path}:${ln + 1}: expected "TOKEN … TAG", got "${line.slice(0, 60)}"`, {
          context: { path, line: ln + 1 }, hint: 'CoNLL files have one token per line with the IOB tag in the last column',
        })
      }
      word = cols[0]!
      tag = cols[cols.length - 1]!
      if (cols.length >= 4) { hasPos = true; pos.push(cols[1]!) }
    }
    if (!TAG.test(tag)) {
      throw new DossierError('E_EVAL_FORMAT', `${path}:${ln + 1}: "${tag}" is not an IOB tag`, { context: { path, line: ln + 1 } })
    }
    words.push(word)
    tags.push(tag)
  }
  flush()
  return out
}

/** IOB1/IOBES → IOB2. */
function toIob2(tags: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    if (t === 'O') { out.push('O'); continue }
    const type = t.slice(2)
    const prev = out[i - 1] ?? 'O'
    const b = t[0] === 'B' || t[0] === 'S' || prev === 'O' || prev.slice(2) !== type
    out.push(`${b ? 'B' : 'I'}-${type}`)
  }
  return out
}
