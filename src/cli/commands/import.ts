import { createReadStream, statSync } from 'node:fs'
import type { Command } from 'commander'
import { importJsonl } from '../../export/index.js'
import { DossierError } from '../../model/index.js'
import { progressReporter } from '../progress.js'
import { action, DEFAULT_DB, withStore } from '../common.js'

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
        `${s.actorsAdded} actor(s) added; entities, relations and grades ${s.derived}\n` +
        (s.withoutStages > 0 ? `${s.withoutStages} article(s) came without stage keys (an export older than Dossier's seventeenth session): ` +
          'their annotations are as exported and `dossier status` counts them as outdated; `dossier reprocess` analyses them again\n' : ''))
    } finally {
      bar.stop()
      input.destroy()
    }
  })
}

export function registerImport(program: Command): void {
  program.command('import')
    .description('import a Dossier JSON lines export (merges into the store; importing twice changes nothing)')
    .argument('<file>', 'a file written by `dossier export --format jsonl`')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--no-progress', 'no progress bar')
    .action(action(async (file: string, o: { db: string; progress: boolean }) => runImport(file, o)))
}
