import type { Command } from 'commander'
import { cameoRootsFilter, dayWindow } from '../../service/dates.js'
import { listEvents } from '../../service/facts.js'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { listHeader, notePage, wholeNumber } from '../paging.js'
import { eventLines } from './show.js'

export function registerEvents(program: Command): void {
  program.command('events')
    .description('coded events with their grade and sentence, newest first')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--actor <entity>', 'events where this entity is actor or target')
    .option('--root <codes>', 'CAMEO root codes, comma-separated (18,19), 01 … 20')
    .option('--from <date>', 'from this ISO date')
    .option('--to <date>', 'to this ISO date')
    .option('--place <place>', 'at this place')
    .option('--limit <n>', 'events listed', '20')
    .option('--offset <n>', 'skip this many (the next page)', '0')
    .option('--json', 'print JSON')
    .action(action(async (o: { db: string; actor?: string; root?: string; from?: string; to?: string; place?: string; limit: string; offset: string; json?: boolean }) => {
      const limit = wholeNumber('--limit', o.limit, { min: 1, max: 10_000 })
      const offset = wholeNumber('--offset', o.offset)
      dayWindow(o.from, o.to) // refused as the user typed them (--from, --to), before the store is opened
      cameoRootsFilter('--root', o.root)
      return withStore(o.db, async (store) => {
        const page = await listEvents(store, { actor: o.actor, root: o.root, from: o.from, to: o.to, place: o.place, limit, offset })
        if (o.json) { process.stdout.write(`${JSON.stringify(page)}\n`); return }
        process.stdout.write(`${[listHeader(page, 'event', 'events'), ...page.items.flatMap(eventLines)].join('\n')}\n`)
        notePage('events', page, page.items.length, page.total)
      }, { mustExist: true })
    }))
}
