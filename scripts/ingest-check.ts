/**
 * Checks that a speed change keeps every stored output (a script, not a test: it reads ../shared/data). Real
 * articles (by default 70 each of demo news, PolNeAR and GMB) go through the default pipeline and the save into
 * a fresh SQLite store, as `dossier ingest` does (with a fixed ingest time); then each article is read back from
 * the store (article, mentions, events, claims, affiliations, places, sentences, syntax) and written as one JSON
 * line. Given the file of an earlier run, counts and lists the articles whose stored JSON differs, and the first
 * part that differs. Also reports the pipeline's and the save's CPU time.
 *
 *   npx tsx scripts/ingest-check.ts [--sources demo,polnear,gmb] [--n 70] [--write FILE] [--against FILE] [--show N]
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plainTextArticle } from '../src/ingest/load.js'
import { simhash } from '../src/ingest/near-dup.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { knowledgeBase } from '../src/service/aggregate.js'
import { storedDocOf } from '../src/service/ingest.js'
import { SqliteStore } from '../src/store/index.js'
import { SOURCES } from './data-sources.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6

/** Everything the store gives back about one article, by part. */
async function readBack(store: SqliteStore, id: string): Promise<Record<string, unknown>> {
  return {
    article: await store.getArticle(id), mentions: await store.mentionsOf(id), events: await store.eventsOf(id),
    claims: await store.claimsOf(id), affiliations: await store.affiliationsOf(id), places: await store.placesOf(id),
    sentences: await store.sentencesOf(id), syntax: await store.syntaxOf(id),
  }
}

async function main(): Promise<void> {
  const n = Number(opt('n') ?? 70)
  const sources = (opt('sources') ?? 'demo,polnear,gmb').split(',')
  const docs = sources.flatMap((s) => SOURCES[s]!().filter((d) => d.text).slice(0, n))
  const dir = mkdtempSync(join(tmpdir(), 'ingest-check-'))
  const store = new SqliteStore(join(dir, 'dossier.db'))
  const out: string[] = []
  try {
    const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] }, { resources: { kb: await knowledgeBase(store) } })
    let pipelineCpu = 0, saveCpu = 0, words = 0
    const ids: string[] = []
    for (const d of docs) {
      const article = plainTextArticle(d.text!, {}, d.id)
      if (await store.hasArticle(article.contentHash)) continue
      words += (article.text.match(/\S+/g) ?? []).length
      let u = process.cpuUsage()
      const analysis = await pipeline.analyse({ ...article, simhash: simhash(article.text), ingestedAt: '2026-01-01T00:00:00.000Z' })
      pipelineCpu += cpuSeconds(process.cpuUsage(u))
      u = process.cpuUsage()
      await store.saveDoc(storedDocOf(analysis))
      saveCpu += cpuSeconds(process.cpuUsage(u))
      ids.push(article.id)
    }
    for (const id of ids) out.push(JSON.stringify([id, await readBack(store, id)]))
    console.log(`${ids.length} articles, ${words} words; pipeline ${pipelineCpu.toFixed(2)} CPU-s (${Math.round(words / pipelineCpu)} words/CPU-s), save ${saveCpu.toFixed(2)} CPU-s`)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const write = opt('write')
  if (write) writeFileSync(write, `${out.join('\n')}\n`)
  const against = opt('against')
  if (!against) return
  type Line = [string, Record<string, unknown>]
  const before = new Map(readFileSync(against, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line))
  const differing = out.map((l) => JSON.parse(l) as Line).filter(([id, v]) => JSON.stringify(before.get(id)) !== JSON.stringify(v))
  console.log(`${differing.length} of ${out.length} articles differ from ${against}${before.size !== out.length ? ` (which holds ${before.size})` : ''}`)
  for (const [id, v] of differing.slice(0, Number(opt('show') ?? 20))) {
    const old = before.get(id) ?? {}
    const parts = Object.keys(v).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(v[k]))
    console.log(`  ${id}: ${parts.join(', ')}`)
  }
}

await main()
