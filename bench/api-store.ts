/**
 * A large store for the API bench, made from the committed seed fixtures only: sentences of the two seed
 * articles recombined (seeded, so every run builds the same store) into `unique` new articles that run through
 * the real pipeline, then each copied `copies` times with a reference line appended (so annotations stay valid)
 * and a spread of publication dates, inserted through the store directly (running the pipeline on 10,000
 * articles would take far longer than a bench should), then aggregated once as ingest does.
 * The store is kept in the temp directory and reused while its size and the default stages' keys match.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import { simhash } from '../src/ingest/near-dup.js'
import { contentHash, hashId } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { segmentText } from '../src/text/segment.js'
import { aggregate, knowledgeBase } from '../src/service/aggregate.js'
import type { StoredDoc } from '../src/store/index.js'
import { SqliteStore } from '../src/store/index.js'

const seedsDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32 }
}

function seedSentences(): string[] {
  const out: string[] = []
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, f), 'utf8')
    for (const s of segmentText(text).sentences) {
      const t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()
      if (t.length > 40 && /[.!?"”]$/.test(t)) out.push(t)
    }
  }
  return out
}

function recombined(sentences: readonly string[], n: number, random: () => number): string {
  const pick = () => sentences[Math.floor(random() * sentences.length)]!
  const title = pick().split(' ').slice(0, 8).join(' ').replace(/[,.;:]$/, '')
  const paragraphs: string[] = []
  const count = 6 + Math.floor(random() * 7)
  for (let i = 0; i < count; i += 2) paragraphs.push([pick(), pick()].join(' '))
  const dateline = random() < 0.5 ? 'GAZA — ' : ''
  return `${title} (${n})\n\n${dateline}${paragraphs.join('\n\n')}\n`
}

/** A copy of a processed doc under a new article: ids of the article, its mentions, events and claims renamed consistently. */
function copyOf(doc: StoredDoc, k: number, published: string): StoredDoc {
  const text = `${doc.article.text}\nRef ${k}\n`
  const hash = contentHash(text)
  const id = hashId('article', hash)
  const suffix = `c${k.toString(36)}`
  const json = JSON.stringify({ ...doc, article: undefined }).split(doc.article.id).join(id)
    .replace(/\b(mention|event|claim)_([0-9a-f]{16})\b/g, `$1_$2${suffix}`)
  const rest = JSON.parse(json) as Omit<StoredDoc, 'article'>
  return { ...rest, article: { ...doc.article, id, text, contentHash: hash, simhash: simhash(text), published, ingestedAt: published } }
}

export interface BenchStore {
  readonly path: string
  readonly articles: number
  readonly built: boolean
  readonly seconds: { pipeline: number; insert: number; aggregate: number }
}

export async function benchStore(unique = 100, copies = 100): Promise<BenchStore> {
  // The stage keys are in the name, so a store built by older stages is never reused.
  const stages = hashId('bench-stages', DEFAULT_STAGES.join(' ')).slice(-8)
  const path = join(tmpdir(), `dossier-bench-api-u${unique}-c${copies}-${stages}.db`)
  if (existsSync(path)) {
    const s = new SqliteStore(path)
    const n = await s.countArticles()
    await s.close()
    if (n >= unique * copies) return { path, articles: n, built: false, seconds: { pipeline: 0, insert: 0, aggregate: 0 } }
  }
  const partial = `${path}.part`
  for (const p of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(p, { force: true })
  const store = new SqliteStore(partial)
  const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] }, { resources: { kb: await knowledgeBase(store) } })
  const sentences = seedSentences()
  const random = rng(7)
  const t0 = performance.now()
  const docs: StoredDoc[] = []
  for (let u = 0; u < unique; u++) {
    const article = plainTextArticle(recombined(sentences, u, random), { outlet: `Wire ${u % 7}` }, `bench-${u}`)
    const d = await pipeline.run(article)
    docs.push({ article: d.article, mentions: d.mentions ?? [], events: d.events ?? [], claims: d.claims ?? [], affiliations: d.affiliations ?? [], places: d.places ?? [], sentences: d.sentences ?? [] })
  }
  const t1 = performance.now()
  let n = 0
  for (let k = 0; k < copies; k++) {
    for (const doc of docs) {
      const day = new Date(Date.UTC(2015, 0, 1) + (n % 540) * 86_400_000).toISOString().slice(0, 10)
      if (await store.saveDoc(copyOf(doc, k, day))) n++
    }
  }
  const t2 = performance.now()
  await aggregate(store)
  const t3 = performance.now()
  await store.close()
  renameSync(partial, path)
  for (const p of [`${partial}-wal`, `${partial}-shm`]) rmSync(p, { force: true })
  return { path, articles: n, built: true, seconds: { pipeline: (t1 - t0) / 1000, insert: (t2 - t1) / 1000, aggregate: (t3 - t2) / 1000 } }
}
