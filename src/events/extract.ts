/**
 * The event coder: who did what to whom, where, when, how many. Documents with
 * doc.syntax (the pipeline's) are coded from their clauses (syntax-extract.ts);
 * where the parse misses a role or an event, the word-order coder (word-order.ts)
 * fills in: a syntax event lacking a role takes it from the word-order event on the
 * same cue, and word-order events whose cue no syntax event overlaps are added.
 * Documents without doc.syntax (hand-built test documents) get the word-order coder alone.
 * @module
 */
import type { AnnotatedDoc, Event } from '../model/index.js'
import { extractFromSyntax } from './syntax-extract.js'
import { extractByWordOrder, type ExtractOptions } from './word-order.js'

export { normName, type ExtractOptions } from './word-order.js'

const overlaps = (a: Event, b: Event) => a.cue.start < b.cue.end && b.cue.start < a.cue.end

/** Syntax events first, completed and supplemented by the word-order coder's. */
export function mergeCoders(bySyntax: readonly Event[], byWords: readonly Event[]): Event[] {
  const out = bySyntax.map((e) => {
    if (e.actor && e.target) return e
    const w = byWords.find((x) => overlaps(x, e) && x.cameoRoot === e.cameoRoot && (x.actor || x.target))
    if (!w) return e
    const actor = e.actor ?? (w.actor && w.actor.mentionId !== e.target?.mentionId ? w.actor : undefined)
    const target = e.target ?? (w.target && w.target.mentionId !== actor?.mentionId ? w.target : undefined)
    return { ...e, ...(actor ? { actor } : {}), ...(target ? { target } : {}) }
  })
  // an event the parse missed is added only with both sides named (alone, the word-order coder's one-sided events are mostly noise)
  for (const w of byWords) if (w.actor && w.target && !bySyntax.some((e) => overlaps(e, w))) out.push(w)
  // in text order, as every other annotation list, so stores and exports list an article's events the same way
  return out.sort((a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end || a.id.localeCompare(b.id))
}

/** Extract the events of one article. Requires doc.sentences, doc.tokens, doc.mentions (and uses doc.syntax when present). */
export function extractEvents(doc: AnnotatedDoc, opts: ExtractOptions = {}): Event[] {
  const byWords = extractByWordOrder(doc, opts)
  if (!doc.syntax || doc.syntax.tokens.length !== (doc.tokens ?? []).length) return byWords
  return mergeCoders(extractFromSyntax(doc, opts), byWords)
}
