/**
 * A body named by its first words and an acronym of the rest: "Vermont ANG" for "Vermont Air National Guard", "407th
 * AEG" for "407th Air Expeditionary Group". Headlines write such short forms, and the model, reading a capitalised word
 * and a word in capitals, types them by shape (a person's name, a place). Within one document, a span that is not an
 * organisation, made of one or more words and a last word in capitals whose letters are the initials of the rest of an
 * organisation name of the document that opens with the same words, is that organisation: it takes the ORG type, and
 * resolution joins the two names (`compare.ts` `acronymTail`). A word in capitals that spells no such rest ("Janos
 * KADAR", a surname in capitals) is left as it is. (Shared scheme.)
 * @module
 */
import type { SentenceSpan } from './consistency.js'
import { initialsOf } from './rules.js'

const CAPITALS = /^[A-Z]{2,6}$/

/** Does `short` (head words + acronym) abbreviate `long` (the same head words + words whose initials the acronym spells)? */
export function abbreviatesTail(short: readonly string[], long: readonly string[]): boolean {
  const acr = short[short.length - 1]!
  const head = short.slice(0, -1)
  if (head.length === 0 || !CAPITALS.test(acr) || long.length <= short.length) return false
  if (!head.every((w, i) => w === long[i])) return false
  return initialsOf(long.slice(head.length)) === acr
}

/** The document's spans with such short forms typed as the organisation they abbreviate. */
export function typeAcronymTails(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const words = (s: SentenceSpan) => sentences[s.sentence]!.slice(s.start, s.end)
  const bodies = spans.filter((s) => s.type === 'ORG' && s.end - s.start >= 3).map(words)
  if (bodies.length === 0) return [...spans]
  return spans.map((s) => {
    if (s.type === 'ORG' || s.type === 'MISC' || s.end - s.start < 2) return s
    const w = words(s)
    return bodies.some((b) => abbreviatesTail(w, b)) ? { ...s, type: 'ORG' } : s
  })
}
