/**
 * `npm run eval:news -- [--part dev|dev2|tune|final|all|train] [--json] [--verbose] [--keep] [--data <dir>] [--out <dir>]`
 *
 * Assembles the real-news gold folder from ../shared/data/demo-news-conflict-pd (one `<id>.txt` per
 * annotated article with a `<id>.txt.meta.json` sidecar giving title, outlet and url, plus the gold.json
 * of eval-gold/real-news restricted to the part) in a temporary folder, and scores Dossier on it
 * (`dossier eval news`). The article texts never enter the repository; only ids and short anchors do.
 *
 * Parts: dev (16 articles), dev2 (the next ones in the same order), tune = dev + dev2, final, all (dev + dev2 +
 * final), train (the 27 short articles, annotated for training in eval-gold/real-news/train.json, which is merged
 * with gold.json for this part only). `--part final` is the frozen final check: it prints aggregate figures only,
 * unless --verbose is given. `--out <dir>` writes the part's folder there and scores nothing (for
 * scripts/check-news-gold.ts). Default part: dev.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError } from '../src/model/index.js'
import { goldPart, mergeNewsGold, parseNewsGold, type NewsGold } from '../src/eval/news-gold.js'
import { evalNews, partOf } from '../src/eval/news.js'
import { scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface CorpusArticle { id: string; source: string; url?: string; title?: string; text: string }

function readCorpus(dataDir: string): Map<string, CorpusArticle> {
  const path = join(dataDir, 'demo-news-conflict-pd', 'articles.jsonl')
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
  return new Map(lines.map((l) => JSON.parse(l) as CorpusArticle).map((a) => [a.id, a]))
}

function readGold(file: string): { raw: Record<string, unknown>; gold: NewsGold } {
  const raw = JSON.parse(readFileSync(join(root, 'eval-gold', 'real-news', file), 'utf8')) as Record<string, unknown>
  return { raw, gold: parseNewsGold(raw, `eval-gold/real-news/${file}`) }
}

/** A part of the real-news gold: gold.json, with train.json merged in when the training part is asked for. */
export function partGold(part: ReturnType<typeof partOf>): { raw: Record<string, unknown>; gold: NewsGold } {
  const base = readGold('gold.json')
  if (part !== 'train') return { raw: base.raw, gold: goldPart(base.gold, part) }
  const train = readGold('train.json')
  return { raw: base.raw, gold: goldPart(mergeNewsGold(base.gold, train.gold, 'eval-gold/real-news/train.json'), part) }
}

/** Write the part's articles, their sidecars and the part's gold into a folder (a fresh one unless `out` is given); return its path. */
export function assemble(part: ReturnType<typeof partOf>, dataDir: string, out?: string): string {
  const { raw, gold } = partGold(part)
  const corpus = readCorpus(dataDir)
  const dir = out ?? mkdtempSync(join(tmpdir(), 'dossier-news-gold-'))
  mkdirSync(dir, { recursive: true })
  for (const [key, doc] of Object.entries(gold.documents)) {
    const a = corpus.get(doc.id)
    if (!a) throw new DossierError('E_EVAL_FORMAT', `article ${doc.id} is not in ${dataDir}/demo-news-conflict-pd/articles.jsonl`, { hint: 'point --data at the shared data folder (../shared/data)' })
    writeFileSync(join(dir, key), a.text)
    writeFileSync(join(dir, `${key}.meta.json`), JSON.stringify({ title: a.title, outlet: a.source, ...(a.url ? { url: a.url } : {}) }))
  }
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ ...raw, documents: gold.documents, entities: gold.entities, events: gold.events, claims: gold.claims }, null, 1))
  return dir
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['part', 'data', 'out'])
  const part = partOf({ part: o['part'] ?? 'dev' })
  const out = typeof o['out'] === 'string' ? resolve(o['out']) : undefined
  const dir = assemble(part, resolve(typeof o['data'] === 'string' ? o['data'] : join(root, '..', 'shared', 'data')), out)
  if (out) { process.stdout.write(`folder written: ${dir} (nothing scored)\n`); return }
  try {
    const report = await evalNews(dir, { part, verbose: o['verbose'] === true })
    process.stdout.write(`${report.table}\n`)
    if (o['json']) process.stdout.write(`${JSON.stringify(report.metrics)}\n`)
    if (o['keep']) process.stdout.write(`folder kept: ${dir}\n`)
  } finally {
    if (!o['keep']) rmSync(dir, { recursive: true, force: true })
  }
}

// Run only as a script, so that tests and training scripts can import partGold and assemble.
if (import.meta.url === `file://${process.argv[1]}`) await main()
