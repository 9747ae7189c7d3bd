/**
 * Stance and hedging of a claim from its cue, the words around it and its content.
 * @module
 */
import type { AnnotatedDoc, Span, Stance } from '../model/index.js'
import { POSSIBILITY_MODALS } from '../text/english.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { HEDGE_WORDS, NEGATIONS, suffixLemmas } from './lexicon.js'
import { learnedHedge } from './learned-hedges.js'
import { reportingStance } from './reporting-verbs.js'

/** Content words that make a short statement a denial ("the reports are false"). */
const DENIAL_CONTENT = /\b(false|untrue|baseless|fabricated|fabrication|lies|nonsense|groundless|unfounded|no truth|not true|never happened|did not happen|didn't happen|no basis)\b/i
/** Modals of possibility and adverbs of likelihood: the content is not asserted outright. */
const MODALS: ReadonlySet<string> = new Set([...POSSIBILITY_MODALS, 'possibly', 'perhaps', 'probably', 'likely'])
const ADVERB_HEDGES = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly', 'apparently', 'seemingly', 'presumably'])

export interface StanceResult {
  readonly stance: Stance
  readonly hedges: string[]
}

/** Lower-case words, with a negation clitic split off ("didn’t" → "did", "n't"); the stance model reads the same words. */
export function words(s: string): string[] {
  return s.toLowerCase().replace(/’/g, "'").replace(/n't\b/g, " n't").match(/n't|[\p{L}']+/gu) ?? []
}

/** Raising verbs: the subject's own hedge, though they report nothing themselves ("appeared to confirm", "seems"). */
const RAISING = new Set(['seem', 'appear'])

type CueStance = 'deny' | 'confirm' | 'hedge'

/** What a cue lemma does to the content: the reporting table's deny / confirm / hedge rows, and the raising verbs. */
function cueStance(lemma: string): CueStance | undefined {
  const s = reportingStance(lemma)
  if (s === 'deny' || s === 'confirm' || s === 'hedge') return s
  return RAISING.has(lemma) ? 'hedge' : undefined
}

/** A word's lemma, and the lemmas its suffix allows where the lemmatiser left the word as it is ("denying" read as a noun). */
const lemmaCandidates = (word: string, lemma: string): string[] => (lemma === word ? [lemma, ...suffixLemmas(word)] : [lemma])

/** Parts of speech of a cue word that can carry its stance: a verb, or a participle the tagger read as an adjective ("have no doubt" is no hedge). */
const STANCE_UPOS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADJ'])

/**
 * The lemmas of a cue's verbs, in order, from doc.syntax (with the lemmas their suffix allows where the lemmatiser
 * kept the word); undefined without a parse.
 */
export function cueLemmas(doc: AnnotatedDoc, cue: Span): string[] | undefined {
  const tokens = doc.tokens
  const syntax = doc.syntax?.tokens
  if (!tokens || !syntax || syntax.length !== tokens.length) return undefined
  const out: string[] = []
  for (let i = firstSpanEndingAfter(tokens, cue.start); i < tokens.length && tokens[i]!.start < cue.end; i++) {
    if (!STANCE_UPOS.has(syntax[i]!.upos)) continue
    const word = doc.article.text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase()
    out.push(...lemmaCandidates(word, syntax[i]!.lemma.toLowerCase()))
  }
  return out
}

/**
 * Decide the stance (assert / confirm / deny / hedge) and collect hedge words.
 * `around` is the text between source and content outside the cue (e.g. "reportedly"). `lemmas` are the cue's lemmas
 * (`cueLemmas`); without them each word of the cue and the lemmas its suffix allows stand in. `negatedClause`: the cue's
 * clause is negated in the parse though the cue span holds no negation ("it can not confirm", cue "confirm").
 */
export function claimStance(cue: string, content: string, around = '', lemmas?: readonly string[], negatedClause = false): StanceResult {
  const cw = words(cue)
  const hedges: string[] = []
  for (const w of [...cw, ...words(around)]) if (HEDGE_WORDS.has(w) && !hedges.includes(w)) hedges.push(w)
  const contentWords = words(content)
  for (const w of contentWords) if (ADVERB_HEDGES.has(w) && !hedges.includes(w)) hedges.push(w)
  // A modal near the start of the content hedges the main clause ("that Hamas may have …").
  for (const w of contentWords.slice(0, 8)) if (MODALS.has(w) && !hedges.includes(w)) hedges.push(w)
  const negated = negatedClause || cw.some((w) => NEGATIONS.has(w))
  const verb = (lemmas ?? cw.flatMap((w) => lemmaCandidates(w, w))).map(cueStance).find((x) => x !== undefined)
  let stance: Stance = 'assert'
  if (verb === 'deny') stance = negated ? 'confirm' : 'deny'
  // "would not confirm", "has not confirmed": the speaker leaves it open, a hedge as the news golds code it
  else if (verb === 'confirm') stance = negated ? 'hedge' : 'confirm'
  else if (contentWords.length <= 15 && DENIAL_CONTENT.test(content)) stance = 'deny'
  else if (verb === 'hedge') stance = 'hedge'
  // a modal of possibility or an adverb of likelihood near the start ("it could trigger violence", "will likely")
  else if (contentWords.slice(0, 8).some((w) => MODALS.has(w))) stance = 'hedge'
  // a word the golds code as a hedge ("the storm is expected to …", "hopes the talks …"; learned-hedges.ts)
  if (stance === 'assert') {
    const learned = learnedHedge(content)
    if (learned) { stance = 'hedge'; if (!hedges.includes(learned)) hedges.push(learned) }
  }
  return { stance, hedges }
}
