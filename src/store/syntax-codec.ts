/**
 * The stored form of an article's syntax. A token list written as objects repeats every field name for every
 * token (`{"lemma":"the","upos":"DET","head":2,"deprel":"det"}`), which made the syntax three quarters of the
 * bytes an article saves; it is written by column instead (`{"lemma":["the",…],"upos":["DET",…],…}`), about
 * half the size, and read back as the same objects. Rows written as objects by an older Dossier still read.
 * Any token field is kept, whatever the syntax stage adds; a field a token lacks is written as null and left
 * out again when read (no syntax field holds null).
 * @module
 */
import type { DocSyntax } from '../model/index.js'

/** The version tag of the column form; the object form has `tokens` instead. */
const COLUMNS_V1 = 1

interface ColumnSyntax {
  readonly parser: string
  readonly columnsV: number
  readonly n: number
  readonly columns: Record<string, unknown[]>
  readonly sentences: DocSyntax['sentences']
}

/** The JSON stored for an article's syntax. */
export function encodeSyntax(syntax: DocSyntax): string {
  const { tokens, ...rest } = syntax
  const keys: string[] = []
  const seen = new Set<string>()
  for (const t of tokens) for (const k of Object.keys(t)) if (!seen.has(k)) { seen.add(k); keys.push(k) }
  const columns: Record<string, unknown[]> = {}
  for (const k of keys) {
    const col = new Array<unknown>(tokens.length)
    for (let i = 0; i < tokens.length; i++) col[i] = (tokens[i] as Record<string, unknown>)[k] ?? null
    columns[k] = col
  }
  return JSON.stringify({ ...rest, columnsV: COLUMNS_V1, n: tokens.length, columns })
}

/** The syntax of stored JSON, in either form. */
export function decodeSyntax(json: string): DocSyntax {
  const raw = JSON.parse(json) as DocSyntax | ColumnSyntax
  if (!('columnsV' in raw)) return raw
  const { columnsV: _v, n, columns, ...rest } = raw
  const entries = Object.entries(columns)
  const tokens = new Array<Record<string, unknown>>(n)
  for (let i = 0; i < n; i++) {
    const t: Record<string, unknown> = {}
    for (const [k, col] of entries) { const v = col[i]; if (v !== null && v !== undefined) t[k] = v }
    tokens[i] = t
  }
  return { ...rest, tokens } as DocSyntax
}
