/**
 * What a caller may pass to the event coder, and the headline test it applies to every sentence.
 * @module
 */
import type { Token } from '../model/index.js'
import type { CueLexicon } from './lexicon.js'
import type { LearnedCue } from './learned-cues.js'

export interface ExtractOptions {
  /**
   * Actor codes by mention id (from imported actor dictionaries). When given, only
   * mentions with a code fill actor and target roles, as in dictionary coders.
   */
  readonly actorCodes?: ReadonlyMap<string, string>
  /** Verb lexicon to use (default: the shipped one; add a user's verb dictionary with `defaultLexicon.with(…)`). */
  readonly lexicon?: CueLexicon
  /**
   * Over-generate for the learned scorer: also code clauses that are no act of their own (conditions, gerunds of
   * manner) and acts with only one side, or no side, named, which the coder alone leaves out. Only with the scorer
   * after it (the events stage), which drops the candidates it does not believe.
   */
  readonly loose?: boolean
  /** Filled with the ids of the events only the loose coder codes (the scorer holds them to their own threshold). */
  readonly looseIds?: Set<string>
  /** Filled with the learned cue behind each event the loose coder codes from one (the scorer reads its support). */
  readonly learned?: Map<string, LearnedCue>
}

/**
 * A title line or a title-case headline sentence: headlines drop auxiliaries ("Hamas Caught Attempting to …"),
 * so their grammar misleads, and the body repeats the news.
 */
export function isHeadline(text: string, toks: readonly Token[], sent: { start: number; end: number }, titleSpan?: { start: number; end: number }): boolean {
  const inTitle = !!titleSpan && sent.start >= titleSpan.start && sent.end <= titleSpan.end
  const trimmed = text.slice(sent.start, sent.end).trim()
  // most sentences: outside the title and ending with a stop (or a colon, a quote), so no headline
  if (!inTitle && /[.!?:"”]$/.test(trimmed)) return false
  const words = toks.map((t) => text.slice(t.start, t.end)).filter((x) => /^\p{L}/u.test(x))
  const caps = words.length ? words.filter((x) => /^\p{Lu}/u.test(x)).length / words.length : 0
  // a title is a headline unless it reads as a sentence: a full stop at its end and mostly lower-case words (newswire
  // leads used as titles: "Japan surrendered unconditionally shortly afterwards, ending World War Two.")
  const sentence = /[.!?]$/.test(trimmed) && caps < 0.5 && words.length >= 6
  if (inTitle) return !sentence
  if (words.length === 0) return false
  // a line of its own, short and mostly capitalised, is a title ("Talks in Cairo")
  const ownLine = (sent.start === 0 || text[sent.start - 1] === '\n') && (sent.end === text.length || text[sent.end] === '\n')
  return words.length >= 4 ? caps >= 0.7 : ownLine && caps >= 0.5
}
