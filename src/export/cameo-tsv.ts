/**
 * Events as a GDELT 2.0 event table: the 61 columns in GDELT's order, tab-separated, one header line (GDELT's own
 * files have none), filled where Dossier knows the value and empty where it does not. Quoting is RFC 4180 by
 * csv-stringify (a field with a tab, quote or newline is quoted).
 * @module
 */
import { stringify } from 'csv-stringify/sync'
import type { EventRole } from '../model/index.js'
import type { Entity } from '../model/index.js'
import { isoDay, iso2, numericId, oneLine, parseActorCode } from './codes.js'
import type { EventPlace, EventRow } from './context.js'

const ACTOR = (n: 1 | 2) => ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `Actor${n}${c}`)
const GEO = (p: string) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}Geo_${c}`)

/** GDELT 2.0 event table columns, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', ...ACTOR(1), ...ACTOR(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO('Actor1'), ...GEO('Actor2'), ...GEO('Action'), 'DATEADDED', 'SOURCEURL',
]

type Cell = string | number | undefined

function actorCells(role: EventRole | undefined, entity: Entity | undefined): Cell[] {
  const parts = parseActorCode(role?.code)
  return [parts?.code, entity?.canonicalName ?? role?.text, parts?.country, parts?.knownGroup, undefined, undefined, undefined, parts?.types[0], parts?.types[1], parts?.types[2]]
}

/** GDELT geo types: 1 country, 4 world city, 5 world state (province, region). */
function geoCells(place: EventPlace | undefined): Cell[] {
  if (!place) return Array(8).fill(undefined)
  const type = place.lat === undefined ? undefined : place.kind === 'country' ? 1 : place.kind === 'city' ? 4 : 5
  return [type, place.name, iso2(place.country) ?? place.country, undefined, undefined, place.lat, place.lon, undefined]
}

function dateCells(day: string | undefined): Cell[] {
  if (!day) return [undefined, undefined, undefined, undefined]
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000
  return [day.replace(/-/g, ''), `${y}${String(m).padStart(2, '0')}`, y, (y + dayOfYear / 365).toFixed(4)]
}

export function gdeltRow(row: EventRow): Cell[] {
  const ev = row.record.event
  const cl = row.record.cluster
  const added = row.article.ingestedAt?.replace(/\D/g, '').slice(0, 14)
  return [
    numericId(ev.id), ...dateCells(isoDay(row.date) ?? isoDay(row.article.published)),
    ...actorCells(ev.actor, row.actor), ...actorCells(ev.target, row.target),
    undefined, ev.cameo, ev.cameo.slice(0, 3), ev.cameoRoot, ev.quadClass, ev.goldstein,
    cl ? cl.eventIds.length : 1, cl ? cl.independentSources : 1, cl ? cl.reports : 1, undefined,
    ...geoCells(undefined), ...geoCells(undefined), ...geoCells(row.place),
    added || undefined, row.article.url ?? row.article.source,
  ]
}

export function tsvLine(cells: readonly Cell[]): string {
  return stringify([cells.map((c) => (c === undefined ? '' : oneLine(c)))], { delimiter: '\t', record_delimiter: 'unix' })
}
