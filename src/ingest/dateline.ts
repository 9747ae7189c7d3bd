/**
 * Datelines at the start of a news story: "TEL AVIV —", "GAZA CITY, Jan 3 (Reuters) -",
 * "WASHINGTON (AP) —", "BEIRUT, Lebanon (AP) —". The place is returned normalised ("Tel Aviv") with
 * the span of the whole prefix, so stages can skip it instead of reading it as event text.
 * @module
 */
import type { Span } from '../model/index.js'

export interface Dateline {
  /** The place, title-cased: "Tel Aviv". */
  dateline: string
  /** Span of the dateline prefix (place … dash) in the text passed in. */
  span: Span
  /** Region/country after the place, when given ("Lebanon"). */
  region?: string
  /** Agency credit in parentheses, when given ("Reuters"). */
  agency?: string
  /** Date text, when given ("Jan 3"). */
  date?: string
}

const CAPS_WORD = "[A-Z][A-Z'’.\\-]*[A-Z.]|[A-Z]"
const CAPS_PLACE = `(?:${CAPS_WORD})(?:[ \\u00a0](?:${CAPS_WORD})){0,4}`
const MIXED_PLACE = "[A-Z][a-z'’\\-]+(?:[ \\u00a0][A-Z][a-z'’\\-]+){0,3}"
const REGION = "[A-Z][A-Za-z'’.\\-]*(?:[ \\u00a0][A-Z][A-Za-z'’.\\-]*){0,3}"
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DATE = `(?:${MONTH}[ \\u00a0]\\d{1,2}(?:,?[ \\u00a0]\\d{4})?|\\d{1,2}[ \\u00a0]${MONTH}(?:[ \\u00a0]\\d{4})?)`
const agency = (name: string) => `\\((?<${name}>[A-Za-z][A-Za-z .&'’-]{0,30})\\)`
const AGENCY = agency('agency')
const DASH = '(?:—|–|--|-)'

const CAPS_RE = new RegExp(
  `^(?<place>${CAPS_PLACE})(?:,[ \\u00a0]*(?<region>${REGION}))??(?:,?[ \\u00a0]*(?<date>${DATE}))?[ \\u00a0]*(?:${AGENCY})?[ \\u00a0]*${DASH}(?=\\s)`,
)
const MIXED_RE = new RegExp(
  `^(?<place>${MIXED_PLACE})(?:,[ \\u00a0]*(?<region>${REGION}))??(?:(?:,?[ \\u00a0]*(?<date>${DATE}))[ \\u00a0]*(?:${AGENCY})?|[ \\u00a0]*${agency('agency2')})[ \\u00a0]*${DASH}(?=\\s)`,
)

/** Capitalised lead-ins that are labels, not places. */
const NOT_PLACES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'OPINION', 'ANALYSIS', 'WATCH', 'LIVE', 'EDITOR', 'EDITORS', 'NOTE',
  'CORRECTION', 'VIDEO', 'PHOTOS', 'LISTEN', 'READ', 'MORE', 'FILE', 'URGENT', 'FLASH', 'ALERT', 'COMMENTARY', 'REVIEW', 'A', 'I', 'THE'])

/** Title-case a place written in capitals: "TEL AVIV" → "Tel Aviv", "AL-ARISH" → "Al-Arish". */
export function normalisePlace(place: string): string {
  const p = place.replace(/\u00a0/g, ' ').trim()
  if (p !== p.toUpperCase()) return p
  return p.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
}

/**
 * Find a dateline at `from` (default: the first non-blank character) in `text`.
 * Offsets in the returned span are offsets into `text`.
 */
export function findDateline(text: string, from = 0): Dateline | undefined {
  let start = from
  while (start < text.length && /\s/.test(text[start]!)) start++
  const head = text.slice(start, start + 160)
  const m = CAPS_RE.exec(head) ?? MIXED_RE.exec(head)
  if (!m?.groups) return undefined
  const place = m.groups['place']!
  const words = place.replace(/\u00a0/g, ' ').split(' ')
  if (words.every((w) => NOT_PLACES.has(w.replace(/[.]/g, '')))) return undefined
  if (words[0] && NOT_PLACES.has(words[0]) && words.length === 1) return undefined
  // A one-letter "place" ("A —") is never a dateline.
  if (place.replace(/[^A-Za-z]/g, '').length < 2) return undefined
  const out: Dateline = { dateline: normalisePlace(place), span: { start, end: start + m[0].length } }
  const region = m.groups['region']
  const agency = m.groups['agency'] ?? m.groups['agency2']
  const date = m.groups['date']
  if (region) out.region = normalisePlace(region)
  if (agency) out.agency = agency.trim()
  if (date) out.date = date.replace(/\u00a0/g, ' ')
  return out
}
