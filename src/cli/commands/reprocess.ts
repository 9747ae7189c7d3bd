import type { Command } from 'commander'
import { storeStatus, type StoreStatus } from '../../service/status.js'
import { action, DEFAULT_DB, EXIT, table, withStore } from '../common.js'
import { progressReporter } from '../progress.js'

interface ReprocessCliOptions { db: string; stage?: string; since?: string; failed?: boolean; all?: boolean; progress: boolean }

export function registerReprocess(program: Command): void {
  program.command('reprocess')
    .description('run the pipeline again over stored articles (outdated or failed ones by default), from their stored text')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--stage <key>', 'only articles not yet analysed by this stage (e.g. a new version)')
    .option('--since <date>', 'only articles ingested on or after this ISO date')
    .option('--failed', 'only articles with a recorded stage failure')
    .option('--all', 'every article (with --since: every one since then), even those up to date')
    .option('--no-progress', 'no progress output')
    .action(action(async (o: ReprocessCliOptions) => withStore(o.db, async (store) => {
      // loaded here, not at the top: `dossier status` (registered below) needs only the stage keys, not the pipeline
      const { reprocess } = await import('../../service/reprocess.js')
      const bar = progressReporter('reprocess', o.progress)
      let summary
      try {
        summary = await reprocess(store, {
          ...(o.stage ? { stage: o.stage } : {}), ...(o.since ? { since: o.since } : {}), failed: o.failed ?? false, all: o.all ?? false,
          onProgress: (p) => bar.update(p.done, p.total, p.failed, p.stageFailures),
          onFailure: (f) => bar.log(`${f.code}: ${f.message}`),
        })
      } finally {
        bar.stop()
      }
      const agg = summary.aggregate
      process.stdout.write(`reprocessed ${summary.reprocessed} of ${summary.selected} selected article(s), ${summary.stageFailures.length} stage failure(s)` +
        (agg ? `; ${agg.entities} entities, ${agg.events} events, ${agg.claims} claims` : '') + '\n')
      return summary.stageFailures.length > 0 ? EXIT.partial : EXIT.ok
    }, { mustExist: true })))

  program.command('status')
    .description('articles per stage version, outdated and failed analyses, pending aggregation')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--json', 'print JSON')
    .action(action(async (o: { db: string; json?: boolean }) => withStore(o.db, async (store) => {
      const s = await storeStatus(store)
      process.stdout.write(o.json ? `${JSON.stringify(s)}\n` : renderStatus(s))
    }, { mustExist: true })))
}

/** `dossier status` as text: the counts, the stage table, and what to run when something is not current. */
export function renderStatus(s: StoreStatus): string {
  const imported = s.unrecorded > 0 ? ` (${s.unrecorded} imported without stage keys, from an export older than Dossier's seventeenth session)` : ''
  const out = [`${s.articles} article(s); ${s.outdated} analysed by outdated stages${imported}, ${s.failedArticles} with a stage failure` +
    ` (${s.failures} failure(s) recorded)${s.aggregatePending ? '; aggregation pending' : ''}`, '',
  table(['stage', 'articles', 'status'], s.stages.map((x) => [x.stage, x.articles, x.current ? 'current' : 'outdated']))]
  const todo = s.outdated + s.failedArticles
  if (todo > 0) {
    out.push('', `bring them up to date: dossier reprocess (analyses the ${todo} article(s) again from their stored text${s.failedArticles > 0 ? '; --failed for the failed ones only' : ''})`)
  } else if (s.aggregatePending) out.push('', 'bring entities, relations and grades up to date: dossier aggregate')
  return `${out.join('\n')}\n`
}
