/**
 * Extraction speed: pages per second of Dossier's extractor (Readability on linkedom + clean-up,
 * metadata, dateline and source map) against the plain baseline (Readability on linkedom, textContent
 * only), measured in one run on the same pages, interleaved so both see the same machine load.
 *
 *   npx tsx bench/extract.bench.ts [dir-in-article-extraction-benchmark-layout] [--rounds 3]
 *
 * Without a folder (or when it is missing) it uses generated news-like pages.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { extractHtml, readabilityText } from '../src/ingest/html/extract.js'

const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3
// default: the dev pages in ../shared beside the repository (not the working directory); generated pages without it
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ??
  fileURLToPath(new URL('../../shared/data/article-extraction-benchmark-dev', import.meta.url))

function generatedPages(n: number): string[] {
  const para = (i: number, j: number) => `<p>Paragraph ${j} of story ${i}: officials in Gaza City said on Tuesday that the crossing would reopen after talks with Egyptian mediators, according to a statement carried by local media.</p>`
  return Array.from({ length: n }, (_, i) => `<!DOCTYPE html><html><head><title>Story ${i}</title><meta property="og:site_name" content="Example"></head><body>
<nav>${Array.from({ length: 30 }, (_, k) => `<a href="/s${k}">Section ${k}</a>`).join(' ')}</nav>
<article><h1>Story ${i}</h1>${Array.from({ length: 15 }, (_, j) => para(i, j)).join('')}<p>Share this article</p></article>
<aside>${Array.from({ length: 10 }, (_, k) => `<div class="teaser"><a href="/t${k}">Teaser ${k}</a></div>`).join('')}</aside></body></html>`)
}

function loadPages(): { pages: string[]; source: string } {
  const html = join(dir, 'html')
  if (!existsSync(html)) return { pages: generatedPages(90), source: 'generated pages' }
  const files = readdirSync(html).filter((f) => f.endsWith('.html.gz') || f.endsWith('.html')).sort()
  return {
    pages: files.map((f) => { const b = readFileSync(join(html, f)); return (f.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8') }),
    source: dir,
  }
}

const { pages, source } = loadPages()
const bytes = pages.reduce((a, p) => a + p.length, 0)
// Warm-up so JIT compilation does not count against whichever runs first.
for (const p of pages.slice(0, 10)) {
  try { extractHtml(p); readabilityText(p) } catch { /* measured below */ }
}
let ours = 0
let base = 0
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    const first = r % 2 === 0
    const runOurs = () => { const t = performance.now(); try { extractHtml(p) } catch { /* counted as a page */ } ours += performance.now() - t }
    const runBase = () => { const t = performance.now(); try { readabilityText(p) } catch { /* counted as a page */ } base += performance.now() - t }
    if (first) { runOurs(); runBase() } else { runBase(); runOurs() }
  }
}
const n = pages.length * rounds
const oursPps = n / (ours / 1000)
const basePps = n / (base / 1000)
console.log(`extract bench: ${pages.length} pages (${(bytes / 1e6).toFixed(1)} M chars) from ${source}, ${rounds} rounds`)
console.log(`  dossier extractHtml (readability+linkedom, clean-up, metadata, source map): ${oursPps.toFixed(1)} pages/s (${(ours / n).toFixed(2)} ms/page)`)
console.log(`  baseline readability on linkedom (textContent only):                         ${basePps.toFixed(1)} pages/s (${(base / n).toFixed(2)} ms/page)`)
console.log(`  ratio dossier/baseline: ${(oursPps / basePps).toFixed(3)}x`)
console.log(JSON.stringify({ bench: 'extract', pages: pages.length, rounds, pagesPerSec: oursPps, baselinePagesPerSec: basePps, ratio: oursPps / basePps }))
