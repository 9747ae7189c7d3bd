import { describe, expect, it } from 'vitest'
import { LEFT, ParseState, RIGHT, SHIFT } from './arc-hybrid.js'
import { seededRandom } from './trainer.js'

/** A random projective tree over words 1..n (heads 1-based, 0 = root, one root word). */
function randomProjectiveTree(n: number, rand: () => number): Int32Array {
  const heads = new Int32Array(n + 1)
  const build = (l: number, r: number, parent: number) => {
    if (l > r) return
    const h = l + Math.floor(rand() * (r - l + 1))
    heads[h] = parent
    for (const [a, b] of [[l, h - 1], [h + 1, r]] as const) {
      let s = a
      while (s <= b) {
        const e = s + Math.floor(rand() * (b - s + 1))
        build(s, e, h)
        s = e + 1
      }
    }
  }
  build(1, n, 0)
  return heads
}

const MOVES = [SHIFT, LEFT, RIGHT]

describe('arc-hybrid transition system and dynamic oracle', () => {
  it('following zero-cost moves rebuilds every random projective tree exactly', () => {
    const rand = seededRandom(7)
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rand() * 25)
      const gold = randomProjectiveTree(n, rand)
      const st = new ParseState(n)
      while (!st.terminal()) {
        const zero = MOVES.filter((m) => st.legal(m) && st.cost(m, gold) === 0)
        expect(zero.length, `a zero-cost move exists (tree ${t})`).toBeGreaterThan(0)
        st.apply(zero[Math.floor(rand() * zero.length)]!)
      }
      expect(Array.from(st.heads.subarray(1))).toEqual(Array.from(gold.subarray(1)))
    }
  })

  it('the cost of a move is exactly the gold arcs it loses (random mistakes, then the oracle)', () => {
    const rand = seededRandom(11)
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(rand() * 20)
      const gold = randomProjectiveTree(n, rand)
      const st = new ParseState(n)
      let lost = 0
      while (!st.terminal()) {
        const legal = MOVES.filter((m) => st.legal(m))
        const zero = legal.filter((m) => st.cost(m, gold) === 0)
        const m = rand() < 0.3 || zero.length === 0 ? legal[Math.floor(rand() * legal.length)]! : zero[0]!
        lost += st.cost(m, gold)
        st.apply(m)
      }
      const wrong = Array.from(st.heads.subarray(1)).filter((h, i) => h !== gold[i + 1]).length
      expect(wrong).toBe(lost)
    }
  })

  it('attaches a word to the root only when the buffer is empty, so a parse has one root', () => {
    const st = new ParseState(3)
    st.apply(SHIFT)
    expect(st.legal(RIGHT)).toBe(false) // stack [0, 1], buffer [2, 3]
    st.apply(SHIFT)
    st.apply(SHIFT)
    expect(st.legal(SHIFT)).toBe(false)
    expect(st.legal(LEFT)).toBe(false)
    while (!st.terminal()) st.apply(RIGHT)
    expect(Array.from(st.heads.subarray(1))).toEqual([0, 1, 2])
  })
})
