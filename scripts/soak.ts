/**
 * `npm run soak`: the full default pipeline (no store) over every text in ../shared/data — CoNLL 2003 and
 * GMB documents rebuilt from their tokens, UNER sentences (chunked), PolNeAR's articles, re3d documents,
 * the demo news, the 90 benchmark HTML pages (through the HTML extractor) and the seeds. Prints articles,
 * words, failures by stage and error, and words/s. Not part of `npm test` (it reads ../shared).
 *
 *   npm run soak [-- --only conll,gmb] [--max-docs N] [--verbose]
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { articleFromExtracted, plainTextArticle } from '../src/ingest/load.js'
import { extractHtml } from '../src/ingest/html/extract.js'
import { isDossierError, StageError } from '../src/model/index.js'
import type { Article } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url))
const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const only = opt('only')?.split(',')
const maxDocs = Number(opt('max-docs') ?? Infinity)
const verbose = args.includes('--verbose')

/** One input to the soak: plain text or an HTML page. */
interface SoakDoc { readonly id: string; readonly text?: string; readonly html?: string }

const gz = (p: string) => gunzipSync(readFileSync(p))
const chunk = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n))

/** Sentences of a column file (token in column `col`), blank lines between sentences; `-DOCSTART-` starts a document. */
function columnSentences(text: string, col: number): string[][][] {
  const docs: string[][][] = [[]]
  let sent: string[] = []
  const end = () => { if (sent.length) docs[docs.length - 1]!.push(sent); sent = [] }
  for (const line of text.split('\n')) {
    if (line.startsWith('-DOCSTART-')) { end(); docs.push([]); continue }
    if (line.startsWith('#')) continue
    if (line.trim() === '') { end(); continue }
    const tok = line.split(/[\t ]/)[col]
    if (tok) sent.push(tok)
  }
  end()
  return docs.filter((d) => d.length)
}

/** Documents rebuilt from sentences: tokens joined by spaces, one sentence a line, `per` sentences a document. */
function rebuilt(prefix: string, docs: string[][][], per: number): SoakDoc[] {
  return docs.flatMap((d, i) => chunk(d, per).map((c, j) => ({ id: `${prefix}-${i}-${j}`, text: c.map((s) => s.join(' ')).join('\n') })))
}

const SOURCES: Record<string, () => SoakDoc[]> = {
  seeds: () => readdirSync(join(DATA, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => ({ id: `seeds/${f}`, text: readFileSync(join(DATA, 'seeds', f), 'utf8') })),
  demo: () => readFileSync(join(DATA, 'demo-news-conflict-pd/articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l, i) => {
    const a = JSON.parse(l) as { id?: string; title?: string; text: string }
    return { id: `demo/${a.id ?? i}`, text: a.title ? `${a.title}\n\n${a.text}` : a.text }
  }),
  benchmark: () => {
    const dir = join(DATA, 'article-extraction-benchmark-dev/html')
    return readdirSync(dir).sort().map((f) => ({ id: `benchmark/${f}`, html: (f.endsWith('.gz') ? gz(join(dir, f)) : readFileSync(join(dir, f))).toString('utf8') }))
  },
  re3d: () => readdirSync(join(DATA, 're3d-dev')).filter((d) => existsSync(join(DATA, 're3d-dev', d, 'documents.json'))).flatMap((d) =>
    readFileSync(join(DATA, 're3d-dev', d, 'documents.json'), 'utf8').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => {
      const doc = JSON.parse(l) as { _id: string; title?: string; text: string }
      return { id: `re3d/${d}/${doc._id}`, text: doc.title ? `${doc.title}\n\n${doc.text}` : doc.text }
    })),
  polnear: () => {
    const tmp = mkdtempSync(join(tmpdir(), 'soak-polnear-'))
    try {
      execFileSync('tar', ['xzf', join(DATA, 'polnear-train/polnear-train.tar.gz'), '-C', tmp, 'text'])
      const dir = join(tmp, 'text')
      return readdirSync(dir).sort().map((f) => ({ id: `polnear/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  },
  conll: () => ['eng.train.gz', 'eng.testa.gz'].flatMap((f) => rebuilt(`conll/${f}`, columnSentences(gz(join(DATA, 'conll2003-train', f)).toString('utf8'), 0), 30)),
  uner: () => ['en_ewt-ud-dev.iob2.gz', 'en_ewt-ud-test.iob2.gz'].flatMap((f) =>
    rebuilt(`uner/${f}`, [columnSentences(gz(join(DATA, 'ner-uner-english-ewt', f)).toString('utf8'), 1).flat()], 30)),
  gmb: () => {
    // CSV rows "Sentence: N,word,POS,tag"; the sentence field is empty inside a sentence, words may be quoted (",")
    const sents: string[][] = []
    for (const line of gz(join(DATA, 'ner-gmb-kaggle/ner_dataset.csv.gz')).toString('latin1').split('\n').slice(1)) {
      const fields = csvFields(line)
      if (fields.length < 4) continue
      if (fields[0]) sents.push([])
      sents[sents.length - 1]?.push(fields[1]!)
    }
    return rebuilt('gmb', [sents], 20)
  },
}

function csvFields(line: string): string[] {
  const out: string[] = []
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!)
    if (m[2] === '') break
  }
  return out
}

function articleOf(d: SoakDoc): Article {
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
