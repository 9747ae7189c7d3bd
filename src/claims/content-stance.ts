/**
 * Is what a speaker reports itself a belief or an expectation? "Bush said he believes leaders can reach a deal",
 * "Smith said she was confident the authorities …", "officials say they are hoping for a quick end", "they suspect
 * …": the speaker asserts nothing about the world but an attitude to it, so the claim is a hedge. Read from the
 * content's head in doc.syntax: a verb of the table's hedge row (believe, expect, hope, suspect, fear, think …) or
 * an adjective of confidence or hope with a clause or "of" / "about" after it; or a clause after "expressed concern".
 * @module
 */
import { APPEARANCE_VERBS, EXPECTATION_ADJECTIVES, HEDGE_ADVERBS, KNOWLEDGE_PREDICATES, LIKELIHOOD_ADJECTIVES, POSSIBILITY_MODALS, UNCERTAINTY_ADJECTIVES, WH_WORDS } from '../text/english.js'
import type { Attribution } from './attributions.js'
import { reportingStance } from './reporting-verbs.js'
import { deprelOf, isNegator, lemmaOf, spanHead, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'


export function contentHedged(v: SyntaxView, a: Attribution, cueLemma = ''): boolean {
  const part = a.content[0]
  if (!part || a.quote) return false
  if (apprehension(v, part, cueLemma)) return true
  if (expectingCopula(v, part)) return true
  const head = spanHead(v, part)
  if (head === undefined) return false
  if (unknowing(v, head) || likelihood(v, head)) return true
  const lemma = lemmaOf(v, head)
  if (uposOf(v, head) === 'VERB' && reportingStance(lemma) === 'hedge') return true
  // "the body remains confident an agreement will be reached": a verb of being with an adjective of expectation
  const complement = (v.children[head] ?? []).find((d) => deprelOf(v, d) === 'xcomp' && uposOf(v, d) === 'ADJ' && EXPECTATION_ADJECTIVES.has(lemmaOf(v, d)))
  if (uposOf(v, head) === 'VERB' && complement !== undefined) return true
  // "he is concerned that …" read as a passive verb: the participle is the adjective of expectation, with its clause
  const participle = uposOf(v, head) === 'VERB' && EXPECTATION_ADJECTIVES.has(wordOf(v, head).toLowerCase())
  if (participle && (v.children[head] ?? []).some((d) => deprelOf(v, d) === 'ccomp')) return true
  if (uposOf(v, head) !== 'ADJ' || !EXPECTATION_ADJECTIVES.has(lemma)) return false
  return (v.children[head] ?? []).some((d) => /^(ccomp|advcl|obl|xcomp)$/.test(deprelOf(v, d)))
}

/**
 * The content's predicate is only likely: a modal of possibility or an adverb of likelihood on it, wherever it stands
 * ("a number of other issues sensitive to Africans are likely to be discussed", "… are healthy and were probably never
 * infected"), an adjective of likelihood ("it is quite possible to reach agreement") or a verb of appearance ("the plane
 * appeared to be on a training flight").
 */
function likelihood(v: SyntaxView, head: number): boolean {
  const lemma = lemmaOf(v, head)
  // a verb of appearance raising its complement ("appeared to be", "seems unlikely"), not "appearing before the tribunal"
  if (APPEARANCE_VERBS.has(lemma) && uposOf(v, head) === 'VERB' && (v.children[head] ?? []).some((d) => deprelOf(v, d) === 'xcomp')) return true
  if (LIKELIHOOD_ADJECTIVES.has(lemma) && uposOf(v, head) === 'ADJ') return true
  return (v.children[head] ?? []).some((d) => (deprelOf(v, d) === 'aux' && POSSIBILITY_MODALS.has(wordOf(v, d).toLowerCase())) || (deprelOf(v, d) === 'advmod' && HEDGE_ADVERBS.has(lemmaOf(v, d))))
}

/** The first token of a token's subtree ("how" of "how much money was intended", two levels below the verb). */
function firstOfSubtree(v: SyntaxView, t: number): number {
  const left = (v.children[t] ?? []).filter((d) => d < t)
  return left.length === 0 ? t : firstOfSubtree(v, Math.min(...left))
}

/** Does clause c open with "whether", "if" or a question word ("… whether the civilians were killed", "… who carried out")? */
function questionClause(v: SyntaxView, c: number): boolean {
  const first = wordOf(v, firstOfSubtree(v, c)).toLowerCase()
  return WH_WORDS.has(first) || first === 'if'
}

/**
 * "it is not clear whether the civilians were killed", "it is unclear if …", "they do not yet know whether anyone was
 * hurt", "it can not confirm whether the pilot is alive": the speaker says what is not known, a hedge as the news golds
 * code it. The content's predicate is an adjective of uncertainty or a negated predicate of knowing, with a question
 * clause on it.
 */
function unknowing(v: SyntaxView, head: number): boolean {
  const lemma = lemmaOf(v, head)
  const negated = (v.children[head] ?? []).some((d) => isNegator(v, d))
  if (!UNCERTAINTY_ADJECTIVES.has(lemma) && !(negated && KNOWLEDGE_PREDICATES.has(lemma))) return false
  // "who carried out the attack" is often parsed as a relative clause on the adjective (advcl:relcl)
  return (v.children[head] ?? []).some((d) => /^(ccomp|csubj|advcl)(:|$)/.test(deprelOf(v, d)) && d > head && questionClause(v, d))
}

/** The light predicates that voice an apprehension (light-predicates.ts gives their lemma as verb + noun). */
const APPREHENSION = /^(raise|voice|express) (concern|worry|alarm|doubt)$/

/**
 * "expressed concern that extremist forces are …", "voiced alarm the talks could fail": a clause reported as the
 * speaker's fear is a hedge, as the news golds code it; "raised these concerns" (the noun is what is reported) is not.
 */
function apprehension(v: SyntaxView, part: { start: number; end: number }, cueLemma: string): boolean {
  if (!APPREHENSION.test(cueLemma)) return false
  const head = spanHead(v, part)
  if (head === undefined) return false
  // the content is the clause, or the noun with its clause ("concern that extremist forces are …")
  if (uposOf(v, head) === 'VERB' || uposOf(v, head) === 'AUX') return true
  return (v.children[head] ?? []).some((d) => /^(acl|ccomp)/.test(deprelOf(v, d))) || (head + 1 < v.tokens.length && wordOf(v, head + 1).toLowerCase() === 'that')
}

/** Verbs of being before an adjective of expectation: "she was confident", "remains confident", "feel hopeful". */
const BEING: ReadonlySet<string> = new Set(['be', 'remain', 'seem', 'appear', 'feel', 'stay'])

/**
 * Near the start of the content, a verb of being and an adjective of expectation ("she was confident Spanish authorities
 * would …", "the body remains confident an agreement …"), found by lemma and part of speech where the parse of the
 * rest of the sentence went wrong.
 */
function expectingCopula(v: SyntaxView, part: { start: number; end: number }): boolean {
  const idx = tokensIn(v, part).slice(0, 8)
  return idx.some((i, k) => k > 0 && uposOf(v, i) === 'ADJ' && EXPECTATION_ADJECTIVES.has(lemmaOf(v, i)) && BEING.has(lemmaOf(v, idx[k - 1]!)))
}
