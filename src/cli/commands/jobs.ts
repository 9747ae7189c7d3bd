import type { Command } from 'commander'
import { AGGREGATE_QUEUE, closeQueue, DEAD_QUEUE, deadLetters, INGEST_QUEUE, openQueue, queueCounts, queueUrlOf, requeueDead } from '../../jobs/index.js'
import { action, DEFAULT_DB, EXIT, table } from '../common.js'
import { wholeNumber } from '../paging.js'

interface JobsCliOptions {
  db: string
  queue?: string
  limit: string
  json?: boolean
  requeueDead?: boolean
}

const LABEL: Record<string, string> = { [INGEST_QUEUE]: 'ingest', [AGGREGATE_QUEUE]: 'aggregate', [DEAD_QUEUE]: 'dead letters' }

export async function runJobs(o: JobsCliOptions): Promise<number> {
  const url = queueUrlOf(o.queue, o.db)
  const limit = wholeNumber('--limit', o.limit, { min: 0 })
  const boss = await openQueue(url)
  try {
    const requeued = o.requeueDead ? await requeueDead(url, boss) : undefined
    const { queues } = await queueCounts(boss)
    const dead = await deadLetters(boss, limit)
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ queues, deadLetters: dead, ...(requeued !== undefined ? { requeued } : {}) })}\n`)
      return EXIT.ok
    }
    if (requeued !== undefined) process.stdout.write(`${requeued} dead-letter job(s) put back on the ingest queue\n`)
    const states = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled', 'archived'] as const
    process.stdout.write(`${table(['queue', ...states], Object.entries(queues).map(([q, c]) => [LABEL[q] ?? q, ...states.map((s) => String(c[s]))]))}\n`)
    if (dead.length === 0) process.stdout.write('\nno dead letters\n')
    else {
      process.stdout.write(`\ndead letters (failed ${dead[0]!.attempts} time(s) each; fix the cause, then \`dossier jobs --requeue-dead\`):\n`)
      process.stdout.write(`${table(['at', 'code', 'item', 'message'], dead.map((d) => [d.at.slice(0, 19), d.code, d.item, d.message.replace(/\s+/g, ' ').slice(0, 200)]))}\n`)
    }
    return EXIT.ok
  } finally {
    await closeQueue(boss)
  }
}

export function registerJobs(program: Command): void {
  program.command('jobs')
    .description('job queue status: jobs by state, and the dead-letter list (jobs that failed on every retry)')
    .option('--db <path>', 'store (its postgres:// URL is the default queue)', DEFAULT_DB)
    .option('--queue <url>', 'job queue (postgres:// URL); default DOSSIER_QUEUE')
    .option('--limit <n>', 'at most this many dead letters', '50')
    .option('--requeue-dead', 'put every dead-letter job back on the ingest queue first')
    .option('--json', 'print JSON: {queues: {name: {state: count}}, deadLetters: [...]}')
    .action(action(async (o: JobsCliOptions) => runJobs(o)))
}
