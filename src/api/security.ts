/**
 * Write access and conditional reads. Writes carry `Authorization: Bearer
 * <token>`; with no token configured every write is refused. Tokens are
 * compared in constant time (over their SHA-256 digests, so lengths leak
 * nothing either). Heavy reads carry an ETag built from the store's revision,
 * so an unchanged store answers 304 without computing anything.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Store } from '../store/index.js'
import { httpError } from './errors.js'

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()

/** A preHandler that lets a request through only with the configured bearer token. */
export function requireToken(token: string | undefined): (req: FastifyRequest) => Promise<void> {
  const expected = token ? digest(token) : undefined
  return async (req) => {
    if (!expected) throw httpError(401, 'E_UNAUTHORIZED', 'writes are disabled: no token is configured (set DOSSIER_TOKEN when starting the server)')
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
    if (!m || !timingSafeEqual(digest(m[1]!), expected)) {
      throw httpError(401, 'E_UNAUTHORIZED', 'missing or wrong token: send Authorization: Bearer <DOSSIER_TOKEN>')
    }
  }
}

/**
 * A preHandler for heavy reads: ETag = hash of the store revision and the URL. A matching If-None-Match is
 * answered 304 before the handler runs.
 */
export function etag(store: Store): (req: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return async (req, reply) => {
    const tag = `W/"${createHash('sha1').update(`${await store.revision()}\u0000${req.url}`).digest('base64url').slice(0, 22)}"`
    reply.header('ETag', tag)
    reply.header('Cache-Control', 'no-cache')
    const inm = req.headers['if-none-match']
    if (inm && inm.split(',').map((t) => t.trim()).includes(tag)) await reply.code(304).send()
  }
}
