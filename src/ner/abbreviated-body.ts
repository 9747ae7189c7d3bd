/**
 * A body's name abbreviated at its end is that body ("[Vermont ANG]PER joins …" beside "the Vermont Air National
 * Guard", a headline's short form): a PER or LOC span whose last word is written in capitals and whose other words
 * begin an ORG span of the same document, the rest of which that word spells by its initials, is an organisation.
 * The model reads "Vermont ANG" by its shape (a capitalised word, then a word in capitals: a person named in
 * capitals, as "QABOOS") and the resolver compares names within one type only, so the short form stayed apart; the
 * body's full name in the same text is stronger evidence than the shape. No gazetteer or word list: only the
 * document's own names, so a person whose surname is written in capitals ("Robert MUGABE") is left alone unless a
 * body of the document starts with "Robert" and its other words spell "MUGABE".
 * @module
 */
import type { SentenceSpan } from './consistency.js'

/** A word in capitals that may abbreviate words: two to six letters, not a Roman numeral ("Henry VIII", "John Paul II"). */
function acronymLetters(word: string): string | undefined {
  const letters = word.replace(/\./g, '')
  if (!/^\p{Lu}{2,6}$/u.test(letters) || /^[IVXLC]+$/.test(letters)) return undefined
  return letters.toLowerCase()
}

/** The initials of a name's words that open with a capital ("Air National Guard" → "ang"; "of", "and" skipped). */
function initials(words: readonly string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('')
}

/** Retype as ORG every PER / LOC span that abbreviates, at its end, an ORG span of the document. */
export function applyAbbreviatedBodies(sentences: ReadonlyArray<readonly string[]>, spans: SentenceSpan[]): SentenceSpan[] {
  const bodies = spans.filter((s) => s.type === 'ORG').map((s) => sentences[s.sentence]!.slice(s.start, s.end))
  if (bodies.length === 0) return spans
  const abbreviates = (words: readonly string[]): boolean => {
    const letters = acronymLetters(words[words.length - 1] ?? '')
    if (letters === undefined || words.length < 2) return false
    const lead = words.slice(0, -1)
    return bodies.some((b) => b.length > lead.length + 1 && lead.every((w, i) => w === b[i]) && initials(b.slice(lead.length)) === letters)
  }
  return spans.map((s) => {
    if (s.type !== 'PER' && s.type !== 'LOC') return s
    return abbreviates(sentences[s.sentence]!.slice(s.start, s.end)) ? { ...s, type: 'ORG', consistency: 'retyped' } : s
  })
}
