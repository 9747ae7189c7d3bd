/**
 * Build src/places/country-names.json, the names news give a country itself ("DPRK", "N. Korea", "Zaire"), from the
 * Phoenix country dictionary in ../shared/data/cameo (MIT, Open Event Data Alliance; read here only, never at run
 * time).
 *
 * Each Phoenix country entry ("NORTH_KOREA_ [PRK]" and its "+" synonyms) also lists the country's cities,
 * provinces and demonyms under the same code (PRK: Pyongyang; AFG: Kabul, Helmand; SYR: Aleppo), so "one code, one
 * entity" would merge a city with its country. A synonym is kept only when it is a name of the country itself:
 * - it holds the headword's distinctive word as a whole word ("DPR Korea", "Democratic Republic of Congo"), or the
 *   whole headword ("Republic of the United States"), and no word of it is a demonym ("North Korean" is a people);
 * - or it is an initialism of such a name, with or without its "of" and "the" ("DPRK", "DRC", "DROC", "PRC");
 * and, in both cases, the offline gazetteer does not already read it as another place (a city or another country),
 * no other country lists it, and it carries no parenthesis or comma (a cataloguer's inversion, not news).
 * Misspellings that share no word with the headword ("Afghansitan") are dropped with the cities: fuzzy name
 * matching covers them.
 *
 * Deterministic: same input, same bytes. Usage: npx tsx scripts/build-country-names.ts [../shared/data/cameo]
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import countries from 'i18n-iso-countries'
import { geocode } from '../src/places/gazetteer.js'
import { DEMONYMS } from '../src/ner/lists.js'

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/data/cameo'))
const out = join(import.meta.dirname, '../src/places/country-names.json')
const text = gunzipSync(readFileSync(join(dir, 'Phoenix.Countries.actors.txt.gz'))).toString('utf8')

/** Words that say what kind of state, not which: they never make a synonym a name of the country by themselves. */
const GENERIC = new Set(['NORTH', 'SOUTH', 'EAST', 'WEST', 'REPUBLIC', 'UNITED', 'STATES', 'STATE', 'DEMOCRATIC', 'PEOPLES', "PEOPLE'S",
  'ISLANDS', 'ISLAND', 'SAINT', 'KINGDOM', 'FEDERAL', 'FEDERATION', 'ISLAMIC', 'ARAB', 'SOCIALIST', 'UNION', 'AND', 'THE', 'GUINEA', 'NEW'])
const SMALL = new Set(['OF', 'THE', 'AND', 'DE', 'DU', 'DES', 'LA', 'EL'])
/** Words a formal name puts before "of" ("Democratic People's Republic of Korea"); other heads name something else ("Great Wall of China"). */
const STATE_WORDS = new Set(['REPUBLIC', 'REP.', 'DEMOCRATIC', 'DEM.', 'PEOPLES', "PEOPLE'S", "PEOPLES'", 'KINGDOM', 'STATE', 'STATES', 'UNITED',
  'ISLAMIC', 'FEDERAL', 'FEDERATIVE', 'FEDERATION', 'SOCIALIST', 'COMMONWEALTH', 'UNION', 'ARAB', 'SULTANATE', 'EMIRATE', 'PRINCIPALITY',
  'GRAND', 'DUCHY', 'HASHEMITE', 'PLURINATIONAL', 'BOLIVARIAN', 'COOPERATIVE', 'CO-OPERATIVE', 'INDEPENDENT', 'ORIENTAL', 'THE'])
const DEMONYM = new Set(DEMONYMS.map((d) => d.toUpperCase()))

interface Entry { code: string; head: string; synonyms: string[] }

/** "NORTH_KOREA_  [PRK]" and its "+NAME_" lines; comments dropped, underscores to spaces. */
function entries(): Entry[] {
  const list: Entry[] = []
  let cur: Entry | undefined
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trimEnd()
    const head = /^([A-Z][A-Z0-9_'.,()-]*?)_*\s+\[([A-Z]{3})\]$/.exec(line)
    if (head) { list.push(cur = { code: head[2]!, head: words(head[1]!), synonyms: [] }); continue }
    if (cur && line.startsWith('+')) { cur.synonyms.push(words(line.slice(1))); continue }
    if (line.trim() !== '') cur = undefined // the country's persons and institutions follow: not names of it
  }
  return list
}

const words = (s: string) => s.trim().replace(/_+$/, '').replace(/_+/g, ' ').trim()

/** Initials of a name's words, with and without its small words ("DPRK", "DPROK"). */
function initials(name: string): string[] {
  const ws = name.split(' ').filter((w) => /^[A-Z]/.test(w))
  const all = ws.map((w) => w[0]).join('')
  const big = ws.filter((w) => !SMALL.has(w)).map((w) => w[0]).join('')
  return [...new Set([all, big])]
}

/** "N. KOREA" → "N. Korea", "PEOPLE'S REPUBLIC OF CHINA" → "People's Republic of China", initialisms kept. */
function display(name: string, initialism: boolean): string {
  if (initialism) return name
  return name.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w.toLowerCase()
    : /^[A-Z]\.$/.test(w) || /^[^AEIOU]{2,3}$/.test(w) ? w : w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-'))).join(' ')
}

function build(): Record<string, string[]> {
  const kept = new Map<string, { iso2: string; name: string }>() // folded name → country (null-like on clash)
  const clash = new Set<string>()
  const add = (iso2: string, name: string) => {
    const k = name.toUpperCase().replace(/\./g, '').replace(/\s+/g, ' ')
    const prev = kept.get(k)
    if (prev && prev.iso2 !== iso2) clash.add(k)
    else if (!prev) kept.set(k, { iso2, name })
  }
  for (const e of entries()) {
    const iso2 = countries.alpha3ToAlpha2(e.code)
    if (iso2 === undefined) continue
    const headWords = e.head.split(' ')
    // a headword's demonym stands for its country's name ("RUSSIAN FEDERATION": "Russia")
    const core = headWords.filter((w) => w.length >= 4 && !GENERIC.has(w)).flatMap((w) => (DEMONYM.has(w) && w.endsWith('N') ? [w, w.slice(0, -1)] : [w]))
    const own = (s: string) => {
      const ws = s.split(' ')
      const last = ws[ws.length - 1]!
      if (DEMONYM.has(last) || core.some((c) => last === `${c}N`)) return false // a people: "North Korean", "Saudi Arabian"
      const of = ws.indexOf('OF')
      if (of >= 0 && !ws.slice(0, of).every((w) => STATE_WORDS.has(w))) return false // "Great Wall of China"
      return core.length > 0 ? core.some((c) => ws.includes(c)) : ` ${s} `.includes(` ${e.head} `)
    }
    const names = [e.head, ...e.synonyms].filter((s) => /^[A-Z0-9 .'-]+$/.test(s))
    const full = names.filter(own)
    const inits = new Set(full.flatMap(initials).filter((x) => x.length >= 3))
    for (const s of names) {
      const bare = s.replace(/^THE /, '')
      const initialism = /^(?:[A-Z]\.?){3,6}$/.test(bare) && inits.has(bare.replace(/\./g, ''))
      if (!initialism && !own(s)) continue
      const name = display(initialism ? bare : s, initialism)
      const place = geocode(name)
      if (place !== undefined && (place.kind !== 'country' || place.country !== iso2)) continue
      add(iso2, name)
    }
  }
  const byCountry: Record<string, string[]> = {}
  for (const [k, v] of [...kept.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (clash.has(k)) continue
    ;(byCountry[v.iso2] ??= []).push(v.name)
  }
  return Object.fromEntries(Object.entries(byCountry).sort((a, b) => a[0].localeCompare(b[0])))
}

const table = build()
const file = {
  about: 'Names of countries themselves (not their cities, regions or peoples), ISO 3166-1 alpha-2 → names; built by scripts/build-country-names.ts from the Phoenix country dictionary (MIT, Open Event Data Alliance). Do not edit by hand.',
  countries: table,
}
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`)
console.log(`${Object.keys(table).length} countries, ${Object.values(table).reduce((n, l) => n + l.length, 0)} names → ${out}`)
