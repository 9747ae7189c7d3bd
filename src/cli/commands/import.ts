import type { Command } from 'commander'
import { action, DEFAULT_DB } from '../common.js'
import { runImport } from './export.js'

export function registerImport(program: Command): void {
  program.command('import')
    .description('import a Dossier JSON lines export (merges into the store; importing twice changes nothing)')
    .argument('<file>', 'a file written by `dossier export --format jsonl`')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--no-progress', 'no progress bar')
    .action(action(async (file: string, o: { db: string; progress: boolean }) => runImport(file, o)))
}
