import type { Command } from 'commander'
import { DossierError } from '../../model/index.js'
import { connectStore, redactUrl } from '../../store/index.js'
import { action, DEFAULT_DB } from '../common.js'
import { wholeNumber } from '../paging.js'

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the HTTP API (JSON under /api, described by /api/openapi.json); writes need DOSSIER_TOKEN')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--port <n>', 'port', '7070')
    .option('--host <host>', 'address to bind (reads are open to whoever can reach it)', '127.0.0.1')
    .option('--allow-private', 'let ingest fetch URLs on loopback and private networks')
    .action(action(async (o: { db: string; port: string; host: string; allowPrivate?: boolean }) => {
      const port = wholeNumber('--port', o.port, { max: 65_535 })
      const token = process.env['DOSSIER_TOKEN'] || undefined
      if (token !== undefined && token.length < 16) {
        throw new DossierError('E_CONFIG', 'DOSSIER_TOKEN is shorter than 16 characters', { hint: 'use a long random token, e.g. `openssl rand -hex 32`' })
      }
      // a read-only server on a mistyped path would serve a new, empty store it cannot fill: refuse it
      const store = await connectStore(o.db, { mustExist: token === undefined })
      // the HTTP server (fastify) is loaded by the commands that serve, not by every command
      const { buildApp } = await import('../../api/app.js')
      const app = await buildApp({ store, token, allowPrivate: o.allowPrivate ?? false })
      const url = await app.listen({ port, host: o.host })
      process.stderr.write(`dossier: serving ${redactUrl(o.db)} at ${url}/api (OpenAPI: ${url}/api/openapi.json); writes ${token ? 'need the bearer token' : 'are off (no DOSSIER_TOKEN)'}\n`)
      await new Promise<void>((resolve) => {
        const stop = () => { resolve() }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await app.close()
      await store.close()
    }))
}
