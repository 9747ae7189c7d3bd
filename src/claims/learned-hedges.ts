/**
 * Words that make a reported statement a hedge, learned from the VOA training golds
 * (`scripts/attribution-hedge-words.ts`, which rewrites the table below): among the gold claims that the stance rules
 * of stance.ts do not hedge, a word in the first CONTENT_WORDS words of the content that the golds code as a hedge at
 * least three times more often than as an assertion, taken greedily (a word whose hedges another word already holds
 * is not taken). "the storm is expected to …", "hopes the talks …": expectations and hopes, not facts.
 * @module
 */

/** How many words of a content the learner and the rule read. */
export const CONTENT_WORDS = 12

/** Lower-case words of a content, the first CONTENT_WORDS of them. */
export function contentWords(content: string): string[] {
  return (content.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? []).slice(0, CONTENT_WORDS)
}

/** Learned by scripts/attribution-hedge-words.ts from 4203 gold claims of 65 VOA training parts (vtrain … vtrain93): word, hedges, assertions. */
export const LEARNED_HEDGES: ReadonlyArray<readonly [string, number, number]> = [
  ['hopes', 19, 4],
  ['expected', 15, 5],
  ['expects', 9, 2],
  ['believes', 7, 2],
  ['hope', 7, 2],
  ['optimistic', 4, 0],
  ['appears', 4, 1],
  ['unclear', 3, 0],
]

const WORDS: ReadonlySet<string> = new Set(LEARNED_HEDGES.map(([w]) => w))

/** The first learned hedge word of a content, if any. */
export function learnedHedge(content: string): string | undefined {
  return contentWords(content).find((w) => WORDS.has(w))
}
