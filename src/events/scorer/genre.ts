/**
 * The voice of an article, a run-time signal of its genre for the event scorer: an organisation's statement or press
 * release speaks for itself ("we condemn", "our forces", "I welcome today's news"), a wire report tells of others in
 * the third person and quotes them. Read from the article alone: first-person pronouns outside quotation marks, and
 * "today" (a statement dates itself by its day of issue, a report by the weekday). A scorer model may keep loose
 * candidates at a threshold of each voice's own (`looseThresholds`), since the two genres reward different thresholds
 * (docs/events.md, sixteenth and seventeenth sessions); `npm run train:events -- --voice-thresholds` chooses them. The
 * shipped model has none: chosen on the tuning parts they lost on the check parts (seventeenth session).
 * @module
 */
import type { AnnotatedDoc } from '../../model/index.js'
import { pronounInfo } from '../../text/english.js'

export type Voice = 'first' | 'third'

/** The character ranges inside quotation marks (straight or curly), where a first person is a quoted speaker's. */
function quoted(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const m of text.matchAll(/"[^"]*"|“[^”]*”/g)) out.push([m.index, m.index + m[0].length])
  return out
}

/** Does the article speak in its own first person (outside quotations), or date itself "today"? */
export function articleVoice(doc: AnnotatedDoc): Voice {
  const text = doc.article.text
  const quotes = quoted(text)
  for (const t of doc.tokens ?? []) {
    const w = text.slice(t.start, t.end)
    // "US" is the country, not the pronoun
    const first = w !== 'US' && pronounInfo(w)?.person === 1
    if (!first && w.toLowerCase() !== 'today') continue
    if (!quotes.some(([s, e]) => s <= t.start && t.start < e)) return 'first'
  }
  return 'third'
}
