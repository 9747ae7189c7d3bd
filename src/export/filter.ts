/**
 * The filters every export shares: `--actor`, `--from`, `--to`, `--root`, `--min-grade`. They select events
 * (and what hangs on events: claims about them, Event entities); each format declares which ones apply.
 * @module
 */
import { z } from 'zod'
import { DossierError } from '../model/index.js'
import { isDateFilter } from '../service/dates.js'
import type { Entity, Event, Grade } from '../model/index.js'
import type { EventRecord, Store } from '../store/index.js'

export const ExportFilter = z.object({
  /** Entity id or name: events where it is the actor or the target; relations that touch it. */
  actor: z.string().min(1).optional(),
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: the event's date, else its article's publication date. */
  from: z.string().refine(isDateFilter, 'an ISO date such as 2024-03-01').optional(),
  to: z.string().refine(isDateFilter, 'an ISO date such as 2024-03-31').optional(),
  /** CAMEO root codes 01 … 20 (a single digit is read as 0N), e.g. ["18", "19"]. */
  root: z.array(z.string().transform((r) => r.padStart(2, '0')).pipe(z.string().regex(/^(0[1-9]|1\d|20)$/, 'a CAMEO root from 01 to 20, such as 19'))).optional(),
  /** Admiralty grade at least this good: `B2`, or a letter (`C`) or a digit (`3`) alone. */
  minGrade: z.string().regex(/^[A-Fa-f]?[1-6]?$/, 'an Admiralty grade such as B2, C or 3').min(1).optional(),
})
export type ExportFilter = z.infer<typeof ExportFilter>
export type FilterName = keyof ExportFilter

export const FILTER_NAMES: readonly FilterName[] = ['actor', 'from', 'to', 'root', 'minGrade']

/** How a caller names a filter to its user: the query string's `minGrade`, or the CLI's `--min-grade`. */
export type FilterNaming = (name: FilterName) => string

/** A filter as the CLI spells its option: `minGrade` → `--min-grade`. */
export const cliOption: FilterNaming = (name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/**
 * Validate raw filters (from the CLI or a query string), collecting every issue, each named as the caller's user
 * typed it, with the value refused: `--to "2024-13": an ISO date …`, `root "42": a CAMEO root …`.
 */
export function parseFilter(raw: unknown, naming: FilterNaming = (name) => name): ExportFilter {
  const r = ExportFilter.safeParse(raw)
  if (r.success) return r.data
  const issues = r.error.issues.map((i) => `${filterIssueName(raw, i.path, naming)}: ${i.message}`)
  throw new DossierError('E_USAGE', `invalid export filter: ${issues.join('; ')}`, { hint: 'see `dossier export --help`' })
}

function filterIssueName(raw: unknown, path: readonly PropertyKey[], naming: FilterNaming): string {
  const [name, index] = path
  if (typeof name !== 'string') return 'filter'
  const given = (raw as Record<string, unknown>)[name]
  const value = typeof index === 'number' && Array.isArray(given) ? given[index] : given
  return `${naming(name as FilterName)}${typeof value === 'string' ? ` "${value}"` : ''}`
}

/** The filters that are set. */
export function activeFilters(f: ExportFilter): FilterName[] {
  return FILTER_NAMES.filter((k) => f[k] !== undefined && !(Array.isArray(f[k]) && f[k].length === 0))
}

/** Refuse filters a format cannot apply, naming them. */
export function checkFilters(format: string, f: ExportFilter, supported: readonly FilterName[]): void {
  const bad = activeFilters(f).filter((k) => !supported.includes(k))
  if (bad.length) {
    throw new DossierError('E_USAGE', `format ${format} does not apply ${bad.map(cliOption).join(', ')}`, {
      hint: supported.length ? `${format} applies: ${supported.join(', ')}` : `${format} exports everything; drop the filters`,
    })
  }
}

/** The actor filter's entity id (by id or unique name). */
export async function resolveActor(store: Store, actor: string | undefined): Promise<string | undefined> {
  if (!actor) return undefined
  const byId = await store.getEntity(actor)
  if (byId) return byId.id
  const found = await store.findEntities(actor)
  if (found.length === 1) return found[0]!.id
  if (found.length === 0) throw new DossierError('E_NOT_FOUND', `no entity named "${actor}"`, { hint: 'list entities with `dossier entities`' })
  throw new DossierError('E_NOT_FOUND', `"${actor}" names ${found.length} entities: ${found.map((e) => `${e.canonicalName} (${e.id})`).join('; ')}`, { hint: 'give the entity id' })
}

const RELIABILITY = 'ABCDEF'

/** True when `grade` is at least as good as `min` (lower letters and digits are better). */
export function gradeAtLeast(grade: Grade | undefined, min: string | undefined): boolean {
  if (!min) return true
  if (!grade) return false
  const letter = min.match(/[A-Fa-f]/)?.[0]?.toUpperCase()
  const digit = min.match(/[1-6]/)?.[0]
  if (letter && RELIABILITY.indexOf(grade.reliability) > RELIABILITY.indexOf(letter)) return false
  if (digit && Number(grade.credibility) > Number(digit)) return false
  return true
}

/** Compare an ISO date prefix with a bound: `2024-03` is within [2024-03-01, 2024-03-31]. */
export function dateWithin(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true
  if (!date) return false
  if (from && date.slice(0, from.length) < from) return false
  if (to && date.slice(0, to.length) > to) return false
  return true
}

/** The entities and date an event is judged by. */
export interface EventFacts {
  readonly record: EventRecord
  readonly actor?: Entity | undefined
  readonly target?: Entity | undefined
  readonly date?: string | undefined
}

export type EventPredicate = (e: EventFacts) => boolean

export function eventPredicate(f: ExportFilter, actorId: string | undefined): EventPredicate {
  const roots = f.root ? new Set(f.root) : undefined
  return ({ record, actor, target, date }) => {
    const ev: Event = record.event
    if (roots && !roots.has(ev.cameoRoot)) return false
    if (actorId && actor?.id !== actorId && target?.id !== actorId) return false
    if (!dateWithin(date, f.from, f.to)) return false
    return gradeAtLeast(record.grade, f.minGrade)
  }
}
