/**
 * Test helpers for the recogniser's document-level span steps (type evidence, person evidence, short forms): spans
 * over sentences written as space-separated words, and a step's output read back as "TYPE words".
 * @module
 */
import type { SentenceSpan } from '../consistency.js'
import type { Lexicon } from '../lexicon.js'

/** A span of words [start, end) in sentence `sentence`, with the recogniser's usual score. */
export const span = (sentence: number, start: number, end: number, type: SentenceSpan['type']): SentenceSpan => ({ sentence, start, end, type, score: 0.9 })

/** A span step over sentences of space-separated words, its output as "TYPE words" in order. */
export function stepOver(step: (sentences: string[][], spans: SentenceSpan[], lexicon: Lexicon) => readonly SentenceSpan[], lexicon: Lexicon) {
  return (text: string[], spans: SentenceSpan[]): string[] => {
    const sentences = text.map((t) => t.split(' '))
    return step(sentences, spans, lexicon).map((s) => `${s.type} ${sentences[s.sentence]!.slice(s.start, s.end).join(' ')}`)
  }
}

/** A one-sentence span step (space-separated words, spans marked in place), its output as "TYPE words" in order. */
export function markOver(mark: (words: readonly string[], spans: SentenceSpan[]) => readonly SentenceSpan[]) {
  return (sentence: string, spans: SentenceSpan[]): string[] => {
    const words = sentence.split(' ')
    return mark(words, spans).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
  }
}
