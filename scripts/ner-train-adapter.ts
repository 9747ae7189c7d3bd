/**
 * The re3d scheme adapter (src/ner/scheme-adapter.ts): learned over the shipped model's frozen shared weights from
 * re3d's documents outside the held-out quarter, as re3d annotates them, and written to models/ner/re3d-adapter.bin.gz.
 * The `re3d` eval decodes with it; the shared scheme the pipeline runs never reads it.
 *
 * `--cv fold|source --models DIR` scores the recipe held out instead (nothing is written): for each part k (re3d fold
 * k, or source k: CENTCOM, UK Government, US State Department) an adapter is learned over DIR/fk/ner-model.bin.gz (a
 * model trained without that part: NER_RE3D_FOLD=k or NER_RE3D_SOURCE=name) from the other parts, and the part is
 * scored with the model's own scheme copies and with the adapter (re3d scheme, every convention).
 * The held-out quarter is never read.
 * Usage: npx tsx scripts/ner-train-adapter.ts [--epochs 5] [--step 3] [--orders 3] [--cv fold|source --models DIR]
 * @module
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isRe3dHeldOut, readRe3d, scoreRe3d, type Re3dDocument } from '../src/eval/re3d.js'
import { fnv1a } from '../src/ner/hash.js'
import { readModelFile, type NerModelData } from '../src/ner/model.js'
import { NerRecognizer } from '../src/ner/recognizer.js'
import { encodeAdapter, readAdapterFile } from '../src/ner/scheme-adapter.js'
import { trainSchemeAdapter, type AdapterTraining } from '../src/ner/scheme-adapter-training.js'
import { tagIndex } from '../src/ner/tags.js'
import { re3dSentences } from './ner-corpora.js'

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const opts: AdapterTraining = { epochs: Number(arg('--epochs') ?? 5), step: Number(arg('--step') ?? 3), orders: Number(arg('--orders') ?? 3), seed: 20260823 }
const docs = readRe3d(join(process.env['NER_DATA'] ?? '../shared/data', 're3d-dev')).filter((d) => !isRe3dHeldOut(d.id))
const SOURCES = ['CENTCOM', 'UK Government', 'US State Department']

/** re3d's own tags of the sentences of these documents. */
const schemeSentences = (ds: readonly Re3dDocument[]) => re3dSentences(ds).map((s) => ({ words: s.words, tags: Uint8Array.from(s.schemeTags.map(tagIndex)) }))
const adapt = (model: NerModelData, ds: readonly Re3dDocument[]) => trainSchemeAdapter(model, 're3d', schemeSentences(ds), opts)

const cv = arg('--cv')
if (cv !== undefined) {
  const dir = arg('--models')
  if (!dir || (cv !== 'fold' && cv !== 'source')) throw new Error('--cv fold|source --models DIR (DIR/f1…f3 trained without each part)')
  const partOf = (d: Re3dDocument) => (cv === 'source' ? SOURCES.indexOf(d.source) + 1 : fnv1a(d.id) % 4)
  const sum = { own: { tp: 0, pred: 0, gold: 0 }, adapter: { tp: 0, pred: 0, gold: 0 } }
  const add = (k: 'own' | 'adapter', r: ReturnType<typeof scoreRe3d>) => {
    for (const c of Object.values(r.counts)) { sum[k].tp += c.tp; sum[k].pred += c.pred; sum[k].gold += c.gold }
    return r.f1.toFixed(4)
  }
  console.log(`| ${cv} | model's own scheme copies | adapter (${opts.epochs} epochs, step ${opts.step}, ${opts.orders} orders) |\n|---|---|---|`)
  for (const k of [1, 2, 3]) {
    const model = readModelFile(join(dir, `f${k}`, 'ner-model.bin.gz'))
    const test = docs.filter((d) => partOf(d) === k)
    const own = add('own', scoreRe3d(test, new NerRecognizer(model, { scheme: 're3d' })))
    const adapted = add('adapter', scoreRe3d(test, new NerRecognizer(model, { scheme: 're3d', adapter: adapt(model, docs.filter((d) => partOf(d) !== k)) })))
    console.log(`| ${cv === 'source' ? SOURCES[k - 1] : k} | ${own} | ${adapted} |`)
  }
  const f1 = (c: { tp: number; pred: number; gold: number }) => ((2 * c.tp) / (c.pred + c.gold)).toFixed(4)
  console.log(`| pooled | ${f1(sum.own)} | ${f1(sum.adapter)} |`)
} else {
  const modelFile = 'models/ner/ner-model.bin.gz'
  const out = 'models/ner/re3d-adapter.bin.gz'
  const adapter = adapt(readModelFile(modelFile), docs)
  const withMeta = { ...adapter, meta: { ...adapter.meta, model: modelFile, trainedOn: 're3d-dev outside the held-out quarter (fnv1a(id) % 4 != 0)', documents: docs.length } }
  writeFileSync(out, encodeAdapter(withMeta))
  readAdapterFile(out) // round trip
  process.stderr.write(`wrote ${out}: ${adapter.rows} rows, ${opts.epochs} epochs, ${opts.orders} orders\n`)
}
