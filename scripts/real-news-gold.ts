/**
 * `npm run eval:news -- [--part dev|dev2|tune|final|all] [--json] [--verbose] [--keep] [--data <dir>]`
 *
 * Assembles the real-news gold folder from ../shared/data/demo-news-conflict-pd (one `<id>.txt` per
 * annotated article with a `<id>.txt.meta.json` sidecar giving title, outlet and url, plus the gold.json
 * of eval-gold/real-news restricted to the part) in a temporary folder, and scores Dossier on it
 * (`dossier eval news`). The article texts never enter the repository; only ids and short anchors do.
 *
 * Parts: dev (16 articles), dev2 (the next ones in the same order), tune = dev + dev2, final, all.
 * `--part final` is the frozen final check: it prints aggregate figures only, unless --verbose is given.
 * Default part: dev.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError } from '../src/model/index.js'
import { goldPart, parseNewsGold } from '../src/eval/news-gold.js'
import { evalNews, partOf } from '../src/eval/news.js'
import { scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface CorpusArticle { id: string; source: string; url?: string; title?: string; text: string }

function readCorpus(dataDir: string): Map<string, CorpusArticle> {
  const path = join(dataDir, 'demo-news-conflict-pd', 'articles.jsonl')
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
  return new Map(lines.map((l) => JSON.parse(l) as CorpusArticle).map((a) => [a.id, a]))
}

/** Write the part's articles, their sidecars and the part's gold into a fresh folder; return its path. */
export function assemble(part: ReturnType<typeof partOf>, dataDir: string): string {
  const rawGold: unknown = JSON.parse(readFileSync(join(root, 'eval-gold', 'real-news', 'gold.json'), 'utf8'))
  const gold = goldPart(parseNewsGold(rawGold, 'eval-gold/real-news/gold.json'), part)
  const corpus = readCorpus(dataDir)
  const dir = mkdtempSync(join(tmpdir(), 'dossier-news-gold-'))
  for (const [key, doc] of Object.entries(gold.documents)) {
    const a = corpus.get(doc.id)
    if (!a) throw new DossierError('E_EVAL_FORMAT', `article ${doc.id} is not in ${dataDir}/demo-news-conflict-pd/articles.jsonl`, { hint: 'point --data at the shared data folder (../shared/data)' })
    writeFileSync(join(dir, key), a.text)
    writeFileSync(join(dir, `${key}.meta.json`), JSON.stringify({ title: a.title, outlet: a.source, ...(a.url ? { url: a.url } : {}) }))
  }
  const raw = rawGold as Record<string, unknown>
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ ...raw, documents: gold.documents, events: gold.events, claims: gold.claims }, null, 1))
  return dir
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['part', 'data'])
  const part = partOf({ part: o['part'] ?? 'dev' })
  const dir = assemble(part, resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data')))
  try {
    const report = await evalNews(dir, { part, verbose: o['verbose'] === true })
    process.stdout.write(`${report.table}\n`)
    if (o['json']) process.stdout.write(`${JSON.stringify(report.metrics)}\n`)
    if (o['keep']) process.stdout.write(`folder kept: ${dir}\n`)
  } finally {
    if (!o['keep']) rmSync(dir, { recursive: true, force: true })
  }
}

await main()
