/**
 * The syntax analyser's speed and outputs (a script, not a test: it reads ../shared/data). Every sentence of UD
 * English EWT dev and GUM dev is analysed in documents of 20 sentences (`analyseMany`, as the syntax stage does);
 * prints the SHA-256 digest of all analyses (a speed change must keep it) and the CPU milliseconds per 1,000 words of
 * each pass, and their median. `--against DIR` loads a second copy of the code (DIR/src/syntax/analyser.ts, e.g. an
 * older commit unpacked with `git archive <commit> src models | tar -x -C DIR`) and alternates the two copies pass by
 * pass in this process, so both see the same machine load; both digests are printed.
 *
 *   npx tsx scripts/syntax-profile.ts [--passes 7] [--against DIR] [--limit N]
 * @module
 */
import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readConllu } from '../src/syntax/conllu.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const DATA = resolve(import.meta.dirname, '../../shared/data/ud-english')

interface Analyser { analyseMany(s: readonly (readonly string[])[]): unknown[] }

async function loadAnalyser(dir: string): Promise<Analyser> {
  const mod = await import(pathToFileURL(join(dir, 'src/syntax/analyser.ts')).href) as { defaultAnalyser(): Analyser }
  return mod.defaultAnalyser()
}

/** CPU ms of one pass over the documents, and the digest of its analyses. */
function pass(a: Analyser, docs: readonly (readonly string[])[][]): { ms: number; digest: string } {
  const h = createHash('sha256')
  const u = process.cpuUsage()
  const out = docs.map((d) => a.analyseMany(d))
  const d = process.cpuUsage(u)
  for (const r of out) h.update(JSON.stringify(r))
  return { ms: (d.user + d.system) / 1000, digest: h.digest('hex').slice(0, 16) }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main(): Promise<void> {
  const passes = Number(opt('passes') ?? 7)
  let sents = [...readConllu(join(DATA, 'en_ewt-ud-dev.conllu.gz')), ...readConllu(join(DATA, 'en_gum-cc-by-dev.conllu.gz'))].map((s) => s.words.map((w) => w.form))
  if (opt('limit')) sents = sents.slice(0, Number(opt('limit')))
  const words = sents.reduce((n, s) => n + s.length, 0)
  const docs: string[][][] = []
  for (let i = 0; i < sents.length; i += 20) docs.push(sents.slice(i, i + 20))
  const copies: Array<[string, Analyser]> = [['this', await loadAnalyser(resolve(import.meta.dirname, '..'))]]
  const other = opt('against')
  if (other) copies.push(['against', await loadAnalyser(resolve(other))])
  const ms = new Map<string, number[]>(copies.map(([n]) => [n, []]))
  const digests = new Map<string, string>()
  for (const [, a] of copies) pass(a, docs) // warm-up: compile, fill the caches
  for (let p = 0; p < passes; p++) {
    for (const [name, a] of p % 2 ? [...copies].reverse() : copies) {
      const r = pass(a, docs)
      ms.get(name)!.push(r.ms * 1000 / words)
      digests.set(name, r.digest)
    }
  }
  console.log(`syntax profile: ${sents.length} sentences, ${words} words (EWT dev + GUM dev), ${passes} passes`)
  for (const [name] of copies) {
    const m = median(ms.get(name)!)
    console.log(`  ${name.padEnd(8)} digest ${digests.get(name)}  CPU ms per 1k words: median ${m.toFixed(2)} (${ms.get(name)!.map((x) => x.toFixed(2)).join(', ')}) = ${Math.round(1e6 / m).toLocaleString('en')} words/CPU-s`)
  }
  if (other) console.log(`  this / against: ${(median(ms.get('against')!) / median(ms.get('this')!)).toFixed(3)}x faster; digests ${digests.get('this') === digests.get('against') ? 'identical' : 'DIFFER'}`)
}

await main()
