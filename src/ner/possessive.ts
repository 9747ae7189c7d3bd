/**
 * A possessive ending read into a name: "[Dayton ’s]ORG family". The segmenter keeps "'s" / "’s" (and a bare
 * apostrophe after a plural) as a token of its own; the model sometimes ends a name on it, and then types the name by
 * the ending (a body's "’s" more than a person's). Some names do hold it ("Moody 's", "McDonald 's" in CoNLL), so the
 * document decides: a span ending in a possessive, whose rest the document also names without it ("Dayton" before),
 * ends before the ending, and is then read (and voted on through the document) as that name.
 * @module
 */
import type { SentenceSpan } from './consistency.js'

const POSSESSIVE = new Set(["'s", '’s', "'", '’', "'S", '’S'])

/** The span without its final possessive endings (undefined: it has none, or nothing else). */
function withoutEnding(words: readonly string[], s: SentenceSpan): SentenceSpan | undefined {
  let end = s.end
  while (end > s.start && POSSESSIVE.has(words[end - 1]!)) end--
  return end < s.end && end > s.start ? { ...s, end } : undefined
}

/** Spans of a document with a final possessive ending left out where the document names the rest without it. */
export function trimPossessives(sentences: ReadonlyArray<readonly string[]>, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const text = (s: SentenceSpan) => sentences[s.sentence]!.slice(s.start, s.end).join(' ')
  const plain = new Set(spans.filter((s) => withoutEnding(sentences[s.sentence]!, s) === undefined).map(text))
  return spans.map((s) => {
    const cut = withoutEnding(sentences[s.sentence]!, s)
    return cut !== undefined && plain.has(text(cut)) ? cut : s
  })
}
