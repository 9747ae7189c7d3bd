/**
 * Lists cut at a limit say so on stderr, with the option that shows the next page, so a pipe
 * (`dossier entities | head`, `> file`) never silently holds part of the answer.
 * @module
 */
import { DossierError } from '../model/index.js'

export interface Page {
  readonly limit: number
  readonly offset: number
}

/** Parse `--limit` / `--offset` values (strings from the command line) into a page. */
export function pageOf(o: { limit?: string; offset?: string }, defaultLimit: number): Page {
  return {
    limit: o.limit === undefined ? defaultLimit : wholeNumber('--limit', o.limit, { min: 1 }),
    offset: o.offset === undefined ? 0 : wholeNumber('--offset', o.offset),
  }
}

/** A whole-number option (`--limit`, `--hops`, `--port`, …) within [min, max], or a usage error naming the flag. */
export function wholeNumber(flag: string, v: string, range: { min?: number; max?: number } = {}): number {
  const min = range.min ?? 0
  const max = range.max ?? Number.MAX_SAFE_INTEGER
  const n = Number(v)
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    const span = max === Number.MAX_SAFE_INTEGER ? (min > 0 ? ` of at least ${min}` : '') : ` from ${min} to ${max}`
    // "--hops 99 is not a whole number" reads as a parsing error; a whole number out of range says so
    const what = /^\d+$/.test(v.trim()) ? `is out of range: give a whole number${span}` : `is not a whole number${span}`
    throw new DossierError('E_USAGE', `${flag} "${v}" ${what}`, { hint: `for example ${flag} ${Math.max(min, Math.min(max, 100))}` })
  }
  return n
}

/** Tell the user on stderr that `shown` of `total` rows were printed, and how to see the rest. */
export function notePage(what: string, page: Page, shown: number, total: number): void {
  if (page.offset + shown >= total) {
    if (shown === 0 && total > 0) process.stderr.write(`no ${what} past --offset ${page.offset}: there are ${total}\n`)
    return
  }
  process.stderr.write(`showing ${what} ${page.offset + 1}-${page.offset + shown} of ${total}; next page: --offset ${page.offset + shown} --limit ${page.limit}\n`)
}

/** ", 21-40" after a list's count when the page does not hold the whole list; nothing when it does. */
export function pageRange(page: { total: number; offset: number; items: readonly unknown[] }): string {
  if (page.offset === 0 && page.items.length >= page.total) return ''
  return page.items.length === 0 ? `, none past ${page.offset}` : `, ${page.offset + 1}-${page.offset + page.items.length}`
}

/** A list's first line: "3 claims:", "38 events, 21-38:", or "no claims match" (no colon: nothing follows). */
export function listHeader(page: { total: number; offset: number; items: readonly unknown[] }, one: string, many: string): string {
  if (page.total === 0) return `no ${many} match`
  return `${page.total} ${page.total === 1 ? one : many}${pageRange(page)}:`
}
