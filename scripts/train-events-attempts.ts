/**
 * Attempts and plans in the training golds (issue #16, twenty-eighth session): "X is trying / acting / seeking /
 * attempting to V", "plans to V". For every candidate the (loose) coder proposes on a verb that an attempt or plan verb
 * governs (`xcomp`, or `advcl` marked "to"), the table says the governing lemma, the candidate's modality and whether it
 * is the coder's own or only the loose coder's, its training label (paired with a gold coding of its root, the scorer's
 * label) and what the golds code in that sentence (the complement's act, the governing verb, something else, nothing).
 * `npx tsx scripts/train-events-attempts.ts --parts p,q,… [--lines]` (tuning parts only).
 * @module
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { controlVerb } from '../src/events/scorer/control.js'
import { cueHead } from '../src/events/scorer/features.js'
import { recodedPartsOf, scorePart, tally, type PartData } from './event-training-data.js'
import { runScript, scriptArgs } from './script-args.js'
import { stem } from './train-events-splits.js'

/** One candidate under an attempt or plan verb. */
export interface AttemptRow {
  readonly gov: string; readonly kind: string; readonly modality: string; readonly own: boolean; readonly label: boolean
  readonly root: string; readonly gold: string; readonly part: string; readonly sentence: string
}

/** What the golds code in the sentence of a candidate: its act's root, the governing verb, another coding, nothing. */
function goldKind(d: PartData, doc: string, text: string, start: number, root: string, govLemma: string): string {
  const sents = goldSentences(text)
  const golds = d.gold.events.filter((g) => g.doc === doc && !g.optional && anchorSentence(text, sents, g.anchor)?.start === start)
  if (!golds.length) return 'nothing'
  const same = golds.find((g) => g.cameo_root === root)
  if (same) return `act:${same.modality}`
  if (golds.some((g) => g.what.split(/[^A-Za-z]+/).map(stem).includes(stem(govLemma)))) return 'governing verb'
  return 'other'
}

/** The rows of one (recoded) part. */
export function attemptRows(d: PartData): AttemptRow[] {
  const rows: AttemptRow[] = []
  const pairs = scorePart(d, () => true).eventPairs
  for (const a of d.articles) {
    const doc = d.sys.docOf.get(a.doc.article.id) ?? ''
    const text = d.texts.get(doc) ?? ''
    const loose = new Set(a.loose)
    for (const e of a.coded) {
      const h = cueHead(a.doc, e)
      const ctl = h >= 0 ? controlVerb(a.doc, h) : undefined
      if (!ctl) continue
      const s = anchorSentence(text, goldSentences(text), text.slice(e.sentence.start, Math.min(e.sentence.end, e.sentence.start + 40)))
      rows.push({ gov: ctl.lemma, kind: ctl.kind, modality: e.modality, own: !loose.has(e.id), label: pairs.has(e.id), root: e.cameoRoot,
        gold: s ? goldKind(d, doc, text, s.start, e.cameoRoot, ctl.lemma) : 'unanchored', part: d.part,
        sentence: a.doc.article.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ') })
    }
  }
  return rows
}

const count = (rows: readonly AttemptRow[], key: (r: AttemptRow) => string, top = 25): string => tally(rows, key, top, (r) => r.label)

/** The table: positives / candidates by kind, governing lemma, modality, own or loose, and what the golds code. */
export function attemptReport(rows: readonly AttemptRow[]): string {
  return [
    `candidates under an attempt or plan verb: ${rows.length} (positive/all below)`,
    `by kind and own/loose: ${count(rows, (r) => `${r.kind}|${r.own ? 'own' : 'loose'}`)}`,
    `by governing lemma: ${count(rows, (r) => r.gov, 30)}`,
    `by modality: ${count(rows, (r) => `${r.kind}|${r.modality}`)}`,
    `by gold in the sentence: ${count(rows, (r) => `${r.kind}|${r.gold}`)}`,
  ].join('\n')
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'data'])
  const rows: AttemptRow[] = []
  for await (const d of recodedPartsOf(o)) rows.push(...attemptRows(d))
  process.stdout.write(`${attemptReport(rows)}\n`)
  if (o['lines'] === true) for (const r of rows) process.stdout.write(`ROW ${r.part} ${r.kind} ${r.gov} ${r.modality} ${r.own ? 'own' : 'loose'} ${r.root} ${r.label ? '+' : '-'} gold=${r.gold} | ${r.sentence}\n`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) runScript(main)
