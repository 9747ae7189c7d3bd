import type { Command } from 'commander'
import { retryInput } from '../../ingest/retry.js'
import { action, DEFAULT_DB, table, withStore } from '../common.js'
import { notePage, pageOf } from '../paging.js'

/** `dossier failures`: stages that failed on stored articles, and inputs that gave no article. */
export function registerFailures(program: Command): void {
  program.command('failures')
    .description('list recorded failures: stages that failed on stored articles, inputs that could not be loaded')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--offset <n>', 'skip this many rows first')
    .option('--json', 'print JSON')
    .action(action(async (o: { db: string; limit?: string; offset?: string; json?: boolean }) => {
      const page = pageOf(o, 50)
      return withStore(o.db, async (store) => {
        const total = await store.countFailures()
        const rows = await store.failures(page)
        if (o.json) process.stdout.write(`${JSON.stringify(rows)}\n`)
        else if (total === 0) process.stdout.write('no failures recorded\n')
        else {
          process.stdout.write(`${table(['at', 'code', 'stage', 'article', 'item', 'message'], rows.map((f) => [
            f.at.slice(0, 19), f.code, f.stage ?? '', f.articleId ?? '', f.item ?? '', f.message.replace(/\s+/g, ' ').slice(0, 200),
          ]))}\n`)
        }
        notePage('failures', page, rows.length, total)
        if (total > 0 && !o.json) process.stderr.write(failuresHint(rows))
      }, { mustExist: true })
    }))
}

/** What to run next: stored articles with a failed stage are reprocessed; inputs that gave no article are ingested again. */
export function failuresHint(rows: ReadonlyArray<{ articleId?: string | undefined; item?: string | undefined }>): string {
  const out: string[] = []
  if (rows.some((r) => r.articleId)) out.push('re-run the failed articles once fixed: dossier reprocess --failed')
  const retries = rows.filter((r) => !r.articleId && r.item).map((r) => retryInput(r.item!))
  const inputs = [...new Set(retries.map((r) => r.input))]
  const flag = retries.some((r) => r.private) ? '--allow-private ' : ''
  if (inputs.length > 0) out.push(`ingest the inputs again once fixed (no article was stored from them): dossier ingest ${flag}${inputs.slice(0, 3).map((i) => JSON.stringify(i)).join(' ')}${inputs.length > 3 ? ' …' : ''}`)
  return out.length ? `${out.join('\n')}\n` : ''
}
