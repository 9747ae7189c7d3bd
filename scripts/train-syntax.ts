/**
 * `npm run train:syntax` — rebuilds models/syntax/ from ../shared/data/ud-english, deterministically.
 *
 * Training data (only the weights enter the repository): UD English EWT train and GUM (CC-BY genres) train.
 * The dev splits are never trained or tuned on: they are scored at the end as held-out figures (meta.json).
 * Hyperparameters are the ones a first pass measured (see DESIGN.md, "Syntax"); SYNTAX_TUNE=1 holds out every
 * 10th training document instead and reports on it, for experiments that must not look at dev.
 *
 * Steps: tagger (all train) → jack-knifed tags (4 folds) → parser on those tags (dynamic oracle, exploration)
 * → labeller on those tags → lemma tables → int16 quantisation → scores on EWT dev and GUM dev.
 *
 * Environment overrides: SYNTAX_DATA (default ../shared/data/ud-english), SYNTAX_OUT (default models/syntax),
 * SYNTAX_TAGGER_EPOCHS, SYNTAX_PARSER_EPOCHS, SYNTAX_LABELLER_EPOCHS, SYNTAX_FOLDS, SYNTAX_SEED, SYNTAX_LIMIT (first n sentences),
 * SYNTAX_CLUSTERS (default `none`: the shipped model has no cluster features; a path such as
 * models/clusters/clusters.tsv.gz bakes those word clusters into the model and turns on the cluster features — measured on
 * 5 Dec and not shipped, see docs/syntax.md), SYNTAX_FINE (1 = a second tagging pass over UPOS + XPOS classes whose fine
 * tags the parser and labeller read; 0 = none), SYNTAX_FINE_EPOCHS, SYNTAX_FINE_BITS, SYNTAX_LABEL_OPTIONS (`gold`, the default:
 * the labeller's options per tag pair are counted on gold tags; `both`: on the jack-knifed tags too — measured on 6 Dec
 * and not shipped, see docs/syntax.md), SYNTAX_BEAM (k > 1: after the greedy epochs, SYNTAX_BEAM_EPOCHS of global training with a
 * beam of k, and the model parses with that beam; measured on 6 Dec with SYNTAX_PARSER_EPOCHS=0 and not shipped), SYNTAX_SCORE
 * (a model file: only score it, with a beam of SYNTAX_DECODE_BEAM if set), SYNTAX_STATE_LABELS (1 = the parser labels as it
 * attaches, with label features in its state; the separate labeller is trained too, and with SYNTAX_RELABEL=1 it relabels
 * the finished tree; both variants are scored — measured on 7 Dec, see docs/syntax.md).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { parseClusters } from '../src/ner/clusters.js'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SyntaxAnalyser } from '../src/syntax/analyser.js'
import { readConllu, type ConlluSentence } from '../src/syntax/conllu.js'
import { scoreParses } from '../src/syntax/evaluate.js'
import { trainLemmatiser } from '../src/syntax/lemmatiser.js'
import { quantise } from '../src/syntax/perceptron.js'
import { ambiguityClasses, normaliseForm, packClusters, unambiguousWords } from '../src/syntax/words.js'
import { fineAmbiguity } from '../src/syntax/fine-tagger.js'
import { labelOptionKey } from '../src/syntax/labeller.js'
import { jackknifeFine, jackknifeTags, type TrainSentence, toTrainSentence, trainFineTagger, trainLabelledParser, trainLabeller, trainParser, trainTagger } from '../src/syntax/trainer.js'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const env = (k: string, d: number) => Number(process.env[k] ?? d)
const DATA = resolve(root, process.env['SYNTAX_DATA'] ?? '../shared/data/ud-english')
const OUT = resolve(root, process.env['SYNTAX_OUT'] ?? 'models/syntax')
const TAGGER_EPOCHS = env('SYNTAX_TAGGER_EPOCHS', 8)
const PARSER_EPOCHS = env('SYNTAX_PARSER_EPOCHS', 14)
const LABELLER_EPOCHS = env('SYNTAX_LABELLER_EPOCHS', 8)
const FOLDS = env('SYNTAX_FOLDS', 4)
/** SYNTAX_BEAM=k: after the greedy epochs, SYNTAX_BEAM_EPOCHS of global (early-update) training with a beam of k, and the model parses with that beam. */
const BEAM = env('SYNTAX_BEAM', 1)
const BEAM_EPOCHS = env('SYNTAX_BEAM_EPOCHS', 4)
const SEED = env('SYNTAX_SEED', 20261205)
const LIMIT = env('SYNTAX_LIMIT', 0)
const TUNE = process.env['SYNTAX_TUNE'] === '1'
const CLUSTERS = process.env['SYNTAX_CLUSTERS'] ?? 'none'
const FINE = process.env['SYNTAX_FINE'] === '1'
const FINE_EPOCHS = env('SYNTAX_FINE_EPOCHS', 6)
/** SYNTAX_FINE_LABELLER_ONLY=1: only the labeller reads the fine tags (UPOS and the parser stay the first pass's, so the heads are today's). */
const FINE_LABELLER_ONLY = process.env['SYNTAX_FINE_LABELLER_ONLY'] === '1'
const FINE_BITS = env('SYNTAX_FINE_BITS', 19)
/** SYNTAX_LABEL_OPTIONS=both: the labeller's options are counted on the jack-knifed tags as well as on gold ones (default `gold`). */
const OPTIONS_ON_TAGGED = (process.env['SYNTAX_LABEL_OPTIONS'] ?? 'gold') === 'both'
/** SYNTAX_STATE_LABELS=1: the parser labels as it attaches (labels in its state); SYNTAX_RELABEL=1: the separate labeller relabels the finished tree. */
const STATE_LABELS = process.env['SYNTAX_STATE_LABELS'] === '1'
const RELABEL = process.env['SYNTAX_RELABEL'] === '1'
/** SYNTAX_LABEL_FEATURES: which of the parser's label template groups (bit mask: 1 children's labels, 2 label sets, 4 s1's; default 7, all); SYNTAX_GOLD_HISTORY=1: gold labels in the state in training. */
const LABEL_FEATURES = env('SYNTAX_LABEL_FEATURES', 7)
const GOLD_HISTORY = process.env['SYNTAX_GOLD_HISTORY'] === '1'
/** A UPOS + XPOS class needs this many training words to be a fine tag of its own; rarer ones count as their UPOS's most frequent class. */
const MIN_FINE_COUNT = 20
const BITS = { tagger: env('SYNTAX_TAGGER_BITS', 19), parser: env('SYNTAX_PARSER_BITS', 22), labeller: env('SYNTAX_LABELLER_BITS', 18) }
const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']
/** A label subtype needs this many training arcs to be predicted; rarer ones are learned as their universal label. */
const MIN_LABEL_COUNT = 20
const log = (m: string) => process.stderr.write(`[train:syntax] ${new Date().toISOString().slice(11, 19)} ${m}\n`)

function labelSet(sents: readonly ConlluSentence[]): string[] {
  const counts = new Map<string, number>()
  for (const s of sents) for (const w of s.words) counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1)
  const keep = [...counts].filter(([l, n]) => n >= MIN_LABEL_COUNT || !l.includes(':')).map(([l]) => l)
  for (const l of [...keep]) { const u = l.split(':')[0]!; if (!keep.includes(u)) keep.push(u) }
  return keep.sort()
}

/**
 * Labels seen (at least twice) for each (dependent tag, head tag, side): the labeller chooses among these only. An arc
 * counts under its gold tags; with SYNTAX_LABEL_OPTIONS=both also under its jack-knifed ones (`s.tags`), so the options
 * cover the tag errors the tagger makes at run time (measured on 6 Dec: LAS +0.1, but events and claims lose a few
 * items, so not the default; see docs/syntax.md).
 */
function labelOptions(data: readonly TrainSentence[], rootLabel: number): Record<string, number[]> {
  const counts = new Map<number, Map<number, number>>()
  const add = (key: number, label: number) => {
    const c = counts.get(key) ?? new Map<number, number>()
    c.set(label, (c.get(label) ?? 0) + 1)
    counts.set(key, c)
  }
  for (const s of data) {
    for (let d = 1; d <= s.words.n; d++) {
      const h = s.heads[d]!
      if (h === 0) continue
      const gold = labelOptionKey(s.gold[d - 1]!, s.gold[h - 1]!, d < h), tagged = labelOptionKey(s.tags[d - 1]!, s.tags[h - 1]!, d < h)
      add(gold, s.labels[d]!)
      if (OPTIONS_ON_TAGGED && tagged !== gold) add(tagged, s.labels[d]!)
    }
  }
  const out: Record<string, number[]> = {}
  for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    const opts = [...c].filter(([l, n]) => n >= 2 && l !== rootLabel).map(([l]) => l).sort((a, b) => a - b)
    if (opts.length > 0) out[String(k)] = opts
  }
  return out
}

/** Fine tags (UPOS + XPOS classes seen at least MIN_FINE_COUNT times; every UPOS has at least one) and the class of a word. */
function fineTagSet(sents: readonly ConlluSentence[], tagIndex: ReadonlyMap<string, number>) {
  const counts = new Map<string, number>()
  for (const s of sents) for (const w of s.words) { const k = `${w.upos}/${w.xpos}`; counts.set(k, (counts.get(k) ?? 0) + 1) }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const top = new Map<string, string>()
  for (const [k] of byCount) { const u = k.split('/')[0]!; if (!top.has(u)) top.set(u, k) }
  const names = [...new Set([...byCount.filter(([, n]) => n >= MIN_FINE_COUNT).map(([k]) => k), ...top.values()])].sort()
  for (const u of tagIndex.keys()) if (!top.has(u)) { top.set(u, `${u}/_`); names.push(`${u}/_`) }
  const index = new Map(names.map((k, i) => [k, i]))
  const fineOf = (upos: string, xpos: string) => index.get(`${upos}/${xpos}`) ?? index.get(top.get(upos) ?? '') ?? 0
  const known = fineAmbiguity(sents.flatMap((s) => s.words.map((w) => ({ key: normaliseForm(w.form).toLowerCase(), fine: fineOf(w.upos, w.xpos) }))))
  return { names, upos: names.map((k) => tagIndex.get(k.split('/')[0]!) ?? 0), fineOf, known }
}

/** Word → packed cluster ids from the clusters file (learned from unlabelled text by `npm run train:clusters`), or none. */
function readClusters(): Map<string, number> | undefined {
  if (CLUSTERS === 'none') return undefined
  const rows = parseClusters(gunzipSync(readFileSync(resolve(root, CLUSTERS))).toString('utf8'))
  return new Map(rows.map(([w, fine, coarse, finest]) => [w, packClusters(fine, coarse, finest)]))
}

/** The document a sentence belongs to: its sent_id without the final sentence number ("…-0001", "GUM_news_x-12"). */
function documentOf(s: ConlluSentence): string {
  return (s.id ?? '').replace(/-\d+$/, '')
}

/** SYNTAX_TUNE: every 10th training document (whole documents, so no text is shared with training) is held out for tuning. */
function tuneDocuments(sents: readonly ConlluSentence[]): (s: ConlluSentence) => boolean {
  const order = new Map<string, number>()
  for (const s of sents) { const d = documentOf(s); if (!order.has(d)) order.set(d, order.size) }
  return (s) => order.get(documentOf(s))! % 10 === 9
}

/**
 * SYNTAX_SCORE=<model file>: no training, only the scores of that model on the split the other settings name (the
 * tuning split with SYNTAX_TUNE=1, else EWT dev and GUM dev), parsing with a beam of SYNTAX_DECODE_BEAM (default: the model's).
 */
function scoreOnly(file: string, evalSets: Array<[string, ConlluSentence[]]>): void {
  const loaded = SyntaxAnalyser.load(file)
  const width = process.env['SYNTAX_DECODE_BEAM']
  const analyser = width ? new SyntaxAnalyser({ ...loaded.parts, json: { ...loaded.parts.json, beam: Number(width) } }) : loaded
  for (const [name, sents] of evalSets) log(`${name}, beam ${analyser.parts.json.beam ?? 1}: ${JSON.stringify(scoreParses(sents, (w) => analyser.analyse(w)))}`)
}

function main(): void {
  const t0 = Date.now()
  const read = (f: string) => readConllu(join(DATA, f))
  let ewt = read('en_ewt-ud-train.conllu.gz')
  let gum = read('en_gum-cc-by-train.conllu.gz')
  if (LIMIT > 0) { ewt = ewt.slice(0, LIMIT); gum = gum.slice(0, Math.ceil(LIMIT / 2)) }
  let train = [...ewt, ...gum]
  let tune: ConlluSentence[] = []
  if (TUNE) {
    const inTune = tuneDocuments(train)
    tune = train.filter((s) => inTune(s))
    train = train.filter((s) => !inTune(s))
  }
  const evalSets: Array<[string, ConlluSentence[]]> = TUNE ? [['tune (every 10th training document)', tune]]
    : [['EWT dev (held out)', read('en_ewt-ud-dev.conllu.gz')], ['GUM cc-by dev (held out)', read('en_gum-cc-by-dev.conllu.gz')]]
  const scoreFile = process.env['SYNTAX_SCORE']
  if (scoreFile) { scoreOnly(resolve(root, scoreFile), evalSets); return }
  const labels = labelSet(train)
  const tagIndex = new Map(UPOS.map((t, i) => [t, i]))
  const labelIndex = new Map(labels.map((l, i) => [l, i]))
  const tagged = train.flatMap((s) => s.words.map((w) => ({ form: w.form, tag: tagIndex.get(w.upos) ?? 0 })))
  const ambiguity = ambiguityClasses(tagged)
  const fixedTags = unambiguousWords(tagged)
  const clusters = readClusters()
  const fine = FINE ? fineTagSet(train, tagIndex) : undefined
  const data = train.map((s) => toTrainSentence(s, tagIndex, labelIndex, ambiguity, clusters, fine?.fineOf))
  log(`${train.length} sentences, ${data.reduce((a, s) => a + s.words.n, 0)} words, ${labels.length} labels, ${clusters ? `${clusters.size} clustered words` : 'no clusters'}`)
  const taggerW = trainTagger(data, UPOS.length, BITS.tagger, TAGGER_EPOCHS, SEED)
  log('tagger trained')
  jackknifeTags(data, UPOS.length, BITS.tagger, FOLDS, Math.max(2, TAGGER_EPOCHS - 2), SEED + 100)
  log(`jack-knifed tags (${FOLDS} folds)`)
  let fineW: Float32Array | undefined
  if (fine) {
    for (const s of data) s.tags1 = s.tags
    fineW = trainFineTagger(data, fine.upos, fine.known, FINE_BITS, FINE_EPOCHS, SEED + 400)
    jackknifeFine(data, fine.upos, fine.known, FINE_BITS, FOLDS, FINE_EPOCHS, SEED + 500)
    log(`fine tagger trained and jack-knifed (${fine.names.length} fine tags)`)
  }
  const fineOfSentence = data.map((s) => s.fine)
  if (FINE_LABELLER_ONLY) for (const s of data) { s.tags = s.tags1 ?? s.tags; s.fine = undefined }
  const tagMarks = { punct: tagIndex.get('PUNCT')!, verb: tagIndex.get('VERB')! }
  const labelled = STATE_LABELS ? trainLabelledParser(data, tagMarks, BITS.parser, BITS.labeller, labels.length, labelIndex.get('root')!, PARSER_EPOCHS, SEED + 200,
    LABEL_FEATURES, GOLD_HISTORY) : undefined
  const parserW = labelled?.parser ?? trainParser(data, tagMarks, BITS.parser, PARSER_EPOCHS, SEED + 200, 0.9, BEAM > 1 ? { width: BEAM, epochs: BEAM_EPOCHS } : undefined, log)
  log(labelled ? 'parser trained, labelling as it attaches' : 'parser trained')
  data.forEach((s, i) => { s.fine = fineOfSentence[i] })
  const labellerW = trainLabeller(data, labels.length, labelIndex.get('root')!, BITS.labeller, LABELLER_EPOCHS, SEED + 300)
  log('labeller trained')
  const lemmas = trainLemmatiser(train.flatMap((s) => s.words))
  const stateLabels = labelled ? { stateLabels: { relabel: RELABEL, ...(LABEL_FEATURES !== 7 ? { features: LABEL_FEATURES } : {}) } } : {}
  const analyser = new SyntaxAnalyser({
    json: { tags: UPOS, labels, taggerBits: BITS.tagger, parserBits: BITS.parser, labellerBits: BITS.labeller, lemmas, ambiguity: Object.fromEntries([...ambiguity].sort()), labelOptions: labelOptions(data, labelIndex.get('root')!), fixedTags: Object.fromEntries([...fixedTags].sort()), ...(BEAM > 1 ? { beam: BEAM } : {}),
      ...(clusters ? { clusters: Object.fromEntries(clusters) } : {}), ...(fine ? { fine: { names: fine.names, upos: fine.upos, bits: FINE_BITS, known: fine.known, ...(FINE_LABELLER_ONLY ? { labellerOnly: true } : {}) } } : {}), ...stateLabels },
    tagger: quantise(taggerW), parser: quantise(parserW), labeller: quantise(labelled?.labeller ?? labellerW), ...(fineW ? { fine: quantise(fineW) } : {}),
    ...(labelled ? { relabeller: quantise(labellerW) } : {}),
  })
  mkdirSync(OUT, { recursive: true })
  const file = join(OUT, 'syntax-model.bin.gz')
  analyser.save(file)
  const trainSeconds = Math.round((Date.now() - t0) / 1000)
  const loadT0 = performance.now()
  const loaded = SyntaxAnalyser.load(file)
  const loadMs = Math.round(performance.now() - loadT0)
  const figures: Record<string, unknown> = {}
  for (const [name, sents] of evalSets) {
    figures[name] = scoreParses(sents, (w) => loaded.analyse(w))
    log(`${name}: ${JSON.stringify(figures[name])}`)
  }
  if (labelled) {
    // the other labelling of the same parses: the parser's own labels, or the separate labeller's over the finished tree
    const other = new SyntaxAnalyser({ ...analyser.parts, json: { ...analyser.parts.json, stateLabels: { ...analyser.parts.json.stateLabels!, relabel: !RELABEL } } })
    for (const [name, sents] of evalSets) log(`${name}, ${RELABEL ? 'labels from the parse' : 'relabelled by the separate labeller'}: ${JSON.stringify(scoreParses(sents, (w) => other.analyse(w)))}`)
  }
  const meta = {
    model: 'averaged-perceptron UPOS tagger; greedy arc-hybrid parser (dynamic oracle, 3 moves); arc labeller; lemma table + suffix rules; hashed features, int16 weights',
    seed: SEED, hashBits: BITS, ...(OPTIONS_ON_TAGGED ? { labelOptions: 'counted on gold and jack-knifed tags' } : {}), ...(fine ? { fineTags: { count: fine.names.length, bits: FINE_BITS, epochs: FINE_EPOCHS } } : {}), ...(clusters ? { clusters: { file: CLUSTERS, words: clusters.size } } : {}), epochs: { tagger: TAGGER_EPOCHS, parser: PARSER_EPOCHS, labeller: LABELLER_EPOCHS, ...(BEAM > 1 ? { beam: BEAM_EPOCHS } : {}) }, ...(BEAM > 1 ? { beam: BEAM } : {}), jackknifeFolds: FOLDS,
    training: { sentences: train.length, words: data.reduce((a, s) => a + s.words.n, 0), corpora: { 'UD English EWT train': ewt.length, 'UD English GUM (CC-BY genres) train': gum.length }, tuneHeldOut: TUNE },
    figures, fileBytes: statSync(file).size, loadMs, trainSeconds,
    credits: [
      'UD English EWT (Silveira et al. 2014), CC BY-SA 4.0 — https://github.com/UniversalDependencies/UD_English-EWT',
      'UD English GUM (Zeldes 2017), CC-BY genres only (news, interview, bio, voyage, textbook, speech, vlog, conversation) — https://github.com/UniversalDependencies/UD_English-GUM',
    ],
    licence: 'The weights are derived from CC BY-SA 4.0 data and shared alike under CC BY-SA 4.0.',
  }
  writeFileSync(join(OUT, 'meta.json'), JSON.stringify(meta, null, 2) + '\n')
  log(`wrote ${file} (${meta.fileBytes} bytes, load ${loadMs} ms) in ${trainSeconds} s`)
}

main()
