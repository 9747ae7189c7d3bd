import type { Command } from 'commander'
import { DossierError } from '../../model/index.js'
import { toIsoDate } from '../../ingest/html/metadata.js'
import { ingest, type IngestSummary } from '../../service/ingest.js'
import { progressReporter } from '../progress.js'
import { action, DEFAULT_DB, EXIT, withStore } from '../common.js'
import { closeQueue, DEFAULT_RETRY, enqueue, isPostgresUrl, openQueue, queueUrlOf, redact } from '../../jobs/index.js'
import { wholeNumber } from '../paging.js'

export interface IngestCliOptions {
  db: string
  outlet?: string
  published?: string
  allowPrivate?: boolean
  progress: boolean
  /** Print the summary as JSON (with each unchanged and near-duplicate article's match). */
  json?: boolean
  /** Enqueue for `dossier worker` instead of processing (a postgres:// URL, or true for DOSSIER_QUEUE). */
  queue?: string | true
  retries?: string
  jobTimeout?: string
}

export async function runIngest(inputs: string[], o: IngestCliOptions): Promise<{ summary: IngestSummary; code: number }> {
  // `--queue [url]` takes the next word when it can: an input there (not a postgres:// URL) goes back to the inputs
  if (typeof o.queue === 'string' && !isPostgresUrl(o.queue)) return runEnqueue([o.queue, ...inputs], { ...o, queue: true })
  // optional for commander only (so `--queue <input>` can lend its word back): an ingest needs inputs
  if (inputs.length === 0) throw new DossierError('E_USAGE', "missing required argument 'inputs'", { hint: 'dossier ingest <files | folders | URLs | feeds…>' })
  if (o.queue !== undefined) return runEnqueue(inputs, o)
  return withStore(o.db, async (store) => {
    const published = o.published === undefined ? undefined : toIsoDate(o.published)
    if (o.published !== undefined && !published) {
      throw new DossierError('E_USAGE', `--published "${o.published}" is not a date`, { hint: 'give an ISO date such as 2016-03-14' })
    }
    const bar = progressReporter('ingest', o.progress)
    // messages name their input once: most errors already start with the path
    const line = (code: string, item: string, message: string) => `${code}: ${message.includes(item) ? message : `${item}: ${message}`}`
    let summary: IngestSummary
    try {
      summary = await ingest(store, inputs, {
        ...(o.outlet ? { outlet: o.outlet } : {}),
        ...(published ? { published } : {}),
        allowPrivate: o.allowPrivate ?? false,
        onProgress: (p) => bar.update(p.done, p.total, p.failed, p.stageFailures),
        onFailure: (f) => bar.log(line(f.code, f.item, f.message)),
        onWarning: (item, w) => bar.log(line('W_INPUT', item, w)),
      })
    } finally {
      bar.stop()
    }
    if (o.json) process.stdout.write(`${JSON.stringify(summary)}\n`)
    else process.stdout.write([ingestSummaryLine(summary), ...ingestMatchLines(summary).map((l) => `  ${l}`)].join('\n') + '\n')
    return { summary, code: summary.failures.length + summary.stageFailures.length > 0 ? EXIT.partial : EXIT.ok }
  })
}

/**
 * The summary line of an ingest. Its counts are articles (a feed is one input holding many), so when the
 * inputs held more articles than there were inputs the line says both, and the counts add up.
 */
export function ingestSummaryLine(summary: IngestSummary): string {
  const agg = summary.aggregate
  const articles = summary.added + summary.unchanged + summary.failures.length
  const read = articles === summary.items ? `${summary.items} item(s)` : `${summary.items} input(s) holding ${articles} article(s)`
  return `ingested ${read}: ${summary.added} new, ${summary.unchanged} unchanged, ` +
    `${summary.nearDuplicates} near-duplicate(s), ${summary.failures.length} failed` +
    (summary.stageFailures.length ? `, ${summary.stageFailures.length} stage failure(s) (stored without what depends on the stage; see \`dossier failures\`)` : '') +
    (agg ? `; ${agg.entities} entities, ${agg.events} events, ${agg.claims} claims` : '')
}

const MATCH_LINES = 10

/**
 * One line per article that was not stored as new because of another input (the same page by file and by URL),
 * and per near-duplicate, naming the stored article it matched. An input unchanged against its own earlier
 * copy (a re-run) needs no line.
 */
export function ingestMatchLines(summary: Pick<IngestSummary, 'matches'>): string[] {
  const worth = (summary.matches ?? []).filter((m) => m.kind === 'near-duplicate' || m.matchedSource !== (m.source ?? m.item))
  const lines = worth.slice(0, MATCH_LINES).map((m) => {
    const from = m.matchedSource ? ` (${m.matchedSource})` : ''
    const name = m.source && m.source !== m.item ? m.source : m.item
    return m.kind === 'unchanged'
      ? `${name}: unchanged, the same text as stored article ${m.matched}${from}; nothing new stored`
      : `${name}: stored as ${m.articleId}, a near-duplicate of stored article ${m.matched}${from}`
  })
  if (worth.length > MATCH_LINES) lines.push(`… and ${worth.length - MATCH_LINES} more (see --json)`)
  return lines
}

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('ingest plain-text or HTML files, directories, feeds and URLs into the store')
    .argument('[inputs...]', 'files, directories, feed files or URLs')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--outlet <name>', 'outlet to record for articles that do not name one')
    .option('--published <date>', 'publication date (ISO) for articles that do not give one')
    .option('--allow-private', 'allow fetching URLs on loopback and private networks')
    .option('--no-progress', 'no progress output')
    .option('--json', 'print the summary as JSON, with the stored article each unchanged or near-duplicate article matched')
    .option('--queue [url]', 'enqueue one job per item on the PostgreSQL job queue (default DOSSIER_QUEUE) for `dossier worker`, instead of processing')
    .option('--retries <n>', 'with --queue: retries of a failing job before it goes to the dead-letter list', String(DEFAULT_RETRY.retries))
    .option('--job-timeout <seconds>', 'with --queue: a job running longer (its worker died) is retried', String(DEFAULT_RETRY.timeoutSeconds))
    .action(action(async (inputs: string[], o: IngestCliOptions) => (await runIngest(inputs, o)).code))
}

/** `dossier ingest --queue`: one job per item for the workers; nothing is analysed here. */
async function runEnqueue(inputs: string[], o: IngestCliOptions): Promise<{ summary: IngestSummary; code: number }> {
  const url = queueUrlOf(o.queue, o.db)
  const published = o.published === undefined ? undefined : toIsoDate(o.published)
  if (o.published !== undefined && !published) {
    throw new DossierError('E_USAGE', `--published "${o.published}" is not a date`, { hint: 'give an ISO date such as 2016-03-14' })
  }
  const retry = {
    ...DEFAULT_RETRY,
    ...(o.retries !== undefined ? { retries: wholeNumber('--retries', o.retries, { min: 0, max: 100 }) } : {}),
    ...(o.jobTimeout !== undefined ? { timeoutSeconds: wholeNumber('--job-timeout', o.jobTimeout, { min: 1, max: 86_400 }) } : {}),
  }
  const boss = await openQueue(url)
  try {
    const r = await enqueue(boss, inputs, {
      ...(o.outlet ? { outlet: o.outlet } : {}), ...(published ? { published } : {}), allowPrivate: o.allowPrivate ?? false, retry,
    })
    for (const s of r.skipped) process.stderr.write(`W_INPUT: ${s.input}: ${s.warning}\n`)
    for (const p of r.problems) process.stderr.write(`${p.code}: ${p.message.includes(p.item) ? p.message : `${p.item}: ${p.message}`}\n`)
    process.stdout.write(`queued ${r.queued} job(s) on ${redact(url)}, ${r.problems.length} failed; run \`dossier worker\` to process them\n`)
    const summary: IngestSummary = {
      batchId: '', items: r.queued + r.problems.length, added: 0, unchanged: 0, nearDuplicates: 0, stageFailures: [],
      failures: r.problems.map((p) => ({ item: p.item, code: p.code, message: p.message })),
    }
    return { summary, code: r.problems.length ? EXIT.partial : EXIT.ok }
  } finally {
    await closeQueue(boss)
  }
}
