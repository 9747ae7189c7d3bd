/**
 * Scores an analyser against gold CoNLL-U sentences as the CoNLL 2018 shared
 * task does with gold tokenisation: every word counts (punctuation included),
 * LAS compares universal labels only ("nsubj:pass" = "nsubj").
 * @module
 */
import { universalLabel, type ConlluSentence } from './conllu.js'
import type { SentenceAnalysis } from './analyser.js'

export interface ParseScores {
  uas: number
  las: number
  uposAccuracy: number
  lemmaAccuracy: number
  sentences: number
  words: number
  tokensPerSec: number
}

export function scoreParses(gold: readonly ConlluSentence[], analyse: (words: string[]) => SentenceAnalysis): ParseScores {
  let words = 0, heads = 0, labelled = 0, upos = 0, lemmas = 0
  let ms = 0
  for (const s of gold) {
    const forms = s.words.map((w) => w.form)
    const t0 = performance.now()
    const a = analyse(forms)
    ms += performance.now() - t0
    s.words.forEach((w, i) => {
      words++
      if (a.upos[i] === w.upos) upos++
      if (a.lemma[i] === w.lemma) lemmas++
      if (a.head[i] === w.head) {
        heads++
        if (universalLabel(a.deprel[i]!) === universalLabel(w.deprel)) labelled++
      }
    })
  }
  const r = (x: number) => Math.round((words ? x / words : 0) * 10000) / 10000
  return {
    uas: r(heads), las: r(labelled), uposAccuracy: r(upos), lemmaAccuracy: r(lemmas),
    sentences: gold.length, words, tokensPerSec: ms > 0 ? Math.round(words / (ms / 1000)) : 0,
  }
}
