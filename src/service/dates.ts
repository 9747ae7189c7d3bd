/**
 * Date and CAMEO-root filters as users type them (CLI options, query strings, export filters): checked once
 * here, so a mistyped month or root is refused with a hint instead of quietly matching nothing.
 * @module
 */
import { DossierError } from '../model/index.js'

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (2024-02-29 yes, 2023-02-29 no), optionally with a time. */
export function isDateFilter(value: string): boolean {
  const m = DATE.exec(value)
  if (!m) return false
  const [, y, mo, d] = m
  if (mo === undefined) return true
  const month = Number(mo)
  if (month < 1 || month > 12) return false
  if (d === undefined) return true
  const day = Number(d)
  return day >= 1 && day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
}

/** True for a full calendar day (YYYY-MM-DD, optionally with a time), the precision the HTTP API asks for. */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value) && isDateFilter(value)
}

/** The date part of a checked date filter (YYYY, YYYY-MM or YYYY-MM-DD); throws E_USAGE naming the option. */
export function dateFilter(option: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!isDateFilter(value)) {
    throw new DossierError('E_USAGE', `${option} "${value}" is not a date`, { context: { option, value }, hint: 'give an ISO date: 2024, 2024-03 or 2024-03-31' })
  }
  return value.slice(0, 10).replace(/[T ].*$/, '')
}

/** True when `date` falls within from … to, both inclusive at their own precision ("--to 2024" keeps all of 2024). */
export function withinDates(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true
  if (!date) return false
  if (from && date.slice(0, from.length) < from) return false
  return !(to && date.slice(0, to.length) > to)
}

/** A CAMEO root as two digits ("9" → "09"); throws E_USAGE for anything but 01 … 20. */
export function cameoRootFilter(option: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  const n = /^\d{1,2}$/.test(value.trim()) ? Number(value) : NaN
  if (!(n >= 1 && n <= 20)) {
    throw new DossierError('E_USAGE', `${option} "${value}" is not a CAMEO root`, { context: { option, value }, hint: 'give a root code from 01 to 20, e.g. 19 for fighting' })
  }
  return String(n).padStart(2, '0')
}
