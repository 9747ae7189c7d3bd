/**
 * `npm run soak`: the full default pipeline (no store) over every text in ../shared/data — CoNLL 2003 and
 * GMB documents rebuilt from their tokens, UNER sentences (chunked), PolNeAR's articles, re3d documents,
 * the demo news, the 90 benchmark HTML pages (through the HTML extractor) and the seeds. Prints articles,
 * words, failures by stage and error, and words/s. Not part of `npm test` (it reads ../shared).
 *
 *   npm run soak [-- --only conll,gmb] [--max-docs N] [--verbose]
 * @module
 */
import { existsSync } from 'node:fs'
import { DATA, SOURCES, type SourceDoc } from './data-sources.js'
import { articleFromExtracted, plainTextArticle } from '../src/ingest/load.js'
import { extractHtml } from '../src/ingest/html/extract.js'
import { isDossierError, StageError } from '../src/model/index.js'
import type { Article } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const only = opt('only')?.split(',')
const maxDocs = Number(opt('max-docs') ?? Infinity)
const verbose = args.includes('--verbose')

/** A source document as an article (HTML pages through the extractor). */
function articleOf(d: SourceDoc): Article {
  if (d.html !== undefined) return articleFromExtracted(extractHtml(d.html, { url: `https://soak.example/${encodeURIComponent(d.id)}` }), {}, d.id)
  return plainTextArticle(d.text!, {}, d.id)
}

const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const failures = new Map<string, string[]>()
let articles = 0
let words = 0
let pipelineMs = 0
const t0 = Date.now()
for (const [name, load] of Object.entries(SOURCES)) {
  if (only && !only.includes(name)) continue
  if (!existsSync(DATA)) throw new Error(`no data at ${DATA}`)
  const docs = load().slice(0, maxDocs)
  let srcWords = 0
  const ts = Date.now()
  for (const d of docs) {
    let article: Article
    try {
      article = articleOf(d)
    } catch (e) {
      const key = `ingest: ${isDossierError(e) ? e.code : String(e).slice(0, 120)}`
      failures.set(key, [...(failures.get(key) ?? []), d.id])
      continue
    }
    const w = (article.text.match(/\S+/g) ?? []).length
    const t = performance.now()
    try {
      await pipeline.run(article)
    } catch (e) {
      const stage = e instanceof StageError ? e.stage : 'pipeline'
      const cause = e instanceof StageError && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e)
      const key = `${stage}: ${cause.slice(0, 160)}`
      failures.set(key, [...(failures.get(key) ?? []), d.id])
      if (verbose) console.error(d.id, key, e instanceof StageError && e.cause instanceof Error ? e.cause.stack : '')
    }
    pipelineMs += performance.now() - t
    articles++
    words += w
    srcWords += w
  }
  const secs = (Date.now() - ts) / 1000
  console.log(`${name}: ${docs.length} docs, ${srcWords} words, ${secs.toFixed(1)} s (${Math.round(srcWords / secs)} words/s)`)
}
const failed = [...failures.values()].reduce((a, ids) => a + ids.length, 0)
console.log(`\nsoak: ${articles} articles, ${words} words, ${failed} failure(s), ${Math.round(words / (pipelineMs / 1000))} words/s in the pipeline ` +
  `(${((Date.now() - t0) / 1000).toFixed(0)} s in all, one process)`)
for (const [key, ids] of [...failures].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${ids.length} × ${key}  e.g. ${ids.slice(0, 3).join(', ')}`)
process.exitCode = failed ? 1 : 0
