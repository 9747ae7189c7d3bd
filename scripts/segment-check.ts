/**
 * Checks that a change to the segmenter keeps its output (a script, not a test: it reads ../shared/data). Segments
 * every text of the soak sources (demo news, PolNeAR, GMB, re3d by default), writes one line per document (id and
 * its sentences with their tokens and tags) and, given the file of an earlier run, counts and lists the documents
 * whose segmentation differs, with the first differing sentence before and after. Also reports the
 * segmenter's speed in words per CPU-second of this process.
 *
 *   npx tsx scripts/segment-check.ts [--sources demo,polnear,gmb,re3d] [--write FILE] [--against FILE] [--show N]
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { segmentText, type Segmentation } from '../src/text/segment.js'
import { SOURCES } from './data-sources.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }

/** One line per sentence: its span and its tokens as start-end/pos. */
function lines(seg: Segmentation): string[] {
  return seg.sentences.map((s, si) => `${s.start}-${s.end}: ` +
    seg.tokens.filter((t) => t.sentence === si).map((t) => `${t.start}-${t.end}/${t.pos ?? ''}`).join(' '))
}

/** A sentence line as its tokens' text, separated by "|". */
function show(text: string, line: string | undefined): string {
  if (line === undefined) return '(none)'
  return line.split(': ')[1]!.split(' ').map((t) => {
    const [span, pos] = t.split('/') as [string, string]
    const [a, b] = span.split('-').map(Number) as [number, number]
    return `${text.slice(a, b)}/${pos}`
  }).join('|')
}

function main(): void {
  const sources = (opt('sources') ?? 'demo,polnear,gmb,re3d').split(',')
  const docs = sources.flatMap((s) => SOURCES[s]!()).filter((d) => d.text)
  segmentText(docs[0]!.text!) // models load on first use: not counted
  const out: string[] = []
  let words = 0
  let cpu = 0
  for (const d of docs) {
    const u = process.cpuUsage()
    const seg = segmentText(d.text!)
    const du = process.cpuUsage(u)
    cpu += (du.user + du.system) / 1e6
    words += (d.text!.match(/\S+/g) ?? []).length
    out.push(JSON.stringify([d.id, lines(seg)]))
  }
  console.log(`${docs.length} documents, ${words} words, ${cpu.toFixed(2)} CPU-s, ${Math.round(words / cpu)} words/CPU-s`)
  const write = opt('write')
  if (write) writeFileSync(write, `${out.join('\n')}\n`)
  const against = opt('against')
  if (!against) return
  const parse = (l: string) => JSON.parse(l) as [string, string[]]
  const before = new Map(readFileSync(against, 'utf8').split('\n').filter(Boolean).map(parse))
  const texts = new Map(docs.map((d) => [d.id, d.text!]))
  const differing = out.map(parse).filter(([id, ls]) => before.get(id)?.join('\n') !== ls.join('\n'))
  console.log(`${differing.length} of ${out.length} documents differ from ${against}`)
  for (const [id, ls] of differing.slice(0, Number(opt('show') ?? 20))) {
    const old = before.get(id) ?? []
    const i = ls.findIndex((l, k) => l !== old[k])
    console.log(`  ${id}, sentence ${i}:\n    before ${show(texts.get(id)!, old[i])}\n    after  ${show(texts.get(id)!, ls[i])}`)
  }
}

main()
