import type { Command } from 'commander'
import { searchArticles, searchEntities } from '../../service/search.js'
import { DossierError } from '../../model/index.js'
import { checkQuery } from '../../store/index.js'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { wholeNumber } from '../paging.js'

export function registerSearch(program: Command): void {
  program.command('search')
    .description('full-text search over articles (snippets with [matches]) and entities by any spelling or alias')
    .argument('<text...>', 'words to find')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--limit <n>', 'results listed', '10')
    .option('--json', 'print JSON')
    .action(action(async (words: string[], o: { db: string; limit: string; json?: boolean }) => {
      const limit = wholeNumber('--limit', o.limit, { max: 200 })
      const q = words.join(' ')
      // as `show ""` does: an empty search is a mistake, not a request for the top entities (`dossier entities` lists those)
      if (q.trim() === '') throw new DossierError('E_QUERY', 'the search is empty or only whitespace', { hint: 'give a word or name to search for; `dossier entities` lists the most mentioned entities' })
      checkQuery(q)
      return withStore(o.db, async (store) => {
        const entities = await searchEntities(store, q, { limit: Math.min(limit, 5), offset: 0 })
        const articles = await searchArticles(store, q, { limit, offset: 0 })
        if (o.json) { process.stdout.write(`${JSON.stringify({ entities, articles })}\n`); return }
        const out: string[] = []
        if (entities.items.length) out.push(`entities: ${entities.items.map((h) => `${h.entity.canonicalName} (${h.entity.type}, ${h.how}${h.matched !== h.entity.canonicalName ? ` "${h.matched}"` : ''})`).join('; ')}`)
        out.push(`${articles.total} article(s)${articles.total > articles.items.length ? `, first ${articles.items.length}` : ''}:`)
        for (const a of articles.items) {
          let s = a.snippet
          for (const h of [...a.highlights].reverse()) s = `${s.slice(0, h.start)}[${s.slice(h.start, h.end)}]${s.slice(h.end)}`
          out.push(`- ${a.label}${a.published ? `, ${a.published.slice(0, 10)}` : ''}  ${a.id}`, `    ${s.replace(/\s+/g, ' ')}`)
        }
        process.stdout.write(`${out.join('\n')}\n`)
      }, { mustExist: true })
    }))
}
