/**
 * Beam search over arc-hybrid transitions: keep the `width` best move sequences (by summed move scores) instead of
 * one, so an early move that looked best can lose to one that leads to a better parse. Every sequence of a sentence
 * of n words has 2n moves, so the items of the beam stay in step and end together. The moves a state allows alone
 * (the first shift, the last attachment to the root) add nothing to a score, as in the greedy parser.
 *
 * Training (`beamTrainSentence`) is the global structured perceptron with early update (Collins & Roark 2004; Zhang &
 * Clark 2008): as soon as no correct sequence is left in the beam, reward the best correct one and penalise the beam's
 * best, move by move. "Correct" is the dynamic oracle's: every move of the sequence was among the cheapest of its state
 * (so non-projective gold trees have correct sequences too).
 * @module
 */
import { N_MOVES, ParseState } from './arc-hybrid.js'
import { MAX_PARSER_FEATURES, parserFeatures, type SentenceMarks } from './parser-features.js'
import { scoreInto, type AveragedPerceptron, type WeightTable } from './perceptron.js'
import type { WordHashes } from './words.js'

/** What the parser reads of one sentence. */
export interface BeamSentence {
  readonly words: WordHashes
  readonly tags: Int32Array
  readonly marks: SentenceMarks
  readonly fine?: Int32Array | undefined
}

interface Item { state: ParseState; score: number; moves: Uint8Array; ok: boolean }
interface Candidate { from: number; move: number; score: number; ok: boolean }

const ORDER = (a: Candidate, b: Candidate) => b.score - a.score || a.from - b.from || a.move - b.move

/** A beam with its states and candidate lists allocated once and reused for every sentence that fits. */
export class BeamSearch {
  private cur: Item[] = []
  private nxt: Item[] = []
  size = 0
  private capacity = 0
  readonly cands: Candidate[]
  nCands = 0
  private readonly feats = new Uint32Array(MAX_PARSER_FEATURES)
  private readonly scores = new Float64Array(N_MOVES)
  private readonly costs = new Int32Array(N_MOVES)

  constructor(readonly width: number) {
    this.cands = Array.from({ length: width * N_MOVES }, () => ({ from: 0, move: 0, score: 0, ok: true }))
  }

  private item(n: number): Item {
    return { state: new ParseState(n), score: 0, moves: new Uint8Array(2 * n + 2), ok: true }
  }

  /** Start a sentence of n words: one item, the initial state. */
  start(n: number): void {
    if (n > this.capacity) {
      this.capacity = Math.max(n, 2 * this.capacity, 64)
      this.cur = Array.from({ length: this.width }, () => this.item(this.capacity))
      this.nxt = Array.from({ length: this.width }, () => this.item(this.capacity))
    }
    this.cur[0]!.state.reset(n)
    this.cur[0]!.score = 0
    this.cur[0]!.ok = true
    this.size = 1
  }

  done(): boolean { return this.cur[0]!.state.terminal() }
  top(i = 0): Item { return this.cur[i]! }

  /** Every legal move of every item, best first; with `gold` heads, whether each extends a correct sequence. */
  expand(w: WeightTable, mask: number, s: BeamSentence, gold?: Int32Array): void {
    let k = 0
    for (let i = 0; i < this.size; i++) {
      const it = this.cur[i]!, st = it.state
      if (st.forced()) { this.candidate(k++, i, st.sp === 1 ? 0 : 2, it.score, it.ok); continue }
      const n = parserFeatures(st, s.words, s.tags, s.marks, this.feats, s.fine)
      scoreInto(w, mask, N_MOVES, this.feats, n, this.scores)
      let minCost = Infinity
      if (gold) for (let m = 0; m < N_MOVES; m++) if (st.legal(m)) { this.costs[m] = st.cost(m, gold); minCost = Math.min(minCost, this.costs[m]!) }
      for (let m = 0; m < N_MOVES; m++) {
        if (st.legal(m)) this.candidate(k++, i, m, it.score + this.scores[m]!, it.ok && (!gold || this.costs[m] === minCost))
      }
    }
    this.nCands = k
    sortPrefix(this.cands, k)
  }

  private candidate(k: number, from: number, move: number, score: number, ok: boolean): void {
    const c = this.cands[k]!
    c.from = from; c.move = move; c.score = score; c.ok = ok
  }

  /** Keep the first `k` candidates as the next beam. */
  commit(k: number): void {
    const step = movesMade(this.cur[0]!.state)
    for (let j = 0; j < k; j++) {
      const c = this.cands[j]!, from = this.cur[c.from]!, to = this.nxt[j]!
      to.state.copyFrom(from.state)
      to.state.apply(c.move)
      to.moves.set(from.moves.subarray(0, step))
      to.moves[step] = c.move
      to.score = c.score
      to.ok = c.ok
    }
    ;[this.cur, this.nxt] = [this.nxt, this.cur]
    this.size = k
  }

  /** The moves of candidate j (its item's moves and its own), into `out`; returns their number. */
  candidateMoves(j: number, out: Uint8Array): number {
    const c = this.cands[j]!, from = this.cur[c.from]!
    const step = movesMade(from.state)
    out.set(from.moves.subarray(0, step))
    out[step] = c.move
    return step + 1
  }
}

/** Moves made so far: b − 1 shifts, and one arc per word shifted and popped again (the root is never popped). */
function movesMade(st: ParseState): number {
  return 2 * (st.b - 1) - (st.sp - 1)
}

/** Sort the first k candidates best first (insertion sort: k ≤ 3 × width, and the order must be deterministic). */
function sortPrefix(a: Candidate[], k: number): void {
  for (let i = 1; i < k; i++) {
    const x = a[i]!
    let j = i - 1
    while (j >= 0 && ORDER(a[j]!, x) > 0) { a[j + 1] = a[j]!; j-- }
    a[j + 1] = x
  }
}

const SEARCH = new Map<number, BeamSearch>()

/** Unlabelled heads (1-based, index 0 unused) of the best sequence a beam of `width` finds. */
export function beamParseHeads(w: WeightTable, mask: number, s: BeamSentence, width: number): Int32Array {
  let bs = SEARCH.get(width)
  if (!bs) { bs = new BeamSearch(width); SEARCH.set(width, bs) }
  bs.start(s.words.n)
  while (!bs.done()) {
    bs.expand(w, mask, s)
    bs.commit(Math.min(width, bs.nCands))
  }
  return bs.top().state.heads.slice(0, s.words.n + 1)
}

/**
 * One training sentence with early update: returns true when the beam's best sequence was correct to the end (no
 * update). `gold` holds the 1-based gold heads.
 */
export function beamTrainSentence(model: AveragedPerceptron, bs: BeamSearch, s: BeamSentence, gold: Int32Array): boolean {
  const n = s.words.n
  bs.start(n)
  const good = new Uint8Array(2 * n + 2), bad = new Uint8Array(2 * n + 2)
  while (!bs.done()) {
    bs.expand(model.weights, model.mask, s, gold)
    const k = Math.min(bs.width, bs.nCands)
    let g = 0
    while (g < bs.nCands && !bs.cands[g]!.ok) g++
    model.tick()
    if (g >= k && g < bs.nCands) {
      const len = bs.candidateMoves(g, good)
      bs.candidateMoves(0, bad)
      updateSequences(model, s, good, bad, len)
      return false
    }
    bs.commit(k)
  }
  if (bs.top().ok) return true
  let g = 0
  while (g < bs.size && !bs.top(g).ok) g++
  if (g >= bs.size) return false
  const len = 2 * n
  good.set(bs.top(g).moves.subarray(0, len)); bad.set(bs.top().moves.subarray(0, len))
  updateSequences(model, s, good, bad, len)
  return false
}

const FEATS = new Uint32Array(MAX_PARSER_FEATURES)

/** Reward the moves of `good` and penalise those of `bad` (both `len` moves), from the first move where they differ. */
function updateSequences(model: AveragedPerceptron, s: BeamSentence, good: Uint8Array, bad: Uint8Array, len: number): void {
  const n = s.words.n
  const a = new ParseState(n)
  let i = 0
  while (i < len && good[i] === bad[i]) a.apply(good[i++]!)
  const b = new ParseState(n)
  b.copyFrom(a)
  replay(model, s, a, good, i, len, 1)
  replay(model, s, b, bad, i, len, -1)
}

function replay(model: AveragedPerceptron, s: BeamSentence, st: ParseState, moves: Uint8Array, from: number, len: number, delta: number): void {
  for (let i = from; i < len; i++) {
    if (!st.forced()) {
      const k = parserFeatures(st, s.words, s.tags, s.marks, FEATS, s.fine)
      model.add(FEATS, k, moves[i]!, delta)
    }
    st.apply(moves[i]!)
  }
}
