/**
 * Reporting predicates that are no single reporting verb, read from doc.syntax:
 * a light verb or a copula with the word that carries the report —
 * "made (it) clear that …", "is clear / certain / confident that …",
 * "have no doubt that …", "raised (these) concerns", "provided the following statement:", "called the
 * election a defeat for terrorism" (a verb of naming with an object and what the object is called). Each is an
 * assertion by the clause's speaker; the content is the complement clause (of the predicate or of the word that
 * carries the report), the object phrase for "raise concerns", or the object and its predicate for a verb of naming.
 * @module
 */
import type { Span } from '../model/index.js'
import { EXPECTATION_ADJECTIVES, isTimeWord } from '../text/english.js'
import { reportingStance, type ReportingStance } from './reporting-verbs.js'
import { clauseSpan, deprelOf, lemmaOf, phraseSpan, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

/** Adjectives that report the subject's certainty about a clause: "X is clear that …"; those of expectation (one list in src/text/english.ts: confident, convinced) are hedges. */
const CERTAINTY_ADJECTIVES: ReadonlySet<string> = new Set(['clear', 'certain', 'sure', 'confident', 'convinced', 'adamant', 'positive'])
/** Nouns that a speaker "raises": the object is what is reported. */
const RAISED_NOUNS: ReadonlySet<string> = new Set(['concern', 'question', 'issue', 'objection', 'doubt', 'alarm', 'worry', 'point'])
/** "provided the following statement:", "issued a statement that …": a verb that delivers a statement noun. */
const STATEMENT_VERBS: ReadonlySet<string> = new Set(['provide', 'issue', 'release', 'give', 'make', 'deliver', 'publish', 'read'])
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'remark', 'comment'])
/** Verbs of naming: "called the idea unacceptable", "branded the vote a farce" state what the object is. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'term', 'label', 'brand', 'dub'])

export interface LightPredicate {
  /** The lemma the claim stores: "make clear", "be clear", "have no doubt", "raise concern". */
  readonly lemma: string
  readonly stance: ReportingStance
  /** The token that carries the report ("clear", "doubt", "concerns"; "a defeat" of "called the election a defeat"). */
  readonly carrier: number
  /** A verb of naming's object ("the election" of "called the election a defeat"): the content runs from it to its predicate's end. */
  readonly named?: number
}

const childrenWith = (v: SyntaxView, i: number, rel: RegExp): number[] => (v.children[i] ?? []).filter((c) => rel.test(deprelOf(v, c)))

/** The light reporting predicate headed by token `p`, if it is one. */
export function lightPredicate(v: SyntaxView, p: number): LightPredicate | undefined {
  const lemma = lemmaOf(v, p)
  if (uposOf(v, p) === 'ADJ' && CERTAINTY_ADJECTIVES.has(lemma) && childrenWith(v, p, /^cop$/).length > 0) {
    return { lemma: `be ${lemma}`, stance: EXPECTATION_ADJECTIVES.has(lemma) ? 'hedge' : 'assert', carrier: p }
  }
  if (uposOf(v, p) !== 'VERB') return undefined
  if (lemma === 'make') {
    const clear = childrenWith(v, p, /^(xcomp|obj|advmod|ccomp)$/).find((c) => lemmaOf(v, c) === 'clear')
    if (clear !== undefined) return { lemma: 'make clear', stance: 'assert', carrier: clear }
  }
  if (lemma === 'have') {
    const doubt = childrenWith(v, p, /^obj$/).find((c) => lemmaOf(v, c) === 'doubt' && (v.children[c] ?? []).some((d) => wordOf(v, d).toLowerCase() === 'no'))
    if (doubt !== undefined) return { lemma: 'have no doubt', stance: 'assert', carrier: doubt }
  }
  if (STATEMENT_VERBS.has(lemma)) {
    const noun = childrenWith(v, p, /^obj$/).find((c) => STATEMENT_NOUNS.has(lemmaOf(v, c)))
    if (noun !== undefined) return { lemma: `${lemma} ${lemmaOf(v, noun)}`, stance: 'assert', carrier: noun }
  }
  const named = namingPredicate(v, p, lemma)
  if (named) return named
  if (lemma === 'raise' || lemma === 'voice' || lemma === 'express') {
    const noun = childrenWith(v, p, /^obj$/).find((c) => RAISED_NOUNS.has(lemmaOf(v, c)))
    if (noun !== undefined) return { lemma: `${lemma} ${lemmaOf(v, noun)}`, stance: 'assert', carrier: noun }
  }
  return undefined
}

/**
 * "called the election a defeat for terrorism", "called the idea unacceptable": a verb of naming with an object after
 * it and a nominal or adjectival predicate of that object (`xcomp`) after the object. "called for talks", "called on
 * Iran to stop" (no object and predicate) and "a group called Hamas" (no object) stay what they were.
 */
function namingPredicate(v: SyntaxView, p: number, lemma: string): LightPredicate | undefined {
  if (!NAMING_VERBS.has(lemma)) return undefined
  const object = childrenWith(v, p, /^obj$/).find((o) => o > p) ?? childrenWith(v, p, /^xcomp$/).find((o) => o > p && uposOf(v, o) === 'PROPN')
  if (object === undefined) return undefined
  const predicate = childrenWith(v, p, /^xcomp$/).find((x) => x > object && /^(NOUN|PROPN|ADJ)$/.test(uposOf(v, x))) ?? namedAs(v, object)
  return predicate === undefined ? undefined : { lemma, stance: 'assert', carrier: predicate, named: object }
}

/** Relations under which the parser hangs what the object is called on the object itself. */
const NAMED_AS = /^(nmod|appos|amod)$/

/**
 * What the object of a verb of naming is called, when the parser hung it on the object: "called the release a
 * humanitarian gesture" (`nmod` with no preposition), "called the talks productive" (an `amod` after the noun), "called
 * Carriles the Osama bin Laden of Latin America" (`appos`). Nothing after a comma ("called John Smith, the spokesman,
 * …"), no phrase with a preposition ("called the embassy in Paris") and no time word ("called the minister Monday").
 */
function namedAs(v: SyntaxView, object: number): number | undefined {
  const end = v.tokens[object]!.end
  return (v.children[object] ?? []).find((c) => c > object && NAMED_AS.test(deprelOf(v, c)) && /^(NOUN|PROPN|ADJ)$/.test(uposOf(v, c)) &&
    !(v.children[c] ?? []).some((d) => deprelOf(v, d) === 'case') && !isTimeWord(wordOf(v, c)) &&
    !v.text.slice(end, v.tokens[c]!.start).includes(','))
}

/**
 * What a light predicate reports: a complement clause of the predicate or of its carrier (ccomp, or the clause
 * "that …" the parser hangs on the carrier as acl), else the first "that"-clause after the carrier in the sentence
 * (the parser often reads that "that" as a relative pronoun of a noun in between), else for "raise concerns" the object.
 */
export function lightContent(v: SyntaxView, p: number, lp: LightPredicate): Span | undefined {
  // "a statement condemning the attack" reports an act, not a content: a statement noun's clause needs its "that"
  if (lp.named !== undefined) return { start: phraseSpan(v, lp.named).start, end: clauseSpan(v, lp.carrier).end }
  const statement = STATEMENT_NOUNS.has(lemmaOf(v, lp.carrier))
  const thatClause = (c: number) => !statement || (v.children[c] ?? []).some((d) => deprelOf(v, d) === 'mark' && wordOf(v, d).toLowerCase() === 'that')
  const comp = [...childrenWith(v, p, /^ccomp$/), ...childrenWith(v, lp.carrier, /^(ccomp|acl)$/).filter(thatClause)]
  if (comp.length > 0) return clauseSpan(v, comp[0]!)
  const sentence = v.tokens[p]!.sentence
  for (let i = Math.max(p, lp.carrier) + 1; i < v.tokens.length && v.tokens[i]!.sentence === sentence; i++) {
    // "released a statement on Monday saying that …": a reporting verb in between reports the clause itself
    if (uposOf(v, i) === 'VERB' && reportingStance(lemmaOf(v, i)) !== undefined) break
    if (wordOf(v, i).toLowerCase() !== 'that') continue
    const head = v.syntax.tokens[i]!.head
    // the clause without its "that", read by the parser as a relative pronoun
    if (head > i && uposOf(v, head) === 'VERB') return { start: v.tokens[i + 1]!.start, end: clauseSpan(v, head).end }
  }
  if (lp.carrier !== p && uposOf(v, lp.carrier) === 'NOUN' && lp.lemma.startsWith('raise')) return phraseSpan(v, lp.carrier)
  return undefined
}
