/**
 * `dossier eval re3d <dir>`: named PER/ORG/LOC mentions against the re3d gold
 * (Dstl Relationship and Entity Extraction Evaluation Dataset).
 *
 * Gold (DESIGN.md eval contract): Person/Organisation/Location entities with
 * confidence ≥ 0.5 whose text starts with an upper-case letter; exact
 * character spans and type, micro-averaged.
 *
 * Options: `--sample heldout` scores only the documents held out from NER
 * training (see `isRe3dHeldOut`), `--sample train` only the others; default all.
 * `--scheme re3d|shared` picks the annotation scheme the model decodes with:
 * by default re3d's own (titles inside person names, states acting as
 * organisations, descriptive "the …" mentions not named), which the model
 * learns from the re3d training documents (with the scheme adapter of models/ner/ when there is one); `shared` is
 * the CoNLL-style scheme the pipeline uses. Both figures are reported.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DossierError } from '../model/index.js'
import { segmentText } from '../text/segment.js'
import { fnv1a } from '../ner/hash.js'
import { defaultRecognizer, modelSchemes, NerRecognizer } from '../ner/recognizer.js'
import { shippedAdapter } from '../ner/scheme-adapter.js'
import type { EvalTask } from './index.js'
import { nerSyntaxOf } from './ner.js'
import { formatTable, prf } from './report.js'

export interface Re3dEntity {
  readonly begin: number
  readonly end: number
  readonly type: string
  readonly value: string
  readonly confidence: number
}

export interface Re3dDocument {
  readonly id: string
  /** The source folder (CENTCOM, UK Government, …). */
  readonly source: string
  readonly text: string
  readonly entities: Re3dEntity[]
}

/**
 * The fixed part of re3d held out from NER training: documents whose id
 * hashes (FNV-1a) to 0 mod 4 — about a quarter of each source, chosen
 * without looking at the content.
 */
export function isRe3dHeldOut(docId: string): boolean {
  return fnv1a(docId) % 4 === 0
}

function readJsonLines(file: string): Array<Record<string, unknown>> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  const out: Array<Record<string, unknown>> = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    try {
      out.push(JSON.parse(line) as Record<string, unknown>)
    } catch (e) {
      throw new DossierError('E_EVAL_FORMAT', `${file}:${i + 1} is not a JSON object`, { cause: e, context: { file, line: i + 1 } })
    }
  })
  return out
}

/** Read every re3d source folder under `dir` (or `dir` itself when it holds documents.json). */
export function readRe3d(dir: string): Re3dDocument[] {
  if (!existsSync(dir)) {
    throw new DossierError('E_INPUT_MISSING', `${dir} does not exist`, { context: { path: dir }, hint: 'give a folder in the re3d layout' })
  }
  const folders = existsSync(join(dir, 'documents.json'))
    ? [dir]
    : readdirSync(dir).map((f) => join(dir, f)).filter((f) => statSync(f).isDirectory() && existsSync(join(f, 'documents.json'))).sort()
  if (folders.length === 0) {
    throw new DossierError('E_EVAL_FORMAT', `no documents.json under ${dir}`, { context: { path: dir }, hint: 'the re3d layout has <source>/documents.json and <source>/entities.json' })
  }
  const docs: Re3dDocument[] = []
  for (const folder of folders) {
    const source = folder.split(/[\\/]/).pop() ?? folder
    const byId = new Map<string, Re3dDocument>()
    for (const d of readJsonLines(join(folder, 'documents.json'))) {
      const id = String(d['_id'])
      const doc: Re3dDocument = { id, source, text: String(d['text'] ?? ''), entities: [] }
      byId.set(id, doc)
      docs.push(doc)
    }
    if (existsSync(join(folder, 'entities.json'))) {
      for (const e of readJsonLines(join(folder, 'entities.json'))) {
        const doc = byId.get(String(e['documentId']))
        if (!doc) continue
        doc.entities.push({
          begin: Number(e['begin']), end: Number(e['end']), type: String(e['type']),
          value: String(e['value'] ?? ''), confidence: Number(e['confidence'] ?? 1),
        })
      }
    }
  }
  return docs
}

const TYPE_MAP: Record<string, 'PER' | 'ORG' | 'LOC'> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC' }

/** Gold named mentions of a document per the eval contract. */
export function re3dGold(doc: Re3dDocument): Array<{ start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }> {
  const seen = new Set<string>()
  const out: Array<{ start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }> = []
  for (const e of doc.entities) {
    const type = TYPE_MAP[e.type]
    if (!type || e.confidence < 0.5 || !/^\p{Lu}/u.test(e.value)) continue
    const k = `${e.begin}:${e.end}:${type}`
    if (seen.has(k)) continue
    seen.add(k)
    out.push({ start: e.begin, end: e.end, type })
  }
  return out
}

/** Recognise PER/ORG/LOC spans (character offsets) in a text with the shipped model. */
export function recogniseText(text: string, recognizer: NerRecognizer = defaultRecognizer()): Array<{ start: number; end: number; type: string }> {
  const { tokens } = segmentText(text)
  const bySentence: Array<Array<{ start: number; end: number; pos?: string }>> = []
  for (const t of tokens) (bySentence[t.sentence] ??= []).push(t)
  const sents = bySentence.filter((s) => s !== undefined)
  const words = sents.map((s) => s.map((t) => text.slice(t.start, t.end)))
  const syntax = nerSyntaxOf(recognizer, words)
  const spans = recognizer.recognise(words, { pos: sents.map((s) => s.map((t) => t.pos ?? '')), ...(syntax ? { syntax } : {}) })
  const out: Array<{ start: number; end: number; type: string }> = []
  spans.forEach((ss, si) => {
    for (const s of ss) out.push({ start: sents[si]![s.start]!.start, end: sents[si]![s.end - 1]!.end, type: s.type })
  })
  return out
}

export const evalRe3d: EvalTask = async (path, options) => {
  const opt = options['sample'] ?? options['split']
  const split = typeof opt === 'string' ? opt : 'all'
  if (!['all', 'heldout', 'train'].includes(split)) {
    throw new DossierError('E_USAGE', `--sample must be all, heldout or train, not ${split}`, { hint: 'heldout = the quarter of re3d-dev never trained on' })
  }
  const docs = readRe3d(path).filter((d) => split === 'all' || (split === 'heldout') === isRe3dHeldOut(d.id))
  const shared = defaultRecognizer()
  const schemeOpt = options['scheme']
  const scheme = typeof schemeOpt === 'string' ? schemeOpt : modelSchemes(shared.model).includes('re3d') ? 're3d' : 'shared'
  // the scheme's adapter learned over the shipped model, when models/ner/ has one (src/ner/scheme-adapter.ts)
  const adapter = scheme === 'shared' ? undefined : shippedAdapter(scheme)
  const recognizer = scheme === 'shared' ? shared : new NerRecognizer(shared.model, { scheme, ...(adapter ? { adapter } : {}) })
  const r = scoreRe3d(docs, recognizer)
  const other = scheme === 'shared' ? undefined : scoreRe3d(docs, shared)
  const types = ['PER', 'ORG', 'LOC'] as const
  const rows = [...types.map((t) => [t, r.perType[t]!.precision, r.perType[t]!.recall, r.perType[t]!.f1, r.counts[t]!.gold]),
    ['all', r.precision, r.recall, r.f1, types.reduce((a, t) => a + r.counts[t]!.gold, 0)]] as Array<Array<string | number>>
  return {
    task: 're3d',
    metrics: {
      f1: r.f1, precision: r.precision, recall: r.recall, perType: r.perType, documents: docs.length, split, scheme, msPerDocument: r.msPerDocument,
      insideExcluded: r.insideExcluded, f1IgnoringExcluded: r.f1IgnoringExcluded, ...(other ? { sharedSchemeF1: other.f1 } : {}),
    },
    table: `re3d (${split}, ${docs.length} documents, ${scheme} scheme)\n` + formatTable(['type', 'precision', 'recall', 'f1', 'gold'], rows) +
      (other ? `\nwith the shared (CoNLL-style) scheme the pipeline uses: F1 ${other.f1.toFixed(4)}` : '') +
      `\n(diagnostic: ${r.insideExcluded} predictions fall only inside annotations the contract drops, e.g. "United States" in ` +
      `"the United States"; F1 without counting them ${r.f1IgnoringExcluded.toFixed(4)})`,
  }
}

/** Score a recogniser on re3d documents. */
export function scoreRe3d(docs: readonly Re3dDocument[], recognizer: NerRecognizer) {
  const types = ['PER', 'ORG', 'LOC'] as const
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, pred: 0, gold: 0 }])) as Record<string, { tp: number; pred: number; gold: number }>
  // diagnostic: wrong predictions that touch no gold mention, only annotations the contract drops
  // (descriptive "the United States", nested low-confidence alternatives)
  let insideExcluded = 0
  const t0 = performance.now()
  for (const doc of docs) {
    const gold = re3dGold(doc)
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`))
    for (const g of gold) counts[g.type]!.gold++
    for (const p of recogniseText(doc.text, recognizer)) {
      const c = counts[p.type]
      if (!c) continue // NORP, MISC are not scored
      c.pred++
      if (goldKeys.has(`${p.start}:${p.end}:${p.type}`)) c.tp++
      else if (!gold.some((g) => g.start < p.end && p.start < g.end) && doc.entities.some((e) => e.begin < p.end && p.start < e.end)) insideExcluded++
    }
  }
  const ms = performance.now() - t0
  const sum = (k: 'tp' | 'pred' | 'gold') => types.reduce((a, t) => a + counts[t]![k], 0)
  const all = prf(sum('tp'), sum('pred'), sum('gold'))
  const perType = Object.fromEntries(types.map((t) => [t, prf(counts[t]!.tp, counts[t]!.pred, counts[t]!.gold)]))
  const lenient = prf(sum('tp'), sum('pred') - insideExcluded, sum('gold'))
  return { ...all, perType, counts, msPerDocument: docs.length ? ms / docs.length : 0, insideExcluded, f1IgnoringExcluded: lenient.f1 }
}
