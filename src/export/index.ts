/**
 * Exports and imports in the formats the field uses. `exportTo` streams one format from a store into any Node
 * writable (a file, stdout, an HTTP response); `importJsonl` reads Dossier's own JSON lines back.
 *
 * @example
 * // an HTTP route in two lines
 * const f = exportFormats[format]; reply.header('content-type', f.contentType)
 * await exportTo(store, format, query, reply.raw)
 * @module
 */
export { exportFormats, FORMAT_NAMES, type ExportFormat, type FormatName } from './formats.js'
export { cliOption, ExportFilter, parseFilter, type FilterName, type FilterNaming } from './filter.js'
export { importJsonl, type ImportSummary } from './import-jsonl.js'
export type { ExportProgress } from './sink.js'
export { exportTo, isFormat, validateExport, type ExportOptions } from './export-to.js'
export { migrateStore, digestStore, type MigrateSummary, type ExportDigest } from './migrate.js'
