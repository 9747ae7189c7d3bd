/** Hostile inputs stay bounded in memory and time: entity floods, XML entity expansion, compression bombs, oversize files. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, readInputFile } from './batch.js'
import { parseFeed } from './feed.js'
import { fetchUrl } from './fetch.js'
import { extractHtml } from './html/extract.js'
import { loadItem } from './load.js'

let dir: string
let server: http.Server
let base: string
const spaces = Buffer.alloc(MAX_FILE_BYTES * 2, 0x20)
const bombs: Record<string, [string, Buffer]> = {
  '/gzip': ['gzip', zlib.gzipSync(spaces)],
  '/deflate': ['deflate', zlib.deflateSync(spaces)],
  '/br': ['br', zlib.brotliCompressSync(spaces)],
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'))
  server = http.createServer((req, res) => {
    const bomb = bombs[req.url ?? '']
    if (!bomb) { res.writeHead(404); res.end(); return }
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': bomb[0] })
    res.end(bomb[1])
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  return new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) })
})

describe('hostile input', () => {
  it('issue-14 hostile HTML made of character references is refused before the DOM is built', () => {
    const html = `<html><body><article><p>${'&amp;&#x41;&lt;'.repeat(600_000)}</p></article></body></html>`
    const t0 = Date.now()
    expect(() => extractHtml(html)).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_LARGE', message: expect.stringMatching(/character references/) }))
    expect(Date.now() - t0).toBeLessThan(5000)
    const normal = `<html><body><article><p>${'Officials said &ldquo;no&rdquo; &amp; left. '.repeat(400)}</p></article></body></html>`
    expect(extractHtml(normal).text).toContain('“no” & left.')
  })

  it('issue-14 hostile feeds: entity declarations are refused in any spelling, before parsing', async () => {
    const laughs = (doctype: string) => `<?xml version="1.0"?>\n${doctype} lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) =>
      `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n')}\n]>\n<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`
    for (const d of ['<!DOCTYPE', '<!doctype', '<!DocType']) {
      await expect(parseFeed(laughs(d))).rejects.toMatchObject({ code: 'E_FEED' })
    }
    const external = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>'
    await expect(parseFeed(external)).rejects.toMatchObject({ code: 'E_FEED' })
  })

  it('issue-14 hostile local files over the size limit get E_INPUT_TOO_LARGE naming the file and the limit', async () => {
    const big = join(dir, 'huge-page.html')
    writeFileSync(big, '<p>x</p>')
    truncateSync(big, 50 * 1024 * 1024) // 50 MB, sparse: nothing is read
    expect(() => readInputFile(big)).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_LARGE', message: expect.stringMatching(/huge-page\.html: 50\.0 MiB is over the 10 MiB limit/) }))
    await expect(loadItem(big)).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' })
  })

  it('issue-14 hostile compressed bodies stop at the default decompressed size cap (gzip, deflate, brotli)', async () => {
    for (const path of Object.keys(bombs)) {
      await expect(fetchUrl(`${base}${path}`, { allowPrivate: true, politenessMs: 0 }), path).rejects.toMatchObject({
        code: 'E_INPUT_TOO_LARGE', message: expect.stringMatching(String(MAX_FILE_BYTES)),
      })
    }
  })
})
