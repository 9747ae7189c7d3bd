/**
 * One step of the syntax analyser alone, this checkout's against another checkout's in one process: the UPOS tagger
 * (`tagWords`, the default) or the labeller (`--part labeller`: `labelTree` of the parsed trees) or the parser (`--part parser`: `parseHeads`). The pipeline bench's
 * sentences are hashed once (`hashWords`, as the analyser does; tagged and parsed once for the labeller), then both
 * versions run over all of them, pass by pass in alternating order, over the same shipped weights. Prints CPU ms per
 * pass of each, new / base (sum and median of the passes) and whether the answers are the same. `--evict` reads 64 MB
 * between passes (the other stages' use of the caches).
 *
 *   npx tsx bench/tagger-ab.bench.ts --base DIR [--part tagger|parser|labeller] [--passes 20] [--evict]
 * @module
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import { segmentText } from '../src/text/segment.js'
import { DEFAULT_SYNTAX_MODEL_URL, SyntaxAnalyser } from '../src/syntax/analyser.js'
import { labelTree, type LabellerWeights } from '../src/syntax/labeller.js'
import { parseHeads, type ParserWeights } from '../src/syntax/parser.js'
import { sentenceMarks } from '../src/syntax/parser-features.js'
import { tagWords, type TaggerWeights } from '../src/syntax/tagger.js'
import { hashWords, type WordHashes } from '../src/syntax/words.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 20)
const baseDir = opt('base')
if (!baseDir) throw new Error('--base DIR (another checkout) is required')

const analyser = SyntaxAnalyser.load(fileURLToPath(DEFAULT_SYNTAX_MODEL_URL))
// the analyser's own tables (private: read here as the bench's inputs only)
const a = analyser as unknown as Record<string, unknown>
const tagger = a['tagger'] as TaggerWeights
const hashed: WordHashes[] = []
for (const text of benchTexts()) {
  const { sentences, tokens } = segmentText(text)
  const words: string[][] = sentences.map(() => [])
  for (const t of tokens) words[t.sentence]!.push(text.slice(t.start, t.end))
  for (const s of words) if (s.length > 0) hashed.push(hashWords(s, a['ambiguity'] as never, a['fixed'] as never, new Map(), a['clusters'] as never))
}
const labeller = a['labeller'] as LabellerWeights
const parser = a['parser'] as ParserWeights
const punct = a['punctTag'] as number, verb = a['verbTag'] as number
const part = opt('part') ?? 'tagger'
const tags = hashed.map((w) => tagWords(tagger, w))
const heads = hashed.map((w, i) => (a['heads'] as (w: WordHashes, t: Int32Array) => Int32Array).call(analyser, w, tags[i]!))
type Step = (w: WordHashes, i: number) => Int32Array
const stepOf = async (dir: string | undefined): Promise<Step> => {
  if (part === 'parser') {
    const m = dir ? (await import(pathToFileURL(`${dir}/src/syntax/parser.ts`).href)) as typeof import('../src/syntax/parser.js') : { parseHeads }
    return (w, i) => m.parseHeads(parser, w, tags[i]!, sentenceMarks(tags[i]!, punct, verb))
  }
  if (part === 'labeller') {
    const m = dir ? (await import(pathToFileURL(`${dir}/src/syntax/labeller.ts`).href)) as typeof import('../src/syntax/labeller.js') : { labelTree }
    return (w, i) => m.labelTree(labeller, w, tags[i]!, heads[i]!)
  }
  const m = dir ? (await import(pathToFileURL(`${dir}/src/syntax/tagger.ts`).href)) as typeof import('../src/syntax/tagger.js') : { tagWords }
  return (w) => m.tagWords(tagger, w)
}
const here = await stepOf(undefined)
const base = await stepOf(baseDir)
const sink = new Float64Array(1 << 23)
const evict = (): void => { if (args.includes('--evict')) for (let i = 0; i < sink.length; i += 8) sink[i]! += 1 }

function pass(step: Step): [number, Int32Array[]] {
  evict()
  const u = process.cpuUsage()
  const out = hashed.map(step)
  const c = process.cpuUsage(u)
  return [(c.user + c.system) / 1000, out]
}

const same = (x: Int32Array[], y: Int32Array[]) => x.every((t, i) => t.length === y[i]!.length && t.every((v, k) => v === y[i]![k]))
const newMs: number[] = [], baseMs: number[] = []
let differ = 0
for (let p = 0; p < passes; p++) {
  const order = p % 2 === 0 ? [true, false] : [false, true]
  let got: Int32Array[] = [], want: Int32Array[] = []
  for (const isNew of order) {
    const [ms, out] = pass(isNew ? here : base)
    if (isNew) { newMs.push(ms); got = out } else { baseMs.push(ms); want = out }
  }
  if (!same(got, want)) differ++
}
const sum = (x: number[]) => x.reduce((s, v) => s + v, 0)
const ratios = newMs.map((v, i) => v / baseMs[i]!).sort((x, y) => x - y)
console.log(`${part}: ${hashed.length} sentences, ${passes} passes: new ${(sum(newMs) / passes).toFixed(1)} / base ${(sum(baseMs) / passes).toFixed(1)} CPU ms per pass, new / base ${(sum(newMs) / sum(baseMs)).toFixed(3)} (sums), ${ratios[Math.floor(ratios.length / 2)]!.toFixed(3)} (median); passes whose answers differ: ${differ}`)
