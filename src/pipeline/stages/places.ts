/**
 * places.gazetteer.v4 — geocode the article's place mentions with the offline
 * gazetteer (src/places); a capital names the country it is the
 * capital of (`capitalOf`, v3). Ambiguous names resolve within the document's country
 * context: the countries its unambiguous places (countries, regions) lie in,
 * most mentioned first — unless a namesake elsewhere is fifty times larger (v4: "Moscow" in a story that names only
 * the United States is Russia's capital, not a town in Idaho; a capital is also known by its bare name, "Washington").
 * @module
 */
import { capitalOf, geocode, type Place } from '../../places/gazetteer.js'
import type { PlaceAnnotation } from '../../model/index.js'
import type { Stage } from '../../model/index.js'
import type { Mention } from '../../model/index.js'

/** `capitalOf` for a city (or an unknown kind) whose name is a country's capital; never for a country or region. */
function capitalField(text: string, p: Place): { capitalOf?: string } {
  if (p.kind !== 'city') return {}
  const c = capitalOf(text)
  return c ? { capitalOf: c } : {}
}

/** Geocode LOC mentions; every mention that resolves gets one PlaceAnnotation. */
export function placesFor(mentions: readonly Mention[]): PlaceAnnotation[] {
  const locs = mentions.filter((m) => m.type === 'LOC' && m.kind !== 'pronoun')
  // pass 1: context from countries and our regions (names that need no context)
  const counts = new Map<string, number>()
  const first = new Map<string, Place | undefined>()
  for (const m of locs) {
    const p = geocode(m.text)
    first.set(m.id, p)
    if (p?.country && (p.kind === 'country' || p.source === 'regions')) counts.set(p.country, (counts.get(p.country) ?? 0) + 1)
  }
  const context = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c)
  // pass 2: cities again with the context
  const out: PlaceAnnotation[] = []
  for (const m of locs) {
    let p = first.get(m.id)
    if (!p || p.source === 'cities') p = geocode(m.text, { countryContext: context }) ?? p
    if (!p) continue
    out.push({
      mentionId: m.id, name: p.name, kind: p.kind,
      ...(p.country ? { country: p.country } : {}),
      ...(p.lat !== undefined && p.lon !== undefined ? { lat: p.lat, lon: p.lon } : {}),
      ...capitalField(m.text, p),
    })
  }
  return out
}

export const placesStage: Stage = {
  key: 'places.gazetteer.v4',
  requires: ['doc.mentions'],
  assigns: ['doc.places'],
  run(doc) {
    return { ...doc, places: placesFor(doc.mentions ?? []) }
  },
}
