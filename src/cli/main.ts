#!/usr/bin/env node
/**
 * The `dossier` command: thin wrappers that parse arguments, call library code
 * and print. Exit codes: 0 success, 1 some inputs failed, 2 usage or configuration error.
 * @module
 */
import { Command, CommanderError } from 'commander'
import { registerDemo } from './commands/demo.js'
import { registerEntities } from './commands/entities.js'
import { registerEval } from './commands/eval.js'
import { registerIngest } from './commands/ingest.js'
import { registerReview } from './commands/review.js'
import { registerFailures } from './commands/failures.js'
import { registerReprocess } from './commands/reprocess.js'
import { quietOnClosedPipe } from './common.js'
import { registerExport } from './commands/export.js'
import { registerImport } from './commands/import.js'
import { registerActors } from './commands/actors.js'
import { registerApiCommands } from './commands/serve.js'
import { registerWorker } from './commands/worker.js'
import { registerJobs } from './commands/jobs.js'
import { registerMigrate } from './commands/migrate.js'
import { registerAggregate } from './commands/aggregate.js'

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Dossier: a sourced intelligence picture from news reports')
    .version('0.1.0')
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({ outputError: (s, write) => write(`E_USAGE: ${s.replace(/^error: /, '').trimEnd()} (see \`dossier --help\` or \`dossier <command> --help\`)\n`) })
  registerIngest(program)
  registerEntities(program)
  registerDemo(program)
  registerEval(program)
  registerReview(program)
  registerFailures(program)
  registerReprocess(program)
  registerExport(program)
  registerImport(program)
  registerActors(program)
  registerApiCommands(program)
  registerWorker(program)
  registerJobs(program)
  registerMigrate(program)
  registerAggregate(program)
  return program
}

quietOnClosedPipe()
try {
  await buildProgram().parseAsync(process.argv)
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2
  } else {
    throw e
  }
}
