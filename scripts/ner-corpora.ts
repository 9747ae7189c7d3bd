/**
 * Readers of the training corpora that `train:ner` and `train:clusters` share (scripts only; the product never
 * reads ../shared/data): the GMB Kaggle extract, CoNLL-U treebanks and GUM's named mentions.
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { TITLES } from '../src/ner/lists.js'

export interface Tagged { words: string[]; tags: string[]; pos?: string[] }

export const TITLE_SET = new Set(TITLES.flatMap((t) => t.split(' ')).concat(['Prophet', 'Pope', 'Senator', 'Chief', 'Secretary-General']))

function parseCsvLine(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let q = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (q) {
      if (c === '"') {
        if (line[i + 1] === '"') { cur += '"'; i++ } else q = false
      } else cur += c
    } else if (c === '"') q = true
    else if (c === ',') { out.push(cur); cur = '' }
    else cur += c
  }
  out.push(cur)
  return out
}

/** GMB (Kaggle extract): per/org/geo/gpe mapped to ours; gpe adjectives and plurals → NORP; titles stripped from persons. */
export function readGmb(file: string): Tagged[] {
  const text = gunzipSync(readFileSync(file)).toString('latin1')
  const out: Tagged[] = []
  let cur: { words: string[]; raw: string[]; pos: string[] } | undefined
  const lines = text.split(/\r?\n/)
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const [sent, word, pos, tag] = parseCsvLine(line)
    if (sent) {
      if (cur) out.push(mapGmb(cur))
      cur = { words: [], raw: [], pos: [] }
    }
    if (!cur || word === undefined || tag === undefined) continue
    cur.words.push(word)
    cur.raw.push(tag)
    cur.pos.push(pos ?? '')
  }
  if (cur) out.push(mapGmb(cur))
  return out
}

function mapGmb(s: { words: string[]; raw: string[]; pos: string[] }): Tagged {
  const types = s.raw.map((t, i) => {
    const ty = t.slice(2)
    if (ty === 'per') return 'PER'
    if (ty === 'org') return 'ORG'
    if (ty === 'geo') return 'LOC'
    if (ty === 'gpe') return /^(JJ|NNS|NNPS)$/.test(s.pos[i]!) ? 'NORP' : 'LOC'
    return ''
  })
  const tags: string[] = []
  for (let i = 0; i < types.length; i++) {
    const ty = types[i]!
    if (!ty) { tags.push('O'); continue }
    const begins = s.raw[i]!.startsWith('B-') || tags[i - 1] === 'O' || tags[i - 1]?.slice(2) !== ty
    tags.push(`${begins ? 'B' : 'I'}-${ty}`)
  }
  // strip leading titles from person spans: "President Mahmoud Ahmadinejad" → "Mahmoud Ahmadinejad"
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'B-PER' && TITLE_SET.has(s.words[i]!.replace(/\.$/, '')) && tags[i + 1] === 'I-PER') {
      tags[i] = 'O'
      tags[i + 1] = 'B-PER'
    }
  }
  return { words: s.words, tags }
}

export interface ConlluSentence { words: string[]; upos: string[]; misc: string[] }

/** Sentences of a CoNLL-U file (multi-word token lines and empty nodes skipped). */
export function readConllu(file: string): ConlluSentence[] {
  const out: ConlluSentence[] = []
  let cur: ConlluSentence = { words: [], upos: [], misc: [] }
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (line.trim() === '') { if (cur.words.length > 0) out.push(cur); cur = { words: [], upos: [], misc: [] }; continue }
    if (line.startsWith('#')) continue
    const c = line.split('\t')
    if (!/^\d+$/.test(c[0] ?? '')) continue
    cur.words.push(c[1]!); cur.upos.push(c[3]!); cur.misc.push(c[9] ?? '_')
  }
  if (cur.words.length > 0) out.push(cur)
  return out
}

/** GUM's entity mentions of one sentence: [start, end, etype], from the `Entity=` brackets of the MISC column. */
function gumMentions(s: ConlluSentence): Array<[number, number, string]> | undefined {
  const open = new Map<string, [number, string]>()
  const out: Array<[number, number, string]> = []
  for (let t = 0; t < s.words.length; t++) {
    const v = /(?:^|\|)Entity=([^|]*)/.exec(s.misc[t]!)?.[1]
    if (!v) continue
    let i = 0
    while (i < v.length) {
      if (v[i] === '(') {
        let j = i + 1
        while (j < v.length && v[j] !== '(' && v[j] !== ')') j++
        const [id, etype] = v.slice(i + 1, j).split('-')
        if (!id || !etype) return undefined
        if (v[j] === ')') { out.push([t, t + 1, etype]); j++ } else open.set(id, [t, etype])
        i = j
      } else {
        const m = /^(\d+)\)/.exec(v.slice(i))
        if (!m) { i++; continue }
        const o = open.get(m[1]!)
        if (!o) return undefined // a mention opened in another sentence, or an identity with brackets: skip the sentence
        out.push([o[0], t + 1, o[1]]); open.delete(m[1]!)
        i += m[0].length
      }
    }
  }
  return out
}

const GUM_TYPE: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' }
const NAME_INNER = new Set(['PROPN', 'ADP', 'DET', 'PART', 'NUM', 'PUNCT']) // no coordination: "Bernoulli and Euler" is two names

/**
 * GUM sentences labelled with its named person/place/organisation mentions: a mention is named when, after a leading
 * "the", it starts and ends with a proper noun and holds only proper nouns and function words. A sentence is kept only
 * when every proper noun or capitalised word after the first lies inside such a name, since GUM marks no
 * nationalities or other names (CoNLL's MISC), which would otherwise be taught as no name.
 */
export function gumNamed(s: ConlluSentence): Tagged | undefined {
  const ments = gumMentions(s)
  if (!ments) return undefined
  const tags = s.words.map(() => 'O')
  ments.sort((a, b) => (b[1] - b[0]) - (a[1] - a[0]) || a[0] - b[0])
  for (const [s0, end, etype] of ments) {
    const type = GUM_TYPE[etype]
    if (!type) continue
    let start = s0
    while (start < end && s.upos[start] === 'DET') start++
    if (start >= end || s.upos[start] !== 'PROPN' || s.upos[end - 1] !== 'PROPN') continue
    if (s.upos.slice(start, end).some((u) => !NAME_INNER.has(u)) || s.words.slice(start, end).includes(',')) continue
    if (tags.slice(start, end).some((t) => t !== 'O')) continue
    for (let i = start; i < end; i++) tags[i] = `${i === start ? 'B' : 'I'}-${type}`
  }
  const unexplained = s.words.some((w, i) => tags[i] === 'O' && (s.upos[i] === 'PROPN' || (i > 0 && /^\p{Lu}/u.test(w) && w !== 'I')))
  return unexplained ? undefined : { words: s.words, tags }
}
