/**
 * Two versions of the syntax analyser in one process, article by article in alternating order (so both see the same
 * load on a shared machine): the pipeline bench's articles, `analyseMany` per article as the syntax stage runs it.
 * `--base DIR` is another checkout of the project (its src/syntax/analyser.ts is loaded beside this one's). Prints the
 * ratio of CPU time new / base over `--passes` passes and whether every analysis is the same. `--evict` reads 64 MB
 * between articles, standing in for the other stages' use of the caches.
 *
 *   npx tsx bench/syntax-ab.bench.ts --base /tmp/base [--passes 12] [--evict]
 * @module
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import { segmentText } from '../src/text/segment.js'
import { DEFAULT_SYNTAX_MODEL_URL, SyntaxAnalyser } from '../src/syntax/analyser.js'
import { benchTexts } from './texts.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const passes = Number(opt('passes') ?? 12)
const baseDir = opt('base')
if (!baseDir) throw new Error('--base DIR (another checkout) is required')


const docs = benchTexts().map((text) => {
  const { sentences, tokens } = segmentText(text)
  const out: string[][] = sentences.map(() => [])
  for (const t of tokens) out[t.sentence]!.push(text.slice(t.start, t.end))
  return out.filter((s) => s.length > 0)
})
const model = fileURLToPath(DEFAULT_SYNTAX_MODEL_URL)
const baseMod = (await import(pathToFileURL(`${baseDir}/src/syntax/analyser.ts`).href)) as typeof import('../src/syntax/analyser.js')
const versions = [baseMod.SyntaxAnalyser.load(model), SyntaxAnalyser.load(model)]
const scan = new Uint8Array(args.includes('--evict') ? 64 << 20 : 0)
let sink = 0

const cpu = [0, 0]
let differ = 0
for (let p = -2; p < passes; p++) {
  docs.forEach((d, i) => {
    const order = (i + p) % 2 === 0 ? [0, 1] : [1, 0]
    const out: string[] = []
    for (const v of order) {
      for (let j = 0; j < scan.length; j += 64) sink += scan[j]!
      const u0 = process.cpuUsage()
      const a = versions[v]!.analyseMany(d)
      const u = process.cpuUsage(u0)
      if (p >= 0) cpu[v]! += u.user + u.system
      out.push(JSON.stringify(a))
    }
    if (out[0] !== out[1]) differ++
  })
}
console.log(JSON.stringify({ passes, baseCpuMs: Math.round(cpu[0]! / 1000), newCpuMs: Math.round(cpu[1]! / 1000), ratio: +(cpu[1]! / cpu[0]!).toFixed(3), differ, sink: sink & 1 }))
