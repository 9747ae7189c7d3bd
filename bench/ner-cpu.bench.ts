/**
 * NER stage CPU time on real text: the seed fixtures and the demo news (../shared, skipped when absent) go through
 * every stage before mentions.ner once, untimed; then the NER stage alone runs `--passes` times over all of them,
 * and the median CPU ms per pass (process.cpuUsage, so a loaded machine's waits do not count) and tokens per
 * CPU-second are reported. For comparing two commits, run it alternately from each tree, never in parallel.
 *
 *   npx tsx bench/ner-cpu.bench.ts [--passes 15] [--emissions] [--stage KEY-PREFIX]
 * (--emissions: the recogniser's emission scores alone; --stage: another stage of the default pipeline instead of
 * the NER, e.g. `segment`, `coref.syntax`, each timed on the output of the stages before it)
 * @module
 */
import { plainTextArticle } from '../src/ingest/load.js'
import type { AnnotatedDoc } from '../src/model/index.js'
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js'
import { defaultRecognizer } from '../src/ner/recognizer.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const at = args.indexOf('--passes')
const passes = at >= 0 ? Number(args[at + 1]) : 15
const texts = benchTexts()
const pipeline = createPipeline({ stages: [...DEFAULT_STAGES] })
const stageAt = args.indexOf('--stage')
const prefix = stageAt >= 0 ? args[stageAt + 1]! : 'mentions.ner'
const ner = pipeline.stages.findIndex((s) => s.key.startsWith(prefix))
if (ner < 0) throw new Error(`no stage of the default pipeline starts with "${prefix}": ${pipeline.stages.map((s) => s.key).join(', ')}`)
const before = pipeline.stages.slice(0, ner)
const stage = pipeline.stages[ner]!
const docs: AnnotatedDoc[] = []
for (const [i, t] of texts.entries()) {
  let d: AnnotatedDoc = { article: plainTextArticle(t, {}, `bench-${i}`) }
  for (const s of before) d = await s.run(d, { resources: {} })
  docs.push(d)
}
// counted on the stage's output: the segment stage's input has no tokens yet
let tokens = 0
for (const d of docs) tokens += (await stage.run(d, { resources: {} })).tokens?.length ?? 0
// --emissions: time only the recogniser's emission scores over every sentence's words (the memory-bound part)
const sentences = docs.flatMap((d) => (d.sentences ?? []).map((s) => (d.tokens ?? []).filter((t) => t.start >= s.start && t.end <= s.end)
  .map((t) => d.article.text.slice(t.start, t.end)))).filter((ws) => ws.length > 0)
const recognizer = defaultRecognizer()
const pass = args.includes('--emissions')
  ? async () => { for (const ws of sentences) recognizer.emissions(ws) }
  : async () => { for (const d of docs) await stage.run(d, { resources: {} }) }
for (let r = 0; r < 3; r++) await pass() // warm-up: model load, JIT
const ms: number[] = []
for (let r = 0; r < passes; r++) {
  const u = process.cpuUsage()
  await pass()
  const c = process.cpuUsage(u)
  ms.push((c.user + c.system) / 1000)
}
const sorted = [...ms].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]!
const result = { bench: 'ner-cpu', stage: args.includes('--emissions') ? 'emissions' : stage.key, articles: docs.length, tokens, passes, medianCpuMs: Math.round(median * 10) / 10,
  minCpuMs: Math.round(sorted[0]! * 10) / 10, tokensPerCpuSecond: Math.round(tokens / (median / 1000)) }
console.log(`${result.stage}: ${docs.length} articles, ${tokens} tokens; median ${result.medianCpuMs} CPU ms per pass (min ${result.minCpuMs}), ${result.tokensPerCpuSecond} tokens per CPU-second`)
console.log(JSON.stringify(result))
