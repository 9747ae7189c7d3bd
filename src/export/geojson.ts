/**
 * Events with coordinates as one GeoJSON FeatureCollection (RFC 7946): a Point at the event's place, longitude
 * first, with the event's code, parties, date, grade and source as properties. Streamed feature by feature.
 * @module
 */
import { cameoInfo } from '../events/cameo.js'
import type { EventRow } from './context.js'

export const GEOJSON_OPEN = '{"type":"FeatureCollection","features":[\n'
export const GEOJSON_CLOSE = '\n]}\n'

export function eventFeature(row: EventRow): Record<string, unknown> | undefined {
  const { place } = row
  if (place?.lat === undefined || place.lon === undefined) return undefined
  const ev = row.record.event
  const grade = row.record.grade
  return {
    type: 'Feature',
    id: ev.id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      date: row.date ?? null,
      cameo: ev.cameo,
      event: cameoInfo(ev.cameo)?.name ?? null,
      plover: ev.plover ?? null,
      quadClass: ev.quadClass ?? null,
      goldstein: ev.goldstein ?? null,
      actor: row.actor?.canonicalName ?? ev.actor?.text ?? null,
      target: row.target?.canonicalName ?? ev.target?.text ?? null,
      place: place.name,
      grade: grade ? `${grade.reliability}${grade.credibility}` : null,
      reports: row.record.cluster?.reports ?? 1,
      sentence: row.sentence,
      articleId: row.article.id,
      url: row.article.url ?? null,
    },
  }
}
