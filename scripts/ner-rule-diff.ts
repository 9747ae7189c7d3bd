/**
 * What one decoding rule changes on a tuning set: every span that differs between the recogniser with and without
 * the rule, with the gold spans of that sentence. Tuning sets only (CoNLL testa's first half, UNER test); it
 * refuses the frozen ones. Also CoNLL train (`train`, trained on) and unseen VOA news (`gmb:FROM:N`, the entity judge's
 * articles; no gold). Usage: npx tsx scripts/ner-rule-diff.ts RULE [conll|uner|train|gmb:FROM:N]
 * @module
 */
import { join } from 'node:path'
import { readConllFile } from '../src/eval/conll.js'
import { defaultRecognizer, NerRecognizer } from '../src/ner/recognizer.js'
import { spansFromTags, tagIndex } from '../src/ner/tags.js'
import { gmbArticleWords } from './gmb-articles.js'

const rule = process.argv[2]
if (rule === undefined) throw new Error('usage: ner-rule-diff.ts RULE [conll|uner]')
const set = process.argv[3] ?? 'conll'
const data = process.env['NER_DATA'] ?? '../shared/data'
const file = set === 'uner' ? 'ner-uner-english-ewt/en_ewt-ud-test.iob2.gz' : set === 'train' ? 'conll2003-train/eng.train.gz' : 'conll2003-train/eng.testa.gz'
const all = set.startsWith('gmb:') ? gmbDocs(set) : readConllFile(join(data, file))
const sentences = set === 'conll' ? all.slice(0, Math.floor(all.length / 2)) : all // testa's second half is frozen
const model = defaultRecognizer().model
const withRule = new NerRecognizer(model)
const without = new NerRecognizer(model, { skipRules: new Set([rule]) })
/** The entity judge's VOA articles as sentences of one document each, with no gold (every tag O). */
function gmbDocs(spec: string): ReturnType<typeof readConllFile> {
  return gmbArticleWords(spec).flatMap((art, k) => art.map((w) => ({ doc: k, words: [...w], tags: w.map(() => 'O') })))
}
const docs: Array<typeof sentences> = []
for (const s of sentences) { const last = docs[docs.length - 1]; if (last && last[0]!.doc === s.doc) last.push(s); else docs.push([s]) }
const show = (words: readonly string[], spans: ReadonlyArray<{ start: number; end: number; type: string }>) =>
  spans.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`).join(' | ')
for (const d of docs) {
  const a = withRule.recognise(d.map((s) => s.words))
  const b = without.recognise(d.map((s) => s.words))
  d.forEach((s, i) => {
    const x = show(s.words, a[i]!); const y = show(s.words, b[i]!)
    if (x === y) return
    const gold = spansFromTags(s.tags.map((t) => (['PER', 'ORG', 'LOC'].includes(t.slice(2)) ? tagIndex(t) : 0)))
    console.log(`with: ${x}\nwithout: ${y}\ngold: ${show(s.words, gold)}\n`)
  })
}
