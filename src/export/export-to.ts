/**
 * One export into any Node writable: the format and filter checks and the streaming, without the importers
 * and the store migration (`dossier export` loads only this and the formats).
 * @module
 */
import { DossierError } from '../model/index.js'
import type { Store } from '../store/index.js'
import { checkFilters, parseFilter, type ExportFilter, type FilterNaming } from './filter.js'
import { exportFormats, FORMAT_NAMES, type FormatName } from './formats.js'
import { sinkOf, type ExportProgress } from './sink.js'

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(exportFormats, name)
}

export interface ExportOptions {
  readonly onProgress?: ExportProgress
  /** Base for ClaimReview urls. */
  readonly baseUrl?: string
}

/** Check a format name and raw filters before anything is opened or written; returns the parsed filter. */
export function validateExport(format: string, filters: unknown, naming?: FilterNaming): { format: FormatName; filter: ExportFilter } {
  if (!isFormat(format)) {
    throw new DossierError('E_USAGE', `unknown export format "${format}"`, { hint: `use one of: ${FORMAT_NAMES.join(', ')}` })
  }
  const raw = (filters ?? {}) as Record<string, unknown>
  const root = typeof raw['root'] === 'string' ? raw['root'].split(',').map((s) => s.trim()).filter(Boolean) : raw['root']
  const filter = parseFilter(Object.fromEntries(Object.entries({ ...raw, root }).filter(([, v]) => v !== undefined && v !== '')), naming)
  checkFilters(format, filter, exportFormats[format].filters)
  return { format, filter }
}

/**
 * Stream a format into `out`. Filters are validated (raw values from a CLI or query string are fine: `root` may be
 * a comma-separated string) and a filter the format cannot apply is refused with E_USAGE before anything is written.
 * The stream is not ended: the caller owns it.
 */
export async function exportTo(store: Store, format: string, filters: unknown, out: NodeJS.WritableStream, opts: ExportOptions = {}): Promise<void> {
  const { filter } = validateExport(format, filters)
  const spec = exportFormats[format as FormatName]
  const total = await store.countArticles()
  await spec.write({ store, filter, sink: sinkOf(out), onProgress: opts.onProgress, baseUrl: opts.baseUrl })
  opts.onProgress?.({ done: total, total })
}
