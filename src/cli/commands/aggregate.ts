import type { Command } from 'commander'
import { aggregate } from '../../service/aggregate.js'
import { action, DEFAULT_DB, withStore } from '../common.js'

/** `dossier aggregate [--full]`: run aggregation (entities, relations, clusters, grades) now. */
export function registerAggregate(program: Command): void {
  program.command('aggregate')
    .description('resolve entities and rebuild relations, event clusters and grades (ingest does this itself)')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--full', 'rebuild from scratch: sign every article again (gives the same result as the incremental run)')
    .option('--json', 'print JSON')
    .action(action(async (o: { db: string; full?: boolean; json?: boolean }) => withStore(o.db, async (store) => {
      const t0 = Date.now()
      const s = await aggregate(store, { full: o.full === true })
      if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`)
      else {
        process.stdout.write(`${s.entities} entities, ${s.relations} relations, ${s.events} events in ${s.clusters} clusters, ` +
          `${s.claims} claims, ${s.review} pair(s) to review (${((Date.now() - t0) / 1000).toFixed(1)} s` +
          `${s.unchanged ? '; nothing changed since the last aggregation, use --full to rebuild' : ''})\n`)
      }
    }, { mustExist: true })))
}
