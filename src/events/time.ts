/**
 * Event time: date expressions in a sentence ("on Sunday", "three months ago",
 * "last year") resolved against the article's published date with chrono-node.
 * @module
 */
import type * as Chrono from 'chrono-node'
import { lazyPackage } from '../model/index.js'

const chronoNode = lazyPackage<typeof Chrono>('chrono-node')

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
  const slice = text.slice(from, to)
  const found = mayHoldDate(slice, published) ? parseTimes(text, from, to, published, past) : []
  memo.hits.set(key, found)
  return found
}

/** Words without which chrono finds no date in a sentence (a cheap test before the parse). */
const DATE_WORDS = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|noon|midnight|morning|afternoon|evening|night|week|month|year|day|hour|minute|ago|last|next|this|past|earlier|later|weekend|spring|summer|autumn|fall|winter|first|second|third|one|two|three|four|five|six|seven|eight|nine|ten|twelve)/i
/**
 * Where chrono's English parsers can find a date at all, word by word as their patterns allow (chrono-node 2.x): a
 * digit; a casual date or time word; a weekday or month name at a word boundary or glued to the modifier, ordinal or
 * preposition the pattern lets stand before or after it; a time unit after "this/last/past/next", or after a number
 * written out (the fragment chrono counts has a space or a digit, so the unit stands after a space or a spaced
 * number word) and followed by what may follow it (a boundary, "ago", "later", "and", the next number …). Letters
 * inside longer words ("may" in "mayor", "sun" in "Sunni", "mon" in "money") match none of these.
 */
const UNIT = 'quarters?|seconds?|minutes?|mins?|sec|hours?|hrs?|days?|weeks?|months?|mon|mos?|qtr|years?|yrs?|[smhdwy]'
const WEEKDAY_NAME = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs|thur|thu|fri|sat|weekend|weekday'
const MONTH_NAME = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec'
const ORDINAL_START = 'fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe'
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple'
const CHRONO_ANCHOR = new RegExp([
  '\\d',
  '\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night)\\b',
  '(?:\\b|(?<=this))(?:morning|afternoon|evening|night|midnight|midday|noon)\\b',
  `(?:\\b|(?<=on|this|last|past|next))(?:${WEEKDAY_NAME})(?=\\W|$|of|this|last|past|next)`,
  `(?:\\b|(?<=st|nd|rd|th|of|in))(?:${MONTH_NAME})(?=\\W|$|of|${ORDINAL_START})`,
  `(?:this|last|past|next)\\s*(?:${UNIT})\\b`,
  `(?<=\\s|half\\s{0,2}an?|few|couple|of)(?:${UNIT})(?=\\W|$|ago|before|earlier|later|after|from|henceforth|forward|out|and|about|around|${NUMBER_WORD})`,
].join('|'), 'i')

/**
 * Can chrono find a date here that parseTimes keeps? Without a reference date only a four-digit year is kept; with
 * one, a sentence must pass both DATE_WORDS (what the coder has always parsed) and CHRONO_ANCHOR (where chrono can
 * find anything), so the dates found are the same as parsing every DATE_WORDS sentence.
 */
function mayHoldDate(slice: string, published: string | undefined): boolean {
  if (!published) return /\d{4}/.test(slice)
  return CHRONO_ANCHOR.test(slice) && DATE_WORDS.test(slice)
}
const memo: { text: string | undefined; published: string | undefined; hits: Map<string, EventTime[]> } = { text: undefined, published: undefined, hits: new Map() }

function parseTimes(text: string, from: number, to: number, published: string | undefined, past: boolean): EventTime[] {
  const ref = published ? new Date(published) : undefined
  if (ref && Number.isNaN(ref.getTime())) return []
  const slice = text.slice(from, to)
  const results = ref
    ? chronoNode().en.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: false })
    : chronoNode().en.parse(slice, undefined, { forwardDate: false })
  const out: EventTime[] = []
  for (const r of results) {
    // without a reference date only explicit dates are meaningful: "three months ago" or "last year" would be
    // anchored to today, which is not when the article was written
    if (!ref && (!r.start.isCertain('year') || !/\b\d{4}\b/.test(r.text) || /\b(ago|last|next|this|past|previous|coming)\b/i.test(r.text))) continue
    const phrase = r.text.trim()
    // "for eight years", "after eight years in power": how long, not when
    if (DURATION.test(phrase)) continue
    const d = ref ? pastDate(r.start.date(), ref, phrase, past && !r.start.isCertain('year')) : r.start.date()
    const iso = d.toISOString()
    // a past event is never dated after the report of it
    if (past && ref && iso.slice(0, 10) > ref.toISOString().slice(0, 10)) continue
    const date = /\byears?\b/i.test(phrase) && !r.start.isCertain('month')
      ? iso.slice(0, 4)
      : /\bmonths?\b/i.test(phrase) && !r.start.isCertain('day') ? iso.slice(0, 7) : iso.slice(0, 10)
    const start = from + r.index
    out.push({ date, text: text.slice(start, start + r.text.length), start, end: start + r.text.length })
  }
  return withYears(out, text, from, to, ref, past)
}

/**
 * A count of time units with no "ago"/"earlier"/"later" to place it ("eight years", "for two weeks", "after a month"):
 * how long, not when. "in two weeks" and "within a month" stay, a deadline for a future event.
 */
const DURATION = new RegExp(`^(?:(?:for|after|over|during)\\s+)?(?:\\d+|${NUMBER_WORD}|an?)(?:\\s+(?:more|full|long))?\\s+(?:${UNIT})$`, 'i')

/**
 * A report's date without a year, for a past event, is the last such day on or before publication ("On Jan. 8" in a
 * release of September 1 is the January before it); a bare weekday after the reference moves back a week.
 */
function pastDate(d: Date, ref: Date, phrase: string, yearless: boolean): Date {
  const day = (x: Date) => x.toISOString().slice(0, 10)
  if (!yearless || day(d) <= day(ref)) return d
  if (WEEKDAY.test(phrase)) return new Date(d.getTime() - 7 * 86_400_000)
  const back = new Date(d)
  while (day(back) > day(ref)) back.setUTCFullYear(back.getUTCFullYear() - 1)
  return back
}

/**
 * Explicit years chrono leaves alone ("the 1968 incident", "in 2003"): a four-digit year after an article or a
 * preposition, not after the publication year for a past event, outside any date already found; precision year.
 */
function withYears(found: EventTime[], text: string, from: number, to: number, ref: Date | undefined, past: boolean): EventTime[] {
  const out = [...found]
  const last = ref ? ref.getUTCFullYear() : Number.POSITIVE_INFINITY
  for (const m of text.slice(from, to).matchAll(/\b(the|in|since|during|until|of|by|before|after|from)\s+((?:19|20)\d\d)\b(?![,.]?\d|\s*[-–]\s*\d)/gi)) {
    const year = Number(m[2])
    if (past && year > last) continue
    const start = from + m.index + m[0].length - 4
    if (out.some((t) => t.start < start + 4 && start < t.end)) continue
    out.push({ date: String(year), text: m[2]!, start, end: start + 4 })
  }
  return out.sort((a, b) => a.start - b.start)
}
