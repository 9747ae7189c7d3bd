/**
 * Tagger + lemmatiser + parser + labeller throughput (words per second, one core), against
 * wink-nlp's part-of-speech tagger measured on the same texts in the same run; plus model load time and size.
 *
 *   npx tsx bench/syntax.bench.ts [--rounds 30] [--model <syntax-model.bin.gz>] [--beam k]   (default: the shipped model, its beam)
 *
 * Texts: the two seed articles (fixtures/seeds), segmented once beforehand (segment.wink.v1, not timed).
 * Ours times SyntaxAnalyser.analyse over each sentence's tokens (tags, lemmas, heads, labels); the baseline
 * times wink's readDoc + POS output over each sentence's text (its tokeniser included: wink has no
 * pre-tokenised input). The goal is ≥ 50,000 words/s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { segmentText } from '../src/text/segment.js'
import { DEFAULT_SYNTAX_MODEL_URL, SyntaxAnalyser } from '../src/syntax/analyser.js'
import { compareThroughput } from './harness.js'

const args = process.argv.slice(2)
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 30) || 30
const dir = new URL('../fixtures/seeds/', import.meta.url)
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'))

const sentences: Array<{ words: string[]; text: string }> = []
for (const text of texts) {
  const { sentences: ss, tokens } = segmentText(text)
  ss.forEach((s, i) => sentences.push({ words: tokens.filter((t) => t.sentence === i).map((t) => text.slice(t.start, t.end)), text: text.slice(s.start, s.end) }))
}
const words = sentences.reduce((a, s) => a + s.words.length, 0)

const file = args.includes('--model') ? args[args.indexOf('--model') + 1]! : fileURLToPath(DEFAULT_SYNTAX_MODEL_URL)
const l0 = performance.now()
const loaded = SyntaxAnalyser.load(file)
const beam = args.includes('--beam') ? Number(args[args.indexOf('--beam') + 1]) : undefined
const analyser = beam ? new SyntaxAnalyser({ ...loaded.parts, json: { ...loaded.parts.json, beam } }) : loaded
const loadMs = performance.now() - l0

const nlp = winkNLP(model)
const its = nlp.its
const ours = () => { for (const s of sentences) analyser.analyse(s.words) }
const wink = () => { for (const s of sentences) nlp.readDoc(s.text).tokens().out(its.pos) }
for (let i = 0; i < 5; i++) { ours(); wink() } // warm-up (JIT)

const c = compareThroughput(sentences.length, 2000, rounds, ours, wink)
/** Words per CPU-second (user + system time of this process), medians over alternating rounds: on a shared, loaded machine wall time mostly measures the other jobs. */
function cpuWordsPerSec(fn: () => void): number {
  const reps = Math.max(1, Math.ceil(2000 / sentences.length))
  const u0 = process.cpuUsage()
  for (let r = 0; r < reps; r++) fn()
  const u = process.cpuUsage(u0)
  return (words * reps) / ((u.user + u.system) / 1e6)
}
const cpuOurs: number[] = []
const cpuWink: number[] = []
for (let r = 0; r < Math.max(5, Math.round(rounds / 3)); r++) { cpuOurs.push(cpuWordsPerSec(ours)); cpuWink.push(cpuWordsPerSec(wink)) }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const perWord = (perSentence: number) => Math.round(perSentence * words / sentences.length)
console.log(`syntax: ${sentences.length} sentences, ${words} words; model ${(statSync(file).size / 1e6).toFixed(1)} MB, load ${Math.round(loadMs)} ms`)
console.log(`  ours (tag + lemma + parse + label): ${perWord(c.oursPerSec)} words/s`)
console.log(`  wink-nlp POS tagger (baseline):     ${perWord(c.baselinePerSec)} words/s`)
console.log(`  ratio ours / wink: ${c.ratio.toFixed(2)}   goal ≥ 50,000 words/s: ${perWord(c.oursPerSec) >= 50000 ? 'met' : 'not met'} (wall time)`)
console.log(`  per CPU-second: ours ${Math.round(median(cpuOurs))} words/s, wink ${Math.round(median(cpuWink))} words/s (ratio ${(median(cpuOurs) / median(cpuWink)).toFixed(2)}); goal: ${median(cpuOurs) >= 50000 ? 'met' : 'not met'}`)
