/**
 * Event time: date expressions in a sentence ("on Sunday", "three months ago",
 * "last year") resolved against the article's published date with chrono-node.
 * @module
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
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
  // both coders ask for the same sentences, a past and a future reading of one sentence share chrono's parse: remember
  // the article's answers (chrono is the costliest step)
  if (memo.text !== text || memo.published !== published) {
    memo.text = text; memo.published = published; memo.ref = published ? new Date(published) : undefined
    memo.hits.clear(); memo.parses.clear()
  }
  const key = `${from}:${to}:${past ? 1 : 0}`
  const known = memo.hits.get(key)
  if (known) return known
  const parsed = chronoParse(text, from, to, published)
  const found = parsed ? timesOf(parsed, text, from, to, memo.ref, past) : []
  memo.hits.set(key, found)
  return found
}

/** Words without which chrono finds no date in a sentence (a cheap test before the parse). */
const DATE_WORDS = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|noon|midnight|morning|afternoon|evening|night|week|month|year|day|hour|minute|ago|last|next|this|past|earlier|later|weekend|spring|summer|autumn|fall|winter|first|second|third|one|two|three|four|five|six|seven|eight|nine|ten|twelve)/i
/**
 * Where chrono's English parsers can find a date at all, word by word as their patterns allow (chrono-node 2.x): a
 * number where it can start a date (DIGIT_ANCHORS); a casual date or time word; a weekday or month name at a word
 * boundary or glued to a number ("01Mar01") or to the modifier, ordinal or preposition the pattern lets stand before or
 * after it; a time unit after "this/last/past/next", or after a number
 * written out (the fragment chrono counts has a space or a digit, so the unit stands after a space, a digit or a
 * spaced number word) and followed by what may follow it (a boundary, "ago", "later", "and", the next number …). Letters
 * inside longer words ("may" in "mayor", "sun" in "Sunni", "mon" in "money") match none of these.
 */
const UNIT = 'quarters?|seconds?|minutes?|mins?|sec|hours?|hrs?|days?|weeks?|months?|mon|mos?|qtr|years?|yrs?|[smhdwy]'
const WEEKDAY_NAME = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs|thur|thu|fri|sat|weekend|weekday'
const MONTH_NAME = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec'
const ORDINAL_START = 'fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe'
/**
 * Where digits can start a date chrono keeps (its parsers and its filter of bare numbers, chrono-node 2.10): four
 * digits (a year, an ISO date, a 24-hour time; withYears reads years too); digits joined to digits by a date or time
 * separator or a range ("9/11", "10:30", "2016-01-12", "10 to 12"); a number after "at" or "from" ("at 10"); a number
 * before a meridiem or "o'clock" ("5 pm", "5 a.m."); a number before a time zone (zoneAfterNumber). A number glued to a
 * time unit ("5days") is the unit anchor's. Any other number ("23 strikes", "6,000 troops") gives chrono only a bare
 * number, which its own filter drops.
 */
const DIGIT_ANCHORS = [
  '\\d{4}',
  '\\d\\s*(?:[/.:：~〜?+\\-–]|to|until|through|till)\\s*\\d',
  '(?:at|from)\\s*\\d',
  '\\d\\s*(?:[ap](?:\\W|m|$)|o\\W*clock)',
]
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple'
/**
 * `words` where the text before them ends as `before` allows ("^|[^a-z0-9_]" is a word boundary). Written word first, the
 * look behind after it, so the scan tries the rest only where one of the words' letters stands: the same matches as
 * `(?:\b|(?<=before))(?:words)`, three to five times faster on news sentences.
 */
const wordAfter = (words: string, before: string, after: string) => `(?:${words})(?<=(?:${before})(?:${words}))(?=${after})`
const CHRONO_ANCHOR = new RegExp([
  ...DIGIT_ANCHORS,
  '\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night)\\b',
  wordAfter('morning|afternoon|evening|night|midnight|midday|noon', '^|[^a-z0-9_]|this', '\\W|$'),
  wordAfter(WEEKDAY_NAME, '^|[^a-z0-9_]|on|this|last|past|next|\\d', '\\W|$|\\d|of|this|last|past|next'),
  wordAfter(MONTH_NAME, '^|[^a-z0-9_]|st|nd|rd|th|of|in|\\d', `\\W|$|\\d|of|${ORDINAL_START}`),
  `(?:this|last|past|next)\\s*(?:${UNIT})\\b`,
  // only whether a match exists counts, so what stands before the unit is matched, not looked behind (faster)
  `(?:[\\s\\d]|half\\s{0,2}an?|few|couple|of)(?:${UNIT})(?=\\W|$|ago|before|earlier|later|after|from|henceforth|forward|out|and|about|around|${NUMBER_WORD})`,
].join('|'), 'i')

/**
 * Can chrono find a date here that parseTimes keeps? Without a reference date only a four-digit year is kept; with
 * one, a sentence must pass both DATE_WORDS (what the coder has always parsed) and CHRONO_ANCHOR (where chrono can
 * find anything), so the dates found are the same as parsing every DATE_WORDS sentence.
 */
function mayHoldDate(slice: string, published: string | undefined): boolean {
  if (!published) return /\d{4}/.test(slice)
  return (CHRONO_ANCHOR.test(slice) || zoneAfterNumber(slice)) && DATE_WORDS.test(slice)
}

/**
 * A number followed by a time zone, as chrono's refiner reads one after a time ("19 EST", "19 East"): chrono keeps the
 * pair although the number alone is dropped. The zones are chrono's own table (its package does not export it: read
 * from its file beside the entry point); when that file is missing, any word of two to four letters counts.
 */
const NUMBER_THEN_ZONE = /\d\s*,?\s*\(?([a-z]{2,4})\)?(?=\W|$)/gi
function zoneAfterNumber(slice: string): boolean {
  const zones = chronoZones()
  for (const m of slice.matchAll(NUMBER_THEN_ZONE)) if (!zones || zones.has(m[1]!.toUpperCase())) return true
  return false
}
let zones: ReadonlySet<string> | null | undefined
function chronoZones(): ReadonlySet<string> | null {
  if (zones !== undefined) return zones
  try {
    const req = createRequire(import.meta.url)
    const table = (req(join(dirname(req.resolve('chrono-node')), 'timezone.js')) as { TIMEZONE_ABBR_MAP?: object }).TIMEZONE_ABBR_MAP
    zones = table ? new Set(Object.keys(table)) : null
  } catch {
    zones = null
  }
  return zones
}
type ChronoResult = ReturnType<typeof Chrono.en.parse>[number]
/** The article whose answers are remembered: its dates per sentence and reading, and chrono's parse per sentence. */
const memo: {
  text: string | undefined; published: string | undefined; ref: Date | undefined
  hits: Map<string, EventTime[]>; parses: Map<string, ChronoResult[] | null>
} = { text: undefined, published: undefined, ref: undefined, hits: new Map(), parses: new Map() }

/**
 * chrono's results on text[from, to) against the memo's reference date, parsed once per sentence of the article (the
 * past and the future reading read the same results); null where there is nothing to read (no date word, or an
 * invalid reference date).
 */
function chronoParse(text: string, from: number, to: number, published: string | undefined): ChronoResult[] | null {
  const key = `${from}:${to}`
  const known = memo.parses.get(key)
  if (known !== undefined) return known
  const slice = text.slice(from, to)
  const ref = memo.ref
  const out = !mayHoldDate(slice, published) || (ref && Number.isNaN(ref.getTime())) ? null
    : ref ? chronoNode().en.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: false })
    : chronoNode().en.parse(slice, undefined, { forwardDate: false })
  memo.parses.set(key, out)
  return out
}

/** The dates chrono found in text[from, to) that a past (or future) event keeps, and the explicit years it left. */
function timesOf(results: readonly ChronoResult[], text: string, from: number, to: number, ref: Date | undefined, past: boolean): EventTime[] {
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
