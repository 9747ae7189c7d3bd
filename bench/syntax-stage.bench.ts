/**
 * The syntax stage alone, as the pipeline runs it (`analyseMany` per article) over the pipeline bench's articles
 * (seed fixtures + demo news from ../shared), segmented once beforehand (not timed). Prints CPU ms per pass (median of
 * `--passes`), tokens per CPU-second and a checksum of every analysis (tags, lemmas, heads, labels), so two code
 * versions can be compared for speed and sameness in alternating processes.
 *
 *   npx tsx bench/syntax-stage.bench.ts [--passes 8] [--warm 2]
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

function pass(): number {
  let h = 0
  for (const d of docs) for (const a of analyser.analyseMany(d)) h = (Math.imul(h, 31) + fnv1a(`${a.upos.join(' ')}|${a.lemma.join(' ')}|${a.head.join(' ')}|${a.deprel.join(' ')}`)) >>> 0
  return h
}

for (let i = 0; i < warm; i++) pass()
const ms: number[] = []
let sum = 0
for (let i = 0; i < passes; i++) {
  const u0 = process.cpuUsage()
  sum = pass()
  const u = process.cpuUsage(u0)
  ms.push((u.user + u.system) / 1000)
}
const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!
console.log(JSON.stringify({ articles: docs.length, tokens, passes, cpuMsMedian: Math.round(median), cpuMsMin: Math.round(Math.min(...ms)),
  tokensPerCpuSec: Math.round(tokens / (median / 1000)), checksum: sum.toString(16) }))
