import type { Command } from 'commander'
import { EntityType } from '../../model/index.js'
import { DossierError } from '../../model/index.js'
import type { Store } from '../../store/index.js'
import { action, DEFAULT_DB, table, withStore } from '../common.js'

function checkType(type: string | undefined): void {
  if (type && !EntityType.safeParse(type.toUpperCase()).success) {
    throw new DossierError('E_USAGE', `unknown entity type "${type}"`, { hint: `use one of ${EntityType.options.join(', ')}` })
  }
}

export async function printEntities(store: Store, opts: { type?: string; json?: boolean } = {}): Promise<void> {
  checkType(opts.type)
  const rows = await store.listEntities(opts.type ? { type: opts.type } : {})
  if (opts.json) { process.stdout.write(`${JSON.stringify(rows)}\n`); return }
  if (rows.length === 0) { process.stdout.write('no entities yet: ingest some articles with `dossier ingest <files>`\n'); return }
  process.stdout.write(`${table(['entity', 'type', 'kind', 'mentions', 'articles', 'aliases'], rows.map((e) => [
    e.canonicalName, e.type, e.kind ?? '', e.mentionCount, e.articleCount,
    e.aliases.filter((a) => a !== e.canonicalName).join('; '),
  ]))}\n`)
}

export function registerEntities(program: Command): void {
  program.command('entities')
    .description('list resolved entities with their aliases and mention counts')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--type <type>', 'only this type: PER, ORG, LOC, NORP')
    .option('--json', 'print JSON')
    .action(action(async (o: { db: string; type?: string; json?: boolean }) => {
      checkType(o.type) // usage errors before touching the database
      return withStore(o.db, (s) => printEntities(s, o), { mustExist: true })
    }))
}
