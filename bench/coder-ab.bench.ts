/**
 * The event coder alone (src/events outside the party ranker and the scorer), this checkout's against another
 * checkout's in one process, alternating pass by pass: `extractEvents` (loose, as the stage runs it) and the actor
 * coder over its events (`forDoc(doc).codeEvents`), on the stage-ab articles prepared once by this checkout's stages
 * before the events stage. Prints CPU ms per pass, new / base (sums, medians) and whether every output is the same.
 * The events stage's A/B (stage-ab) carries the party ranker and the scorer, whose share hides a coder change.
 *
 *   npx tsx bench/coder-ab.bench.ts --base DIR [--passes 30]
 * @module
 */
import { pathToFileURL } from 'node:url'
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc, Event } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { benchTexts } from './texts.js'
import * as oursExtract from '../src/events/extract.js'
import * as oursCodes from '../src/events/actor-codes.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 30)
const baseDir = opt('base')
if (!baseDir) throw new Error('--base DIR (another checkout) is required')


type Coder = (doc: AnnotatedDoc) => Event[]
const coderOf = (ex: typeof oursExtract, ac: typeof oursCodes): Coder => (doc) =>
  ac.defaultActorCoder().forDoc(doc).codeEvents(ex.extractEvents(doc, { loose: true, looseIds: new Set(), learned: new Map() }))
const ours = coderOf(oursExtract, oursCodes)
const base = coderOf(
  (await import(pathToFileURL(`${baseDir}/src/events/extract.ts`).href)) as typeof oursExtract,
  (await import(pathToFileURL(`${baseDir}/src/events/actor-codes.ts`).href)) as typeof oursCodes)

const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const at = pipeline.stages.findIndex((s) => s.key.startsWith('events.'))
const docs: AnnotatedDoc[] = []
for (const [i, t] of benchTexts().entries()) {
  let d: AnnotatedDoc = { article: plainTextArticle(t, {}, `bench-${i}`) }
  for (const s of pipeline.stages.slice(0, at)) d = await s.run(d, { resources: {} })
  docs.push(d)
}
function pass(c: Coder): { ms: number; out: string } {
  const out: Event[][] = []
  const u = process.cpuUsage()
  for (const d of docs) out.push(c(d))
  const t = process.cpuUsage(u)
  return { ms: (t.user + t.system) / 1000, out: JSON.stringify(out) }
}
for (let r = 0; r < 3; r++) { pass(ours); pass(base) }
const a: number[] = []
const b: number[] = []
let same = true
for (let r = 0; r < passes; r++) {
  const order = r % 2 === 0 ? [ours, base] : [base, ours]
  const [x, y] = order.map(pass) as [ReturnType<typeof pass>, ReturnType<typeof pass>]
  const [n, o] = r % 2 === 0 ? [x, y] : [y, x]
  a.push(n.ms); b.push(o.ms)
  if (n.out !== o.out) same = false
}
const sum = (l: number[]) => l.reduce((s, v) => s + v, 0)
const median = (l: number[]) => { const s = [...l].sort((p, q) => p - q); return s[Math.floor(s.length / 2)]! }
const result = { bench: 'coder-ab', passes, sameOutput: same, newMedianMs: +median(a).toFixed(1), baseMedianMs: +median(b).toFixed(1),
  ratioSums: +(sum(a) / sum(b)).toFixed(3), ratioMedians: +(median(a) / median(b)).toFixed(3) }
console.log(`coder new / base ${result.ratioSums} (sums), ${result.ratioMedians} (medians); same output: ${same}`)
console.log(JSON.stringify(result))
