import { createInterface } from 'node:readline/promises'
import type { Command } from 'commander'
import type { Judgement } from '../../model/index.js'
import { decide, judge, judgeNames, reviewQueue, undo, verdicts, type ReviewItem } from '../../service/review.js'
import { action, DEFAULT_DB, withStore } from '../common.js'

const shortId = (j: Judgement) => j.id.slice(10, 18)
const verdictLine = (j: Judgement) => `${j.a} ${j.verdict === 'same' ? '=' : j.verdict === 'different' ? '≠' : '?'} ${j.b}`
const recorded = (j: Judgement) => `recorded: ${verdictLine(j)}  (take it back: dossier review undo ${shortId(j)})\n`

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
    .option('--verdicts', 'list your verdicts in force instead, newest first, with the id `review undo` takes')
    .action(action(async (o: { db: string; json?: boolean; verdicts?: boolean }) => withStore(o.db, async (store) => {
      if (o.verdicts) {
        const list = await verdicts(store)
        if (o.json) process.stdout.write(`${JSON.stringify(list)}\n`)
        else process.stdout.write(list.length ? list.map((j) => `[${shortId(j)}] ${verdictLine(j)}  ${j.at.slice(0, 16)}${j.reason ? `  ${j.reason}` : ''}\n`).join('') : 'no verdicts\n')
        return
      }
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
        process.stdout.write(recorded(await decide(store, id.startsWith('judgement_') ? id : `judgement_${id}`, verdict)))
      }, { mustExist: true })))
  }
  for (const [name, verdict] of [['merge', 'same'], ['split', 'different']] as const) {
    review.command(name)
      .description(name === 'merge' ? 'record that two entities are one' : 'record that two names of one entity are different actors')
      .argument('<nameA>', 'entity name or alias')
      .argument('<nameB>', 'entity name or alias')
      .option('--db <path>', 'database file', DEFAULT_DB)
      .action(action(async (a: string, b: string, o: { db: string }) => withStore(o.db, async (store) => {
        process.stdout.write(recorded(await judgeNames(store, a, b, verdict)))
      }, { mustExist: true })))
  }
  review.command('undo')
    .description('take back a verdict: the one it replaced is in force again (or none: the pair is open for review again)')
    .argument('<id>', 'verdict id (or a unique prefix) as printed when it was recorded or by `dossier review --verdicts`, or its review item id')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .action(action(async (id: string, o: { db: string }) => withStore(o.db, async (store) => {
      const r = await undo(store, id)
      process.stdout.write(`taken back: ${verdictLine(r.removed)}; ${r.restored ? `in force again: ${verdictLine(r.restored)} (${r.restored.at.slice(0, 16)})` : 'no verdict of yours on this pair now'}\n`)
    }, { mustExist: true })))
}
