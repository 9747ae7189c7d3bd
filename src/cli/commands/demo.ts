import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { connectStore } from '../../store/index.js'
import { action, DEFAULT_DB, withStore } from '../common.js'
import { runIngest } from './ingest.js'
import { printEntities } from './entities.js'

/** The bundled demo corpus: the two founding seed articles (Breitbart Jerusalem). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url))

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled demo corpus (the two seed articles) and print what Dossier found; with --serve, serve the web UI on it')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--serve', 'then serve the web UI and the API until Ctrl-C')
    .option('--port <n>', 'port for --serve', '7070')
    .action(action(async (o: { db: string; serve?: boolean; port: string }) => {
      const { code } = await runIngest([DEMO_CORPUS], { db: o.db, progress: false })
      process.stdout.write('\n')
      await withStore(o.db, (s) => printEntities(s))
      if (!o.serve) {
        process.stdout.write(`\nDatabase: ${o.db}. Try: npx dossier show "Hamas" --db ${o.db}\n`)
        return code
      }
      await serveDemo(o.db, Number(o.port) || 7070)
      return code
    }))
}

/** Serve the UI on loopback; writes (review decisions) use DOSSIER_TOKEN, or a token made for this session and printed. */
async function serveDemo(db: string, port: number): Promise<void> {
  const token = process.env['DOSSIER_TOKEN'] || randomBytes(16).toString('hex')
  const store = await connectStore(db)
  const { buildApp } = await import('../../api/app.js')
  const app = await buildApp({ store, token })
  const url = await app.listen({ port, host: '127.0.0.1' })
  process.stdout.write(`\nDossier is at ${url}/  (database ${db}; Ctrl-C stops it)\n`)
  if (!process.env['DOSSIER_TOKEN']) process.stdout.write(`Token for review decisions in this session: ${token}\n`)
  await new Promise<void>((resolve) => { process.once('SIGINT', resolve); process.once('SIGTERM', resolve) })
  await app.close()
  await store.close()
}
