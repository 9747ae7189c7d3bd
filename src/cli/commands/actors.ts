import type { Command } from 'commander'
import { importActors } from '../../service/actors.js'
import { action, DEFAULT_DB, withStore } from '../common.js'

export function registerActors(program: Command): void {
  program.command('actors')
    .description('manage the actor knowledge base')
    .command('import')
    .description('import actors: a PETRARCH/Phoenix actor or agent dictionary (.gz ok), FtM entities (JSON lines) or {"actors": [...]}')
    .argument('<file>', 'actor file')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--strict', 'refuse the whole file if any line is malformed (default: skip those lines with a warning)')
    .action(action(async (file: string, o: { db: string; strict?: boolean }) => withStore(o.db, async (store) => {
      const r = await importActors(store, file, o.strict ? { strict: true } : {})
      for (const issue of r.issues) process.stderr.write(`W_INVALID_LINE: ${issue.startsWith(file) ? issue : `${file}: ${issue}`}\n`)
      const read = `read ${r.entries} entr${r.entries === 1 ? 'y' : 'ies'} from ${file} (${r.format} format), skipped ${r.issues.length} malformed line(s)`
      const what = r.actors.length > 0
        ? `imported ${r.actors.length} actor(s)`
        : `${r.agents} agent(s): roles (police → COP), not actors, so nothing added to the knowledge base; the shipped agents code roles`
      process.stdout.write(`${read}; ${what}\n`)
    })))
}
