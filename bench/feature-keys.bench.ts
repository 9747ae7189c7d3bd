/**
 * Building hashed feature keys (src/events/json-model.ts) three ways, on the party ranker's feature shapes (a head and
 * one to three parts from a small vocabulary, as `add(head, a, b, c)` builds them): the shipped `KeyHasher` (two-lane
 * FNV-1a over every character); the key built in one function with the lanes in locals (same keys, checked); and a
 * polynomial hash whose parts' contributions (H(part), P^len) are cached in a `Map`, so a part seen before costs a
 * look-up and two multiplications (different keys: the model would be rehashed at load). Prints CPU ns per feature of
 * each, median of the rounds. Synthetic input (few, flat, one-byte strings): it measures the hasher, not the ranker,
 * and flatters the inlined way: wired into the ranker's and the scorer's `add` (twenty-third session, docs/performance.md)
 * it made bench/parties.bench.ts 1.40× and bench/event-scoring.bench.ts's scorer 1.15× slower, so it was removed.
 *
 *   npx tsx bench/feature-keys.bench.ts [--rounds 7] [--features 2000000]
 * @module
 */
import { KeyHasher } from '../src/events/json-model.js'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const rounds = Number(opt('rounds') ?? 7)
const n = Number(opt('features') ?? 2_000_000)

const HEADS = ['k=', 'k|r=', 'p=', 'p|v=', 'p|r=', 'rel=', 'rel|r=', 'rel|v=', 'dir=', 'lem|p=', 'sec=', 'sec|r=', 'np=', 'np|sec=', 'below|k=', 'ord|v=']
const PARTS = ['nsubj', 'obj|nsubj', 'active', 'passive', 'attack', 'say', 'GOV', '01', '19', 'left|2', 'short', 'long', 'comp/xcomp', 'name/person', 'MIL', 'REB']
const MUL_A = 0x01000193
const MUL_B = 0x5bd1e995

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** The shipped hasher, as the ranker's `add` drives it. */
function shipped(h: KeyHasher, head: string, a: string, b: string): number {
  return h.start().feed(head).feed(a).feed('|').feed(b).key()
}

// the same FNV-1a with the lanes in locals between parts (no field writes)
let laneA = 0
let laneB = 0
function lanes(a: number, b: number, s: string): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, MUL_A)
    b = Math.imul(b ^ c, MUL_B)
  }
  laneA = a
  laneB = b
}
function inlined(leadA: number, leadB: number, head: string, a: string, b: string): number {
  lanes(leadA, leadB, head)
  lanes(laneA, laneB, a)
  lanes(Math.imul(laneA ^ 0x7c, MUL_A), Math.imul(laneB ^ 0x7c, MUL_B), b)
  return (mix(laneA) >>> 0) + (mix(laneB) & 0x1fffff) * 4294967296
}

// a polynomial hash (state·P + code unit): a part's effect is state·P^len + H(part), cached per part string
interface PartHash { readonly ha: number; readonly hb: number; readonly pa: number; readonly pb: number }
const CACHE = new Map<string, PartHash>()
function partHash(s: string): PartHash {
  let p = CACHE.get(s)
  if (p) return p
  let ha = 0, hb = 0, pa = 1, pb = 1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    ha = (Math.imul(ha, MUL_A) + c) | 0; hb = (Math.imul(hb, MUL_B) + c) | 0
    pa = Math.imul(pa, MUL_A); pb = Math.imul(pb, MUL_B)
  }
  CACHE.set(s, (p = { ha, hb, pa, pb }))
  return p
}
function polynomial(head: string, a: string, b: string): number {
  let x = 0x811c9dc5
  let y = 0x9747b28c
  for (const s of [head, a, '|', b]) {
    const p = partHash(s)
    x = (Math.imul(x, p.pa) + p.ha) | 0
    y = (Math.imul(y, p.pb) + p.hb) | 0
  }
  return (mix(x) >>> 0) + (mix(y) & 0x1fffff) * 4294967296
}

const lead = new KeyHasher('A')
const leadState = lead.start() as unknown as { a: number; b: number }
const leadA = leadState.a
const leadB = leadState.b
const WAYS: Record<string, (head: string, a: string, b: string) => number> = {
  shipped: (head, a, b) => shipped(lead, head, a, b),
  inlined: (head, a, b) => inlined(leadA, leadB, head, a, b),
  polynomial,
}

function check(): void {
  for (let i = 0; i < 256; i++) {
    const [head, a, b] = [HEADS[i & 15]!, PARTS[i % 16]!, PARTS[(i * 7) % 16]!]
    if (WAYS['inlined']!(head, a, b) !== WAYS['shipped']!(head, a, b)) throw new Error(`inlined and shipped keys differ for ${head}${a}|${b}`)
  }
}

/** CPU ns per feature of one way over `n` features. */
function time(way: (head: string, a: string, b: string) => number): number {
  let sink = 0
  const t = process.cpuUsage()
  for (let i = 0; i < n; i++) sink += way(HEADS[i & 15]!, PARTS[(i >> 4) & 15]!, PARTS[(i * 7) & 15]!) % 3
  const u = process.cpuUsage(t)
  if (sink < 0) console.log(sink)
  return ((u.user + u.system) * 1000) / n
}

check()
const runs: Record<string, number[]> = { shipped: [], inlined: [], polynomial: [] }
for (let r = 0; r < rounds; r++) for (const [name, way] of Object.entries(WAYS)) runs[name]!.push(time(way))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
for (const [name, xs] of Object.entries(runs)) console.log(`  ${name.padEnd(11)} ${median(xs).toFixed(1)} CPU ns per feature (median of ${rounds})`)
console.log(JSON.stringify({ bench: 'feature-keys', features: n, rounds, ...Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, median(xs)])) }))
