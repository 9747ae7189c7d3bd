/**
 * Aggregation on real text (a script, not a test: it reads ../shared/data): 3,000 articles built from the demo
 * news, PolNeAR's articles, re3d documents, the seeds and CoNLL 2003 documents rebuilt from their tokens are
 * ingested with the default pipeline into a temporary store (aggregation skipped); then a fresh process runs
 * aggregation alone and reports the entity count, the five most-mentioned actors with their mention counts,
 * aggregation time and the peak RSS of that process.
 *
 * `--stages a,b` ingests with those stages only (e.g. `segment.wink.v1,mentions.rules.v1` on a busy machine).
 *
 *   npx tsx scripts/aggregate-report.ts [--n 3000] [--keep DIR] [--stages a,b]
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url))
const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

function texts(): string[] {
  const out: string[] = []
  out.push(...readFileSync(join(DATA, 'demo-news-conflict-pd/articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => {
    const a = JSON.parse(l) as { title?: string; text: string }
    return a.title ? `${a.title}\n\n${a.text}` : a.text
  }))
  const tmp = mkdtempSync(join(tmpdir(), 'agg-polnear-'))
  try {
    execFileSync('tar', ['xzf', join(DATA, 'polnear-train/polnear-train.tar.gz'), '-C', tmp, 'text'])
    for (const f of readdirSync(join(tmp, 'text')).sort()) out.push(readFileSync(join(tmp, 'text', f), 'utf8'))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  for (const d of readdirSync(join(DATA, 're3d-dev')).filter((x) => existsSync(join(DATA, 're3d-dev', x, 'documents.json')))) {
    for (const l of readFileSync(join(DATA, 're3d-dev', d, 'documents.json'), 'utf8').split('\n').filter((x) => x.trim().startsWith('{'))) {
      const doc = JSON.parse(l) as { title?: string; text: string }
      out.push(doc.title ? `${doc.title}\n\n${doc.text}` : doc.text)
    }
  }
  for (const f of readdirSync(join(DATA, 'seeds')).filter((x) => x.endsWith('.txt'))) out.push(readFileSync(join(DATA, 'seeds', f), 'utf8'))
  // CoNLL 2003 news documents, rebuilt from their tokens (one sentence a line)
  const conll = gunzipSync(readFileSync(join(DATA, 'conll2003-train/eng.train.gz'))).toString('utf8')
  for (const doc of conll.split(/-DOCSTART-[^\n]*\n/).slice(1)) {
    const sents = doc.split(/\n\s*\n/).map((s) => s.split('\n').filter(Boolean).map((l) => l.split(' ')[0]).join(' ')).filter(Boolean)
    if (sents.length > 2) out.push(sents.join('\n'))
  }
  return out
}

async function aggregateChild(db: string): Promise<void> {
  const { openStore } = await import('../src/store/index.js')
  const { aggregate } = await import('../src/service/aggregate.js')
  const store = openStore(db)
  const t0 = Date.now()
  const s = await aggregate(store)
  const secs = (Date.now() - t0) / 1000
  const top = (await store.listEntities({ limit: 5 })).map((e) => ({ name: e.canonicalName, type: e.type, mentions: e.mentionCount, articles: e.articleCount }))
  const again = Date.now()
  await aggregate(store)
  const secondSecs = (Date.now() - again) / 1000
  await store.close()
  console.log(JSON.stringify({ ...s, secs, secondSecs, top, peakRssMB: process.resourceUsage().maxRSS / 1024 }))
}

async function main(): Promise<void> {
  const n = Number(opt('n') ?? 3000)
  const dir = opt('keep') ?? mkdtempSync(join(tmpdir(), 'agg-report-'))
  const db = join(dir, 'dossier.db')
  if (!existsSync(db)) {
    const inDir = join(dir, 'in')
    mkdirSync(inDir, { recursive: true })
    const all = texts().slice(0, n)
    all.forEach((t, i) => writeFileSync(join(inDir, `a${String(i).padStart(5, '0')}.txt`), t))
    const { openStore } = await import('../src/store/index.js')
    const { ingest } = await import('../src/service/ingest.js')
    const store = openStore(db)
    const t0 = Date.now()
    const stages = opt('stages')?.split(',')
    const s = await ingest(store, [inDir], { skipAggregate: true, ...(stages ? { stages } : {}) })
    await store.close()
    console.log(`ingested ${s.added} of ${all.length} articles (${s.failures.length} failed) in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--aggregate', db], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const line = r.stdout.trim().split('\n').pop() ?? ''
  if (r.status !== 0 || !line.startsWith('{')) { console.error(r.stderr.slice(-3000)); process.exitCode = 1; return }
  const x = JSON.parse(line) as { entities: number; relations: number; clusters: number; secs: number; secondSecs: number; peakRssMB: number; top: Array<{ name: string; type: string; mentions: number; articles: number }> }
  console.log(`aggregation: ${x.entities} entities, ${x.relations} relations, ${x.clusters} clusters in ${x.secs.toFixed(1)} s (again, nothing new: ${x.secondSecs.toFixed(1)} s); peak RSS ${x.peakRssMB.toFixed(0)} MB`)
  console.log('most mentioned:')
  for (const t of x.top) console.log(`  ${t.name} (${t.type}): ${t.mentions} mentions in ${t.articles} articles`)
  console.log(JSON.stringify({ report: 'aggregate', ...x }))
  if (!opt('keep')) rmSync(dir, { recursive: true, force: true })
}

const ai = args.indexOf('--aggregate')
if (ai >= 0) await aggregateChild(args[ai + 1]!)
else await main()
