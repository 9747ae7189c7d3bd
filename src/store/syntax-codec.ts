/**
 * The stored form of an article's syntax. A token list written as objects repeats every field name for every
 * token (`{"lemma":"the","upos":"DET","head":2,"deprel":"det"}`), which made the syntax three quarters of the
 * bytes an article saves; it is written by column instead (`{"lemma":["the",…],"upos":…}`) and read back as the
 * same objects. Rows written as objects, or by column in the first column form, by an older Dossier still read.
 * Any token field is kept, whatever the syntax stage adds; a field a token lacks is written as null and left
 * out again when read (no syntax field holds null).
 *
 * The second column form (`columnsV: 2`) halves the bytes again, since the save's cost grows with the bytes it
 * writes: a string column with few distinct values (part of speech, dependency label) is written as its values
 * and one character per token; and the rest of the syntax (the clauses of every sentence, most of whose fields
 * are empty lists) is written with each object's keys named once per distinct key list (see `packValue`).
 * @module
 */
import type { DocSyntax } from '../model/index.js'

/** The version tags of the column forms; the object form has `tokens` instead. */
const COLUMNS_V1 = 1
const COLUMNS_V2 = 2

/** A string column of few distinct values: the values, and for each token one character naming its value. */
interface CodedColumn { readonly values: Array<string | null>; readonly codes: string }

interface ColumnSyntax {
  readonly columnsV: number
  readonly n: number
  readonly columns: Record<string, unknown[] | CodedColumn>
  /** Form 2: the key lists of the packed objects, and the other fields of the syntax, packed. */
  readonly keyLists?: string[][]
  readonly rest?: unknown
}

/** At most this many distinct values for a coded column, so every code is one or two bytes of UTF-8. */
const MAX_CODED = 1000
/** The first code; codes skip the backslash, the only character above it that JSON escapes. */
const FIRST_CODE = 0x23
const BACKSLASH = 0x5c
const codeChar = (i: number): number => { const c = FIRST_CODE + i; return c >= BACKSLASH ? c + 1 : c }
const codeIndex = (c: number): number => (c > BACKSLASH ? c - 1 : c) - FIRST_CODE

/** A column of strings (or nulls) with at most MAX_CODED distinct values, coded; any other column as it is. */
function codeColumn(col: unknown[]): unknown[] | CodedColumn {
  const index = new Map<string | null, number>()
  const values: Array<string | null> = []
  const codes: number[] = new Array<number>(col.length)
  for (let i = 0; i < col.length; i++) {
    const v = col[i]
    if (typeof v !== 'string' && v !== null) return col
    let k = index.get(v)
    if (k === undefined) {
      if (values.length === MAX_CODED) return col
      k = values.length
      index.set(v, k)
      values.push(v)
    }
    codes[i] = codeChar(k)
  }
  let s = ''
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096))
  return { values, codes: s }
}

function decodeColumn(col: unknown[] | CodedColumn, n: number): unknown[] {
  if (Array.isArray(col)) return col
  const out = new Array<unknown>(n)
  for (let i = 0; i < n; i++) out[i] = col.values[codeIndex(col.codes.charCodeAt(i))]
  return out
}

/**
 * The key lists met so far, as a tree over the keys in order (a node per distinct prefix of a list): an object's
 * list is found by one map lookup per key, with no string built to name it.
 */
interface KeyNode { index: number; readonly next: Map<string, KeyNode> }
const keyNode = (): KeyNode => ({ index: -1, next: new Map() })

/**
 * Plain data as JSON would keep it, in fewer bytes: an object becomes `[k, value…]`, where k numbers its list of
 * keys in `keyLists` (keys whose value is undefined left out, as JSON leaves them out); a non-empty array becomes
 * `[-1, item…]`; an empty array, a string, a number, a boolean and null stay as they are.
 */
function packValue(v: unknown, keyLists: string[][], keyTree: KeyNode): unknown {
  if (v === null || typeof v !== 'object') return v
  if (Array.isArray(v)) {
    if (v.length === 0) return v
    const out = new Array<unknown>(v.length + 1)
    out[0] = -1
    for (let i = 0; i < v.length; i++) out[i + 1] = leftOut(v[i]) ? null : packValue(v[i], keyLists, keyTree)
    return out
  }
  const o = v as Record<string, unknown>
  if (typeof o['toJSON'] === 'function') return v // JSON writes what toJSON returns (a date's string)
  const out: unknown[] = [0]
  let node = keyTree
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue
    const x = o[key]
    if (leftOut(x)) continue
    let next = node.next.get(key)
    if (next === undefined) { next = keyNode(); node.next.set(key, next) }
    node = next
    out.push(packValue(x, keyLists, keyTree))
  }
  if (node.index < 0) { node.index = keyLists.length; keyLists.push(Object.keys(o).filter((key) => !leftOut(o[key]))) }
  out[0] = node.index
  return out
}

/** Values JSON leaves out of an object (and writes as null in an array). */
function leftOut(x: unknown): boolean {
  return x === undefined || typeof x === 'function' || typeof x === 'symbol'
}

function unpackValue(v: unknown, keyLists: readonly string[][]): unknown {
  if (!Array.isArray(v) || v.length === 0) return v
  const head = v[0] as number
  if (head === -1) {
    const out = new Array<unknown>(v.length - 1)
    for (let i = 1; i < v.length; i++) out[i - 1] = unpackValue(v[i], keyLists)
    return out
  }
  const keys = keyLists[head]!
  const o: Record<string, unknown> = {}
  for (let i = 0; i < keys.length; i++) o[keys[i]!] = unpackValue(v[i + 1], keyLists)
  return o
}

/** The JSON stored for an article's syntax (the second column form). */
export function encodeSyntax(syntax: DocSyntax): string {
  const { tokens, ...rest } = syntax
  const keys: string[] = []
  const seen = new Set<string>()
  // (for…in over the tokens' own keys: Object.keys would allocate an array per token)
  for (const t of tokens) for (const k in t) if (Object.hasOwn(t, k) && !seen.has(k)) { seen.add(k); keys.push(k) }
  const columns: Record<string, unknown[] | CodedColumn> = {}
  for (const k of keys) {
    const col = new Array<unknown>(tokens.length)
    for (let i = 0; i < tokens.length; i++) col[i] = (tokens[i] as Record<string, unknown>)[k] ?? null
    columns[k] = codeColumn(col)
  }
  const keyLists: string[][] = []
  const packed = packValue(rest, keyLists, keyNode())
  return JSON.stringify({ columnsV: COLUMNS_V2, n: tokens.length, columns, keyLists, rest: packed })
}

/** The syntax of stored JSON, in any of its forms. */
export function decodeSyntax(json: string): DocSyntax {
  const raw = JSON.parse(json) as DocSyntax | ColumnSyntax
  if (!('columnsV' in raw)) return raw
  const { columnsV, n, columns, keyLists, rest: packed, ...restV1 } = raw
  const rest = columnsV === COLUMNS_V1 ? restV1 : unpackValue(packed, keyLists ?? []) as Record<string, unknown>
  const entries = Object.entries(columns).map(([k, col]) => [k, decodeColumn(col, n)] as const)
  const tokens = new Array<Record<string, unknown>>(n)
  for (let i = 0; i < n; i++) {
    const t: Record<string, unknown> = {}
    for (const [k, col] of entries) { const v = col[i]; if (v !== null && v !== undefined) t[k] = v }
    tokens[i] = t
  }
  return { ...rest, tokens } as DocSyntax
}
