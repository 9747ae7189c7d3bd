import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { runIngest } from './ingest.js'
import { printEntities } from './entities.js'

/** The bundled demo corpus: the two founding seed articles (Breitbart Jerusalem). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url))

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled demo corpus (the two seed articles) and print what Dossier found')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .action(action(async (o: { db: string }) => {
      const { code } = await runIngest([DEMO_CORPUS], { db: o.db, progress: false })
      process.stdout.write('\n')
      await withStore(o.db, (s) => printEntities(s))
      process.stdout.write(`\nDatabase: ${o.db}. Try: npx dossier show "Hamas" --db ${o.db}\n`)
      return code
    }))
}
