/**
 * Lexicons the NER features consult: a phrase gazetteer (classes below) and a
 * case profile (how often a word is capitalised mid-sentence in running text),
 * both built at training time and stored inside the model file.
 * @module
 */

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
export class Lexicon {
  /** Lower-cased phrase → mask (matched when the phrase is capitalised in the text). */
  private readonly folded = new Map<string, number>()
  /** Exact phrase → mask (acronyms such as "IS", which must not match "is"). */
  private readonly exact = new Map<string, number>()
  private readonly cases = new Map<string, number>()
  private readonly kinds = new Map<string, string>()
  readonly maxLen: number
  readonly data: LexiconData

  constructor(data: LexiconData) {
    this.data = data
    let maxLen = 1
    for (const [phrase, mask] of data.gazetteer) {
      const n = phrase.split(' ').length
      if (n > maxLen) maxLen = n
      if (ACRONYM.test(phrase)) this.exact.set(phrase, (this.exact.get(phrase) ?? 0) | mask)
      else {
        const k = phrase.toLowerCase()
        this.folded.set(k, (this.folded.get(k) ?? 0) | mask)
      }
    }
    this.maxLen = Math.min(maxLen, 8)
    for (const [w, b] of data.caseProfile) this.cases.set(w, b)
    for (const [p, k] of data.orgKinds) this.kinds.set(p.toLowerCase(), k)
  }

  /** Kind of a known organisation ("agency", "outlet"…), by its phrase. */
  orgKind(tokens: readonly string[]): string | undefined {
    return this.kinds.get(tokens.join(' ').toLowerCase())
  }

  caseOf(lower: string): number {
    return this.cases.get(lower) ?? 0
  }

  /** Mask of a phrase, for subtyping spans. */
  phraseMask(tokens: readonly string[]): number {
    const p = tokens.join(' ')
    return (this.exact.get(p) ?? 0) | (this.folded.get(p.toLowerCase()) ?? 0)
  }

  /**
   * Longest gazetteer match starting at each token, under the same casing
   * rule as `masks`: [start, end, mask] triples, left to right.
   */
  matches(words: readonly string[]): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = []
    const n = words.length
    for (let i = 0; i < n; i++) {
      const w = words[i]!
      const c = w.charCodeAt(0)
      if (!((c >= 65 && c <= 90) || c > 127)) continue
      let key = ''
      let exactKey = ''
      let best: [number, number, number] | undefined
      const maxJ = Math.min(n, i + this.maxLen)
      for (let j = i; j < maxJ; j++) {
        key = j === i ? w.toLowerCase() : `${key} ${words[j]!.toLowerCase()}`
        exactKey = j === i ? w : `${exactKey} ${words[j]!}`
        let mask = this.folded.get(key) ?? 0
        if (mask !== 0) {
          const lc = words[j]!.charCodeAt(0)
          if (!((lc >= 65 && lc <= 90) || lc > 127 || (lc >= 48 && lc <= 57))) mask = 0
        }
        mask |= this.exact.get(exactKey) ?? 0
        if (mask !== 0) best = [i, j + 1, mask]
      }
      if (best) out.push(best)
    }
    return out
  }

  /**
   * Per-token gazetteer masks for a sentence. Every match is marked (overlaps
   * allowed); a phrase counts only when its first and last tokens start with
   * an upper-case letter or digit, so "turkey" and "is" stay unmatched.
   */
  masks(words: readonly string[], lowers: readonly string[], out: Uint32Array): void {
    const n = words.length
    out.fill(0, 0, n)
    for (let i = 0; i < n; i++) {
      const w = words[i]!
      const c = w.charCodeAt(0)
      const capital = (c >= 65 && c <= 90) || c > 127
      if (!capital) continue
      let key = ''
      let exactKey = ''
      const maxJ = Math.min(n, i + this.maxLen)
      for (let j = i; j < maxJ; j++) {
        key = j === i ? lowers[j]! : `${key} ${lowers[j]!}`
        exactKey = j === i ? w : `${exactKey} ${words[j]!}`
        let mask = this.folded.get(key) ?? 0
        if (mask !== 0) {
          const lc = words[j]!.charCodeAt(0)
          if (!((lc >= 65 && lc <= 90) || lc > 127 || (lc >= 48 && lc <= 57))) mask = 0
        }
        mask |= this.exact.get(exactKey) ?? 0
        if (mask === 0) continue
        out[i] = out[i]! | mask | ((mask << GAZ_BEGIN_SHIFT) >>> 0)
        for (let k = i + 1; k <= j; k++) out[k] = out[k]! | mask
      }
    }
  }
}
