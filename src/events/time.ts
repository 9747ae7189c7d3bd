/**
 * Event time: date expressions in a sentence ("on Sunday", "three months ago",
 * "last year") resolved against the article's published date with chrono-node.
 * @module
 */
import * as chrono from 'chrono-node'

export interface EventTime {
  /** ISO date at the precision the phrase gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string
  readonly text: string
  readonly start: number
  readonly end: number
}

const WEEKDAY = /^(on\s+)?(last\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day$/i

/**
 * Date expressions in text[from, to), with offsets into text. When `past` is true
 * (a past-tense event), a bare weekday later than the reference is moved back a week.
 */
export function findTimes(text: string, from: number, to: number, published: string | undefined, past = true): EventTime[] {
  // both coders ask for the same sentences: remember the article's answers (chrono is the costliest step)
  if (memo.text !== text || memo.published !== published) { memo.text = text; memo.published = published; memo.hits.clear() }
  const key = `${from}:${to}:${past ? 1 : 0}`
  const known = memo.hits.get(key)
  if (known) return known
  const found = DATE_WORDS.test(text.slice(from, to)) ? parseTimes(text, from, to, published, past) : []
  memo.hits.set(key, found)
  return found
}

/** Words without which chrono finds no date in a sentence (a cheap test before the parse). */
const DATE_WORDS = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|noon|midnight|morning|afternoon|evening|night|week|month|year|day|hour|minute|ago|last|next|this|past|earlier|later|weekend|spring|summer|autumn|fall|winter|first|second|third|one|two|three|four|five|six|seven|eight|nine|ten|twelve)/i
const memo: { text: string | undefined; published: string | undefined; hits: Map<string, EventTime[]> } = { text: undefined, published: undefined, hits: new Map() }

function parseTimes(text: string, from: number, to: number, published: string | undefined, past: boolean): EventTime[] {
  const ref = published ? new Date(published) : undefined
  if (ref && Number.isNaN(ref.getTime())) return []
  const slice = text.slice(from, to)
  const results = ref
    ? chrono.en.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: false })
    : chrono.en.parse(slice, undefined, { forwardDate: false })
  const out: EventTime[] = []
  for (const r of results) {
    // without a reference date only explicit dates are meaningful: "three months ago" or "last year" would be
    // anchored to today, which is not when the article was written
    if (!ref && (!r.start.isCertain('year') || !/\b\d{4}\b/.test(r.text) || /\b(ago|last|next|this|past|previous|coming)\b/i.test(r.text))) continue
    let d = r.start.date()
    const phrase = r.text.trim()
    // compare calendar days: "on Tuesday" in a paper of Tuesday is that same day
    if (past && ref && WEEKDAY.test(phrase) && d.toISOString().slice(0, 10) > ref.toISOString().slice(0, 10)) d = new Date(d.getTime() - 7 * 86_400_000)
    const iso = d.toISOString()
    const date = /\byears?\b/i.test(phrase) && !r.start.isCertain('month')
      ? iso.slice(0, 4)
      : /\bmonths?\b/i.test(phrase) && !r.start.isCertain('day') ? iso.slice(0, 7) : iso.slice(0, 10)
    const start = from + r.index
    out.push({ date, text: text.slice(start, start + r.text.length), start, end: start + r.text.length })
  }
  return out
}
