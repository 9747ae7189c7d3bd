/**
 * The country a nationality word names ("Peruvian", "Bolivians", "Philippine"), read from the country entries of the
 * shipped actor dictionary: a Phoenix country entry ("BOLIVIA_ [BOL]") lists the country's demonyms with its names
 * (and with its cities and regions, which is why only NORP mentions are looked up here). The knowledge base's own
 * demonyms cover 59 countries; these cover every country the dictionary has.
 * @module
 */
import countries from 'i18n-iso-countries'
import { shippedActorDictionary } from '../kb/shipped-actors.js'
import type { PetrarchActor } from '../kb/petrarch-actors.js'

let shipped: Map<string, string> | undefined

/**
 * Names of country entries → ISO2 code. An entry is a country's when its code is a country's ISO3 code ("BOL"; not
 * "BOLGOV", nor a region such as "AFR"); a name two countries list is dropped.
 */
export function demonymIndex(entries: readonly PetrarchActor[]): Map<string, string> {
  const out = new Map<string, string>()
  const ambiguous = new Set<string>()
  for (const e of entries) {
    if (e.kind !== 'actor' || !/^[A-Z]{3}$/.test(e.code)) continue
    const iso2 = countries.alpha3ToAlpha2(e.code)
    if (iso2 === undefined) continue
    for (const n of e.names) {
      const prev = out.get(n)
      if (prev !== undefined && prev !== iso2) ambiguous.add(n)
      else out.set(n, iso2)
    }
  }
  for (const n of ambiguous) out.delete(n)
  return out
}

/** The ISO2 code of the country a nationality word or people names ("Peruvian", "Bolivians"), if the dictionary lists it. */
export function countryOfDemonym(text: string, index: ReadonlyMap<string, string> = (shipped ??= demonymIndex(shippedActorDictionary()))): string | undefined {
  const key = text.trim().replace(/\s+/g, ' ').replace(/^the /i, '').toUpperCase()
  if (!/^[A-Z][A-Z' -]*$/.test(key)) return undefined
  // a people in the plural: "Bolivians", "Filipinos" (when the dictionary lists only the singular)
  return index.get(key) ?? (key.endsWith('S') ? index.get(key.slice(0, -1)) : undefined)
}
