/**
 * The syntax stage alone, as the pipeline runs it (`analyseMany` per article) over the pipeline bench's articles
 * (seed fixtures + demo news from ../shared), segmented once beforehand (not timed). Prints CPU ms per pass (median of
 * `--passes`), tokens per CPU-second and a checksum of every analysis (tags, lemmas, heads, labels), so two code
 * versions can be compared for speed and sameness in alternating processes.
 *
 * `--batch N` alternates, pass by pass, the per-article run with one `analyseMany` over the sentences of N articles at
 * a time (the syntax stage's `runMany` under `Pipeline.analyseMany`) and prints both (the checksums must agree).
 *
 *   npx tsx bench/syntax-stage.bench.ts [--passes 8] [--warm 2] [--batch 16]
 * Profile: node --cpu-prof --cpu-prof-dir DIR --import tsx bench/syntax-stage.bench.ts
 * @module
 */
import { fileURLToPath } from 'node:url'
import { fnv1a } from '../src/model/index.js'
import { segmentText } from '../src/text/segment.js'
import { DEFAULT_SYNTAX_MODEL_URL, SyntaxAnalyser } from '../src/syntax/analyser.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string, d: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : d }
const passes = opt('passes', 8)
const warm = opt('warm', 2)


/** Every article's sentences as word lists. */
function articles(): string[][][] {
  return benchTexts().map((text) => {
    const { sentences, tokens } = segmentText(text)
    const out: string[][] = sentences.map(() => [])
    for (const t of tokens) out[t.sentence]!.push(text.slice(t.start, t.end))
    return out.filter((s) => s.length > 0)
  })
}

const docs = articles()
const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0)
const analyser = SyntaxAnalyser.load(fileURLToPath(DEFAULT_SYNTAX_MODEL_URL))

const batch = opt('batch', 0)
/** The analyses' checksum; `n` > 0: the sentences of `n` articles at a time in one `analyseMany`. */
function pass(n = 0): number {
  let h = 0
  const add = (a: { upos: string[]; lemma: string[]; head: number[]; deprel: string[] }) => { h = (Math.imul(h, 31) + fnv1a(`${a.upos.join(' ')}|${a.lemma.join(' ')}|${a.head.join(' ')}|${a.deprel.join(' ')}`)) >>> 0 }
  if (n === 0) for (const d of docs) for (const a of analyser.analyseMany(d)) add(a)
  else for (let i = 0; i < docs.length; i += n) for (const a of analyser.analyseMany(docs.slice(i, i + n).flat())) add(a)
  return h
}

/** CPU ms of each pass of `run`, and the checksum of the last. */
function timed(run: () => number, into: number[]): number {
  const u0 = process.cpuUsage()
  const h = run()
  const u = process.cpuUsage(u0)
  into.push((u.user + u.system) / 1000)
  return h
}

for (let i = 0; i < warm; i++) { pass(); if (batch > 0) pass(batch) }
const ms: number[] = [], msBatch: number[] = []
let sum = 0, sumBatch = 0
for (let i = 0; i < passes; i++) {
  sum = timed(() => pass(), ms)
  if (batch > 0) sumBatch = timed(() => pass(batch), msBatch)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(JSON.stringify({ articles: docs.length, tokens, passes, cpuMsMedian: Math.round(median(ms)), cpuMsMin: Math.round(Math.min(...ms)),
  tokensPerCpuSec: Math.round(tokens / (median(ms) / 1000)), checksum: sum.toString(16),
  ...(batch > 0 ? { batch, batchCpuMsMedian: Math.round(median(msBatch)), batchCpuMsMin: Math.round(Math.min(...msBatch)), batchChecksum: sumBatch.toString(16) } : {}) }))
