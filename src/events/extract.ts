/**
 * The event coder: who did what to whom, where, when, how many — from the clauses
 * of doc.syntax (syntax-extract.ts: bulletins, verb events, nominal events).
 * A document without doc.syntax is refused: run the syntax stage first.
 * @module
 */
import { InvalidData } from '../model/index.js'
import type { AnnotatedDoc, Event } from '../model/index.js'
import type { ExtractOptions } from './options.js'
import { extractFromSyntax } from './syntax-extract.js'

export type { ExtractOptions } from './options.js'

/** Extract the events of one article. Requires doc.sentences, doc.tokens, doc.mentions and doc.syntax. */
export function extractEvents(doc: AnnotatedDoc, opts: ExtractOptions = {}): Event[] {
  if (!doc.syntax || doc.syntax.tokens.length !== (doc.tokens ?? []).length) {
    throw new InvalidData(`events need the parse of article ${doc.article.id} (doc.syntax, one entry per token)`,
      { 'doc.syntax': ['missing or not one entry per token'] }, { hint: 'run the syntax stage (syntax.parser.v2) before the events stage' })
  }
  return extractFromSyntax(doc, opts)
}
