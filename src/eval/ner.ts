/**
 * `dossier eval ner <conll-file>`: exact-span F1 over PER/ORG/LOC (MISC and
 * NORP scored as O) on a CoNLL-2003 or UNER IOB2 file, plus throughput of
 * the whole recogniser (features, decoding, consistency).
 *
 * Document-level consistency runs per document when the file marks
 * documents (-DOCSTART- or `# newdoc`); CoNLL files without markers are
 * tagged sentence by sentence. `--consistency on|off` overrides.
 * @module
 */
import { DossierError } from '../model/index.js'
import type { NerSyntax } from '../ner/features.js'
import { defaultRecognizer, type NerRecognizer, type NerSpan } from '../ner/recognizer.js'
import { defaultAnalyser } from '../syntax/analyser.js'
import { tagIndex, spansFromTags } from '../ner/tags.js'
import { readConllFile, type ConllSentence } from './conll.js'
import type { EvalTask } from './index.js'
import { formatTable, prf } from './report.js'

const SCORED = ['PER', 'ORG', 'LOC'] as const

function goldSpans(s: ConllSentence): Array<{ start: number; end: number; type: string }> {
  const idx = s.tags.map((t) => {
    const type = t.slice(2)
    return (SCORED as readonly string[]).includes(type) ? tagIndex(t) : 0
  })
  return spansFromTags(idx)
}

export interface NerScore {
  f1: number
  precision: number
  recall: number
  perType: Record<string, { precision: number; recall: number; f1: number }>
  counts: Record<string, { tp: number; pred: number; gold: number }>
  tokensPerSec: number
  tokens: number
}

/**
 * The syntax a recogniser with syntax features reads, from Dossier's own analyser, as the syntax stage gives it
 * (heads sentence-local, -1 for the root); undefined for a model without syntax features.
 */
export function nerSyntaxOf(recognizer: NerRecognizer, sentences: ReadonlyArray<readonly string[]>): NerSyntax[] | undefined {
  if (!recognizer.usesSyntax) return undefined
  return defaultAnalyser().analyseMany(sentences).map((a) => ({ upos: a.upos, lemma: a.lemma, deprel: a.deprel, head: a.head.map((h) => h - 1) }))
}

/** Score a recogniser on CoNLL sentences (exact span, PER/ORG/LOC micro-average). */
export function scoreNer(sentences: readonly ConllSentence[], recognizer: NerRecognizer, consistency: boolean): NerScore {
  // group into documents (or single sentences when consistency is off)
  const groups: ConllSentence[][] = []
  for (const s of sentences) {
    const last = groups[groups.length - 1]
    if (consistency && last && last[0]!.doc === s.doc) last.push(s)
    else groups.push([s])
  }
  // the syntax stage's output, when the model reads it (not timed: it is another stage's work)
  const syntax = groups.map((g) => nerSyntaxOf(recognizer, g.map((s) => s.words)))
  const opts = (k: number) => ({ consistency, ...(syntax[k] ? { syntax: syntax[k] } : {}) })
  // warm-up (JIT, per-word cache) on a slice of the file, so tokensPerSec is the steady rate
  groups.slice(0, 100).forEach((g, k) => recognizer.recognise(g.map((s) => s.words), opts(k)))
  const predicted: NerSpan[][] = []
  let tokens = 0
  const t0 = performance.now()
  for (const [k, g] of groups.entries()) {
    const out = recognizer.recognise(g.map((s) => s.words), opts(k))
    for (const o of out) predicted.push(o)
    for (const s of g) tokens += s.words.length
  }
  const seconds = (performance.now() - t0) / 1000
  const counts = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, pred: 0, gold: 0 }])) as Record<string, { tp: number; pred: number; gold: number }>
  sentences.forEach((s, i) => {
    const gold = goldSpans(s)
    const keys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`))
    for (const g of gold) counts[g.type]!.gold++
    for (const p of predicted[i] ?? []) {
      const c = counts[p.type]
      if (!c) continue
      c.pred++
      if (keys.has(`${p.start}:${p.end}:${p.type}`)) c.tp++
    }
  })
  const sum = (k: 'tp' | 'pred' | 'gold') => SCORED.reduce((a, t) => a + counts[t]![k], 0)
  const all = prf(sum('tp'), sum('pred'), sum('gold'))
  const perType = Object.fromEntries(SCORED.map((t) => [t, prf(counts[t]!.tp, counts[t]!.pred, counts[t]!.gold)]))
  const tokensPerSec = seconds > 0 ? Math.round(tokens / seconds) : 0
  return { ...all, perType, counts, tokensPerSec, tokens }
}

export const evalNer: EvalTask = async (path, options) => {
  const sentences = readConllFile(path)
  if (sentences.length === 0) throw new DossierError('E_EVAL_FORMAT', `${path} has no sentences`, { context: { path } })
  const marked = new Set(sentences.map((s) => s.doc)).size > 1
  const opt = options['consistency']
  const consistency = opt === undefined ? marked : opt === true || opt === 'on' || opt === 'true'
  const r = scoreNer(sentences, defaultRecognizer(), consistency)
  const rows = [...SCORED.map((t) => [t, r.perType[t]!.precision, r.perType[t]!.recall, r.perType[t]!.f1, r.counts[t]!.gold]),
    ['all', r.precision, r.recall, r.f1, SCORED.reduce((a, t) => a + r.counts[t]!.gold, 0)]] as Array<Array<string | number>>
  return {
    task: 'ner',
    metrics: { f1: r.f1, precision: r.precision, recall: r.recall, perType: r.perType, tokensPerSec: r.tokensPerSec, tokens: r.tokens, sentences: sentences.length, consistency },
    table: `NER on ${path} (${sentences.length} sentences, ${r.tokens} tokens, ${r.tokensPerSec} tokens/s, consistency ${consistency ? 'on' : 'off'})\n` +
      formatTable(['type', 'precision', 'recall', 'f1', 'gold'], rows),
  }
}
