/**
 * What one decoding rule changes on a tuning set: every span that differs between the recogniser with and without
 * the rule, with the gold spans of that sentence. Tuning sets only (CoNLL testa's first half, UNER test); it
 * refuses the frozen ones. Also CoNLL train (`train`, trained on), UNER dev (`unerdev`, trained on), re3d's
 * documents outside the held-out quarter (`re3d`, shared scheme, gold as re3d annotates it) and unseen VOA news
 * (`gmb:FROM:N`, the entity judge's articles; no gold). Several sets may be given, comma-separated; the last line
 * counts the changed sentences per set. With `--model FILE` instead of a rule, it compares the shipped model with another
 * model file (both with every rule, shared scheme): what a retraining changes.
 * Usage: npx tsx scripts/ner-rule-diff.ts RULE|--model FILE [conll|uner|unerdev|train|re3d|gmb:FROM:N][,…]
 * @module
 */
import { join } from 'node:path'
import { readConllFile, type ConllSentence } from '../src/eval/conll.js'
import { isRe3dHeldOut, re3dGold, readRe3d } from '../src/eval/re3d.js'
import { readModelFile } from '../src/ner/model.js'
import { defaultRecognizer, NerRecognizer } from '../src/ner/recognizer.js'
import { spansFromTags, tagIndex } from '../src/ner/tags.js'
import { segmentText } from '../src/text/segment.js'
import { gmbArticleWords } from './gmb-articles.js'

const args = process.argv.slice(2)
const other = args[0] === '--model' ? args.splice(0, 2)[1] : undefined
const rule = args[0]
if (rule === undefined && other === undefined) throw new Error('usage: ner-rule-diff.ts RULE|--model FILE [conll|uner|unerdev|train|re3d|gmb:FROM:N][,…]')
const data = process.env['NER_DATA'] ?? '../shared/data'
const model = defaultRecognizer().model
// "with" is the shipped recogniser; "without" lacks the rule, or is the other model
const withRule = new NerRecognizer(model)
const without = other !== undefined ? new NerRecognizer(readModelFile(other)) : new NerRecognizer(model, { skipRules: new Set([rule!]) })

/** The sentences of one set, each with its document index and gold IOB2 tags (all O where the set has no gold). */
function readSet(set: string): ConllSentence[] {
  if (set.startsWith('gmb:')) return gmbArticleWords(set).flatMap((art, k) => art.map((w) => ({ doc: k, words: [...w], tags: w.map(() => 'O') })))
  if (set === 're3d') return re3dSentences()
  const file = { uner: 'ner-uner-english-ewt/en_ewt-ud-test.iob2.gz', unerdev: 'ner-uner-english-ewt/en_ewt-ud-dev.iob2.gz',
    train: 'conll2003-train/eng.train.gz', conll: 'conll2003-train/eng.testa.gz' }[set]
  if (file === undefined) throw new Error(`unknown set ${set}`)
  const all = readConllFile(join(data, file))
  return set === 'conll' ? all.slice(0, Math.floor(all.length / 2)) : all // testa's second half is frozen
}

/** re3d documents outside the held-out quarter, segmented as the pipeline does, with re3d's named gold as tags. */
function re3dSentences(): ConllSentence[] {
  return readRe3d(join(data, 're3d-dev')).filter((d) => !isRe3dHeldOut(d.id)).flatMap((d, k) => {
    const { tokens } = segmentText(d.text)
    const gold = re3dGold(d)
    const by: Array<typeof tokens> = []
    for (const t of tokens) (by[t.sentence] ??= []).push(t)
    return by.filter((s) => s !== undefined).map((s) => ({
      doc: k, words: s.map((t) => d.text.slice(t.start, t.end)),
      tags: s.map((t) => {
        const g = gold.find((x) => x.start <= t.start && t.end <= x.end)
        return g === undefined ? 'O' : `${g.start === t.start ? 'B' : 'I'}-${g.type}`
      }),
    }))
  })
}

const show = (words: readonly string[], spans: ReadonlyArray<{ start: number; end: number; type: string }>) =>
  spans.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`).join(' | ')
const counts: string[] = []
for (const set of ((other !== undefined ? args[0] : args[1]) ?? 'conll').split(',')) {
  const docs: ConllSentence[][] = []
  for (const s of readSet(set)) { const last = docs[docs.length - 1]; if (last && last[0]!.doc === s.doc) last.push(s); else docs.push([s]) }
  let changed = 0
  for (const d of docs) {
    const a = withRule.recognise(d.map((s) => s.words))
    const b = without.recognise(d.map((s) => s.words))
    d.forEach((s, i) => {
      const x = show(s.words, a[i]!); const y = show(s.words, b[i]!)
      if (x === y) return
      changed++
      const gold = spansFromTags(s.tags.map((t) => (['PER', 'ORG', 'LOC'].includes(t.slice(2)) ? tagIndex(t) : 0)))
      console.log(`[${set}] with: ${x}\nwithout: ${y}\ngold: ${show(s.words, gold)}\n`)
    })
  }
  counts.push(`${set} ${changed}`)
}
console.log(`sentences changed: ${counts.join(', ')}`)
