/**
 * Acronyms of a name in another language, trusted only where the text defines them: right after the English name, in
 * brackets or between commas ("the Revolutionary Armed Forces of Colombia (FARC)", "the Union of South American Nations
 * (UNASUR)", "the French News Agency, AFP, said"). The acronym keeps the original language's words, so its letters are
 * the English name's initials in another order, with a few letters of words the translation changed: at least half of
 * its letters, and two at least, are initials of the name's capitalised words, each initial used once.
 * @module
 */
import type { Mention } from '../model/index.js'
import { mentionJustBefore } from './clipped-acronym.js'
import { foldAscii, isAcronym } from './translit.js'

/** Between a name and its acronym: an optional possessive and the opening bracket, or a comma. */
const OPENS = /^(?:['’]s)?\s*(?:\(|,)\s*$/
/**
 * Right after the acronym: the closing bracket after a bracket; after a comma, a comma or a full stop that closes no
 * list ("Marovian News, AMN, and Zembla Radio" names three bodies).
 */
const CLOSES = { '(': /^\s*\)/, ',': /^\s*(?:[.;]|,(?!\s*(?:and|or)\b))/ } as const

/** The initials of a name's capitalised words ("Union of South American Nations" → u, s, a, n). */
function capitalInitials(name: string): string[] {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => foldAscii(w)[0]!)
}

/**
 * Are at least half of the acronym's letters, and two at least, initials of the name's capitalised words, each
 * initial used once, in any order ("FARC": Revolutionary Armed Forces of Colombia; "UNASUR": Union of South American
 * Nations; not "UNICEF" for "United Nations", two of six)?
 */
export function translatedAcronymOf(acr: string, name: string): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, '').toLowerCase()
  const initials = capitalInitials(name)
  if (letters.length < 3 || initials.length < 2) return false
  let hits = 0
  for (const c of letters) {
    const i = initials.indexOf(c)
    if (i >= 0) { hits++; initials.splice(i, 1) }
  }
  return hits >= 2 && hits * 2 >= letters.length
}

/**
 * The named mention an acronym defines right after it, in brackets or between commas, when the acronym is of that
 * name in another language: the mention of the same type ending right before. `mentions` are sorted by offset; `k` is
 * the acronym's index.
 */
export function definedTranslatedName(mentions: readonly Mention[], k: number, text: string): Mention | undefined {
  const m = mentions[k]!
  if (!isAcronym(m.text) || !/^[A-Z]+$/.test(m.text)) return undefined
  const p = mentionJustBefore(mentions, k, text, OPENS)
  if (!p) return undefined
  const close = CLOSES[text.slice(p.end, m.start).includes('(') ? '(' : ',']
  if (!close.test(text.slice(m.end, m.end + 8))) return undefined
  return (p.kind ?? 'name') === 'name' && p.type === m.type && !isAcronym(p.text) && translatedAcronymOf(m.text, p.text) ? p : undefined
}
