/**
 * NER stage throughput, against compromise (people/places/organizations)
 * measured on the same texts in the same run; plus model load time and size.
 *
 *   npx tsx bench/ner.bench.ts [--rounds 200]
 *
 * Texts: the two seed articles (fixtures/seeds). Tokenisation (segment.wink.v1)
 * runs once beforehand and is not timed; the NER figure times the whole
 * mentions.ner.v17 stage (features, Viterbi, rules, consistency, Mention objects).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'
import { contentHash, type Article } from '../src/model/index.js'
import { readModelFile } from '../src/ner/model.js'
import { DEFAULT_MODEL_URL, NerRecognizer } from '../src/ner/recognizer.js'
import type { AnnotatedDoc } from '../src/model/index.js'
import { nerMentionsStage } from '../src/pipeline/stages/mentions-ner.js'
import { segmentText } from '../src/text/segment.js'

const args = process.argv.slice(2)
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 200) || 200
const dir = new URL('../fixtures/seeds/', import.meta.url)
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'))

const docs: AnnotatedDoc[] = texts.map((text) => {
  const article: Article = { id: contentHash(text).slice(0, 16), text, contentHash: contentHash(text), boilerplate: [] }
  return { article, ...segmentText(text) }
})
const tokensPerRound = docs.reduce((a, d) => a + (d.tokens?.length ?? 0), 0)

// model load (fresh, not the cached singleton) and size
const file = fileURLToPath(DEFAULT_MODEL_URL)
const l0 = performance.now()
const fresh = new NerRecognizer(readModelFile(file))
const loadMs = performance.now() - l0
void fresh

async function timeNer(n: number): Promise<number> {
  const t0 = performance.now()
  for (let r = 0; r < n; r++) for (const d of docs) await nerMentionsStage.run(d, { resources: {} })
  return (performance.now() - t0) / 1000
}
function timeCompromise(n: number): number {
  const t0 = performance.now()
  for (let r = 0; r < n; r++) {
    for (const t of texts) {
      const doc = nlp(t)
      doc.people().out('offset')
      doc.places().out('offset')
      doc.organizations().out('offset')
    }
  }
  return (performance.now() - t0) / 1000
}

await timeNer(50) // warm-up (loads the shared model, JIT)
timeCompromise(2)
// interleaved repetitions; the median of each side is reported (the machine is shared, so single runs are noisy)
const compRounds = Math.max(3, Math.round(rounds / 5))
const nerRates: number[] = []
const compRates: number[] = []
for (let rep = 0; rep < 5; rep++) {
  nerRates.push((tokensPerRound * rounds) / (await timeNer(rounds)))
  compRates.push((tokensPerRound * compRounds) / timeCompromise(compRounds))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const nerTps = median(nerRates)
const compTps = median(compRates)
const result = {
  bench: 'ner',
  tokensPerRound,
  nerTokensPerSec: Math.round(nerTps),
  compromiseTokensPerSec: Math.round(compTps),
  ratio: Math.round((nerTps / compTps) * 10) / 10,
  modelLoadMs: Math.round(loadMs),
  modelBytes: statSync(file).size,
}
console.log(`NER stage ${result.nerTokensPerSec} tokens/s; compromise ${result.compromiseTokensPerSec} tokens/s; ratio ${result.ratio}×`)
console.log(`model load ${result.modelLoadMs} ms, ${(result.modelBytes / 1e6).toFixed(2)} MB`)
console.log(JSON.stringify(result))
