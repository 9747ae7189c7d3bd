import type { Command } from 'commander'
import { EntityType } from '../../model/index.js'
import { DossierError } from '../../model/index.js'
import type { Store } from '../../store/index.js'
import { action, DEFAULT_DB, table, withStore } from '../common.js'
import { notePage, pageOf, type Page } from '../paging.js'

function checkType(type: string | undefined): void {
  if (type && !EntityType.safeParse(type.toUpperCase()).success) {
    throw new DossierError('E_USAGE', `unknown entity type "${type}"`, { hint: `use one of ${EntityType.options.join(', ')}` })
  }
}

export async function printEntities(store: Store, opts: { type?: string; json?: boolean; page?: Page } = {}): Promise<void> {
  checkType(opts.type)
  const page = opts.page ?? { limit: 10_000, offset: 0 }
  const filter = opts.type ? { type: opts.type } : {}
  const rows = await store.listEntities({ ...filter, ...page })
  if (opts.json) process.stdout.write(`${JSON.stringify(rows)}\n`)
  else if (rows.length === 0 && page.offset === 0) process.stdout.write('no entities yet: ingest some articles with `dossier ingest <files>`\n')
  else {
    process.stdout.write(`${table(['entity', 'type', 'kind', 'mentions', 'articles', 'aliases'], rows.map((e) => [
      e.canonicalName, e.type, e.kind ?? '', e.mentionCount, e.articleCount,
      e.aliases.filter((a) => a !== e.canonicalName).join('; '),
    ]))}\n`)
  }
  if (rows.length === page.limit || page.offset > 0) notePage('entities', page, rows.length, await store.countEntities(filter))
}

export function registerEntities(program: Command): void {
  program.command('entities')
    .description('list resolved entities with their aliases and mention counts')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--type <type>', 'only this type: PER, ORG, LOC, NORP')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many entities (most mentioned first)', '10000')
    .option('--offset <n>', 'skip this many first (the next page)')
    .action(action(async (o: { db: string; type?: string; json?: boolean; limit?: string; offset?: string }) => {
      checkType(o.type) // usage errors before touching the database
      const page = pageOf(o, 10_000)
      return withStore(o.db, (s) => printEntities(s, { ...(o.type ? { type: o.type } : {}), json: o.json ?? false, page }), { mustExist: true })
    }))
}
