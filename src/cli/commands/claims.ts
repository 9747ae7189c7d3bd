import type { Command } from 'commander'
import { DossierError, Stance } from '../../model/index.js'
import { listClaims } from '../../service/facts.js'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { listHeader, notePage, wholeNumber } from '../paging.js'
import { claimLines } from './show.js'

export function registerClaims(program: Command): void {
  program.command('claims')
    .description('attributed claims with their stance, sentence and the grades of the events they report')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--source <entity>', 'claims made by this entity')
    .option('--about <entity>', 'claims about this entity (or event id)')
    .option('--stance <stance>', `only this stance: ${Stance.options.join(', ')}`)
    .option('--limit <n>', 'claims listed', '20')
    .option('--offset <n>', 'skip this many (the next page)', '0')
    .option('--json', 'print JSON')
    .action(action(async (o: { db: string; source?: string; about?: string; stance?: string; limit: string; offset: string; json?: boolean }) => {
      const limit = wholeNumber('--limit', o.limit, { min: 1, max: 10_000 })
      const offset = wholeNumber('--offset', o.offset)
      if (o.stance && !Stance.safeParse(o.stance).success) throw new DossierError('E_USAGE', `unknown stance "${o.stance}"`, { hint: `use one of ${Stance.options.join(', ')}` })
      return withStore(o.db, async (store) => {
        const page = await listClaims(store, { source: o.source, about: o.about, stance: o.stance, limit, offset })
        if (o.json) { process.stdout.write(`${JSON.stringify(page)}\n`); return }
        process.stdout.write(`${[listHeader(page, 'claim', 'claims'), ...page.items.flatMap(claimLines)].join('\n')}\n`)
        notePage('claims', page, page.items.length, page.total)
      }, { mustExist: true })
    }))
}
