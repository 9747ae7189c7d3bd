/**
 * CoNLL-U reader for training and evaluation: one sentence per blank-line block,
 * `ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC`. Multiword-token ranges
 * ("3-4") and empty nodes ("5.1") are skipped, so the words are the syntactic
 * words the heads point at. Reads `.gz` files transparently.
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { DossierError } from '../model/index.js'

export interface ConlluWord {
  readonly form: string
  readonly lemma: string
  readonly upos: string
  readonly xpos: string
  /** 0 for the root, else the 1-based index of the head word. */
  readonly head: number
  readonly deprel: string
}

export interface ConlluSentence {
  readonly id?: string
  readonly words: readonly ConlluWord[]
}

/** Parse CoNLL-U text into sentences. */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = []
  let words: ConlluWord[] = []
  let id: string | undefined
  const flush = () => {
    if (words.length > 0) out.push(id === undefined ? { words } : { id, words })
    words = []
    id = undefined
  }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') { flush(); continue }
    if (line.startsWith('#')) {
      const m = /^#\s*sent_id\s*=\s*(.*)$/.exec(line)
      if (m) id = m[1]!.trim()
      continue
    }
    const cols = line.split('\t')
    if (cols.length < 8) throw new DossierError('E_EVAL_FORMAT', `CoNLL-U line has ${cols.length} columns, expected 10: ${line.slice(0, 60)}`, {
      hint: 'check the file is CoNLL-U (tab-separated, 10 columns)',
    })
    if (!/^\d+$/.test(cols[0]!)) continue // "3-4" multiword range or "5.1" empty node
    words.push({ form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, head: Number(cols[6]), deprel: cols[7]! })
  }
  flush()
  return out
}

/** Read a CoNLL-U file (`.gz` ok). */
export function readConllu(file: string): ConlluSentence[] {
  let buf: Buffer
  try {
    buf = readFileSync(file)
  } catch (cause) {
    throw new DossierError('E_INPUT_MISSING', `cannot read ${file}`, { cause, hint: 'give the path of a .conllu or .conllu.gz file' })
  }
  const isGz = buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b
  return parseConllu((isGz ? gunzipSync(buf) : buf).toString('utf8'))
}

/** The universal part of a dependency label ("nsubj:pass" → "nsubj"), as the CoNLL 2018 shared task scores LAS. */
export function universalLabel(deprel: string): string {
  const i = deprel.indexOf(':')
  return i < 0 ? deprel : deprel.slice(0, i)
}
