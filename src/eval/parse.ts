/**
 * `dossier eval parse <file.conllu[.gz]>`: UAS, LAS, UPOS and lemma accuracy of
 * the shipped tagger and parser on gold tokenisation, scored as the CoNLL 2018
 * shared task scores them (every word, punctuation included; LAS on universal
 * labels), plus throughput of tagging, lemmatising, parsing and labelling.
 * @module
 */
import { DossierError } from '../model/index.js'
import { defaultAnalyser } from '../syntax/analyser.js'
import { readConllu } from '../syntax/conllu.js'
import { scoreParses } from '../syntax/evaluate.js'
import type { EvalTask } from './index.js'
import { formatTable } from './report.js'

export const evalParse: EvalTask = async (path) => {
  const gold = readConllu(path)
  if (gold.length === 0) throw new DossierError('E_EVAL_FORMAT', `${path} has no sentences`, { context: { path }, hint: 'give a CoNLL-U file' })
  const analyser = defaultAnalyser()
  const r = scoreParses(gold, (w) => analyser.analyse(w))
  return {
    task: 'parse',
    metrics: { uas: r.uas, las: r.las, uposAccuracy: r.uposAccuracy, lemmaAccuracy: r.lemmaAccuracy, sentences: r.sentences, words: r.words, tokensPerSec: r.tokensPerSec },
    table: `Parsing ${path} (${r.sentences} sentences, ${r.words} words, ${r.tokensPerSec} words/s, gold tokenisation)\n` +
      formatTable(['metric', 'score'], [['UAS', r.uas], ['LAS', r.las], ['UPOS', r.uposAccuracy], ['lemma', r.lemmaAccuracy]]),
  }
}
