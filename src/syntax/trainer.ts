/**
 * Deterministic training of the tagger, the parser (dynamic oracle with
 * exploration) and the labeller from treebank sentences. Everything that is
 * random (example order, exploration) draws from one seeded generator.
 * @module
 */
import { seededRandom } from '../model/index.js'
import { LEFT, N_MOVES, ParseState, RIGHT, SHIFT } from './arc-hybrid.js'
import type { ConlluSentence } from './conllu.js'
import { childrenOf, labelFeatures, MAX_LABEL_FEATURES } from './labeller.js'
import { MAX_PARSER_FEATURES, parserFeatures, sentenceMarks } from './parser-features.js'
import { AveragedPerceptron, argmax } from './perceptron.js'
import { MAX_TAGGER_FEATURES, taggerFeatures, tagWords } from './tagger.js'
import { bestCandidate, candidatesFor, fineFeatures, fineTagger, MAX_FINE_FEATURES, tagFine } from './fine-tagger.js'
import { hashWords, type WordHashes } from './words.js'
import { BeamSearch, beamTrainSentence } from './beam.js'
import { LiveKids, stateLabelFeatures } from './state-labeller.js'

/** A training sentence with its words hashed once. */
export interface TrainSentence {
  readonly words: WordHashes
  readonly gold: Int32Array
  /** 1-based gold heads (index 0 unused). */
  readonly heads: Int32Array
  /** 1-based gold label indices. */
  readonly labels: Int32Array
  /** Tags the parser and labeller train on (jack-knifed predictions). */
  tags: Int32Array
  /** Gold fine tags (UPOS + XPOS class index), when the model has fine tags. */
  readonly goldFine?: Int32Array
  /** The first pass's jack-knifed UPOS tags (what the fine tagger reads), and the jack-knifed fine tags the parser trains on. */
  tags1?: Int32Array
  fine?: Int32Array
}

export { seededRandom }

export function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export function toTrainSentence(s: ConlluSentence, tagIndex: Map<string, number>, labelIndex: Map<string, number>, ambiguity?: ReadonlyMap<string, number>,
  clusters?: ReadonlyMap<string, number>, fineOf?: (upos: string, xpos: string) => number): TrainSentence {
  const n = s.words.length
  const heads = new Int32Array(n + 1)
  const labels = new Int32Array(n + 1)
  s.words.forEach((w, i) => { heads[i + 1] = w.head; labels[i + 1] = labelIndex.get(w.deprel) ?? labelIndex.get(w.deprel.split(':')[0]!) ?? 0 })
  const gold = Int32Array.from(s.words, (w) => tagIndex.get(w.upos) ?? 0)
  const words = hashWords(s.words.map((w) => w.form), ambiguity, undefined, undefined, clusters)
  if (!fineOf) return { words, gold, heads, labels, tags: gold }
  return { words, gold, heads, labels, tags: gold, goldFine: Int32Array.from(s.words, (w) => fineOf(w.upos, w.xpos)) }
}

export function trainTagger(data: readonly TrainSentence[], nTags: number, bits: number, epochs: number, seed: number): Float32Array {
  const model = new AveragedPerceptron(bits, nTags)
  const feats = new Uint32Array(MAX_TAGGER_FEATURES)
  const scores = new Float64Array(nTags)
  const rand = seededRandom(seed)
  for (let e = 0; e < epochs; e++) {
    for (const s of shuffled(data, rand)) {
      let p1 = -1, p2 = -1
      for (let i = 0; i < s.words.n; i++) {
        const k = taggerFeatures(s.words, i, p1, p2, feats)
        model.score(feats, k, scores)
        const guess = argmax(scores, nTags)
        model.update(feats, k, s.gold[i]!, guess)
        model.tick()
        p2 = p1
        p1 = guess // train on its own history, as it tags
      }
    }
  }
  return model.averaged()
}

/** Tags for every sentence from taggers that did not see it (k folds), so the parser trains on realistic tag errors. */
export function jackknifeTags(data: TrainSentence[], nTags: number, bits: number, folds: number, epochs: number, seed: number): void {
  for (let f = 0; f < folds; f++) {
    const train = data.filter((_, i) => i % folds !== f)
    const weights = trainTagger(train, nTags, bits, epochs, seed + f)
    const m = { weights, mask: (1 << bits) - 1, nTags }
    data.forEach((s, i) => { if (i % folds === f) s.tags = tagWords(m, s.words) })
  }
}

/**
 * One pass of the parser with the dynamic oracle: update towards the best-scoring
 * cheapest move whenever the prediction costs more; after the first epoch follow
 * the model's own (possibly wrong) move with probability `explore`, so it learns
 * to recover from its mistakes.
 */
function parserEpoch(model: AveragedPerceptron, data: readonly TrainSentence[], rand: () => number, explore: number, marksOf: TagMarks,
  lab?: StateLabelling): void {
  const feats = new Uint32Array(MAX_PARSER_FEATURES)
  const scores = new Float64Array(N_MOVES)
  const costs = [0, 0, 0]
  const kids = new LiveKids()
  for (const s of shuffled(data, rand)) {
    const st = new ParseState(s.words.n)
    const marks = sentenceMarks(s.tags, marksOf.punct, marksOf.verb)
    kids.reset(s.words.n)
    while (!st.terminal()) {
      const k = parserFeatures(st, s.words, s.tags, marks, feats, s.fine, lab?.features ?? 0)
      model.score(feats, k, scores)
      let pred = -1, gold = -1, minCost = Infinity
      for (const m of [SHIFT, LEFT, RIGHT]) {
        if (!st.legal(m)) continue
        costs[m] = st.cost(m, s.heads)
        if (costs[m]! < minCost) minCost = costs[m]!
        if (pred < 0 || scores[m]! > scores[pred]!) pred = m
      }
      for (const m of [SHIFT, LEFT, RIGHT]) {
        if (st.legal(m) && costs[m] === minCost && (gold < 0 || scores[m]! > scores[gold]!)) gold = m
      }
      if (costs[pred] !== minCost) model.update(feats, k, gold, pred)
      model.tick()
      const move = costs[pred] === minCost || rand() < explore ? pred : gold
      const d = st.s(0)
      st.apply(move)
      if (lab && move !== SHIFT) labelInTraining(lab, st, s, kids, d)
    }
  }
}

/** The labeller of a parser that labels as it attaches, trained along with it (`state-labeller.ts`). */
interface StateLabelling {
  readonly model: AveragedPerceptron
  readonly rootLabel: number
  readonly feats: Uint32Array
  readonly scores: Float64Array
  /** The parser's label template groups (`parserFeatures`). */
  readonly features: number
  /** Put the gold label into the state when the arc is right (else the labeller's guess, as at run time). */
  readonly goldHistory: boolean
}

/**
 * Label the arc just made onto d while training: its own guess goes into the state (as at run time, so the parser
 * learns from the labels it will see); the labeller is updated on arcs whose head is right. Every label but the root
 * is scored (restricting the guess to the run-time options in training cost the separate labeller 0.6 LAS).
 */
function labelInTraining(lab: StateLabelling, st: ParseState, s: TrainSentence, kids: LiveKids, d: number): void {
  const h = st.heads[d]!
  if (h === 0) { st.setLabel(d, lab.rootLabel); return }
  kids.add(d, h)
  const k = stateLabelFeatures(st, s.words, s.tags, kids, d, lab.feats, s.fine)
  lab.model.score(lab.feats, k, lab.scores)
  const guess = argmax(lab.scores, lab.model.nClasses, (c) => c !== lab.rootLabel)
  if (s.heads[d] === h) { lab.model.update(lab.feats, k, s.labels[d]!, guess); lab.model.tick() }
  st.setLabel(d, lab.goldHistory && s.heads[d] === h ? s.labels[d]! : guess)
}

/** Tag indices of punctuation and verbs (for the parser's between-words features). */
export interface TagMarks { readonly punct: number; readonly verb: number }

/** Beam training after the greedy epochs (`beam.ts`): the beam width and how many epochs of early-update training. */
export interface BeamTraining { readonly width: number; readonly epochs: number }

export function trainParser(data: readonly TrainSentence[], marks: TagMarks, bits: number, epochs: number, seed: number, explore = 0.9,
  beam?: BeamTraining, log?: (m: string) => void): Float32Array {
  const model = new AveragedPerceptron(bits, N_MOVES)
  const rand = seededRandom(seed)
  for (let e = 0; e < epochs; e++) parserEpoch(model, data, rand, e === 0 ? 0 : explore, marks)
  if (beam) {
    const bs = new BeamSearch(beam.width)
    for (let e = 0; e < beam.epochs; e++) {
      let right = 0
      for (const s of shuffled(data, rand)) {
        const bsent = { words: s.words, tags: s.tags, marks: sentenceMarks(s.tags, marks.punct, marks.verb), fine: s.fine }
        if (beamTrainSentence(model, bs, bsent, s.heads)) right++
      }
      log?.(`beam epoch ${e + 1}: ${right} of ${data.length} sentences right without update`)
    }
  }
  return model.averaged()
}

/** A parser that labels as it attaches and its labeller, trained together (greedy, dynamic oracle, exploration as `trainParser`). */
export function trainLabelledParser(data: readonly TrainSentence[], marks: TagMarks, bits: number, labellerBits: number, nLabels: number, rootLabel: number,
  epochs: number, seed: number, features: number, goldHistory = false, explore = 0.9): { parser: Float32Array; labeller: Float32Array } {
  const model = new AveragedPerceptron(bits, N_MOVES)
  const lab = { model: new AveragedPerceptron(labellerBits, nLabels), rootLabel, feats: new Uint32Array(MAX_LABEL_FEATURES), scores: new Float64Array(nLabels), features, goldHistory }
  const rand = seededRandom(seed)
  for (let e = 0; e < epochs; e++) parserEpoch(model, data, rand, e === 0 ? 0 : explore, marks, lab)
  return { parser: model.averaged(), labeller: lab.model.averaged() }
}

export function trainLabeller(data: readonly TrainSentence[], nLabels: number, rootLabel: number, bits: number, epochs: number, seed: number): Float32Array {
  const model = new AveragedPerceptron(bits, nLabels)
  const feats = new Uint32Array(MAX_LABEL_FEATURES)
  const scores = new Float64Array(nLabels)
  const rand = seededRandom(seed)
  for (let e = 0; e < epochs; e++) {
    for (const s of shuffled(data, rand)) {
      const kids = childrenOf(s.heads, s.words.n)
      for (let d = 1; d <= s.words.n; d++) {
        if (s.heads[d] === 0) continue
        const k = labelFeatures(s.words, s.tags, s.heads, kids, d, feats, s.fine)
        model.score(feats, k, scores)
        model.update(feats, k, s.labels[d]!, argmax(scores, nLabels, (c) => c !== rootLabel))
        model.tick()
      }
    }
  }
  return model.averaged()
}

/** Train the fine tagger on the first pass's (jack-knifed) tags `tags1`, with its own previous choice as history. */
export function trainFineTagger(data: readonly TrainSentence[], fineUpos: readonly number[], known: Readonly<Record<string, readonly number[]>>, bits: number, epochs: number,
  seed: number): Float32Array {
  const model = new AveragedPerceptron(bits, fineUpos.length)
  const m = fineTagger(model.weights, bits, fineUpos, known)
  const feats = new Uint32Array(MAX_FINE_FEATURES)
  const rand = seededRandom(seed)
  for (let e = 0; e < epochs; e++) {
    for (const s of shuffled(data, rand)) {
      const tags = s.tags1!, gold = s.goldFine!
      let prev = -1
      for (let i = 0; i < s.words.n; i++) {
        const cands = candidatesFor(m, s.words, tags, i)
        if (cands.length === 1) { prev = cands[0]!; continue }
        const k = fineFeatures(s.words, i, tags, prev + 1 || 0x3c6ef372, feats)
        const guess = bestCandidate(model.weights, model.mask, m.nFine, feats, k, cands)
        if (cands.includes(gold[i]!)) model.update(feats, k, gold[i]!, guess)
        model.tick()
        prev = guess
      }
    }
  }
  return model.averaged()
}

/** Jack-knifed fine tags (and the UPOS they imply) for every sentence, from fine taggers that did not see it. Needs `tags1`. */
export function jackknifeFine(data: TrainSentence[], fineUpos: readonly number[], known: Readonly<Record<string, readonly number[]>>, bits: number, folds: number,
  epochs: number, seed: number): void {
  for (let f = 0; f < folds; f++) {
    const weights = trainFineTagger(data.filter((_, i) => i % folds !== f), fineUpos, known, bits, epochs, seed + f)
    const m = fineTagger(weights, bits, fineUpos, known)
    data.forEach((s, i) => {
      if (i % folds !== f) return
      const upos = new Int32Array(s.words.n)
      s.fine = tagFine(m, s.words, s.tags1!, upos)
      s.tags = upos
    })
  }
}
