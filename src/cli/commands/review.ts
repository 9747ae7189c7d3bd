import { createInterface } from 'node:readline/promises'
import type { Command } from 'commander'
import { decide, judge, judgeNames, reviewQueue, type ReviewItem } from '../../service/review.js'
import { action, DEFAULT_DB, withStore } from '../common.js'

function describeItem(n: number, r: ReviewItem): string {
  const j = r.judgement
  return `${n}. [${j.id.slice(10, 18)}] ${r.labels[0]}  ~  ${r.labels[1]}   score ${j.score.toFixed(2)}${j.reason ? `: ${j.reason}` : ''}`
}

export function registerReview(program: Command): void {
  const review = program.command('review')
    .enablePositionalOptions()
    .description('review entity pairs the resolver was unsure about; your verdicts always win')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--json', 'print the open items as JSON')
    .action(action(async (o: { db: string; json?: boolean }) => withStore(o.db, async (store) => {
      const items = await reviewQueue(store)
      if (o.json) { process.stdout.write(`${JSON.stringify(items)}\n`); return }
      if (items.length === 0) { process.stdout.write('nothing to review\n'); return }
      if (!process.stdin.isTTY) {
        items.forEach((it, i) => process.stdout.write(`${describeItem(i + 1, it)}\n`))
        process.stdout.write('\nrecord a verdict with `dossier review accept <id>` (same) or `dossier review reject <id>` (different)\n')
        return
      }
      const rl = createInterface({ input: process.stdin, output: process.stdout })
      try {
        for (const [i, it] of items.entries()) {
          const answer = (await rl.question(`${describeItem(i + 1, it)}\nsame? [y]es / [n]o / [s]kip / [q]uit: `)).trim().toLowerCase()
          if (answer.startsWith('q')) break
          if (answer.startsWith('y')) await judge(store, it.judgement.a, it.judgement.b, 'same')
          else if (answer.startsWith('n')) await judge(store, it.judgement.a, it.judgement.b, 'different')
        }
      } catch (e) {
        // Ctrl-D or Ctrl-C at the prompt ends the review; verdicts given so far are kept
        if (!(e instanceof Error && e.name === 'AbortError')) throw e
        process.stdout.write('\n')
      } finally {
        rl.close()
      }
    }, { mustExist: true })))
  for (const [name, verdict, what] of [['accept', 'same', 'the two are the same'], ['reject', 'different', 'the two are different']] as const) {
    review.command(name)
      .description(`record that ${what} (by review item id)`)
      .argument('<id>', 'review item id (or a unique prefix), as listed by `dossier review`')
      .option('--db <path>', 'database file', DEFAULT_DB)
      .action(action(async (id: string, o: { db: string }) => withStore(o.db, async (store) => {
        const j = await decide(store, id.startsWith('judgement_') ? id : `judgement_${id}`, verdict)
        process.stdout.write(`recorded: ${j.a} ${verdict === 'same' ? '=' : '≠'} ${j.b}\n`)
      }, { mustExist: true })))
  }
  for (const [name, verdict] of [['merge', 'same'], ['split', 'different']] as const) {
    review.command(name)
      .description(name === 'merge' ? 'record that two entities are one' : 'record that two names of one entity are different actors')
      .argument('<nameA>', 'entity name or alias')
      .argument('<nameB>', 'entity name or alias')
      .option('--db <path>', 'database file', DEFAULT_DB)
      .action(action(async (a: string, b: string, o: { db: string }) => withStore(o.db, async (store) => {
        const j = await judgeNames(store, a, b, verdict)
        process.stdout.write(`recorded: ${j.a} ${verdict === 'same' ? '=' : '≠'} ${j.b}\n`)
      }, { mustExist: true })))
  }
}
