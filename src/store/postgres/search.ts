/**
 * User text → a PostgreSQL tsquery that can only ever mean "these words", the counterpart of SQLite's
 * safeFtsQuery: words are cut into letter/digit runs, each run becomes a quoted lexeme (runs of one word must
 * follow each other, `<->`), every word is required (`&`), and with `prefix` the last run matches as a prefix.
 * Operators, brackets, quotes and backslashes in the input never reach the tsquery syntax.
 * @module
 */

/** The tsquery text for to_tsquery('dossier', …), or undefined when nothing searchable is left. */
export function tsQuery(q: string, opts: { prefix: boolean }): string | undefined {
  const words = q.normalize('NFKC').split(/\s+/)
    .map((w) => w.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
    .filter((runs) => runs.length > 0)
    .slice(0, 32)
  if (words.length === 0) return undefined
  return words.map((runs, i) => {
    const last = i === words.length - 1
    const terms = runs.map((r, j) => `'${r.toLowerCase()}'${opts.prefix && last && j === runs.length - 1 ? ':*' : ''}`)
    return terms.length > 1 ? `(${terms.join(' <-> ')})` : terms[0]!
  }).join(' & ')
}

/** A LIKE pattern matching `q` anywhere, with LIKE's wildcards and the escape character escaped. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
