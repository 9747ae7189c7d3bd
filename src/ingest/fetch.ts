/**
 * Guarded URL fetching. Every hop (the first request and each redirect) resolves the host and refuses
 * loopback, private (RFC 1918), CGNAT, link-local (incl. the 169.254.169.254 metadata service),
 * unspecified, multicast and reserved addresses, IPv6 ULA/link-local and IPv4-mapped forms of all of
 * them, unless `allowPrivate` is set. The connection uses the address that was checked (no DNS
 * rebinding between check and connect). Also: an overall timeout, a size cap on the decoded body
 * (so compression bombs stop too), a redirect cap, a content-type allow-list and a per-host delay.
 * @module
 */
import { lookup as dnsLookup } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import zlib from 'node:zlib'
import { pipeline } from 'node:stream'
import { DossierError } from '../model/index.js'
import { decodeBytes } from './decode.js'

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

const blocked4 = new net.BlockList()
for (const [net4, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked4.addSubnet(net4, prefix, 'ipv4')
const blocked6 = new net.BlockList()
for (const [net6, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) blocked6.addSubnet(net6, prefix, 'ipv6')

/** IPv4 embedded in an IPv6 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96), if any. */
function embeddedV4(addr: string): string | undefined {
  const a = addr.toLowerCase()
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(a)
  if (dotted) return dotted[1]
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a)
  if (hex) {
    const hi = parseInt(hex[1]!, 16)
    const lo = parseInt(hex[2]!, 16)
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  }
  return undefined
}

/** Why an IP address is refused, or undefined when it is a public unicast address. */
export function blockedReason(address: string): string | undefined {
  const kind = net.isIP(address)
  if (kind === 4) {
    if (address.startsWith('169.254.169.254')) return 'cloud metadata address'
    return blocked4.check(address, 'ipv4') ? 'private, loopback, link-local or reserved IPv4 address' : undefined
  }
  if (kind === 6) {
    const v4 = embeddedV4(address)
    if (v4) return blockedReason(v4) ? `IPv4-mapped ${blockedReason(v4)}` : undefined
    return blocked6.check(address, 'ipv6') ? 'loopback, unique-local, link-local or reserved IPv6 address' : undefined
  }
  return 'not an IP address'
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

async function resolveChecked(url: URL, allowPrivate: boolean): Promise<LookupAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addrs: LookupAddress[]
  if (net.isIP(host)) addrs = [{ address: host, family: net.isIP(host) }]
  else {
    try {
      addrs = await dnsLookup(host, { all: true, verbatim: true })
    } catch (cause) {
      throw new DossierError('E_FETCH', `could not resolve ${host}`, { cause, context: { url: url.href }, hint: 'check the URL and the network' })
    }
  }
  if (addrs.length === 0) throw new DossierError('E_FETCH', `no address for ${host}`, { context: { url: url.href } })
  if (!allowPrivate) {
    for (const a of addrs) {
      const why = blockedReason(a.address)
      if (why) {
        throw new DossierError('E_FETCH_BLOCKED', `refused ${url.href}: ${host} resolves to ${a.address} (${why})`, {
          context: { url: url.href, address: a.address }, hint: 'pass --allow-private to fetch from private networks',
        })
      }
    }
  }
  return addrs[0]!
}

interface HopResult {
  status: number
  headers: http.IncomingHttpHeaders
  body?: Buffer
}

function requestOnce(url: URL, addr: LookupAddress, opts: Required<Pick<FetchOptions, 'maxBytes' | 'accept'>> & { userAgent: string; signal: AbortSignal }): Promise<HopResult> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http
    const req = mod.request(url, {
      method: 'GET',
      headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8', 'accept-encoding': 'gzip, deflate, br' },
      // Connect to the address we checked, not whatever a second DNS answer says.
      lookup: ((_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => (o?.all ? cb(null, [addr]) : cb(null, addr.address, addr.family))) as unknown as net.LookupFunction,
      signal: opts.signal,
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
      res.on('error', (cause) => reject(new DossierError('E_FETCH', `reading ${url.href} failed: ${cause.message}`, { cause, context: { url: url.href } })))
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
      stream.on('error', (cause) => reject(new DossierError('E_FETCH', `reading ${url.href} failed: ${cause.message}`, { cause, context: { url: url.href } })))
    })
    req.on('error', (cause) => reject(cause))
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
      const addr = await resolveChecked(url, opts.allowPrivate ?? false)
      await politeWait(url.host, opts.politenessMs ?? 1000)
      if (controller.signal.aborted) throw timeoutError(url, timeoutMs)
      let res: HopResult
      try {
        res = await requestOnce(url, addr, { maxBytes: opts.maxBytes ?? 10 * 1024 * 1024, accept: opts.accept ?? DEFAULT_ACCEPT, userAgent: opts.userAgent ?? 'Dossier/0.1 (+https://github.com/dossier)', signal: controller.signal })
      } catch (e) {
        if (e instanceof DossierError) throw e
        if (controller.signal.aborted) throw timeoutError(url, timeoutMs)
        throw new DossierError('E_FETCH', `fetching ${url.href} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e, context: { url: url.href }, hint: 'check the URL and the network' })
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
