/**
 * The event coder: who did what to whom, where, when, how many — from the clauses
 * of doc.syntax (syntax-extract.ts: bulletins, verb events, nominal events).
 * A document without doc.syntax is refused: run the syntax stage first.
 * @module
 */
import { InvalidData } from '../model/index.js'
import type { AnnotatedDoc, Event } from '../model/index.js'
import type { ExtractOptions } from './options.js'
import { emitCandidates, syntaxCandidates } from './syntax-extract.js'

export type { ExtractOptions } from './options.js'

/** Extract the events of one article. Requires doc.sentences, doc.tokens, doc.mentions and doc.syntax. */
export function extractEvents(doc: AnnotatedDoc, opts: ExtractOptions = {}): Event[] {
  return extractEventsMany([doc], [opts])[0]!
}

/**
 * `extractEvents` over several articles (`opts[i]` for the i-th): every article's candidates first, then every
 * article's events (place, time, count), so each step's tables stay in the caches from one article to the next.
 */
export function extractEventsMany(docs: readonly AnnotatedDoc[], opts: readonly ExtractOptions[]): Event[][] {
  for (const doc of docs) {
    if (!doc.syntax || doc.syntax.tokens.length !== (doc.tokens ?? []).length) {
      throw new InvalidData(`events need the parse of article ${doc.article.id} (doc.syntax, one entry per token)`,
        { 'doc.syntax': ['missing or not one entry per token'] }, { hint: 'run the syntax stage (syntax.parser.v2) before the events stage' })
    }
  }
  const found = docs.map((doc, i) => syntaxCandidates(doc, opts[i]))
  return docs.map((doc, i) => emitCandidates(doc, found[i]!, opts[i]))
}
