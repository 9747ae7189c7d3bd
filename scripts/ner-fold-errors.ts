/**
 * The recogniser's errors on one re3d TUNING fold (never the held-out quarter), for a model trained without that
 * fold (`NER_RE3D_FOLD=k npm run train:ner` with NER_OUT set): each gold mention missed, cut or typed wrong, and each
 * prediction touching no gold mention, with its context; the counts per kind last.
 * Usage: npx tsx scripts/ner-fold-errors.ts --model file.bin.gz [--fold 1] [--shared]
 * @module
 */
import { join } from 'node:path'
import { isRe3dHeldOut, readRe3d, re3dGold, recogniseText } from '../src/eval/re3d.js'
import { fnv1a } from '../src/ner/hash.js'
import { readModelFile } from '../src/ner/model.js'
import { NerRecognizer } from '../src/ner/recognizer.js'

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const fold = Number(arg('--fold') ?? 1)
if (!(fold >= 1 && fold <= 3)) throw new Error('--fold must be 1, 2 or 3: the held-out quarter (0) is never inspected')
const modelFile = arg('--model')
if (!modelFile) throw new Error('--model FILE: a model trained without this fold')
const recognizer = new NerRecognizer(readModelFile(modelFile), process.argv.includes('--shared') ? {} : { scheme: 're3d' })
const docs = readRe3d(join(process.env['NER_DATA'] ?? '../shared/data', 're3d-dev')).filter((d) => !isRe3dHeldOut(d.id) && fnv1a(d.id) % 4 === fold)
type Span = { start: number; end: number; type: string }
const key = (x: Span) => `${x.start}:${x.end}:${x.type}`
const kinds = new Map<string, number>()
const count = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1)
for (const doc of docs) {
  const gold = re3dGold(doc)
  const pred = recogniseText(doc.text, recognizer).filter((p) => p.type === 'PER' || p.type === 'ORG' || p.type === 'LOC')
  const goldKeys = new Set(gold.map(key))
  const predKeys = new Set(pred.map(key))
  const text = (x: Span) => doc.text.slice(x.start, x.end).replace(/\s+/g, ' ')
  const around = (x: Span) => doc.text.slice(Math.max(0, x.start - 40), x.end + 30).replace(/\s+/g, ' ')
  for (const g of gold) {
    if (predKeys.has(key(g))) continue
    const o = pred.find((p) => p.start < g.end && g.start < p.end)
    const kind = !o ? 'missed' : o.start === g.start && o.end === g.end ? 'type' : 'span'
    count(kind)
    console.log(`${kind.padEnd(8)} gold ${g.type} "${text(g)}"${o ? ` pred ${o.type} "${text(o)}"` : ''}   …${around(g)}`)
  }
  for (const p of pred) {
    if (goldKeys.has(key(p)) || gold.some((g) => g.start < p.end && p.start < g.end)) continue
    count('spurious')
    console.log(`spurious pred ${p.type} "${text(p)}"   …${around(p)}`)
  }
}
console.log(JSON.stringify(Object.fromEntries(kinds)))
