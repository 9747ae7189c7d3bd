/**
 * Coreference stage speed and output check (dev tool, reads ../shared/data via data-sources):
 * runs the stages before coref once over N PolNeAR articles (cached), then times coref.syntax (v9)
 * alone in CPU time and writes its output (mentions + links) for a before/after comparison.
 *
 *   npx tsx scripts/coref-speed.ts [--n 120] [--reps 3] [--out /tmp/coref-out.json]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { createPipeline } from '../src/pipeline/index.js'
import type { AnnotatedDoc } from '../src/model/doc.js'
import { SOURCES } from './data-sources.js'
import { corefSyntaxStage } from '../src/pipeline/stages/coref.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const n = Number(opt('n') ?? 120)
const reps = Number(opt('reps') ?? 3)
const cacheDir = join(tmpdir(), 'dossier-coref-speed')
mkdirSync(cacheDir, { recursive: true })
const cache = join(cacheDir, `precoref-${n}.json`)
let docs: AnnotatedDoc[]
if (existsSync(cache)) docs = JSON.parse(readFileSync(cache, 'utf8')) as AnnotatedDoc[]
else {
  const texts = SOURCES['polnear']!().filter((d) => d.text).slice(0, n)
  const p = createPipeline({ stages: ['segment.wink.v1', 'syntax.parser.v2', 'mentions.ner.v17'] })
  docs = []
  for (const d of texts) docs.push(await p.run({ id: d.id, text: d.text!, contentHash: d.id, boilerplate: [] }))
  writeFileSync(cache, JSON.stringify(docs))
}
const words = docs.reduce((a, d) => a + (d.article.text.match(/\S+/g) ?? []).length, 0)
const ctx = { resources: {} } as Parameters<typeof corefSyntaxStage.run>[1]
const outs: unknown[] = []
await corefSyntaxStage.run(docs[0]!, ctx)
let best = Infinity
let first = 0
for (let r = 0; r < reps; r++) {
  outs.length = 0
  const u = process.cpuUsage()
  for (const d of docs) { const o = await corefSyntaxStage.run(d, ctx); outs.push({ m: o.mentions, l: o.corefLinks }) }
  const du = process.cpuUsage(u)
  best = Math.min(best, (du.user + du.system) / 1000)
  if (r === 0) first = (du.user + du.system) / 1000
}
const json = JSON.stringify(outs)
const out = opt('out')
if (out) writeFileSync(out, json)
console.log(`coref.syntax.v15: ${docs.length} docs, ${words} words, first pass ${first.toFixed(0)} ms CPU (${Math.round(words / (first / 1000)).toLocaleString('en')} words/CPU-s), best ${best.toFixed(0)} ms CPU, ${Math.round(words / (best / 1000)).toLocaleString('en')} words/CPU-s, output sha1 ${createHash('sha1').update(json).digest('hex').slice(0, 12)}`)
