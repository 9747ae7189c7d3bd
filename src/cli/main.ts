#!/usr/bin/env node
/**
 * The `dossier` command: thin wrappers that parse arguments, call library code
 * and print. Exit codes: 0 success, 1 some inputs failed, 2 usage or configuration error.
 * @module
 */
import { Command, CommanderError } from 'commander'
import { quietOnClosedPipe } from './common.js'

type Register = (program: Command) => void

/**
 * Every command, in `dossier --help` order, with the module that registers it. A module is imported only when
 * its command runs (or for the full help), so `dossier entities` does not load the pipeline, its models or the
 * exporters that `ingest` and `export` need.
 */
const COMMANDS: readonly (readonly [string, () => Promise<Register>])[] = [
  ['ingest', async () => (await import('./commands/ingest.js')).registerIngest],
  ['entities', async () => (await import('./commands/entities.js')).registerEntities],
  ['demo', async () => (await import('./commands/demo.js')).registerDemo],
  ['eval', async () => (await import('./commands/eval.js')).registerEval],
  ['review', async () => (await import('./commands/review.js')).registerReview],
  ['failures', async () => (await import('./commands/failures.js')).registerFailures],
  ['reprocess status', async () => (await import('./commands/reprocess.js')).registerReprocess],
  ['export', async () => (await import('./commands/export.js')).registerExport],
  ['import', async () => (await import('./commands/import.js')).registerImport],
  ['actors', async () => (await import('./commands/actors.js')).registerActors],
  ['show', async () => (await import('./commands/show.js')).registerShow],
  ['search', async () => (await import('./commands/search.js')).registerSearch],
  ['events', async () => (await import('./commands/events.js')).registerEvents],
  ['claims', async () => (await import('./commands/claims.js')).registerClaims],
  ['graph', async () => (await import('./commands/graph.js')).registerGraph],
  ['serve', async () => (await import('./commands/serve.js')).registerServe],
  ['worker', async () => (await import('./commands/worker.js')).registerWorker],
  ['jobs', async () => (await import('./commands/jobs.js')).registerJobs],
  ['migrate', async () => (await import('./commands/migrate.js')).registerMigrate],
  ['aggregate', async () => (await import('./commands/aggregate.js')).registerAggregate],
]

/**
 * The program with the commands `argv` needs: the one it names (its first word that is not an option), or
 * every command when it names none or an unknown one (help, a misspelling: commander then lists them all).
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('dossier')
    .description('Dossier: a sourced intelligence picture from news reports')
    .version('0.1.0')
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({ outputError: (s, write) => write(`E_USAGE: ${s.replace(/^error: /, '').trimEnd()} (see \`dossier --help\` or \`dossier <command> --help\`)\n`) })
  const named = argv.slice(2).find((a) => !a.startsWith('-'))
  const one = COMMANDS.filter(([names]) => named !== undefined && names.split(' ').includes(named))
  for (const [, load] of one.length > 0 ? one : COMMANDS) (await load())(program)
  return program
}

quietOnClosedPipe()
try {
  await (await buildProgram(process.argv)).parseAsync(process.argv)
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2
  } else {
    throw e
  }
}
