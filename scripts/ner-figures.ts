/**
 * The recogniser's figures with a trained model and the current decoding rules, without retraining: for checking a
 * rule change. Tuning sets: CoNLL testa's first half, UNER English-EWT test, and re3d fold k when `--fold k` (only
 * meaningful for a model trained with NER_RE3D_FOLD=k). `--final` adds the frozen final-check sets (testa's second
 * half, re3d's held-out quarter): run it once, at the end. `--ablate` also scores the recogniser with each decoding
 * rule left out in turn (shared scheme on CoNLL and UNER, both schemes on re3d).
 * The re3d scheme decodes with the shipped scheme adapter for the shipped model (models/ner/re3d-adapter.bin.gz), with
 * none for another model; `--adapter FILE` gives one, `--adapter none` decodes with the model's own scheme copies.
 * Usage: npx tsx scripts/ner-figures.ts [--model file.bin.gz] [--adapter FILE|none] [--fold k] [--final] [--ablate] [--skip rule,rule]
 * @module
 */
import { join } from 'node:path'
import { readConllFile } from '../src/eval/conll.js'
import { scoreNer } from '../src/eval/ner.js'
import { isRe3dHeldOut, readRe3d, scoreRe3d } from '../src/eval/re3d.js'
import { fnv1a } from '../src/ner/hash.js'
import { readModelFile } from '../src/ner/model.js'
import { defaultRecognizer, NerRecognizer } from '../src/ner/recognizer.js'
import { GAZETTEER_RULES } from '../src/ner/rules.js'
import { readAdapterFile, shippedAdapter } from '../src/ner/scheme-adapter.js'
import { RE3D_CONVENTIONS } from '../src/ner/scheme-rules.js'

const data = process.env['NER_DATA'] ?? '../shared/data'
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const modelFile = arg('--model')
const model = modelFile ? readModelFile(modelFile) : defaultRecognizer().model
const adapterArg = arg('--adapter')
const adapter = adapterArg === 'none' ? undefined : adapterArg ? readAdapterFile(adapterArg) : modelFile ? undefined : shippedAdapter('re3d')
const fold = Number(arg('--fold') ?? 0)
const baseSkip = new Set((arg('--skip') ?? '').split(',').filter(Boolean))
const round = (x: number) => Math.round(x * 10000) / 10000

const testa = readConllFile(join(data, 'conll2003-train/eng.testa.gz'))
const half = Math.floor(testa.length / 2)
const re3d = readRe3d(join(data, 're3d-dev'))
type Scorer = (skip: ReadonlySet<string>) => number
const sets: Array<[string, Scorer]> = [
  ['conll testa 1st half', (skip) => scoreNer(testa.slice(0, half), new NerRecognizer(model, { skipRules: skip }), false).f1],
  ['uner test', (skip) => scoreNer(readConllFile(join(data, 'ner-uner-english-ewt/en_ewt-ud-test.iob2.gz')), new NerRecognizer(model, { skipRules: skip }), true).f1],
]
const re3dSets = (name: string, docs: typeof re3d): Array<[string, Scorer]> => [
  [`${name}, re3d scheme`, (skip) => scoreRe3d(docs, new NerRecognizer(model, { scheme: 're3d', skipRules: skip, ...(adapter ? { adapter } : {}) })).f1],
  [`${name}, shared scheme`, (skip) => scoreRe3d(docs, new NerRecognizer(model, { skipRules: skip })).f1],
]
if (fold > 0) sets.push(...re3dSets(`re3d fold ${fold}`, re3d.filter((d) => !isRe3dHeldOut(d.id) && fnv1a(d.id) % 4 === fold)))
if (process.argv.includes('--final')) {
  sets.push(['conll testa 2nd half (frozen)', (skip) => scoreNer(testa.slice(half), new NerRecognizer(model, { skipRules: skip }), false).f1])
  sets.push(['conll testa whole', (skip) => scoreNer(testa, new NerRecognizer(model, { skipRules: skip }), false).f1])
  sets.push(...re3dSets('re3d held out (frozen)', re3d.filter((d) => isRe3dHeldOut(d.id))))
}
const base = sets.map(([name, score]) => { const f = score(baseSkip); console.log(`${name.padEnd(34)} F1 ${round(f)}`); return f })
if (process.argv.includes('--ablate')) {
  const rules = [...GAZETTEER_RULES, 'unnamed', 'gluedPersons', 'nicknames', 'dashedBodies', 'demonymPair', 'placePair', 'longPersonNames', 'placeApposition', 'knownPlaceEvidence', 'finiteVerbs', 'possessives', 'shortForms', 're3dConventions', 're3d:descriptive', ...RE3D_CONVENTIONS.map((c) => `re3d:${c}`)]
  for (const rule of process.argv.includes('--re3d-only') ? rules.filter((r) => r.startsWith('re3d')) : rules) {
    const idx = rule.startsWith('re3d') ? sets.flatMap(([name], k) => (name.includes('re3d scheme') ? [k] : [])) : sets.map((_, k) => k)
    const skip = new Set([...baseSkip, rule])
    const deltas = idx.map((k) => { const [name, score] = sets[k]!; const d = score(skip) - base[k]!; return `${name} ${d >= 0 ? '+' : ''}${round(d)}` })
    console.log(`without ${rule}: ${deltas.join('; ')}`)
  }
}
