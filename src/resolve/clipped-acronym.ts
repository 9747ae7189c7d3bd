/**
 * Acronyms clipped from their name's words rather than spelled from its initials ("NAVCENT" for "U.S. Naval Forces
 * Central Command", "USARCENT" for "U.S. Army Central"), trusted only where the text defines them: in brackets right
 * after the name ("U.S. Naval Forces Central Command's (NAVCENT)").
 * @module
 */
import type { Mention } from '../model/index.js'
import { foldAscii } from './translit.js'

/** Between a name and its bracketed acronym: an optional possessive, spaces and the opening bracket. */
const OPENS_BRACKET = /^(?:['’]s)?\s*\(\s*$/

/**
 * Is `acr` the first letters of successive words of `name`, in order, some words skipped ("NAVCENT": NAVal, CENTral;
 * "U.S." and "Forces" skipped), with at least one word clipped to two letters or more (plain initials are the
 * initials rule's) and at least two words used?
 */
export function clippedFrom(acr: string, name: string): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, '').toLowerCase()
  const words = foldAscii(name).replace(/\./g, '').split(/[^a-z0-9]+/).filter((w) => w !== '')
  if (letters.length < 4 || words.length < 2) return false
  /** Can letters[i..] be read from words[j..]; `clipped`: a chunk of two letters or more used so far; `used`: chunks so far. */
  const memo = new Map<string, boolean>()
  const read = (i: number, j: number, clipped: boolean, used: number): boolean => {
    if (i === letters.length) return clipped && used >= 2
    if (j >= words.length) return false
    const key = `${i}|${j}|${clipped}|${Math.min(used, 2)}`
    const known = memo.get(key)
    if (known !== undefined) return known
    let ok = read(i, j + 1, clipped, used) // skip this word
    const w = words[j]!
    for (let n = 1; !ok && n <= w.length && i + n <= letters.length && letters[i + n - 1] === w[n - 1]; n++) {
      ok = read(i + n, j + 1, clipped || n >= 2, used + 1)
    }
    memo.set(key, ok)
    return ok
  }
  return read(0, 0, false, 0)
}

/**
 * The mention ending right before mention k, when only text `between` accepts separates them (an opening bracket, a
 * comma): the name an acronym written beside it may define. `mentions` are sorted by offset.
 */
export function mentionJustBefore(mentions: readonly Mention[], k: number, text: string, between: RegExp): Mention | undefined {
  const m = mentions[k]!
  for (let j = k - 1; j >= 0; j--) {
    const p = mentions[j]!
    if (p.end > m.start) continue
    return between.test(text.slice(p.end, m.start)) ? p : undefined
  }
  return undefined
}

/**
 * The named mention an acronym in brackets right after it clips ("… Central Command's (NAVCENT)"): the mention of the
 * same type ending right before the bracket. `mentions` are sorted by offset; `k` is the acronym's index.
 */
export function bracketedClippedName(mentions: readonly Mention[], k: number, text: string): Mention | undefined {
  const m = mentions[k]!
  // one word in capitals, longer than the acronyms `isAcronym` reads ("NAVCENT", "USARCENT")
  if (text[m.end] !== ')' || !/^[A-Z][A-Z0-9-]{3,11}$/.test(m.text)) return undefined
  const p = mentionJustBefore(mentions, k, text, OPENS_BRACKET)
  return p && p.type === m.type && clippedFrom(m.text, p.text) ? p : undefined
}
