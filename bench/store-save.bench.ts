/**
 * The SQLite store's save path alone: real articles (PolNeAR, from ../shared/data) are analysed once by the default
 * pipeline, then saved into a fresh store in several rounds; reports the median CPU milliseconds per article and the
 * words saved per CPU-second. Baseline in the same run: the same articles saved with their syntax left out (the
 * syntax is most of the bytes), so the ratio shows what the rest of the save costs against the whole.
 *
 *   npx tsx bench/store-save.bench.ts [--n 60] [--rounds 7] [--docs FILE]   (--docs caches the analysed articles)
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plainTextArticle } from '../src/ingest/load.js'
import { simhash } from '../src/ingest/near-dup.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { storedDocOf } from '../src/service/ingest.js'
import { SqliteStore, type StoredDoc } from '../src/store/index.js'
import { SOURCES } from '../scripts/data-sources.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

async function analysed(n: number, cache: string | undefined): Promise<StoredDoc[]> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as StoredDoc[]
  const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
  const docs: StoredDoc[] = []
  for (const d of SOURCES['polnear']!().filter((x) => x.text).slice(0, n)) {
    const article = plainTextArticle(d.text!, {}, d.id)
    docs.push(storedDocOf(await pipeline.analyse({ ...article, simhash: simhash(article.text), ingestedAt: '2026-01-01T00:00:00.000Z' })))
  }
  if (cache) writeFileSync(cache, JSON.stringify(docs))
  return docs
}

/** CPU milliseconds to save every doc into a fresh store (opening and closing it not counted). */
async function saveAll(docs: readonly StoredDoc[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'store-save-'))
  const store = new SqliteStore(join(dir, 'dossier.db'))
  try {
    const u = process.cpuUsage()
    for (const d of docs) await store.saveDoc(d)
    const c = process.cpuUsage(u)
    return (c.user + c.system) / 1000
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main(): Promise<void> {
  const docs = await analysed(Number(opt('n') ?? 60), opt('docs'))
  const bare = docs.map((d) => ({ ...d, syntax: undefined }))
  const words = docs.reduce((a, d) => a + (d.article.text.match(/\S+/g) ?? []).length, 0)
  const rounds = Number(opt('rounds') ?? 7)
  await saveAll(docs) // warm-up
  const full: number[] = [], noSyntax: number[] = []
  for (let r = 0; r < rounds; r++) { full.push(await saveAll(docs)); noSyntax.push(await saveAll(bare)) }
  const ms = median(full), base = median(noSyntax)
  console.log(`store save (SQLite), ${docs.length} PolNeAR articles, ${words} words, median of ${rounds} rounds (CPU time)`)
  console.log(`  whole save        ${(ms / docs.length).toFixed(2)} ms/article  ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/CPU-s`)
  console.log(`  without syntax    ${(base / docs.length).toFixed(2)} ms/article  (baseline; ratio whole/without ${(ms / base).toFixed(2)})`)
  console.log(JSON.stringify({ bench: 'store-save', articles: docs.length, words, msPerArticle: ms / docs.length, noSyntaxMsPerArticle: base / docs.length }))
}

await main()
