import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import type { Command } from 'commander'
import { DossierError } from '../../model/index.js'
import { exportFormats, exportTo, FORMAT_NAMES, importJsonl } from '../../export/index.js'
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
    const toStdout = o.out === '-'
    // a bar only on a terminal: piped or logged runs stay quiet
    const bar = progressReporter(`export ${o.format}`, o.progress && process.stderr.isTTY === true)
    const out = toStdout ? process.stdout : createWriteStream(o.out, { encoding: 'utf8' })
    const filters = { actor: o.actor, from: o.from, to: o.to, root: o.root, minGrade: o.minGrade }
    try {
      await exportTo(store, o.format, filters, out, { onProgress: (p) => bar.update(p.done, p.total, 0), ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}) })
      if (!toStdout) { out.end(); await finished(out) }
    } catch (e) {
      if (!toStdout) { out.end(); rmSync(o.out, { force: true }) }
      throw e
    } finally {
      bar.stop()
    }
    if (!toStdout) process.stderr.write(`exported ${o.format} to ${o.out} (${statSync(o.out).size} bytes)\n`)
  }, { mustExist: true })
}

export async function runImport(file: string, o: { db: string; progress: boolean }): Promise<void> {
  let size: number
  try {
    size = statSync(file).size
  } catch (e) {
    throw new DossierError('E_INPUT_MISSING', `no file at ${file}`, { cause: e, hint: 'give a file written by `dossier export --format jsonl`' })
  }
  return withStore(o.db, async (store) => {
    const bar = progressReporter('import', o.progress && process.stderr.isTTY === true)
    const input = createReadStream(file)
    try {
      const s = await importJsonl(store, input, () => bar.update(input.bytesRead, size, 0))
      bar.stop()
      process.stdout.write(`imported ${s.articles} article(s): ${s.added} new, ${s.unchanged} unchanged; ${s.judgementsAdded} judgement(s), ` +
        `${s.actorsAdded} actor(s) added; entities, relations and grades ${s.derived}\n`)
    } finally {
      bar.stop()
      input.destroy()
    }
  })
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
