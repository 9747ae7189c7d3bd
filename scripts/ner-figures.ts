/**
 * The recogniser's figures with the shipped model and the current decoding rules, on the sets `npm run train:ner`
 * reports (CoNLL testa, UNER test, re3d held-out in both schemes), without retraining: for checking a rule change.
 * Usage: npx tsx scripts/ner-figures.ts
 * @module
 */
import { join } from 'node:path'
import { readConllFile } from '../src/eval/conll.js'
import { scoreNer } from '../src/eval/ner.js'
import { isRe3dHeldOut, readRe3d, scoreRe3d } from '../src/eval/re3d.js'
import { defaultRecognizer, NerRecognizer } from '../src/ner/recognizer.js'

const data = process.env['NER_DATA'] ?? '../shared/data'
const rec = defaultRecognizer()
const re3dRec = new NerRecognizer(rec.model, { scheme: 're3d' })
const round = (x: number) => Math.round(x * 10000) / 10000
const fig = (r: { f1: number; precision: number; recall: number; perType: Record<string, { f1: number }> }) =>
  `f1 ${round(r.f1)} p ${round(r.precision)} r ${round(r.recall)} ${Object.entries(r.perType).map(([k, v]) => `${k} ${round(v.f1)}`).join(' ')}`
const re3d = readRe3d(join(data, 're3d-dev'))
console.log(`conll testa      ${fig(scoreNer(readConllFile(join(data, 'conll2003-train/eng.testa.gz')), rec, false))}`)
console.log(`uner test        ${fig(scoreNer(readConllFile(join(data, 'ner-uner-english-ewt/en_ewt-ud-test.iob2.gz')), rec, true))}`)
console.log(`re3d held, re3d  ${fig(scoreRe3d(re3d.filter((d) => isRe3dHeldOut(d.id)), re3dRec))}`)
console.log(`re3d held, shared ${fig(scoreRe3d(re3d.filter((d) => isRe3dHeldOut(d.id)), rec))}`)
