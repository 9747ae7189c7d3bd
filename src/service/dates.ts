/**
 * Date and CAMEO-root filters as users type them (CLI options, query strings, export filters): checked once
 * here, so a mistyped month or root is refused with a hint instead of quietly matching nothing.
 * @module
 */
import { DossierError } from '../model/index.js'

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** The calendar days a date filter covers: "2024" → 2024-01-01 … 2024-12-31, "2024-02" → … 2024-02-29. */
export interface DaySpan { readonly first: string; readonly last: string }

/**
 * The one parser of dates as users type them (CLI options, query strings, export filters): YYYY, YYYY-MM or
 * YYYY-MM-DD naming a real month and day (2024-02-29 yes, 2023-02-29 no), optionally with a time; undefined otherwise.
 */
export function parseDateFilter(value: string): DaySpan | undefined {
  const m = DATE.exec(value)
  if (!m) return undefined
  const [, y, mo, d] = m
  const month = mo === undefined ? undefined : Number(mo)
  if (month !== undefined && (month < 1 || month > 12)) return undefined
  const lastDay = (mm: number) => new Date(Date.UTC(Number(y), mm, 0)).getUTCDate()
  const day = d === undefined ? undefined : Number(d)
  if (day !== undefined && (day < 1 || day > lastDay(month!))) return undefined
  const iso = (mm: number, dd: number) => `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
  if (month === undefined) return { first: iso(1, 1), last: iso(12, 31) }
  if (day === undefined) return { first: iso(month, 1), last: iso(month, lastDay(month)) }
  return { first: iso(month, day), last: iso(month, day) }
}

/** True for a date filter {@link parseDateFilter} accepts. */
export function isDateFilter(value: string): boolean {
  return parseDateFilter(value) !== undefined
}

function notADate(option: string, value: string): DossierError {
  return new DossierError('E_USAGE', `${option} "${value}" is not a date`, { context: { option, value }, hint: 'give an ISO date: 2024, 2024-03 or 2024-03-31' })
}

/**
 * A from … to window as whole days, both ends inclusive at their own precision: `from 2024-03` → 2024-03-01,
 * `to 2024` → 2024-12-31, so code that compares full days (the store, the graph) keeps all of a year or month.
 * Throws E_USAGE naming every bad value, and a window that ends before it starts.
 */
export function dayWindow(from: string | undefined, to: string | undefined, names = { from: '--from', to: '--to' }): { from?: string; to?: string } {
  const a = from ? parseDateFilter(from) : undefined
  const b = to ? parseDateFilter(to) : undefined
  const bad = [from && !a ? notADate(names.from, from) : undefined, to && !b ? notADate(names.to, to) : undefined].filter((e) => e !== undefined)
  if (bad.length === 1) throw bad[0]!
  if (bad.length === 2) throw new DossierError('E_USAGE', bad.map((e) => e.message).join('; '), { context: { from, to }, hint: 'give ISO dates: 2024, 2024-03 or 2024-03-31' })
  if (a && b && a.first > b.last) {
    throw new DossierError('E_USAGE', `${names.from} "${from}" is after ${names.to} "${to}"`, { context: { from, to }, hint: `swap them: ${names.from} takes the earlier date, ${names.to} the later` })
  }
  return { ...(a ? { from: a.first } : {}), ...(b ? { to: b.last } : {}) }
}

/** True when `date` falls within from … to, both inclusive at their own precision ("--to 2024" keeps all of 2024). */
export function withinDates(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true
  if (!date) return false
  if (from && date.slice(0, from.length) < from) return false
  return !(to && date.slice(0, to.length) > to)
}

/** Comma-separated CAMEO roots ("18,19", as `export --root` takes), each as two digits; E_USAGE names a bad one. */
export function cameoRootsFilter(option: string, value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined
  return [...new Set(value.split(',').map((v) => cameoRootFilter(option, v.trim())).filter((r): r is string => !!r))]
}

/** A CAMEO root as two digits ("9" → "09"); throws E_USAGE for anything but 01 … 20. */
export function cameoRootFilter(option: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const n = /^\d{1,2}$/.test(value.trim()) ? Number(value) : NaN
  if (!(n >= 1 && n <= 20)) {
    throw new DossierError('E_USAGE', `${option} "${value.trim()}" is not a CAMEO root`, { context: { option, value }, hint: 'give a root code from 01 to 20, e.g. 19 for fighting' })
  }
  return String(n).padStart(2, '0')
}
