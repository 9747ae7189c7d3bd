/**
 * Whether two analysers on one machine gain from sharing their weight tables (issue #21, workers). The syntax
 * analyser's three tables (about 69 MB, read at random) are copied into SharedArrayBuffers; two worker threads then
 * analyse the same PolNeAR documents (from ../shared/data) either over those shared tables or each over a private
 * copy (what two worker processes hold today). Reported: words per CPU-second of the process while both threads
 * run (CPU time, so it holds on a loaded machine), wall words/s and peak RSS, shared and private alternating in the
 * same run; ratio shared / private.
 *
 *   npx tsx bench/shared-tables.bench.ts [--threads 2] [--rounds 3] [--pairs 3] [--n 40]
 * @module
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { defaultAnalyser, SyntaxAnalyser, type SyntaxModelJson } from '../src/syntax/analyser.js'

interface Job { readonly mode: 'shared' | 'private'; readonly json: SyntaxModelJson; readonly tables: Record<'tagger' | 'parser' | 'labeller', SharedArrayBuffer>; readonly docs: string[][][]; readonly rounds: number }

function workerMain(job: Job): void {
  const view = (sab: SharedArrayBuffer) => job.mode === 'shared' ? new Int16Array(sab) : new Int16Array(new Int16Array(sab))
  const an = new SyntaxAnalyser({ json: job.json, tagger: view(job.tables.tagger), parser: view(job.tables.parser), labeller: view(job.tables.labeller) })
  for (const d of job.docs) an.analyseMany(d) // warm-up, not measured
  parentPort!.postMessage('ready')
  parentPort!.once('message', () => {
    for (let r = 0; r < job.rounds; r++) for (const d of job.docs) an.analyseMany(d)
    parentPort!.postMessage('done')
    parentPort!.close()
  })
}

interface Run { readonly wordsPerCpuSecond: number; readonly wordsPerSecond: number; readonly peakRssMb: number }

async function runThreads(job: Job, threads: number, words: number): Promise<Run> {
  let peak = 0
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 50)
  // a worker thread does not inherit tsx's loader: it registers it itself, then loads this file
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => m.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`
  const ws = Array.from({ length: threads }, () => new Worker(boot, { eval: true, workerData: job }))
  const next = () => Promise.all(ws.map((w) => new Promise((res, rej) => { w.once('message', res); w.once('error', rej) })))
  await next()
  const u = process.cpuUsage(), t0 = performance.now()
  const done = next()
  for (const w of ws) w.postMessage('go')
  await done
  const c = process.cpuUsage(u), wall = (performance.now() - t0) / 1000
  clearInterval(timer)
  await Promise.all(ws.map((w) => w.terminate()))
  const total = words * job.rounds * threads
  return { wordsPerCpuSecond: total / ((c.user + c.system) / 1e6), wordsPerSecond: total / wall, peakRssMb: peak / 1e6 }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const opt = (name: string, d: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : d }
  const { SOURCES } = await import('../scripts/data-sources.js')
  const { segmentText } = await import('../src/text/segment.js')
  const texts = SOURCES['polnear']!().filter((d) => d.text).slice(0, opt('n', 40)).map((d) => d.text!)
  const docs = texts.map((text) => {
    const { sentences, tokens } = segmentText(text)
    return sentences.map((_, i) => tokens.filter((t) => t.sentence === i).map((t) => text.slice(t.start, t.end)))
  })
  const words = docs.flat(2).length
  const parts = defaultAnalyser().parts
  const share = (t: Int16Array | Float32Array) => { const sab = new SharedArrayBuffer(t.byteLength); new Int16Array(sab).set(t as Int16Array); return sab }
  const tables = { tagger: share(parts.tagger), parser: share(parts.parser), labeller: share(parts.labeller) }
  const threads = opt('threads', 2), rounds = opt('rounds', 3)
  const runs: Record<'shared' | 'private', Run[]> = { shared: [], private: [] }
  for (let p = 0; p < opt('pairs', 3); p++) {
    for (const mode of ['shared', 'private'] as const) runs[mode].push(await runThreads({ mode, json: parts.json, tables, docs, rounds }, threads, words))
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const mb = (parts.tagger.byteLength + parts.parser.byteLength + parts.labeller.byteLength) / 1e6
  console.log(`syntax analyser, ${threads} threads, ${docs.length} PolNeAR documents (${words} words) × ${rounds} rounds each; tables ${mb.toFixed(1)} MB`)
  for (const mode of ['shared', 'private'] as const) {
    const r = runs[mode]
    console.log(`  ${mode.padEnd(8)} ${Math.round(median(r.map((x) => x.wordsPerCpuSecond))).toLocaleString('en')} words/CPU-s  ${Math.round(median(r.map((x) => x.wordsPerSecond))).toLocaleString('en')} words/s wall  peak RSS ${Math.round(median(r.map((x) => x.peakRssMb)))} MB`)
  }
  const ratio = median(runs.shared.map((x) => x.wordsPerCpuSecond)) / median(runs.private.map((x) => x.wordsPerCpuSecond))
  console.log(`  ratio shared / private (CPU): ${ratio.toFixed(2)}`)
  console.log(JSON.stringify({ bench: 'shared-tables', threads, words, rounds, runs, ratio }))
}

if (isMainThread) await main()
else workerMain(workerData as Job)
