/**
 * Stance and hedging of a claim from its cue, the words around it and its content.
 * @module
 */
import type { Stance } from '../model/index.js'
import { POSSIBILITY_MODALS } from '../text/english.js'
import { CONFIRM_CUES, DENY_CUES, HEDGE_WORDS, NEGATIONS, SPECULATIVE_CUES } from './lexicon.js'

/** Content words that make a short statement a denial ("the reports are false"). */
const DENIAL_CONTENT = /\b(false|untrue|baseless|fabricated|fabrication|lies|nonsense|groundless|unfounded|no truth|not true|never happened|did not happen|didn't happen|no basis)\b/i
/** Modals of possibility and adverbs of likelihood: the content is not asserted outright. */
const MODALS: ReadonlySet<string> = new Set([...POSSIBILITY_MODALS, 'possibly', 'perhaps', 'probably', 'likely'])
const ADVERB_HEDGES = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly', 'apparently', 'seemingly', 'presumably'])

export interface StanceResult {
  readonly stance: Stance
  readonly hedges: string[]
}

/** Lower-case words, with a negation clitic split off ("didn’t" → "did", "n't"). */
function words(s: string): string[] {
  return s.toLowerCase().replace(/’/g, "'").replace(/n't\b/g, " n't").match(/n't|[\p{L}']+/gu) ?? []
}

/**
 * Decide the stance (assert / confirm / deny / hedge) and collect hedge words.
 * `around` is the text between source and content outside the cue (e.g. "reportedly").
 */
export function claimStance(cue: string, content: string, around = ''): StanceResult {
  const cw = words(cue)
  const hedges: string[] = []
  for (const w of [...cw, ...words(around)]) if (HEDGE_WORDS.has(w) && !hedges.includes(w)) hedges.push(w)
  const contentWords = words(content)
  for (const w of contentWords) if (ADVERB_HEDGES.has(w) && !hedges.includes(w)) hedges.push(w)
  // A modal near the start of the content hedges the main clause ("that Hamas may have …").
  for (const w of contentWords.slice(0, 8)) if (MODALS.has(w) && !hedges.includes(w)) hedges.push(w)
  const negated = cw.some((w) => NEGATIONS.has(w))
  const verb = cw.find((w) => DENY_CUES.has(w) || CONFIRM_CUES.has(w) || SPECULATIVE_CUES.has(w))
  let stance: Stance = 'assert'
  if (verb && DENY_CUES.has(verb)) stance = negated ? 'confirm' : 'deny'
  else if (verb && CONFIRM_CUES.has(verb)) stance = negated ? 'deny' : 'confirm'
  else if (contentWords.length <= 15 && DENIAL_CONTENT.test(content)) stance = 'deny'
  else if (verb && SPECULATIVE_CUES.has(verb)) stance = 'hedge'
  else if (contentWords.slice(0, 8).some((w) => w === 'may' || w === 'might' || w === 'possibly' || w === 'perhaps')) stance = 'hedge'
  return { stance, hedges }
}
