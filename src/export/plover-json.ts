/**
 * Events as PLOVER records, one JSON object a line: event type and mode, context, actor and recipient (names,
 * CAMEO codes, countries), location, date, and the anchor sentence with the cue that triggered the event.
 * @module
 */
import type { EventRole, Entity } from '../model/index.js'
import { iso3, parseActorCode } from './codes.js'
import type { EventRow } from './context.js'

function party(role: EventRole | undefined, entity: Entity | undefined) {
  if (!role) return null
  const parts = parseActorCode(role.code)
  return {
    name: entity?.canonicalName ?? role.text,
    text: role.text,
    code: role.code ?? null,
    country: parts?.country ?? iso3(entity?.country) ?? null,
    entity_id: entity?.id ?? null,
  }
}

export function ploverRecord(row: EventRow): Record<string, unknown> {
  const ev = row.record.event
  return {
    id: ev.id,
    date: row.date ?? null,
    event_type: ev.plover ?? null,
    mode: ev.ploverMode ?? null,
    // PLOVER contexts (military, terrorism, …) are not coded by Dossier yet: an empty list, never a guess
    context: [],
    actor: party(ev.actor, row.actor),
    recipient: party(ev.target, row.target),
    location: row.place ? { name: row.place.name, country: iso3(row.place.country) ?? null, lat: row.place.lat ?? null, lon: row.place.lon ?? null } : null,
    cameo: ev.cameo,
    quad_class: ev.quadClass ?? null,
    goldstein: ev.goldstein ?? null,
    modality: ev.modality,
    anchor: { text: ev.cue.text, start: ev.cue.start, end: ev.cue.end },
    text: row.sentence,
    sentence: { start: ev.sentence.start, end: ev.sentence.end },
    grade: row.record.grade ? `${row.record.grade.reliability}${row.record.grade.credibility}` : null,
    source: { article_id: row.article.id, url: row.article.url ?? null, publisher: row.article.outlet ?? null, title: row.article.title ?? null },
  }
}
