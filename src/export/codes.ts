/**
 * Codes the event tables share: a CAMEO actor code split into its country, known-group and type parts, countries
 * as ISO 3166-1 codes whatever way the store spells them, GDELT-style dates and numeric event ids.
 * @module
 */
import countries from 'i18n-iso-countries'

/** CAMEO actor role and sector codes (CAMEO manual, chapter 3: domestic roles, primary and secondary sectors). */
const TYPE_CODES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'PTY', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU',
  'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'IGO', 'NGO', 'NGM', 'MNC', 'SET', 'UIS', 'IMG',
])
/** Regional and multinational actor codes that stand where a country would. */
const GROUP_CODES = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UIS'])

export interface ActorCodeParts {
  readonly code: string
  readonly country?: string | undefined
  readonly knownGroup?: string | undefined
  readonly types: readonly string[]
}

/** `SYRMIL` → country SYR, types [MIL]; `IGOUNO` → types [IGO], known group UNO; `MILREB`… → types only. */
export function parseActorCode(code: string | undefined): ActorCodeParts | undefined {
  if (!code || !/^[A-Z0-9]{3}([A-Z0-9]{3})*$/.test(code)) return code ? { code, types: [] } : undefined
  const chunks = code.match(/.{3}/g) ?? []
  let country: string | undefined
  let knownGroup: string | undefined
  const types: string[] = []
  chunks.forEach((c, i) => {
    if (i === 0 && !GROUP_CODES.has(c) && countries.isValid(c)) country = c
    else if (TYPE_CODES.has(c)) types.push(c)
    else knownGroup ??= c
  })
  return { code, country, knownGroup, types }
}

/** ISO 3166-1 alpha-2 for a country given as alpha-2, alpha-3 or an English name ("egypt"). */
export function iso2(country: string | undefined): string | undefined {
  if (!country) return undefined
  const c = country.trim()
  if (/^[A-Za-z]{2}$/.test(c) && countries.isValid(c.toUpperCase())) return c.toUpperCase()
  if (/^[A-Za-z]{3}$/.test(c) && countries.isValid(c.toUpperCase())) return countries.alpha3ToAlpha2(c.toUpperCase())
  return countries.getAlpha2Code(c, 'en') ?? countries.getAlpha2Code(c.replace(/\b\w/g, (x) => x.toUpperCase()), 'en')
}

export function iso3(country: string | undefined): string | undefined {
  const a2 = iso2(country)
  return a2 ? countries.alpha2ToAlpha3(a2) : undefined
}

/** The country's common English name: the shortest of the library's names that is a word, not an abbreviation ("Palestine", "Russia"). */
export function countryName(country: string | undefined): string | undefined {
  const a2 = iso2(country)
  if (!a2) return undefined
  const names = (countries.getName(a2, 'en', { select: 'all' }) ?? []).filter((n) => n.length > 3 && !/[,.]/.test(n))
  return names.sort((a, b) => a.length - b.length)[0] ?? countries.getName(a2, 'en')
}

/** A full ISO day (YYYY-MM-DD) from a date or date-time, or undefined when only a year or month is known. */
export function isoDay(date: string | undefined): string | undefined {
  const m = date?.match(/^(\d{4}-\d{2}-\d{2})/)
  return m ? m[1] : undefined
}

/** A numeric id from a hashed one (`event_0c9b…` → the first 60 bits as a decimal), for tables that want integers. */
export function numericId(id: string): string {
  const hex = id.replace(/^[a-z]+_/, '').replace(/[^0-9a-f]/g, '').slice(0, 15)
  return hex ? BigInt(`0x${hex}`).toString() : ''
}

/**
 * A table cell on one line: a name or sentence that spans the article's line break ("the U.S.-led\ncoalition")
 * has its whitespace runs made one space, so one event stays one row for spreadsheets, `cut` and `awk` alike.
 */
export function oneLine<T>(cell: T): T | string {
  return typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : cell
}
