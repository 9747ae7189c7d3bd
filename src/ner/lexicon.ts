/**
 * Lexicons the NER features consult: a phrase gazetteer (classes below) and a
 * case profile (how often a word is capitalised mid-sentence in running text),
 * both built at training time and stored inside the model file.
 * @module
 */
import { editDistanceAtMostOne } from '../model/index.js'

/** Gazetteer classes; each is one bit of a token's gazetteer mask. */
export const GAZ = {
  COUNTRY: 0,
  CITY: 1,
  REGION: 2,
  DEMONYM: 3,
  ARMED_GROUP: 4,
  ORG: 5,
  FIRST_NAME: 6,
  TITLE: 7,
  FACILITY_WORD: 8,
  ORG_WORD: 9,
} as const
export type GazClass = keyof typeof GAZ

/** Bits 0..15 = token inside a match of that class; bits 16..31 = token begins it. */
export const GAZ_BEGIN_SHIFT = 16

export interface LexiconData {
  /** [phrase, class bitmask]; phrases are space-joined tokens. */
  readonly gazetteer: ReadonlyArray<readonly [string, number]>
  /** [lower-cased word, case bucket 1..5]. */
  readonly caseProfile: ReadonlyArray<readonly [string, number]>
  /** [phrase, kind] for organisations of a known kind (agency, outlet, international, party). */
  readonly orgKinds: ReadonlyArray<readonly [string, string]>
  /** [word, fine cluster, coarse cluster, finest cluster?] learned from unlabelled text (see clusters.ts). */
  readonly clusters?: ReadonlyArray<readonly [string, number, number] | readonly [string, number, number, number]>
}

/** Case buckets: how a word is written mid-sentence in the training text. */
export const CASE_BUCKET = { UNSEEN: 0, LOWER: 1, MOSTLY_LOWER: 2, MIXED: 3, MOSTLY_CAP: 4, CAP: 5 } as const

export function caseBucket(cap: number, lower: number): number {
  const n = cap + lower
  if (n === 0) return CASE_BUCKET.UNSEEN
  const r = cap / n
  if (r === 0) return CASE_BUCKET.LOWER
  if (r < 0.25) return CASE_BUCKET.MOSTLY_LOWER
  if (r <= 0.75) return CASE_BUCKET.MIXED
  if (r < 1) return CASE_BUCKET.MOSTLY_CAP
  return CASE_BUCKET.CAP
}

const ACRONYM = /^[A-Z0-9&.]{2,6}$/

/** Compiled lexicons, fast to query per token. */
/** One number per word: finest (13 bits) << 17 | fine (9 bits) << 8 | coarse (8 bits). */
export function packClusters(fine: number, coarse: number, finest: number): number {
  return (finest << 17) | (fine << 8) | coarse
}

export class Lexicon {
  /** Lower-cased phrase → mask (matched when the phrase is capitalised in the text). */
  private readonly folded = new Map<string, number>()
  /** Exact phrase → mask (acronyms such as "IS", which must not match "is"). */
  private readonly exact = new Map<string, number>()
  private readonly cases = new Map<string, number>()
  private readonly kinds = new Map<string, string>()
  private readonly clusters = new Map<string, number>()
  /**
   * The phrases as tries of tokens (folded and exact): matching walks one node per token instead of joining the
   * tokens into a key and looking up the phrase and its prefixes, and stops where no phrase goes on.
   */
  private readonly foldedTrie: PhraseNode = { mask: 0, next: undefined }
  private readonly exactTrie: PhraseNode = { mask: 0, next: undefined }
  /** First tokens of case-sensitive phrases (which may start lower-case). */
  private readonly exactFirst = new Set<string>()
  readonly maxLen: number
  readonly data: LexiconData

  constructor(data: LexiconData) {
    this.data = data
    let maxLen = 1
    for (const [phrase, mask] of data.gazetteer) {
      const n = phrase.split(' ').length
      if (n > maxLen) maxLen = n
      const toks = phrase.split(' ')
      // acronyms ("IS") and names written lower-case first ("al-Qaeda") match case-sensitively
      if (ACRONYM.test(phrase) || /^\p{Ll}/u.test(phrase)) {
        this.exactFirst.add(toks[0]!)
        this.exact.set(phrase, (this.exact.get(phrase) ?? 0) | mask)
        addPhrase(this.exactTrie, toks, mask)
      } else {
        const k = phrase.toLowerCase()
        this.folded.set(k, (this.folded.get(k) ?? 0) | mask)
        addPhrase(this.foldedTrie, k.split(' '), mask)
      }
    }
    this.maxLen = Math.min(maxLen, 8)
    for (const [w, b] of data.caseProfile) this.cases.set(w, b)
    for (const [p, k] of data.orgKinds) this.kinds.set(p.toLowerCase(), k)
    for (const [w, fine, coarse, finest] of data.clusters ?? []) this.clusters.set(w, packClusters(fine, coarse, finest ?? 0))
  }

  /** Packed cluster ids of a word (see packClusters), 0 when unknown; ALL-CAPS words fall back to other casings. */
  clusterOf(w: string): number {
    const c = this.clusters.get(w)
    if (c !== undefined) return c
    const l = w.toLowerCase()
    return this.clusters.get(l) ?? (l.length > 0 ? this.clusters.get(l[0]!.toUpperCase() + l.slice(1)) ?? 0 : 0)
  }

  /** Kind of a known organisation ("agency", "outlet"…), by its phrase. */
  orgKind(tokens: readonly string[]): string | undefined {
    return this.kinds.get(tokens.join(' ').toLowerCase())
  }

  caseOf(lower: string): number {
    return this.cases.get(lower) ?? 0
  }

  /** Multi-word phrases with one token wildcarded ("* sinai") → the wildcarded token and the phrase's mask. */
  private oneOff: Map<string, Array<[string, number]>> | undefined

  /**
   * Mask of a multi-word phrase one spelling slip away from a known one: one token of five or more letters
   * one edit off ("Wilyat Sinai" for "Wilayat Sinai"), every other token the same. 0 when none.
   */
  fuzzyPhraseMask(tokens: readonly string[]): number {
    if (tokens.length < 2) return 0
    if (!this.oneOff) {
      const index = new Map<string, Array<[string, number]>>()
      for (const [phrase, mask] of this.folded) {
        const toks = phrase.split(' ')
        if (toks.length < 2) continue
        toks.forEach((t, i) => {
          if (t.length < 5) return
          const key = [...toks.slice(0, i), '*', ...toks.slice(i + 1)].join(' ')
          const list = index.get(key) ?? []
          list.push([t, mask])
          index.set(key, list)
        })
      }
      this.oneOff = index
    }
    const index = this.oneOff
    const lower = tokens.map((t) => t.toLowerCase())
    let mask = 0
    lower.forEach((t, i) => {
      if (t.length < 4) return
      const key = [...lower.slice(0, i), '*', ...lower.slice(i + 1)].join(' ')
      for (const [known, m] of index.get(key) ?? []) if (known !== t && editDistanceAtMostOne(known, t)) mask |= m
    })
    return mask
  }

  /** Masks of the phrases asked for so far (the decoding rules ask of the same few words again and again). */
  private phraseMasks = new Map<string, number>()

  /** Mask of a phrase, for subtyping spans. */
  phraseMask(tokens: readonly string[]): number {
    const p = tokens.length === 1 ? tokens[0]! : tokens.join(' ')
    let mask = this.phraseMasks.get(p)
    if (mask !== undefined) return mask
    if (this.phraseMasks.size >= 100_000) this.phraseMasks = new Map()
    mask = (this.exact.get(p) ?? 0) | (this.folded.get(p.toLowerCase()) ?? 0)
    this.phraseMasks.set(p, mask)
    return mask
  }

  /**
   * Every gazetteer match in a sentence as [start, end, mask] triples, in
   * order of start then length. A phrase counts only when its first and last
   * tokens start with an upper-case letter (or a digit, for the last), so
   * "turkey" and "is" stay unmatched; acronyms match case-sensitively.
   */
  allMatches(words: readonly string[], lowers: readonly string[], out: Array<[number, number, number]> = []): Array<[number, number, number]> {
    out.length = 0
    const n = words.length
    for (let i = 0; i < n; i++) {
      const w = words[i]!
      const c = w.charCodeAt(0)
      const capital = (c >= 65 && c <= 90) || c > 127
      if (!capital && !this.exactFirst.has(w)) continue
      let folded: PhraseNode | undefined = capital ? this.foldedTrie : undefined
      let exact: PhraseNode | undefined = this.exactTrie
      const maxJ = Math.min(n, i + this.maxLen)
      for (let j = i; j < maxJ && (folded || exact); j++) {
        let mask = 0
        if (folded) {
          folded = folded.next?.get(lowers[j]!)
          if (folded && folded.mask !== 0) {
            const lc = words[j]!.charCodeAt(0)
            if ((lc >= 65 && lc <= 90) || lc > 127 || (lc >= 48 && lc <= 57)) mask |= folded.mask
          }
        }
        if (exact) {
          exact = exact.next?.get(words[j]!)
          if (exact) mask |= exact.mask
        }
        if (mask !== 0) out.push([i, j + 1, mask])
      }
    }
    return out
  }

  /** Longest gazetteer match starting at each token: [start, end, mask] triples, left to right. */
  matches(words: readonly string[]): Array<[number, number, number]> {
    return longestPerStart(this.allMatches(words, words.map((w) => w.toLowerCase())))
  }

  /** Per-token gazetteer masks: bit c = inside a match of class c; bit c+16 = begins one. Overlaps allowed. */
  masks(words: readonly string[], lowers: readonly string[], out: Uint32Array, found?: Array<[number, number, number]>): void {
    out.fill(0, 0, words.length)
    for (const [i, end, mask] of this.allMatches(words, lowers, found)) {
      out[i] = out[i]! | mask | ((mask << GAZ_BEGIN_SHIFT) >>> 0)
      for (let k = i + 1; k < end; k++) out[k] = out[k]! | mask
    }
  }
}

/** A node of a phrase trie: the mask of the phrase ending here (0: none), the tokens that go on. */
interface PhraseNode {
  mask: number
  next: Map<string, PhraseNode> | undefined
}

function addPhrase(root: PhraseNode, tokens: readonly string[], mask: number): void {
  let node = root
  for (const t of tokens) {
    node.next ??= new Map()
    let child = node.next.get(t)
    if (!child) node.next.set(t, (child = { mask: 0, next: undefined }))
    node = child
  }
  node.mask |= mask
}

/** Keep the longest match per start position (input sorted by start, then length). */
export function longestPerStart(all: ReadonlyArray<readonly [number, number, number]>): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = []
  for (const m of all) {
    const last = out[out.length - 1]
    if (last && last[0] === m[0]) out[out.length - 1] = [m[0], m[1], m[2]]
    else out.push([m[0], m[1], m[2]])
  }
  return out
}
