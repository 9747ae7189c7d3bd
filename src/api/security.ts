/**
 * Write access and conditional reads. Writes carry `Authorization: Bearer
 * <token>`; with no token configured every write is refused. Tokens are
 * compared in constant time (over their SHA-256 digests, so lengths leak
 * nothing either). Heavy reads carry an ETag built from the store's revision,
 * so an unchanged store answers 304 (or a kept response) without computing anything.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { gzipSync } from 'node:zlib'
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

/** One kept response: its UTF-8 bytes, and their gzip (made the first time a client accepts it). */
interface KeptResponse {
  readonly identity: Buffer
  gzip?: Buffer
  /** In the cache (counted in its size), not a one-off too large to keep. */
  kept: boolean
}

/** Serialized responses of heavy reads by ETag (revision + URL), so an unchanged store answers repeats at once. */
class ResponseCache {
  // kept as bytes, so a repeat is written out without encoding the text again
  private readonly entries = new Map<string, KeptResponse>()
  private bytes = 0
  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}
  get(tag: string): KeptResponse | undefined {
    const v = this.entries.get(tag)
    if (v !== undefined) { this.entries.delete(tag); this.entries.set(tag, v) } // most recent last
    return v
  }
  set(tag: string, text: string): KeptResponse {
    const kept = this.entries.get(tag)
    if (kept) return kept
    const entry: KeptResponse = { identity: Buffer.from(text, 'utf8'), kept: false }
    if (entry.identity.length > this.maxBytes / 8) return entry
    entry.kept = true
    this.entries.set(tag, entry)
    this.grow(entry.identity.length)
    return entry
  }
  /** The gzip of a kept response, made once. */
  gzipOf(entry: KeptResponse): Buffer {
    if (!entry.gzip) {
      entry.gzip = gzipSync(entry.identity, { level: 6 })
      if (entry.kept) this.grow(entry.gzip.length)
    }
    return entry.gzip
  }
  private grow(by: number): void {
    this.bytes += by
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(k)
      v.kept = false
      this.bytes -= v.identity.length + (v.gzip?.length ?? 0)
    }
  }
}

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
const GZIP_MIN_BYTES = 1024

/** Whether the client accepts gzip (`Accept-Encoding: gzip`, `gzip;q=0.5`, `*`; not `gzip;q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') continue
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined)
    return q === undefined || Number(q) > 0
  }
  return false
}

/** Send a kept response, gzipped when the client accepts it and it is worth it. */
function sendKept(cache: ResponseCache, entry: KeptResponse, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.header('content-type', 'application/json; charset=utf-8')
  if (entry.identity.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(cache.gzipOf(entry))
  }
  return reply.send(entry.identity)
}

const TAG = Symbol('etag')

/**
 * Hooks for heavy reads: ETag = hash of the store revision and the URL. On request — before the query is parsed
 * and validated, so a repeat costs no route work — a matching If-None-Match is answered 304 and a response
 * already computed for this tag is sent again, unless the client asks `Cache-Control: no-cache`. New 200
 * responses are kept (the tag changes whenever the store does). Large bodies go out gzipped to clients that
 * accept it (the gzip is made once per kept response).
 */
export function etag(store: Store, cache = sharedCache(store)): { onRequest: (req: FastifyRequest, reply: FastifyReply) => Promise<void>; onSend: (req: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown> } {
  return {
    onRequest: async (req, reply) => {
      const tag = `W/"${createHash('sha1').update(`${await store.revision()}\u0000${req.url}`).digest('base64url').slice(0, 22)}"`
      ;(req as unknown as Record<symbol, string>)[TAG] = tag
      reply.header('ETag', tag)
      reply.header('Cache-Control', 'no-cache')
      reply.header('Vary', 'Accept-Encoding')
      const inm = req.headers['if-none-match']
      if (inm && inm.split(',').map((t) => t.trim()).includes(tag)) { await reply.code(304).send(); return }
      const hit = /no-cache|no-store/.test(req.headers['cache-control'] ?? '') ? undefined : cache.get(tag)
      if (hit !== undefined) await sendKept(cache, hit, req, reply)
    },
    onSend: async (req, reply, payload) => {
      const tag = (req as unknown as Record<symbol, string | undefined>)[TAG]
      if (!tag || reply.statusCode !== 200 || typeof payload !== 'string') return payload
      const entry = cache.set(tag, payload)
      if (entry.identity.length < GZIP_MIN_BYTES || !acceptsGzip(req.headers['accept-encoding'])) return payload
      reply.header('content-encoding', 'gzip')
      return cache.gzipOf(entry)
    },
  }
}

const caches = new WeakMap<Store, ResponseCache>()
function sharedCache(store: Store): ResponseCache {
  let c = caches.get(store)
  if (!c) { c = new ResponseCache(); caches.set(store, c) }
  return c
}
