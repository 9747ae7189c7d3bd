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
  return { limit: count('--limit', o.limit, defaultLimit, 1), offset: count('--offset', o.offset, 0, 0) }
}

function count(flag: string, v: string | undefined, dflt: number, min: number): number {
  if (v === undefined) return dflt
  const n = Number(v)
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new DossierError('E_USAGE', `${flag} "${v}" is not a whole number${min > 0 ? ' above 0' : ''}`, { hint: `for example ${flag} ${min > 0 ? 100 : 0}` })
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
