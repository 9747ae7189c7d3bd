/**
 * Feature extraction for the NER model. Every feature is an integer: a
 * template id mixed with per-token hashes (word, lower-cased word, shape,
 * affixes, gazetteer mask, case profile), reduced to the model's hash space.
 * Features depend only on the token strings of one sentence (and the
 * sentence's casing mode), never on offsets, so they work the same over
 * CoNLL tokens and over tokens from `segmentText`.
 * @module
 */
import { fnv1a, mix, mix3 } from './hash.js'
import type { Lexicon } from './lexicon.js'

/** Number of features per token of a model without syntax features (fixed, so ids fit a flat n×F array). */
export const FEATURES_PER_TOKEN = 39
/**
 * Feature templates read from the syntax stage: UPOS in context, the relation to the head and the head's UPOS, and
 * the same for the name's phrase head. No lemmas: templates with the head's lemma (the governing verb) were tried
 * and lost on re3d's tuning folds (docs/ner.md).
 */
export const SYNTAX_FEATURES = 6
/** Number of features per token of a model with syntax features. */
export const FEATURES_WITH_SYNTAX = FEATURES_PER_TOKEN + SYNTAX_FEATURES

/**
 * What the syntax stage says of one sentence, parallel to its words: UPOS tags, lemmas, head indices within the
 * sentence (-1 for the root or a head outside the words given) and UD relations.
 */
export interface NerSyntax {
  readonly upos: readonly string[]
  readonly lemma: readonly string[]
  readonly head: readonly number[]
  readonly deprel: readonly string[]
}

/** Casing mode of a whole sentence: headlines and ALL-CAPS lines read differently. */
export const SENT_MODE = { NORMAL: 0, ALL_CAPS: 1, TITLE: 2 } as const

const BOS = fnv1a('<s>')
const BOS2 = fnv1a('<s2>')
const EOS = fnv1a('</s>')
const EOS2 = fnv1a('</s2>')

/** Word shape, with runs of a character class collapsed: "Al-Qaeda" → "Xx-Xx", "1996-08-22" → "d-d-d". */
export function wordShape(w: string): string {
  let out = ''
  let last = ''
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w.charCodeAt(i)
    let k: string
    if (c >= 65 && c <= 90) k = 'X'
    else if (c >= 97 && c <= 122) k = 'x'
    else if (c >= 48 && c <= 57) k = 'd'
    else if (c > 127) {
      const ch = w[i]!
      k = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch
    } else k = w[i]!
    if (k !== last) out += k
    last = k
  }
  return out
}

function hasLower(w: string): boolean {
  return w !== w.toUpperCase()
}
function isCapital(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  const ch = w[0]!
  return ch !== ch.toLowerCase()
}
const LETTER = /\p{L}/u

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'is', 'are', 'vs', 'v', 'de', 'al'])

/** What a word adds to its sentence's casing mode (bits, so it is cached with the word): see MODE_BIT. */
const MODE_BIT = { LETTER: 1, UPPER_ONLY: 2, CONTENT: 4, CAPITAL_CONTENT: 8 } as const

function modeBits(w: string, lower: string): number {
  if (!LETTER.test(w)) return 0
  let bits: number = MODE_BIT.LETTER
  if (!hasLower(w)) bits |= MODE_BIT.UPPER_ONLY
  if (w.length > 1 && !FUNCTION_WORDS.has(lower)) bits |= isCapital(w) ? MODE_BIT.CONTENT | MODE_BIT.CAPITAL_CONTENT : MODE_BIT.CONTENT
  return bits
}

/** Casing mode of a sentence from its words' mode bits. */
function modeOf(bits: ArrayLike<number>, n: number): number {
  let letters = 0
  let upperOnly = 0
  let content = 0
  let capContent = 0
  for (let i = 0; i < n; i++) {
    const b = bits[i]!
    letters += b & MODE_BIT.LETTER
    upperOnly += (b & MODE_BIT.UPPER_ONLY) >> 1
    content += (b & MODE_BIT.CONTENT) >> 2
    capContent += (b & MODE_BIT.CAPITAL_CONTENT) >> 3
  }
  if (letters >= 2 && upperOnly === letters) return SENT_MODE.ALL_CAPS
  if (content >= 3 && capContent / content >= 0.8) return SENT_MODE.TITLE
  return SENT_MODE.NORMAL
}

/** Casing mode of a sentence. */
export function sentenceMode(words: readonly string[]): number {
  return modeOf(words.map((w) => modeBits(w, w.toLowerCase())), words.length)
}

/** What features need of one word on its own; cacheable per word string. */
export interface WordInfo {
  readonly lower: string
  readonly hW: number
  readonly hL: number
  readonly hS: number
  /** Case bucket from the lexicon's case profile. */
  readonly cb: number
  /** Word clusters, packed as lexicon.ts packClusters does (0 = unknown); the finest level is not a feature of this model. */
  readonly cl: number
  /** What the word adds to its sentence's casing mode (MODE_BIT). */
  readonly mb: number
}

export function wordInfo(w: string, lexicon: Lexicon): WordInfo {
  const lower = w.toLowerCase()
  return { lower, hW: fnv1a(w), hL: fnv1a(lower), hS: fnv1a(wordShape(w)), cb: lexicon.caseOf(lower), cl: lexicon.clusterOf(w), mb: modeBits(w, lower) }
}

/** Features 0..LOCAL_FEATURES-1 of every token depend only on the word itself (so they can be cached per word). */
export const LOCAL_FEATURES = 14

/** Write the word-local features of one token at ids[o .. o + LOCAL_FEATURES). */
export function writeLocalFeatures(info: WordInfo, ids: Int32Array, o: number, hashMask: number): void {
  const l = info.lower
  const len = l.length
  const hS = info.hS
  let f = 0
  ids[o + f++] = hashMask & mix(0, 0) // bias
  ids[o + f++] = hashMask & mix(2, info.hL)
  ids[o + f++] = hashMask & mix(3, hS)
  // affixes of the lower-cased word
  ids[o + f++] = hashMask & mix(4, len >= 1 ? fnv1a(l.slice(0, 1)) : 0)
  ids[o + f++] = hashMask & mix(5, len >= 2 ? fnv1a(l.slice(0, 2)) : 0)
  ids[o + f++] = hashMask & mix(6, len >= 3 ? fnv1a(l.slice(0, 3)) : 0)
  ids[o + f++] = hashMask & mix(7, len >= 4 ? fnv1a(l.slice(0, 4)) : 0)
  ids[o + f++] = hashMask & mix(8, len >= 1 ? fnv1a(l.slice(-1)) : 0)
  ids[o + f++] = hashMask & mix(9, len >= 2 ? fnv1a(l.slice(-2)) : 0)
  ids[o + f++] = hashMask & mix(10, len >= 3 ? fnv1a(l.slice(-3)) : 0)
  ids[o + f++] = hashMask & mix(11, len >= 4 ? fnv1a(l.slice(-4)) : 0)
  ids[o + f++] = hashMask & mix3(32, Math.min(len, 8), hS)
  ids[o + f++] = hashMask & mix(35, (info.cl >>> 8) & 0x1ff) // fine word cluster
  ids[o + f++] = hashMask & mix(36, info.cl & 0xff) // coarse word cluster
}

/** Reusable buffers, so extraction allocates little per sentence. */
class Scratch {
  cap = 0
  lw: string[] = []
  hW = new Uint32Array(0)
  hL = new Uint32Array(0)
  hS = new Uint32Array(0)
  gaz = new Uint32Array(0)
  cb = new Uint32Array(0)
  cl = new Uint32Array(0)
  mb = new Uint8Array(0)
  ensure(n: number): void {
    if (n <= this.cap) return
    this.cap = Math.max(n, this.cap * 2, 64)
    this.hW = new Uint32Array(this.cap)
    this.hL = new Uint32Array(this.cap)
    this.hS = new Uint32Array(this.cap)
    this.gaz = new Uint32Array(this.cap)
    this.cb = new Uint32Array(this.cap)
    this.cl = new Uint32Array(this.cap)
    this.mb = new Uint8Array(this.cap)
  }
}
const scratch = new Scratch()

/** By-products of feature extraction that later steps reuse. */
export interface FeatureInfo {
  mode: number
  /** Every gazetteer match: [start, end, mask]. */
  matches: Array<[number, number, number]>
}

export interface ExtractOptions {
  /** Word information provider (a cache); computed directly when absent. */
  readonly wordInfo?: (w: string) => WordInfo
  /** Word information of every token, parallel to the words (read before `wordInfo`). */
  readonly infos?: readonly WordInfo[]
  /** Leave the word-local slots unwritten (the caller adds cached local scores). */
  readonly skipLocal?: boolean
  /** Features per token: FEATURES_PER_TOKEN, or FEATURES_WITH_SYNTAX to add the syntax templates. */
  readonly features?: number
  /** The sentence's syntax (for the syntax templates); absent = every syntax feature reads "unknown". */
  readonly syntax?: NerSyntax
}

/**
 * Hashed feature ids for one sentence: `out[i * FEATURES_PER_TOKEN + f]` is
 * feature f of token i, already masked to `hashMask`. Slots below
 * LOCAL_FEATURES depend on the word alone; the rest on its context.
 */
export function extractFeatures(words: readonly string[], lexicon: Lexicon, hashMask: number, out?: Int32Array, info?: FeatureInfo,
  opts: ExtractOptions = {}): Int32Array {
  const n = words.length
  const F = opts.features ?? FEATURES_PER_TOKEN
  const ids = out && out.length >= n * F ? out : new Int32Array(n * F)
  if (n === 0) return ids
  const s = scratch
  s.ensure(n)
  const lw = s.lw
  lw.length = n
  const get = opts.wordInfo
  const infos = opts.infos
  for (let i = 0; i < n; i++) {
    const wi = infos ? infos[i]! : get ? get(words[i]!) : wordInfo(words[i]!, lexicon)
    lw[i] = wi.lower
    s.hW[i] = wi.hW
    s.hL[i] = wi.hL
    s.hS[i] = wi.hS
    s.cb[i] = wi.cb
    s.cl[i] = wi.cl & 0xff
    s.mb[i] = wi.mb
    if (!opts.skipLocal) writeLocalFeatures(wi, ids, i * F, hashMask)
  }
  lexicon.masks(words, lw, s.gaz, info?.matches)
  const mode = modeOf(s.mb, n)
  if (info) info.mode = mode
  const lastWord = n - 1

  for (let i = 0; i < n; i++) {
    const hW = s.hW[i]!
    const hL = s.hL[i]!
    const hS = s.hS[i]!
    const hLp = i > 0 ? s.hL[i - 1]! : BOS
    const hLp2 = i > 1 ? s.hL[i - 2]! : i > 0 ? BOS : BOS2
    const hLn = i < lastWord ? s.hL[i + 1]! : EOS
    const hLn2 = i + 1 < lastWord ? s.hL[i + 2]! : i < lastWord ? EOS : EOS2
    const hSp = i > 0 ? s.hS[i - 1]! : BOS
    const hSn = i < lastWord ? s.hS[i + 1]! : EOS
    const gaz = s.gaz[i]!
    const gazP = i > 0 ? s.gaz[i - 1]! : 0xffffffff
    const gazN = i < lastWord ? s.gaz[i + 1]! : 0xfffffffe
    const cb = s.cb[i]!
    const cbP = i > 0 ? s.cb[i - 1]! : 7
    const cbN = i < lastWord ? s.cb[i + 1]! : 8
    const o = i * F
    let f = LOCAL_FEATURES
    ids[o + f++] = hashMask & (mix(mode === SENT_MODE.ALL_CAPS ? 34 : 1, hW)) // an upper-cased word is another word in an ALL-CAPS line
    const cc = s.cl[i]!
    ids[o + f++] = hashMask & mix3(37, i > 0 ? s.cl[i - 1]! : 0x1ff, cc) // coarse clusters in context
    ids[o + f++] = hashMask & mix3(38, cc, i < lastWord ? s.cl[i + 1]! : 0x2ff)
    // context words
    ids[o + f++] = hashMask & (mix(12, hLp))
    ids[o + f++] = hashMask & (mix(13, hLn))
    ids[o + f++] = hashMask & (mix(14, hLp2))
    ids[o + f++] = hashMask & (mix(15, hLn2))
    ids[o + f++] = hashMask & (mix3(16, hLp, hL))
    ids[o + f++] = hashMask & (mix3(17, hL, hLn))
    ids[o + f++] = hashMask & (mix3(18, hLp2, hLp)) // cue bigram before: "commander of", "spokesman for"
    ids[o + f++] = hashMask & (mix3(19, hLn, hLn2)) // cue bigram after: "said on", "group ,"
    // shapes in context
    ids[o + f++] = hashMask & (mix3(20, hSp, hS))
    ids[o + f++] = hashMask & (mix3(21, hS, hSn))
    ids[o + f++] = hashMask & (mix(22, mix3(hSp, hS, hSn)))
    // gazetteers
    ids[o + f++] = hashMask & (mix(23, gaz))
    ids[o + f++] = hashMask & (mix3(24, gazP, gaz))
    ids[o + f++] = hashMask & (mix3(25, gaz, gazN))
    ids[o + f++] = hashMask & (mix3(39, mix(gazP, gazN), hL)) // a word between two gazetteer names: "Woodbridge , Virginia"
    // casing: sentence mode and the word's usual case
    ids[o + f++] = hashMask & (mix3(26, mode, hS))
    ids[o + f++] = hashMask & (mix3(27, mode, hL))
    ids[o + f++] = hashMask & (mix3(28, mode, mix(cb, hS)))
    ids[o + f++] = hashMask & (mix(29, mix3(cbP, cb, cbN)))
    ids[o + f++] = hashMask & (mix3(30, i === 0 ? 1 : 0, mix(hS, cb)))
    ids[o + f++] = hashMask & (mix3(31, i === 0 ? 1 : 0, hL))
    ids[o + f++] = hashMask & (mix3(33, mix(hSp, hLp), hW))
  }
  if (F > FEATURES_PER_TOKEN) writeSyntaxFeatures(n, opts.syntax, ids, F, hashMask)
  return ids
}

const NO_SYNTAX = fnv1a('<nosyntax>')
const ROOT = fnv1a('<root>')
/** Relations inside a name: a word under one of them belongs to its head's phrase. */
const NAME_INTERNAL = new Set(['compound', 'flat', 'flat:name', 'fixed', 'goeswith'])

/** The syntax templates (slots FEATURES_PER_TOKEN .. FEATURES_WITH_SYNTAX) of every token. */
function writeSyntaxFeatures(n: number, syn: NerSyntax | undefined, ids: Int32Array, F: number, hashMask: number): void {
  const ok = syn !== undefined && syn.upos.length === n && syn.head.length === n
  const up = (i: number) => (i < 0 ? BOS : i >= n ? EOS : ok ? fnv1a(syn.upos[i]!) : NO_SYNTAX)
  const headUpos = (i: number) => { const h = syn!.head[i]!; return h >= 0 && h < n ? fnv1a(syn!.upos[h]!) : ROOT }
  let uPrev = up(-1)
  let u = up(0)
  for (let i = 0; i < n; i++) {
    const uNext = up(i + 1)
    const o = i * F + FEATURES_PER_TOKEN
    ids[o] = hashMask & mix(40, u) // UPOS of the word
    ids[o + 1] = hashMask & mix3(41, uPrev, u) // UPOS bigrams
    ids[o + 2] = hashMask & mix3(42, u, uNext)
    if (!ok) {
      ids[o + 3] = hashMask & mix(43, NO_SYNTAX)
      ids[o + 4] = hashMask & mix(44, NO_SYNTAX)
      ids[o + 5] = hashMask & mix(45, NO_SYNTAX)
    } else {
      const rel = fnv1a(syn.deprel[i]!)
      ids[o + 3] = hashMask & mix3(43, rel, headUpos(i)) // relation and the head's UPOS: "nsubj VERB", "compound PROPN"
      // the name's phrase head, up through compound/flat: how the whole name attaches ("nsubj attack", "obl in")
      let j = i
      for (let k = 0; k < 4 && NAME_INTERNAL.has(syn.deprel[j]!) && syn.head[j]! >= 0 && syn.head[j]! < n; k++) j = syn.head[j]!
      const relJ = fnv1a(syn.deprel[j]!)
      ids[o + 4] = hashMask & mix3(44, relJ, fnv1a(syn.upos[j]!)) // how the name's head attaches, and what it is
      ids[o + 5] = hashMask & mix3(45, relJ, headUpos(j)) // and to what: a subject or object of a verb, a modifier of a noun
    }
    uPrev = u
    u = uNext
  }
}

const NON_ASCII = /[^\x00-\x7f]/
const QUOTE_MAP: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '–': '-', '—': '--', '‐': '-', '‑': '-', '…': '...' }
const QUOTES = /[‘’‚′“”„–—‐‑…]/g

/** Fold typographic quotes and dashes to the ASCII forms the training data uses; drop invisible format marks. */
export function normalizeWords(words: readonly string[]): readonly string[] {
  let changed: string[] | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!NON_ASCII.test(w)) continue
    // typographic quotes and dashes to ASCII; invisible format marks (left-to-right mark, soft hyphen) dropped
    const n = w.replace(QUOTES, (c) => QUOTE_MAP[c] ?? c).replace(/\p{Cf}/gu, '') || w
    if (n !== w) (changed ??= [...words])[i] = n
  }
  return changed ?? words
}

/**
 * Annotation-scheme copies of a feature ("frustratingly easy" domain adaptation,
 * Daumé 2007): under a named scheme every feature also fires a copy salted with
 * the scheme's hash, so weights learnt from that scheme's corpus carry its
 * conventions (re3d puts titles inside person names) while the shared copy
 * learns what all corpora agree on.
 */
export function schemeSalt(scheme: string): number {
  return fnv1a(`scheme:${scheme}`)
}

export function schemeFeature(id: number, salt: number, hashMask: number): number {
  return hashMask & mix(salt, id)
}

/** Sentence features with the scheme copies appended per token: 2·F ids per token. */
export function withSchemeFeatures(ids: Int32Array, n: number, salt: number, hashMask: number, F: number = FEATURES_PER_TOKEN): Int32Array {
  const out = new Int32Array(n * 2 * F)
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < F; f++) {
      const id = ids[i * F + f]!
      out[i * 2 * F + f] = id
      out[i * 2 * F + F + f] = schemeFeature(id, salt, hashMask)
    }
  }
  return out
}
