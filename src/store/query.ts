import { DossierError } from '../model/index.js'

/**
 * A search or filter query a user typed: refused with E_QUERY when it has nothing to search for or
 * holds a NUL, rather than reaching SQLite (which answers with a raw syntax error, or cuts at the NUL).
 */
export function checkQuery(q: string): void {
  if (q.includes('\u0000')) {
    throw new DossierError('E_QUERY', 'the query contains a NUL character', { context: { query: q }, hint: 'remove the NUL (\\0) from the query' })
  }
  if (q.trim() === '') {
    throw new DossierError('E_QUERY', 'the query is empty or only whitespace', { hint: 'give a word or name to search for' })
  }
}
