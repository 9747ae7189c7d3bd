/**
 * The HTTP API: a fastify instance with zod-validated routes under /api, an
 * OpenAPI 3 document generated from the same schemas at /api/openapi.json,
 * coded JSON errors, security headers, a body-size limit, rate-limited writes
 * behind a bearer token, and no CORS. `buildApp` never listens: `dossier
 * serve` does, and tests use `inject`.
 * @module
 */
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import helmet from 'helmet'
import type { Store } from '../store/index.js'
import { registerErrorHandling, strictQueries } from './errors.js'
import { articleRoutes } from './routes/articles.js'
import { claimRoutes } from './routes/claims.js'
import { entityRoutes } from './routes/entities.js'
import { eventRoutes } from './routes/events.js'
import { exportRoutes } from './routes/export.js'
import { graphRoutes } from './routes/graph.js'
import { reviewRoutes } from './routes/review.js'
import { statsRoutes } from './routes/stats.js'
import { registerWebUi } from './static.js'

export interface ApiOptions {
  readonly store: Store
  /** Bearer token for writes; without one every write is refused (401). */
  readonly token?: string | undefined
  /** Largest request body in bytes (413 beyond); 10 MB by default. */
  readonly bodyLimit?: number | undefined
  /** Writes allowed per client per minute (429 beyond); 30 by default. */
  readonly writesPerMinute?: number | undefined
  readonly logger?: boolean | undefined
  /** Let ingest fetch URLs on loopback and private networks (off by default, as in the CLI). */
  readonly allowPrivate?: boolean | undefined
}

/** What every route module receives. */
export interface ApiContext {
  readonly store: Store
  readonly token: string | undefined
  readonly writeLimit: { readonly max: number; readonly timeWindow: string }
  readonly allowPrivate: boolean
}

export async function buildApp(o: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: o.bodyLimit ?? 10 * 1024 * 1024, trustProxy: false })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerErrorHandling(app)
  strictQueries(app)
  // helmet's middleware built once: @fastify/helmet rebuilt it (and re-parsed the CSP) on every request,
  // about an eighth of the server's time on a kept response
  const securityHeaders = helmet({
    // the later web UI loads its scripts and styles from this origin only: no inline script
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        objectSrc: ["'none'"], baseUri: ["'self'"], frameAncestors: ["'none'"], formAction: ["'self'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  })
  app.addHook('onRequest', (req, reply, done) => { securityHeaders(req.raw, reply.raw, () => done()) })
  await app.register(rateLimit, { global: false })
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Dossier API', version: '0.1.0', description: 'Search, dossiers, relations over time and graph queries over a Dossier store.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  })
  const ctx: ApiContext = {
    store: o.store, token: o.token || undefined, allowPrivate: o.allowPrivate ?? false,
    writeLimit: { max: o.writesPerMinute ?? 30, timeWindow: '1 minute' },
  }
  for (const routes of [articleRoutes, entityRoutes, eventRoutes, claimRoutes, graphRoutes, reviewRoutes, statsRoutes, exportRoutes]) {
    await app.register(routes, { ctx, prefix: '/api' })
  }
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  await registerWebUi(app)
  await app.ready()
  return app
}
