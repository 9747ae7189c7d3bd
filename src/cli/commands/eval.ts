import type { Command } from 'commander'
import { DossierError, isDossierError } from '../../model/index.js'
import { evalTasks } from '../../eval/index.js'
import { action } from '../common.js'

export function registerEval(program: Command): void {
  program.command('eval')
    .description('measure quality against a gold set (tasks: seeds, ner, re3d, extract, events, attribution, parse)')
    .argument('<task>', 'what to evaluate')
    .argument('<path>', 'gold data: file or folder in the public format of that task')
    .option('--json', 'print one JSON object on the last line')
    .option('--sample <name>', 'attribution: which articles to score (heldout, tune, all)')
    .option('--actors <paths>', 'events: actor/agent dictionaries layered over Dossier\'s shipped ones (comma-separated)')
    .option('--verbs <paths>', 'events: verb dictionaries layered over Dossier\'s lexicon (comma-separated, or "none")')
    .action(action(async (task: string, path: string, o: Record<string, string | boolean | undefined>) => {
      const load = evalTasks[task]
      if (!load) {
        throw new DossierError('E_USAGE', `unknown eval task "${task}"`, { hint: `tasks: ${Object.keys(evalTasks).join(', ')}` })
      }
      let report
      try {
        report = await (await load())(path, o)
      } catch (e) {
        if (isDossierError(e)) throw e
        // unreadable or malformed gold data: one line, control characters escaped (binary files print garbage)
        const why = (e instanceof Error ? e.message : String(e)).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 200)
        throw new DossierError('E_EVAL_FORMAT', `${path}: cannot read it as ${task} gold data: ${why}`, {
          cause: e, hint: 'check the path and the format for this task in the README (Measuring quality)',
        })
      }
      if (o['json']) process.stdout.write(`${report.table}\n${JSON.stringify(report.metrics)}\n`)
      else process.stdout.write(`${report.table}\n`)
    }))
}
