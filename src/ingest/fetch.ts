/**
 * Guarded URL fetching. Every hop (the first request and each redirect) resolves the host and refuses
 * loopback, private (RFC 1918), CGNAT, link-local (incl. the 169.254.169.254 metadata service),
 * unspecified, multicast and reserved addresses, IPv6 ULA/link-local, and IPv4 addresses hidden in IPv6
 * (mapped, SIIT, NAT64, 6to4, IPv4-compatible, Teredo), unless `allowPrivate` is set. Every address a
 * name resolves to is checked; the connection uses the address that was checked (no DNS rebinding
 * between check and connect) and the connected peer is checked once more. Also: an overall timeout, a
 * size cap on the decoded body (so compression bombs stop too), a redirect cap, a content-type
 * allow-list and a per-host delay.
 * @module
 */
import { lookup as dnsLookup } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import ipaddr from 'ipaddr.js'
import zlib from 'node:zlib'
import { pipeline } from 'node:stream'
import { DossierError } from '../model/index.js'
import { MAX_FILE_BYTES } from './batch.js'
import { decodeBytes } from './decode.js'
import { causeLine } from './one-line.js'

export interface FetchOptions {
  /** Allow loopback/private/link-local targets (tests, intranets). Default false. */
  allowPrivate?: boolean
  /** Whole-request timeout in ms, redirects included (default 15 000). */
  timeoutMs?: number
  /** Maximum decoded body size in bytes (default 10 MiB). */
  maxBytes?: number
  /** Maximum redirects followed (default 5). */
  maxRedirects?: number
  /** Minimum delay between requests to the same host in ms (default 1 000). */
  politenessMs?: number
  /** Content types accepted (default: HTML, XHTML, XML/RSS/Atom, plain text). */
  accept?: readonly RegExp[]
  userAgent?: string
  /** Addresses fetched although private (an intranet mirror, a test server); exact match, as resolved. */
  allowAddresses?: readonly string[]
  /** Host name → addresses (default: the system resolver). Every answer is checked, on every hop. */
  resolve?: (host: string) => Promise<LookupAddress[]>
}

export interface FetchResult {
  /** Final URL after redirects. */
  url: string
  status: number
  contentType: string
  bytes: Buffer
  /** The redirect chain, first URL first. */
  redirects: string[]
}

export const DEFAULT_ACCEPT: readonly RegExp[] = [
  /^text\/html\b/i, /^application\/xhtml\+xml\b/i, /^(application|text)\/([\w.+-]+\+)?xml\b/i,
  /^application\/(rss|atom|rdf)\+xml\b/i, /^text\/plain\b/i,
]

/** IPv4 ranges (ipaddr.js names) that are fetched; everything else (loopback, private, link-local, CGNAT, reserved, …) is refused. */
const PUBLIC_V4 = new Set(['unicast'])
/** Global unicast IPv6 space; outside it nothing is a public web server. */
const GLOBAL_V6 = ipaddr.parseCIDR('2000::/3')

/**
 * The IPv4 address carried inside an IPv6 one, with the name of the form: IPv4-mapped (::ffff:a.b.c.d),
 * SIIT (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002:AABB:CCDD::) and the deprecated
 * IPv4-compatible ::a.b.c.d. A guard that only looks at the IPv6 ranges lets http://[::127.0.0.1]/ through.
 */
function embeddedV4(ip: ipaddr.IPv6): { v4: ipaddr.IPv4; form: string } | undefined {
  const p = ip.parts
  const last32 = () => new ipaddr.IPv4([p[6]! >> 8, p[6]! & 255, p[7]! >> 8, p[7]! & 255])
  const range = ip.range()
  if (range === 'ipv4Mapped') return { v4: ip.toIPv4Address(), form: 'IPv4-mapped' }
  if (range === 'rfc6145') return { v4: last32(), form: 'SIIT-translated' }
  if (range === 'rfc6052' && p[2] === 0) return { v4: last32(), form: 'NAT64' }
  if (range === '6to4') return { v4: new ipaddr.IPv4([p[1]! >> 8, p[1]! & 255, p[2]! >> 8, p[2]! & 255]), form: '6to4' }
  if (p.slice(0, 6).every((x) => x === 0)) return { v4: last32(), form: 'IPv4-compatible' }
  return undefined
}

function blockedV4(ip: ipaddr.IPv4): string | undefined {
  if (ip.toString() === '169.254.169.254') return 'cloud metadata address'
  const range = ip.range()
  return PUBLIC_V4.has(range) ? undefined : `${range} IPv4 address (private, loopback, link-local or reserved)`
}

function blockedV6(ip: ipaddr.IPv6): string | undefined {
  const inner = embeddedV4(ip)
  if (inner) {
    const why = blockedV4(inner.v4)
    return why ? `${inner.form} form of ${inner.v4.toString()}, a ${why}` : undefined
  }
  const range = ip.range()
  if (range === 'teredo') return 'Teredo tunnel address (hides an IPv4 address)'
  if (range === 'rfc6052') return 'local-use NAT64 address'
  if (range !== 'unicast' || !ip.match(GLOBAL_V6)) return `${range} IPv6 address (loopback, unique-local, link-local or reserved)`
  return undefined
}

/**
 * Why an IP address is refused, or undefined when it is a public unicast address. Addresses are parsed
 * with ipaddr.js; decimal, octal and hex IPv4 host names (http://2130706433/, http://0177.0.0.1/) reach
 * this as dotted quads because the WHATWG URL parser normalises them.
 */
export function blockedReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '')
  if (net.isIP(bare.replace(/%.*$/, '')) === 0 || !ipaddr.isValid(bare)) return 'not an IP address'
  const ip = ipaddr.parse(bare)
  return ip.kind() === 'ipv4' ? blockedV4(ip as ipaddr.IPv4) : blockedV6(ip as ipaddr.IPv6)
}

const lastRequest = new Map<string, number>()

async function politeWait(host: string, ms: number): Promise<void> {
  if (ms <= 0) return
  const now = Date.now()
  const next = (lastRequest.get(host) ?? -Infinity) + ms
  lastRequest.set(host, Math.max(now, next))
  if (next > now) await new Promise((r) => setTimeout(r, next - now))
}

/** Forget per-host timing (tests). */
export function resetPoliteness(): void {
  lastRequest.clear()
}

type Guard = Pick<FetchOptions, 'allowPrivate' | 'allowAddresses' | 'resolve'>

/** Why this address may not be fetched under these options, or undefined. */
function refusal(address: string, g: Guard): string | undefined {
  if (g.allowPrivate || g.allowAddresses?.includes(address)) return undefined
  return blockedReason(address)
}

async function resolveChecked(url: URL, g: Guard): Promise<LookupAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addrs: LookupAddress[]
  if (net.isIP(host)) addrs = [{ address: host, family: net.isIP(host) }]
  else {
    try {
      addrs = await (g.resolve ?? ((h: string) => dnsLookup(h, { all: true, verbatim: true })))(host)
    } catch (cause) {
      throw new DossierError('E_FETCH', `could not resolve ${host}`, { cause, context: { url: url.href }, hint: 'check the URL and the network' })
    }
  }
  if (addrs.length === 0) throw new DossierError('E_FETCH', `no address for ${host}`, { context: { url: url.href } })
  // every answer, not just the first: a name that also resolves to loopback is refused whole
  for (const a of addrs) {
    const why = refusal(a.address, g)
    if (why) throw blockedError(url, host, a.address, why)
  }
  return addrs[0]!
}

function blockedError(url: URL, host: string, address: string, why: string): DossierError {
  return new DossierError('E_FETCH_BLOCKED', `refused ${url.href}: ${host} resolves to ${address} (${why})`, {
    context: { url: url.href, address }, hint: 'pass --allow-private to fetch from private networks',
  })
}

interface HopResult {
  status: number
  headers: http.IncomingHttpHeaders
  body?: Buffer
}

function requestOnce(url: URL, addr: LookupAddress, opts: Required<Pick<FetchOptions, 'maxBytes' | 'accept'>> & { userAgent: string; signal: AbortSignal; guard: Guard }): Promise<HopResult> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http
    const req = mod.request(url, {
      method: 'GET',
      headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8', 'accept-encoding': 'gzip, deflate, br' },
      // Connect to the address we checked, not whatever a second DNS answer says.
      lookup: ((_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => (o?.all ? cb(null, [addr]) : cb(null, addr.address, addr.family))) as unknown as net.LookupFunction,
      signal: opts.signal,
      // a fresh connection per request: a pooled keep-alive socket the server closed while the pipeline kept the
      // process busy (no I/O read meanwhile) would be reused dead and fail with "socket hang up"
      agent: false,
    }, (res) => {
      const status = res.statusCode ?? 0
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume()
        resolve({ status, headers: res.headers })
        return
      }
      const ct = String(res.headers['content-type'] ?? '')
      if (status >= 200 && status < 300 && !opts.accept.some((re) => re.test(ct.trim()))) {
        reject(new DossierError('E_FETCH', `unsupported content type "${ct || 'none'}" at ${url.href}`, {
          context: { url: url.href, contentType: ct }, hint: 'only HTML, XML feeds and plain text are ingested',
        }))
        res.destroy()
        return
      }
      const declared = Number(res.headers['content-length'] ?? NaN)
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        reject(tooLarge(url, opts.maxBytes))
        res.destroy()
        return
      }
      const enc = String(res.headers['content-encoding'] ?? '').toLowerCase()
      const decompressor = enc === 'gzip' || enc === 'x-gzip' ? zlib.createGunzip()
        : enc === 'deflate' ? zlib.createInflate()
        : enc === 'br' ? zlib.createBrotliDecompress() : undefined
      let stream: NodeJS.ReadableStream = res
      if (decompressor) {
        // pipeline, not pipe: a connection that drops mid-body must reach the decompressor as an error
        stream = decompressor
        pipeline(res, decompressor, () => {})
      }
      // a body cut short or aborted (timeout) must settle the promise too
      res.on('aborted', () => reject(new DossierError('E_FETCH', `connection to ${url.href} closed before the body was complete`, { context: { url: url.href } })))
      res.on('error', (cause) => reject(new DossierError('E_FETCH', `reading ${url.href} failed: ${causeLine(cause)}`, { cause, context: { url: url.href } })))
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (c: Buffer) => {
        size += c.length
        if (size > opts.maxBytes) {
          reject(tooLarge(url, opts.maxBytes)) // before destroy: destroying emits 'aborted', which must not win
          res.destroy()
          return
        }
        chunks.push(c)
      })
      stream.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }))
      stream.on('error', (cause) => reject(new DossierError('E_FETCH', `reading ${url.href} failed: ${causeLine(cause)}`, { cause, context: { url: url.href } })))
    })
    req.on('error', (cause) => reject(cause))
    // the address actually connected to is checked again, whatever resolved it
    req.on('socket', (socket) => socket.once('connect', () => {
      const why = socket.remoteAddress ? refusal(socket.remoteAddress, opts.guard) : undefined
      if (why) {
        reject(blockedError(url, url.hostname, socket.remoteAddress!, why))
        req.destroy()
      }
    }))
    req.end()
  })
}

function tooLarge(url: URL, max: number): DossierError {
  return new DossierError('E_INPUT_TOO_LARGE', `response from ${url.href} exceeds ${max} bytes`, { context: { url: url.href, maxBytes: max }, hint: 'raise the size cap if the page is genuine' })
}

/** Fetch a URL with the guards described in the module doc. Throws DossierError E_FETCH / E_FETCH_BLOCKED / E_INPUT_TOO_LARGE. */
export async function fetchUrl(input: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? 15_000
  const maxRedirects = opts.maxRedirects ?? 5
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const redirects: string[] = []
  let url: URL
  try {
    url = new URL(input)
  } catch (cause) {
    throw new DossierError('E_FETCH', `not a valid URL: ${input}`, { cause, hint: 'give an absolute http(s) URL' })
  }
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new DossierError('E_FETCH_BLOCKED', `refused ${url.href}: only http and https are fetched`, { context: { url: url.href } })
      }
      const guard: Guard = { allowPrivate: opts.allowPrivate ?? false, allowAddresses: opts.allowAddresses, resolve: opts.resolve }
      const addr = await resolveChecked(url, guard)
      await politeWait(url.host, opts.politenessMs ?? 1000)
      if (controller.signal.aborted) throw timeoutError(url, timeoutMs)
      let res: HopResult
      try {
        res = await requestOnce(url, addr, { maxBytes: opts.maxBytes ?? MAX_FILE_BYTES, accept: opts.accept ?? DEFAULT_ACCEPT, userAgent: opts.userAgent ?? 'Dossier/0.1 (+https://github.com/dossier)', signal: controller.signal, guard })
      } catch (e) {
        if (e instanceof DossierError) throw e
        if (controller.signal.aborted) throw timeoutError(url, timeoutMs)
        throw new DossierError('E_FETCH', `fetching ${url.href} failed: ${causeLine(e)}`, { cause: e, context: { url: url.href }, hint: 'check the URL and the network' })
      }
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        if (hop >= maxRedirects) {
          throw new DossierError('E_FETCH', `too many redirects (over ${maxRedirects}) from ${input}`, { context: { url: input, redirects }, hint: 'the site redirects in a loop' })
        }
        redirects.push(url.href)
        url = new URL(res.headers.location, url)
        continue
      }
      if (res.status < 200 || res.status >= 300) {
        throw new DossierError('E_FETCH', `HTTP ${res.status} from ${url.href}`, { context: { url: url.href, status: res.status }, hint: 'the page is missing or the server refused' })
      }
      return { url: url.href, status: res.status, contentType: String(res.headers['content-type'] ?? ''), bytes: res.body ?? Buffer.alloc(0), redirects }
    }
  } finally {
    clearTimeout(timer)
  }
}

function timeoutError(url: URL, ms: number): DossierError {
  return new DossierError('E_FETCH', `timed out after ${ms} ms fetching ${url.href}`, { context: { url: url.href, timeoutMs: ms }, hint: 'the server is slow; retry later or raise the timeout' })
}

/** A fetched page decoded to text (charset from the HTTP header, the document, or detection). */
export interface FetchedText {
  url: string
  contentType: string
  text: string
  encoding: string
  warnings: string[]
}

/** fetchUrl, then decodeBytes with the response's Content-Type. Binary bodies give E_INPUT_BINARY. */
export async function fetchText(url: string, opts: FetchOptions = {}): Promise<FetchedText> {
  const r = await fetchUrl(url, opts)
  const d = decodeBytes(r.bytes, { contentType: r.contentType, source: r.url })
  return { url: r.url, contentType: r.contentType, text: d.text, encoding: d.encoding, warnings: d.warnings }
}
