/** Exports in the field's formats, streamed from the store (the same library as `dossier export`). */
import { PassThrough } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { exportFormats, exportTo, FORMAT_NAMES, validateExport } from '../../export/index.js'
import { SqliteStore, type Store } from '../../store/index.js'
import type { ApiContext } from '../app.js'
import { Text } from '../schemas.js'

const ExportQuery = z.object({
  format: z.enum(FORMAT_NAMES as [string, ...string[]]).describe(FORMAT_NAMES.join(', ')),
  actor: Text().optional().describe('entity id or name'),
  from: Text(10).optional().describe('ISO date, inclusive'),
  to: Text(10).optional().describe('ISO date, inclusive'),
  root: Text(80).optional().describe('CAMEO roots, comma-separated (18,19)'),
  minGrade: Text(2).optional().describe('Admiralty grade at least this good: B2, C or 3'),
})

/**
 * An export streams for as long as the client reads, and a SQLite connection cannot run other statements
 * while one of its iterators is open: a file-backed store is read through a connection of its own (WAL gives
 * it a consistent snapshot), so other requests go on meanwhile.
 */
function readerFor(store: Store): { reader: Store; close: () => Promise<void> } {
  if (store instanceof SqliteStore && store.path !== ':memory:') {
    const reader = new SqliteStore(store.path)
    return { reader, close: () => reader.close() }
  }
  return { reader: store, close: async () => {} }
}

export const exportRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get('/export', {
    schema: { summary: 'The store (or the events a filter selects) in one of the export formats, streamed', tags: ['export'], querystring: ExportQuery },
  }, async (req, reply) => {
    const { format, ...filters } = req.query
    validateExport(format, filters) // a 400 before any byte is sent
    const spec = exportFormats[format as keyof typeof exportFormats]
    const { reader, close } = readerFor(ctx.store)
    const body = new PassThrough()
    exportTo(reader, format, filters, body).then(() => body.end(), (e: unknown) => body.destroy(e as Error)).finally(() => void close())
    return reply.type(spec.contentType).header('content-disposition', `attachment; filename="dossier.${spec.extension}"`).send(body)
  })
}
