/**
 * Reading a learned model shipped as JSON under models/events/ (the event scorer, the party ranker): parse, check
 * against its zod schema, and say how to rebuild it when it is missing or malformed; and score features with its weights.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { DossierError } from '../model/index.js'

/**
 * A shipped model read on first use, which training may replace: `use(null)` runs without it, `use(undefined)` reads
 * the shipped file again on the next `get()`.
 */
export function shippedModel<T extends z.ZodTypeAny>(url: URL, schema: T, what: string, rebuild: string): {
  get(): z.infer<T> | null
  use(m: z.infer<T> | null | undefined): void
} {
  let current: z.infer<T> | null | undefined
  return {
    get: () => (current === undefined ? (current = readJsonModel(url, schema, what, rebuild)) : current),
    use: (m) => { current = m },
  }
}

/** `what` names the model in errors ("the event scorer model"); `rebuild` is the command that makes it. */
export function readJsonModel<T extends z.ZodTypeAny>(url: URL, schema: T, what: string, rebuild: string): z.infer<T> {
  const file = fileURLToPath(url)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new DossierError('E_MODEL', `${what} ${file} cannot be read`, {
      cause, context: { file }, hint: `rebuild it with \`${rebuild}\` (needs ../shared/data) or restore models/events/ from git`,
    })
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new DossierError('E_MODEL', `${what} ${file} is not in the expected format`, { context: { file }, hint: `rebuild it with \`${rebuild}\`` })
  }
  return parsed.data
}

// the weights as a Map (a lookup by a freshly built string is cheaper there than in a large object), once per weights object
const asMap = new WeakMap<object, ReadonlyMap<string, number>>()
function weightMap(weights: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let m = asMap.get(weights)
  if (!m) asMap.set(weights, (m = new Map(Object.entries(weights))))
  return m
}

/** The linear score of string features under a model's weights (an unknown feature weighs 0). */
export function linearScore(weights: Readonly<Record<string, number>>, features: readonly string[], bias = 0): number {
  const w = weightMap(weights)
  let s = bias
  for (const f of features) s += w.get(f) ?? 0
  return s
}

/*
 * Hashed feature keys. A feature is built as a key, never as a string: a two-lane FNV-1a hash fed the feature's parts
 * in order (feeding "Ap|v=", "_nsubj", "|", "act" gives the state of feeding "Ap|v=_nsubj|act"), mixed at the end into
 * a 53-bit number. A model's string keys are hashed with the same function when it is loaded (`hashedWeights`), and two
 * keys with one hash stop the load, so a feature key finds exactly the weight its string would have found.
 */
const FNV_A = 0x811c9dc5
const FNV_B = 0x9747b28c
const MUL_A = 0x01000193
const MUL_B = 0x5bd1e995

/** The hash state of a feature being built (two 32-bit lanes); `lead` is fed first to every feature. */
export class KeyHasher {
  private a = 0
  private b = 0
  private readonly leadA: number
  private readonly leadB: number
  constructor(lead = '') {
    this.a = FNV_A
    this.b = FNV_B
    this.feed(lead)
    this.leadA = this.a
    this.leadB = this.b
  }

  /** Start a feature: the state after the lead. */
  start(): this { this.a = this.leadA; this.b = this.leadB; return this }

  /** Feed a string's UTF-16 code units. */
  feed(s: string): this {
    let a = this.a
    let b = this.b
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      a = Math.imul(a ^ c, MUL_A)
      b = Math.imul(b ^ c, MUL_B)
    }
    this.a = a
    this.b = b
    return this
  }

  /** The feature's key: both lanes mixed, 32 bits of one and 21 of the other (a safe integer). */
  key(): number { return (mix(this.a) >>> 0) + (mix(this.b) & 0x1fffff) * 4294967296 }
}

/** MurmurHash3's finaliser: every bit of the state reaches every bit of the key. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** The key of a whole feature string (what a builder feeding its parts gives). */
export function featureKey(s: string): number {
  return new KeyHasher().feed(s).key()
}

/**
 * A model's weights by key: open addressing over one typed array, each slot a key and its weight side by side (one
 * cache line per probe); a key's first slot is its low bits.
 */
export interface HashedWeights {
  readonly mask: number
  /** Slot i: key at 2i (−1 when empty), weight at 2i + 1. */
  readonly slots: Float64Array
}

const hashedOf = new WeakMap<object, HashedWeights>()

/** The weights hashed by `featureKey`, once per weights object; two keys with one hash are an error (E_MODEL). */
export function hashedWeights(weights: Readonly<Record<string, number>>): HashedWeights {
  let h = hashedOf.get(weights)
  if (!h) hashedOf.set(weights, (h = hashWeights(weights)))
  return h
}

/** The table of a model's weights under a key function (`featureKey`; another only in tests); a collision throws. */
export function hashWeights(weights: Readonly<Record<string, number>>, keyOf: (s: string) => number = featureKey): HashedWeights {
  const entries = Object.entries(weights)
  let size = 16
  while (size < entries.length * 2) size *= 2
  const slots = new Float64Array(2 * size).fill(-1)
  const names: string[] = []
  const mask = size - 1
  for (const [name, w] of entries) {
    const k = keyOf(name)
    let i = (k >>> 0) & mask
    while (slots[2 * i] !== -1 && slots[2 * i] !== k) i = (i + 1) & mask
    if (slots[2 * i] === k) {
      throw new DossierError('E_MODEL', `the model's features "${names[i]}" and "${name}" have one hash key`, {
        context: { a: names[i], b: name, key: k }, hint: 'change the hash lanes\' seeds in src/events/json-model.ts (a collision among 53-bit keys is very unlikely)',
      })
    }
    slots[2 * i] = k
    slots[2 * i + 1] = w
    names[i] = name
  }
  return { mask, slots }
}

/** The weight of a key (0 when the model has no such feature). */
export function hashedWeight(h: HashedWeights, k: number): number {
  const slots = h.slots
  for (let i = (k >>> 0) & h.mask; ; i = (i + 1) & h.mask) {
    const x = slots[2 * i]!
    if (x === k) return slots[2 * i + 1]!
    if (x === -1) return 0
  }
}

/** The linear score of hashed features (`linearScore` of their strings, summed in the same order). */
export function hashedScore(weights: Readonly<Record<string, number>>, keys: readonly number[], bias = 0): number {
  return hashedSum(hashedWeights(weights), keys, keys.length, bias)
}

/** `bias` plus the weights of the first `n` keys, in order (what `hashedScore` sums). */
export function hashedSum(h: HashedWeights, keys: ArrayLike<number>, n: number, bias: number): number {
  let s = bias
  for (let i = 0; i < n; i++) s += hashedWeight(h, keys[i]!)
  return s
}

/**
 * The features of one item as they are built, reused from item to item (`reset`): their keys in a growing
 * `Float64Array`, and their strings too when asked (training, tests). A feature is `begin(head)`, any `feed(part)`,
 * `end()`, or at once `add(head, a, b, c)` for `${head}${a}|${b}|${c}` (parts left undefined are left out).
 */
export class FeatureKeys {
  keys = new Float64Array(64)
  length = 0
  readonly strings: string[] | undefined
  private text = ''
  private readonly h = new KeyHasher()
  constructor(strings = false) { this.strings = strings ? [] : undefined }

  /** Forget the features built so far (keep the buffer). */
  reset(): this {
    this.length = 0
    if (this.strings) this.strings.length = 0
    return this
  }

  begin(head: string): this {
    this.h.start().feed(head)
    if (this.strings) this.text = head
    return this
  }

  feed(part: string): this {
    this.h.feed(part)
    if (this.strings) this.text += part
    return this
  }

  end(): void {
    if (this.length === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2)
      grown.set(this.keys)
      this.keys = grown
    }
    this.keys[this.length++] = this.h.key()
    if (this.strings) this.strings.push(this.text)
  }

  add(head: string, a?: string, b?: string, c?: string): void {
    this.begin(head)
    if (a !== undefined) this.feed(a)
    if (b !== undefined) this.feed('|').feed(b)
    if (c !== undefined) this.feed('|').feed(c)
    this.end()
  }
}

/**
 * Several models over one feature set (the proposer's one per root), merged: each feature key finds one row of
 * `width` weights, one per model (0 where a model lacks the feature), so a feature is looked up once for all.
 */
export interface HashedRows {
  /** Each key's row number plus one (0: no model has it). */
  readonly rowOf: HashedWeights
  /** Row r's weights at r·width … r·width + width − 1, in the models' order. */
  readonly rows: Float64Array
  readonly width: number
}

/** The rows of several models' weights (a collision throws, as in `hashWeights`). */
export function hashRows(models: ReadonlyArray<Readonly<Record<string, number>>>): HashedRows {
  const rowNumber = new Map<string, number>()
  for (const w of models) for (const name of Object.keys(w)) if (!rowNumber.has(name)) rowNumber.set(name, rowNumber.size + 1)
  const width = models.length
  const rows = new Float64Array(rowNumber.size * width)
  models.forEach((w, m) => { for (const [name, x] of Object.entries(w)) rows[(rowNumber.get(name)! - 1) * width + m] = x })
  return { rowOf: hashWeights(Object.fromEntries(rowNumber)), rows, width }
}

/**
 * Into `sums` (one per model, each starting at its bias): the weights of the first `n` keys added in order, so each
 * sum is the double `hashedScore` (and `linearScore` of the strings) gives that model.
 */
export function addRows(r: HashedRows, keys: ArrayLike<number>, n: number, sums: Float64Array): void {
  const width = r.width
  for (let i = 0; i < n; i++) {
    const row = hashedWeight(r.rowOf, keys[i]!)
    if (row === 0) {
      for (let m = 0; m < width; m++) sums[m] = sums[m]! + 0
      continue
    }
    const at = (row - 1) * width
    for (let m = 0; m < width; m++) sums[m] = sums[m]! + r.rows[at + m]!
  }
}
