/**
 * One error handler for the API: every error leaves as coded JSON
 * `{code, message, issues?}`. A 400 lists every validation problem; Dossier
 * errors map by code; anything unknown is logged in full and answered with a
 * plain 500.
 * @module
 */
import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { isDossierError, type ErrorCode } from '../model/index.js'

export interface ErrorBody {
  readonly code: string
  readonly message: string
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  E_NOT_FOUND: 404, E_USAGE: 400, E_INVALID_DATA: 400, E_CONFIG: 400, E_INPUT_EMPTY: 400, E_INPUT_BINARY: 400, E_INPUT_ENCODING: 400,
  E_INPUT_NO_ARTICLES: 400, E_INPUT_MISSING: 400, E_EXTRACT: 422, E_FEED: 422, E_INPUT_TOO_LARGE: 413, E_FETCH_BLOCKED: 400, E_FETCH: 502,
}

/** Fastify's own errors by status: body too large, bad JSON, wrong media type, too many requests. */
const FASTIFY_CODES: Record<number, string> = { 400: 'E_INVALID_REQUEST', 404: 'E_NOT_FOUND', 413: 'E_TOO_LARGE', 415: 'E_UNSUPPORTED_MEDIA', 429: 'E_RATE_LIMITED' }

/** A zod schema's description, looked for through the wrappers a parameter gets (optional, default, pipe, coerce). */
export function descriptionOf(schema: unknown): string | undefined {
  for (let s = schema as ZodLike | undefined, depth = 0; s && depth < 8; depth++) {
    if (s.description) return s.description
    const def = s._zod?.def
    s = def?.innerType ?? def?.in ?? def?.schema
  }
  return undefined
}

interface ZodLike { readonly description?: string; readonly shape?: Record<string, unknown>; readonly _zod?: { readonly def?: { readonly innerType?: ZodLike; readonly in?: ZodLike; readonly schema?: ZodLike } } }

/**
 * What to pass for each parameter a 400 names, read from the route's own schema (the `.describe()` of the query
 * or path parameter, the same text the OpenAPI document shows): a route cannot have a parameter without its hint
 * (src/api/errors.test.ts checks every route of the document).
 */
function paramHints(schema: unknown, paths: readonly string[]): string[] {
  const shape = (schema as ZodLike | undefined)?.shape
  if (!shape) return []
  // an unknown parameter is an issue on the whole query: say which ones the route takes
  if (paths.some((p) => !p.includes('.'))) return [`the route takes ${Object.keys(shape).join(', ')}`, ...paramHints(schema, paths.filter((p) => p.includes('.')))]
  const names = [...new Set(paths.map((p) => p.split('.')[1]).filter((n): n is string => !!n && n in shape))]
  return names.flatMap((n) => { const d = descriptionOf(shape[n]); return d ? [`pass ${n}=, ${d}`] : [] })
}

/** "invalid request: n problem(s)", with what to pass for each parameter named. */
function invalidMessage(issues: ReadonlyArray<{ path: string; message: string }>, schema: unknown): string {
  const paths = issues.map((i) => i.path)
  // an unknown parameter is an issue on the whole query (no parameter in its path): its own message names it
  const whole = issues.filter((i) => !i.path.includes('.')).map((i) => i.message)
  const hints = [...whole, ...paramHints(schema, paths)]
  return `invalid request: ${paths.length} problem(s)${hints.length ? ` (${hints.join('; ')})` : ''}`
}

/**
 * Every route's query refuses parameters it does not take (zod's strict object): a misspelt filter
 * (`/api/events?actr=Iraq`) was dropped silently and the whole list came back unfiltered.
 */
export function strictQueries(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const q = (route.schema as { querystring?: unknown } | undefined)?.querystring
    if (q instanceof z.ZodObject) (route.schema as { querystring: unknown }).querystring = q.strict()
  })
}

/** The route's schema of one part of the request (querystring, params, body). */
function schemaOf(schema: unknown, part: string | undefined): unknown {
  return part && schema && typeof schema === 'object' ? (schema as Record<string, unknown>)[part] : undefined
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: [err.validationContext ?? 'request', ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }))
      return reply.code(400).send({ code: 'E_INVALID_REQUEST', message: invalidMessage(issues, schemaOf(req.routeOptions.schema, err.validationContext)), issues } satisfies ErrorBody)
    }
    if (isDossierError(err)) {
      const status = STATUS[err.code] ?? 500
      if (status >= 500) req.log.error({ err }, 'request failed')
      const issues = (err as { issues?: Record<string, string[]> }).issues
      return reply.code(status).send({
        code: err.code, message: err.hint ? `${err.message} (${err.hint})` : err.message,
        ...(issues ? { issues: Object.entries(issues).flatMap(([path, list]) => list.map((message) => ({ path, message }))) } : {}),
      } satisfies ErrorBody)
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500
    if (status < 500) {
      const code = typeof err.code === 'string' && /^E_[A-Z_]+$/.test(err.code) ? err.code : FASTIFY_CODES[status] ?? 'E_REQUEST'
      return reply.code(status).send({ code, message: err.message } satisfies ErrorBody)
    }
    req.log.error({ err }, 'unexpected error')
    return reply.code(500).send({ code: 'E_INTERNAL', message: 'internal error' } satisfies ErrorBody)
  })
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } satisfies ErrorBody)
  })
}

/** An error that carries its HTTP status and code. */
export function httpError(statusCode: number, code: string, message: string): Error & { statusCode: number; code: string } {
  return Object.assign(new Error(message), { statusCode, code })
}
