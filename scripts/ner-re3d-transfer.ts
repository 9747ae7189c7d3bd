/**
 * Do the re3d decoding conventions help documents they were not written for? For each tuning fold k (1–3) and the
 * model trained without it (`NER_RE3D_FOLD=k NER_OUT=DIR/fk npm run train:ner`), scores every convention left out:
 * per fold; per document, split between the documents holding the examples the convention was written from (the
 * examples cited in src/ner/scheme-rules.ts, recognizer.ts and their commits: `CITED` below) and all others; and per
 * firing (a span the convention adds or removes), split between firings on a cited example and firings elsewhere,
 * and by source (CENTCOM, UK Government, US State Department): how many spans it changes, and the change in right
 * spans and in predicted spans. The held-out quarter is never read.
 * `--adapt`: the re3d scheme decodes with a scheme adapter learned over each part's model from the other parts (as
 * the re3d eval decodes with the shipped one; src/ner/scheme-adapter.ts).
 * Usage: npx tsx scripts/ner-re3d-transfer.ts --models DIR [--by fold|source] [--adapt]
 * @module
 */
import { join } from 'node:path'
import { isRe3dHeldOut, re3dGold, readRe3d, recogniseText, scoreRe3d, type Re3dDocument } from '../src/eval/re3d.js'
import { fnv1a } from '../src/ner/hash.js'
import { readModelFile } from '../src/ner/model.js'
import { NerRecognizer } from '../src/ner/recognizer.js'
import { trainSchemeAdapter } from '../src/ner/scheme-adapter-training.js'
import { RE3D_CONVENTIONS } from '../src/ner/scheme-rules.js'
import { tagIndex } from '../src/ner/tags.js'
import { re3dSentences } from './ner-corpora.js'

/** The examples each convention was written from, as its comments and commit messages cite them. */
export const CITED: Readonly<Record<string, readonly string[]>> = {
  descriptive: ['the SDF', 'the Government of Iraq', 'the Mosul offensive', 'the Syria crisis', '3rd Battalion'],
  operation: ['Operation Inherent Resolve'],
  describedByHead: ['the people of Mosul', 'villages around Raqqa', 'the vicinity of Ayn Issa'],
  insideDescriptivePhrase: ['all Iraqi leaders', 'an ISIL tactical unit', 'senior U.S. military officials', 'a Defense Department news release', 'ongoing U.S. efforts'],
  cutAtVerb: ['The Coalition complies', 'Turkey within NATO', 'The French previously led CTF 50'],
  splitPerson: ['met Russian Foreign Minister Sergei Lavrov', 'Prime Minister and President Hollande', 'The Foreign Secretary, Boris Johnson', 'Ambassador Saperstein for', 'Minister for Central Asia'],
  nationalityBeforeTitle: ['Iraqi Prime Minister Haider al-Abadi', 'Russian Foreign Minister Lavrov'],
  mergeQualifiedPlaces: ['Woodbridge, Virginia', 'Anbar, Iraq', 'Fort Campbell, Kentucky', 'Istanbul, Turkey', 'Qamenas, Sarmin and Talamenes'],
  countryRole: ['Iraq will be able to', 'UK-France co-operation', 'Russia has', 'UK support'],
}

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const dir = arg('--models')
if (!dir) throw new Error('--models DIR: fold models in DIR/f1, DIR/f2, DIR/f3 (each trained with NER_RE3D_FOLD=k)')
/** `--by source`: the parts are re3d's three sources (DIR/f1 trained with NER_RE3D_SOURCE=CENTCOM, f2 "UK Government", f3 "US State Department"). */
const SOURCES = ['CENTCOM', 'UK Government', 'US State Department']
const partOf = (d: Re3dDocument) => (arg('--by') === 'source' ? SOURCES.indexOf(d.source) + 1 : fnv1a(d.id) % 4)
const docs = readRe3d(join(process.env['NER_DATA'] ?? '../shared/data', 're3d-dev')).filter((d) => !isRe3dHeldOut(d.id))
const flat = (d: Re3dDocument) => d.text.replace(/\s+/g, ' ')

type Counts = { tp: number; pred: number; gold: number }
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold })
const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0 })
const f1 = (c: Counts) => (c.pred + c.gold === 0 ? 0 : (2 * c.tp) / (c.pred + c.gold))
function countsOf(doc: Re3dDocument, rec: NerRecognizer): Counts {
  const r = scoreRe3d([doc], rec)
  return Object.values(r.counts).reduce((a, c) => add(a, c), zero())
}

const steps = ['descriptive', ...RE3D_CONVENTIONS] as const

/** The PER / ORG / LOC spans a recogniser gives a document, as "start:end:type". */
const spanKeys = (doc: Re3dDocument, rec: NerRecognizer) =>
  new Set(recogniseText(doc.text, rec).filter((p) => p.type === 'PER' || p.type === 'ORG' || p.type === 'LOC').map((p) => `${p.start}:${p.end}:${p.type}`))
/** Per convention and place ("own", "elsewhere", or a source): firings, change in right spans, change in predicted spans. */
const firings = new Map<string, { n: number; tp: number; pred: number }>()
function countFirings(doc: Re3dDocument, step: string, withAll: ReadonlySet<string>, without: ReadonlySet<string>): void {
  const gold = new Set(re3dGold(doc).map((g) => `${g.start}:${g.end}:${g.type}`))
  const examples = (CITED[step] ?? []).flatMap((e) => [...doc.text.matchAll(new RegExp(e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g'))]
    .map((m) => [m.index, m.index + m[0].length] as const))
  const note = (key: string, sign: number) => {
    const [start, end] = key.split(':').map(Number) as [number, number]
    const own = examples.some(([a, b]) => a < end && start < b)
    for (const place of [own ? 'own' : 'elsewhere', doc.source]) {
      const f = firings.get(`${step}|${place}`) ?? { n: 0, tp: 0, pred: 0 }
      firings.set(`${step}|${place}`, { n: f.n + 1, tp: f.tp + (gold.has(key) ? sign : 0), pred: f.pred + sign })
    }
  }
  for (const k of withAll) if (!without.has(k)) note(k, 1)
  for (const k of without) if (!withAll.has(k)) note(k, -1)
}
// per convention: [fold 1, 2, 3, cited documents, other documents] × [with, without]
const table = new Map<string, Array<[Counts, Counts]>>(steps.map((s) => [s, Array.from({ length: 5 }, () => [zero(), zero()] as [Counts, Counts])]))
const all = Array.from({ length: 3 }, () => [zero(), zero()] as [Counts, Counts])
for (const k of [1, 2, 3]) {
  const model = readModelFile(join(dir, `f${k}`, 'ner-model.bin.gz'))
  // --adapt: the re3d scheme decodes with an adapter learned over this model from the other parts, as the eval does
  const adapter = process.argv.includes('--adapt') ? trainSchemeAdapter(model, 're3d', re3dSentences(docs.filter((d) => partOf(d) !== k))
    .map((x) => ({ words: x.words, tags: Uint8Array.from(x.schemeTags.map(tagIndex)) })), { epochs: 5, step: 3, orders: 3, seed: 20260823 }) : undefined
  const re3d = (skip: string[]) => new NerRecognizer(model, { scheme: 're3d', skipRules: new Set(skip), ...(adapter ? { adapter } : {}) })
  const rec = re3d([])
  const none = re3d(['re3dConventions', 're3d:descriptive'])
  for (const doc of docs.filter((d) => partOf(d) === k)) {
    const base = countsOf(doc, rec)
    all[k - 1] = [add(all[k - 1]![0], base), add(all[k - 1]![1], countsOf(doc, none))]
    const withAll = spanKeys(doc, rec)
    for (const s of steps) {
      const skipOne = re3d([`re3d:${s}`])
      countFirings(doc, s, withAll, spanKeys(doc, skipOne))
      const without = countsOf(doc, skipOne)
      const row = table.get(s)!
      const cited = (CITED[s] ?? []).some((e) => flat(doc).includes(e)) ? 3 : 4
      for (const i of [k - 1, cited]) row[i] = [add(row[i]![0], base), add(row[i]![1], without)]
    }
  }
}
const sign = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`
console.log('| convention | fold 1 / 2 / 3: F1 change when left out | documents it was written from: change (gold) | other documents: change (gold) |')
console.log('|---|---|---|---|')
for (const s of steps) {
  const row = table.get(s)!
  const d = (i: number) => sign(f1(row[i]![1]) - f1(row[i]![0]))
  console.log(`| ${s} | ${d(0)} / ${d(1)} / ${d(2)} | ${d(3)} (${row[3]![0].gold}) | ${d(4)} (${row[4]![0].gold}) |`)
}
console.log(`| all (none applied) | ${all.map(([w, wo]) => sign(f1(wo) - f1(w))).join(' / ')} | | |`)
console.log(`fold F1 with every convention: ${all.map(([w]) => f1(w).toFixed(4)).join(' / ')}`)

const places = ['own', 'elsewhere', ...new Set(docs.map((d) => d.source))]
console.log(`\n| convention | ${places.map((p) => (p === 'own' ? 'on its examples' : p)).join(' | ')} |   (firings: right spans ±, predicted spans ±)`)
console.log(`|---|${places.map(() => '---|').join('')}`)
for (const s of steps) {
  const cell = (p: string) => { const f = firings.get(`${s}|${p}`); return f ? `${f.n}: ${f.tp >= 0 ? '+' : ''}${f.tp} / ${f.pred >= 0 ? '+' : ''}${f.pred}` : '0' }
  console.log(`| ${s} | ${places.map(cell).join(' | ')} |`)
}
