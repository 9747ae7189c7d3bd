/**
 * Readers of the training corpora that `train:ner` and `train:clusters` share (scripts only; the product never
 * reads ../shared/data): the GMB Kaggle extract, CoNLL-U treebanks, GUM's named mentions and re3d's sentences in both
 * conventions (shared by `train:ner` and the re3d scheme adapter, `scripts/ner-train-adapter.ts`).
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { Re3dDocument } from '../src/eval/re3d.js'
import { DEMONYMS, TITLES } from '../src/ner/lists.js'
import { segmentText } from '../src/text/segment.js'

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

const DEMONYM_SET = new Set(DEMONYMS)

/**
 * re3d documents tokenised with our own segmenter. `tags`: the gold names in the shared (CoNLL) convention
 * (a descriptive mention keeps its capitalised part, "the SDF" → "SDF"; titles stripped: toSharedConvention).
 * `schemeTags`: re3d's own mention spans, descriptive ones included whole, which the re3d scheme learns so
 * that it can tell "the SDF" (re3d: a descriptive mention, not a named one) from "The SDF".
 */
export type Re3dSentence = Tagged & { schemeTags: string[] }

export function re3dSentences(docs: readonly Re3dDocument[]): Re3dSentence[] {
  const TYPE: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP' }
  const out: Re3dSentence[] = []
  for (const doc of docs) {
    const { tokens } = segmentText(doc.text)
    const ents = doc.entities.filter((e) => TYPE[e.type] && e.confidence >= 0.5)
      .sort((a, b) => (b.end - b.begin) - (a.end - a.begin) || a.begin - b.begin)
    const label = (named: boolean): string[] => {
      const tags = tokens.map(() => 'O')
      for (const e of ents) {
        const idx: number[] = []
        tokens.forEach((t, i) => { if (t.start >= e.begin && t.end <= e.end) idx.push(i) })
        const upper = idx.length > 0 && /^\p{Lu}|^\d/u.test(doc.text.slice(tokens[idx[0]!]!.start, tokens[idx[0]!]!.end))
        // a named reading of a descriptive mention keeps its capitalised part ("the SDF" → "SDF")
        if (named && !upper) {
          while (idx.length > 0 && !/^\p{Lu}|^\d/u.test(doc.text.slice(tokens[idx[0]!]!.start, tokens[idx[0]!]!.end))) idx.shift()
        }
        if (idx.length === 0) continue
        if (idx.some((i) => tags[i] !== 'O')) continue
        if (idx.some((i) => tokens[i]!.sentence !== tokens[idx[0]!]!.sentence)) continue
        idx.forEach((i, k) => { tags[i] = `${k === 0 ? 'B' : 'I'}-${TYPE[e.type]}` })
      }
      return tags
    }
    const tags = toSharedConvention(tokens.map((t) => doc.text.slice(t.start, t.end)), label(true))
    const schemeTags = label(false)
    const bySent = new Map<number, Re3dSentence>()
    tokens.forEach((t, i) => {
      let s = bySent.get(t.sentence)
      if (!s) bySent.set(t.sentence, (s = { words: [], tags: [], schemeTags: [] }))
      s.words.push(doc.text.slice(t.start, t.end))
      s.tags.push(tags[i]!)
      s.schemeTags.push(schemeTags[i]!)
    })
    out.push(...bySent.values())
  }
  return out
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le'])
const titleWord = (w: string) => TITLE_SET.has(w) || TITLE_SET.has(w.replace(/\.$/, '')) || TITLE_SET.has(w + '.') ||
  /^(Defen[cs]e|Foreign|Interior|Home|Spc\.|Pfc\.|Sgt\.|Spokesperson|Advisor|Adviser|Special|Senior|Petty|Chief|Officer)$/.test(w)

/**
 * re3d's spans in the shared (CoNLL) convention, for the shared weights: titles, ranks and nationalities before a
 * person's name are not part of it ("Iraqi Prime Minister Haider al-Abadi" → "Haider al-Abadi"; a title alone is
 * no name), and a leading "The" is not part of an organisation's name.
 */
function toSharedConvention(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags]
  for (let i = 0; i < out.length; i++) {
    if (!out[i]!.startsWith('B-')) continue
    const type = out[i]!.slice(2)
    let end = i + 1
    while (out[end] === `I-${type}`) end++
    if (type === 'ORG' && end - i >= 2 && words[i] === 'The') { out[i] = 'O'; out[i + 1] = 'B-ORG' }
    if (type === 'PER') {
      let k = -1
      for (let j = i; j < end; j++) if (titleWord(words[j]!) || (j === i && DEMONYM_SET.has(words[j]!)) || (j === i && words[j] === 'The')) k = j
      if (k < i) continue
      const rest = words.slice(k + 1, end)
      if (rest.length === 0) { for (let j = i; j < end; j++) out[j] = 'O'; continue }
      if (rest.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.split('-')[0]!.toLowerCase()))) continue
      for (let j = i; j <= k; j++) out[j] = 'O'
      out[k + 1] = 'B-PER'
    }
    i = end - 1
  }
  return out
}
