/**
 * The event coder: who did what to whom, where, when, how many. Documents with
 * doc.syntax (the pipeline's) are coded from their clauses (syntax-extract.ts);
 * documents without it (hand-built test documents, records coded without the
 * parser) by the word-order coder (word-order.ts).
 * @module
 */
import type { AnnotatedDoc, Event } from '../model/index.js'
import { extractFromSyntax } from './syntax-extract.js'
import { extractByWordOrder, type ExtractOptions } from './word-order.js'

export { normName, type ExtractOptions } from './word-order.js'

/** Extract the events of one article. Requires doc.sentences, doc.tokens, doc.mentions (and uses doc.syntax when present). */
export function extractEvents(doc: AnnotatedDoc, opts: ExtractOptions = {}): Event[] {
  return doc.syntax && doc.syntax.tokens.length === (doc.tokens ?? []).length ? extractFromSyntax(doc, opts) : extractByWordOrder(doc, opts)
}
