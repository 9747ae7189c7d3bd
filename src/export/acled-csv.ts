/**
 * Events as an ACLED-style table (comma-separated, RFC 4180 via csv-stringify). Event types come from the
 * CAMEO → ACLED table in `cameo-acled.json` (documented in docs/exports.md); events with no ACLED type are left out.
 * The columns stay ACLED's; the article id and the sentence's offsets go at the end of `notes`.
 * @module
 */
import { stringify } from 'csv-stringify/sync'
import table from './cameo-acled.json' with { type: 'json' }
import { countryName, iso3, isoDay, numericId, oneLine } from './codes.js'
import type { EventRow } from './context.js'

export const ACLED_COLUMNS: readonly string[] = [
  'event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'country', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
]

export interface AcledType {
  readonly eventType: string
  readonly subEventType: string
  readonly kills: boolean
}

const ROWS = new Map((table.rows as Array<[string, string, string, boolean, string]>).map(([code, eventType, subEventType, kills]) => [code, { eventType, subEventType, kills }]))

/** The ACLED type of a CAMEO code: the longest prefix in the table. */
export function acledType(cameo: string): AcledType | undefined {
  for (let n = cameo.length; n >= 2; n--) {
    const hit = ROWS.get(cameo.slice(0, n))
    if (hit) return hit
  }
  return undefined
}

/** ACLED geo precision: 1 a town, 2 a part of a region near a town, 3 a region or country. */
function precision(kind: string | undefined): number {
  return kind === 'city' || kind === 'crossing' || kind === 'facility' ? 1 : kind === 'territory' ? 2 : 3
}

export function acledRow(row: EventRow): Array<string | number> | undefined {
  const ev = row.record.event
  const t = acledType(ev.cameo)
  if (!t) return undefined
  const place = row.place
  const country = iso3(place?.country)
  return [
    `${country ?? 'XXX'}${numericId(ev.id)}`, isoDay(row.date) ?? isoDay(row.article.published) ?? '', t.eventType, t.subEventType,
    row.actor?.canonicalName ?? ev.actor?.text ?? '', '', row.target?.canonicalName ?? ev.target?.text ?? '',
    countryName(place?.country) ?? '', place?.name ?? '', place?.lat ?? '', place?.lon ?? '', place ? precision(place.kind) : '',
    row.article.outlet ?? row.article.url ?? row.article.id, notes(row), t.kills ? (ev.count ?? 0) : 0,
  ]
}

/**
 * ACLED's free-text notes: the event's sentence, then where it stands, `[article_…#char=start,end]` (the article id
 * and the sentence's offsets into its text, as in the ClaimReview export), so a row is one look-up from its evidence.
 */
function notes(row: EventRow): string {
  const s = row.record.event.sentence
  return `${row.sentence.replace(/\s+/g, ' ').trim()} [${row.article.id}#char=${s.start},${s.end}]`
}

export function csvLine(cells: ReadonlyArray<string | number>): string {
  return stringify([cells.map(oneLine)], { record_delimiter: 'windows' })
}
