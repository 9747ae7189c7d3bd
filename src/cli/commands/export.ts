import { createWriteStream, rmSync, statSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import type { Command } from 'commander'
import { exportTo, validateExport } from '../../export/export-to.js'
import { cliOption } from '../../export/filter.js'
import { exportFormats, FORMAT_NAMES } from '../../export/formats.js'
import { progressReporter } from '../progress.js'
import { action, DEFAULT_DB, withStore } from '../common.js'

export interface ExportCliOptions {
  db: string
  format: string
  out: string
  actor?: string
  from?: string
  to?: string
  root?: string
  minGrade?: string
  baseUrl?: string
  progress: boolean
}

export async function runExport(o: ExportCliOptions): Promise<void> {
  return withStore(o.db, async (store) => {
    const filters = { actor: o.actor, from: o.from, to: o.to, root: o.root, minGrade: o.minGrade }
    validateExport(o.format, filters, cliOption) // before a file is created
    const toStdout = o.out === '-'
    // a bar only on a terminal: piped or logged runs stay quiet
    const bar = progressReporter(`export ${o.format}`, o.progress && process.stderr.isTTY === true)
    const out = toStdout ? process.stdout : createWriteStream(o.out, { encoding: 'utf8' })
    try {
      await exportTo(store, o.format, filters, out, { onProgress: (p) => bar.update(p.done, p.total, 0), ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}) })
      if (!toStdout) { out.end(); await finished(out) }
    } catch (e) {
      if (!toStdout) { out.end(); await finished(out).catch(() => undefined); rmSync(o.out, { force: true }) }
      throw e
    } finally {
      bar.stop()
    }
    if (!toStdout) process.stderr.write(`exported ${o.format} to ${o.out} (${statSync(o.out).size} bytes)\n`)
  }, { mustExist: true })
}

export function registerExport(program: Command): void {
  program.command('export')
    .description('export the picture in a format other tools read')
    .requiredOption('--format <format>', `one of: ${FORMAT_NAMES.map((f) => `${f} (${exportFormats[f].extension})`).join(', ')}`)
    .option('--out <file>', 'output file, or - for standard output', '-')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--actor <name-or-id>', 'events where this entity is actor or target; relations that touch it')
    .option('--from <date>', 'from this ISO date (inclusive)')
    .option('--to <date>', 'up to this ISO date (inclusive)')
    .option('--root <codes>', 'CAMEO root codes, comma-separated (e.g. 18,19)')
    .option('--min-grade <grade>', 'events graded at least this (Admiralty, e.g. B2, C, 3)')
    .option('--base-url <url>', 'claimreview: base of each review\'s url')
    .option('--no-progress', 'no progress bar')
    .action(action(async (o: ExportCliOptions) => runExport(o)))
}
