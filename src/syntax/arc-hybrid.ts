/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic
 * oracle (Goldberg & Nivre 2013). Words are 1..n; 0 is the root, which sits at
 * the bottom of the stack. SHIFT pushes the buffer front b0; LEFT pops s0 and
 * makes b0 its head; RIGHT pops s0 and makes s1 its head.
 *
 * A word is attached to the root only when the buffer is empty (RIGHT with s1 = 0),
 * so a parse has exactly one root word: allowing it earlier lets the parser
 * close a sentence halfway and cost about a point of UAS.
 * @module
 */

export const SHIFT = 0
export const LEFT = 1
export const RIGHT = 2
export const N_MOVES = 3

export class ParseState {
  readonly stack: Int32Array
  /** Words this state can hold (its arrays' size − 1): `reset` reuses the state for any sentence up to this length. */
  readonly capacity: number
  sp = 0
  /** Buffer front; the buffer is words b..n. */
  b = 1
  readonly heads: Int32Array
  /** Two leftmost and two rightmost children per word (0 = none) and child counts. */
  readonly lc1: Int32Array
  readonly lc2: Int32Array
  readonly rc1: Int32Array
  readonly rc2: Int32Array
  readonly nLeft: Int32Array
  readonly nRight: Int32Array
  /**
   * Labels in the state (when the parser labels as it attaches, `setLabel`): each attached word's label index + 1
   * (0 = none yet), and per word the sets of its left and right children's labels as bit masks (labels 0–31 in `lo`,
   * 32–63 in `hi`; an index above 63 folds onto those).
   */
  readonly label: Int32Array
  readonly lsetLo: Int32Array
  readonly lsetHi: Int32Array
  readonly rsetLo: Int32Array
  readonly rsetHi: Int32Array

  constructor(public n: number) {
    this.capacity = n
    this.stack = new Int32Array(n + 2)
    this.stack[this.sp++] = 0
    this.heads = new Int32Array(n + 1).fill(-1)
    this.lc1 = new Int32Array(n + 1)
    this.lc2 = new Int32Array(n + 1)
    this.rc1 = new Int32Array(n + 1)
    this.rc2 = new Int32Array(n + 1)
    this.nLeft = new Int32Array(n + 1)
    this.nRight = new Int32Array(n + 1)
    this.label = new Int32Array(n + 1)
    this.lsetLo = new Int32Array(n + 1)
    this.lsetHi = new Int32Array(n + 1)
    this.rsetLo = new Int32Array(n + 1)
    this.rsetHi = new Int32Array(n + 1)
  }

  /** Start again on a sentence of n ≤ capacity words: as a new state of n words, without allocating. */
  reset(n: number): void {
    this.n = n
    this.sp = 0
    this.stack[this.sp++] = 0
    this.b = 1
    this.heads.fill(-1, 0, n + 1)
    this.lc1.fill(0, 0, n + 1); this.lc2.fill(0, 0, n + 1); this.rc1.fill(0, 0, n + 1); this.rc2.fill(0, 0, n + 1)
    this.nLeft.fill(0, 0, n + 1); this.nRight.fill(0, 0, n + 1)
    this.label.fill(0, 0, n + 1); this.lsetLo.fill(0, 0, n + 1); this.lsetHi.fill(0, 0, n + 1); this.rsetLo.fill(0, 0, n + 1); this.rsetHi.fill(0, 0, n + 1)
  }

  /** Become a copy of `o` (same sentence; this state's capacity must hold it): the beam's states are reused, not allocated. */
  copyFrom(o: ParseState): void {
    const m = o.n + 1
    this.n = o.n
    this.sp = o.sp
    this.b = o.b
    this.stack.set(o.stack.subarray(0, o.sp))
    this.heads.set(o.heads.subarray(0, m)); this.lc1.set(o.lc1.subarray(0, m)); this.lc2.set(o.lc2.subarray(0, m))
    this.rc1.set(o.rc1.subarray(0, m)); this.rc2.set(o.rc2.subarray(0, m)); this.nLeft.set(o.nLeft.subarray(0, m)); this.nRight.set(o.nRight.subarray(0, m))
    this.label.set(o.label.subarray(0, m)); this.lsetLo.set(o.lsetLo.subarray(0, m)); this.lsetHi.set(o.lsetHi.subarray(0, m))
    this.rsetLo.set(o.rsetLo.subarray(0, m)); this.rsetHi.set(o.rsetHi.subarray(0, m))
  }

  /** Only one move is allowed (the first shift, the last attachment to the root): the parsers do not score it. */
  forced(): boolean { return this.sp === 1 || (this.sp === 2 && this.bufferEmpty()) }

  /** The i-th word from the stack top (0 = s0), or -1. */
  s(i: number): number { return this.sp - 1 - i >= 0 ? this.stack[this.sp - 1 - i]! : -1 }
  bufferEmpty(): boolean { return this.b > this.n }
  terminal(): boolean { return this.bufferEmpty() && this.sp === 1 }

  legal(move: number): boolean {
    switch (move) {
      case SHIFT: return !this.bufferEmpty()
      case LEFT: return !this.bufferEmpty() && this.sp > 1
      default: return this.sp > 2 || (this.sp === 2 && this.bufferEmpty())
    }
  }

  apply(move: number): void {
    if (move === SHIFT) { this.stack[this.sp++] = this.b++; return }
    const dep = this.stack[--this.sp]!
    const head = move === LEFT ? this.b : this.stack[this.sp - 1]!
    this.heads[dep] = head
    if (dep < head) { this.lc2[head] = this.lc1[head]!; this.lc1[head] = dep; this.nLeft[head]!++ } else {
      this.rc2[head] = this.rc1[head]!; this.rc1[head] = dep; this.nRight[head]!++
    }
  }

  /** Label the arc just made onto `dep` (its head is set): the label enters the state for the moves that follow. */
  setLabel(dep: number, label: number): void {
    this.label[dep] = label + 1
    const head = this.heads[dep]!
    if (head <= 0) return
    const bit = 1 << (label & 31)
    const hi = (label & 63) >= 32
    if (dep < head) { if (hi) this.lsetHi[head]! |= bit; else this.lsetLo[head]! |= bit } else if (hi) this.rsetHi[head]! |= bit; else this.rsetLo[head]! |= bit
  }

  /** Gold arcs a move makes unreachable (Goldberg & Nivre 2013, arc-hybrid); exact for projective gold trees. */
  cost(move: number, gold: Int32Array): number {
    const s0 = this.s(0)
    if (move === SHIFT) {
      const b0 = this.b
      let c = 0
      for (let i = 0; i < this.sp; i++) {
        const k = this.stack[i]!
        if (gold[k] === b0) c++
        if (k !== s0 && gold[b0] === k) c++
      }
      return c
    }
    let c = 0
    for (let j = this.b; j <= this.n; j++) if (gold[j] === s0) c++
    const h = gold[s0]!
    if (move === LEFT) {
      if (h !== this.b && (h === this.s(1) || h > this.b)) c++
    } else if (h !== this.s(1) && h >= this.b) c++
    return c
  }
}
