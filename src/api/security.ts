/**
 * Write access and conditional reads. Writes carry `Authorization: Bearer
 * <token>`; with no token configured every write is refused. Tokens are
 * compared in constant time (over their SHA-256 digests, so lengths leak
 * nothing either). Heavy reads carry an ETag built from the store's revision,
 * so an unchanged store answers 304 (or a kept response) without computing anything.
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

/** Serialized responses of heavy reads by ETag (revision + URL), so an unchanged store answers repeats at once. */
class ResponseCache {
  // kept as UTF-8 bytes, so a repeat is written out without encoding the text again
  private readonly entries = new Map<string, Buffer>()
  private bytes = 0
  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}
  get(tag: string): Buffer | undefined {
    const v = this.entries.get(tag)
    if (v !== undefined) { this.entries.delete(tag); this.entries.set(tag, v) } // most recent last
    return v
  }
  set(tag: string, text: string): void {
    if (text.length * 3 > this.maxBytes / 8 || this.entries.has(tag)) return
    const payload = Buffer.from(text, 'utf8')
    this.entries.set(tag, payload)
    this.bytes += payload.length
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(k)
      this.bytes -= v.length
    }
  }
}

const TAG = Symbol('etag')

/**
 * Hooks for heavy reads: ETag = hash of the store revision and the URL. A matching If-None-Match is answered 304
 * before the handler runs; a response already computed for this tag is sent again unless the client asks
 * `Cache-Control: no-cache`; new responses are kept (the tag changes whenever the store does).
 */
export function etag(store: Store, cache = sharedCache(store)): { preHandler: (req: FastifyRequest, reply: FastifyReply) => Promise<void>; onSend: (req: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown> } {
  return {
    preHandler: async (req, reply) => {
      const tag = `W/"${createHash('sha1').update(`${await store.revision()}\u0000${req.url}`).digest('base64url').slice(0, 22)}"`
      ;(req as unknown as Record<symbol, string>)[TAG] = tag
      reply.header('ETag', tag)
      reply.header('Cache-Control', 'no-cache')
      const inm = req.headers['if-none-match']
      if (inm && inm.split(',').map((t) => t.trim()).includes(tag)) { await reply.code(304).send(); return }
      const hit = /no-cache|no-store/.test(req.headers['cache-control'] ?? '') ? undefined : cache.get(tag)
      if (hit !== undefined) await reply.header('content-type', 'application/json; charset=utf-8').send(hit)
    },
    onSend: async (req, reply, payload) => {
      const tag = (req as unknown as Record<symbol, string | undefined>)[TAG]
      if (tag && reply.statusCode === 200 && typeof payload === 'string') cache.set(tag, payload)
      return payload
    },
  }
}

const caches = new WeakMap<Store, ResponseCache>()
function sharedCache(store: Store): ResponseCache {
  let c = caches.get(store)
  if (!c) { c = new ResponseCache(); caches.set(store, c) }
  return c
}
