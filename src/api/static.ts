/**
 * The web UI at `/`: the files `vite build` wrote to dist/web, served by @fastify/static from that one
 * directory (it refuses paths that leave it). Hashed assets are cached for a year; index.html is revalidated.
 * When the UI was not built, `/` answers a coded 404 that says how to build it. The CSP set in app.ts applies
 * (the build has no inline script).
 * @module
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { httpError } from './errors.js'

/** dist/web, from src/api (tsx) and from dist/api (built) alike. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url))

export async function registerWebUi(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    app.get('/', { schema: { hide: true } }, async () => {
      throw httpError(404, 'E_NOT_FOUND', 'the web UI is not built: run `npm run build` (the API is under /api)')
    })
    return
  }
  await app.register(fastifyStatic, {
    root, prefix: '/', index: ['index.html'], wildcard: true, cacheControl: false, dotfiles: 'deny', redirect: false, list: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
}
