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
