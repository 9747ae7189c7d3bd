/**
 * Is what an attribution reports a claim (a statement that can be true or false), read from doc.syntax?
 * - A quote, or a clause (a verb, a copular predicate, a "that"-clause, a noun with a participle: "the poll
 *   showed Trump leading"), is.
 * - A noun phrase is only when a reporting verb of the table reports it and asserts, confirms or denies it
 *   ("noted the continued role", "claimed responsibility", "denied the report"), not after a verb of evidence
 *   ("has demonstrated the unity of …") or a negated one ("does not report the number of aircraft"), and not
 *   after a verb the table does not hold: "condemns the attacks", "welcomes the agreement", "voted to adopt"
 *   are acts (events), not claims.
 * - "counter" with a noun phrase is an act ("efforts to counter Da'esh"), not a report.
 * - A prepositional phrase is the topic, not the content ("commented on the delivery of aid").
 * - A cue inside a name is no cue ("the Global Coalition to Counter ISIL").
 * @module
 */
import type { Mention } from '../model/index.js'
import type { Attribution } from './attributions.js'
import { reportingStance } from './reporting-verbs.js'
import { deprelOf, lemmaOf, spanHead, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

const EVIDENCE = new Set(['show', 'demonstrate', 'indicate', 'find', 'reveal', 'prove'])
/** Reporting verbs that name an act when their content is a noun phrase: "to counter Da'esh" opposes, "countered that …" reports. */
const ACT_WITH_OBJECT = new Set(['counter'])

/** Does the content span hold a clause (a verb, a copular or subject-taking predicate, a "that" clause)? */
function holdsClause(v: SyntaxView, a: Attribution): boolean {
  const part = a.content[0]
  if (!part) return false
  const head = spanHead(v, part)
  if (head === undefined) return false
  if (clauseHead(v, head)) return true
  // "We believe his presence in the country is among the most effective ways …" parsed with the subject as the verb's
  // object and the predicate as its complement: a complement clause of the cue inside the content makes it a clause
  const idx = tokensIn(v, part)
  if (idx.some((i) => i !== head && deprelOf(v, i) === 'ccomp' && !idx.includes(v.syntax.tokens[i]!.head) && clauseHead(v, i))) return true
  // "Forecasters expect Rita to enter the Gulf": after a verb of expectation or belief the object and its infinitive are a small clause
  // (the parser hangs the infinitive on the verb or on the object)
  if (reportingStance(a.reporting?.lemma ?? '') === 'hedge' && deprelOf(v, head) === 'obj' && idx.some((i) => i > head && infinitiveOf(v, i, [head, v.syntax.tokens[head]!.head]))) return true
  // after a verb of evidence a noun with a participle is a small clause: "the poll showed Trump leading the field",
  // "footage shows fighters firing"
  if (!EVIDENCE.has(a.reporting?.lemma ?? '')) return false
  const participle = (c: number) => c > head && uposOf(v, c) === 'VERB' && /ing$/i.test(wordOf(v, c)) && v.tokens[c]!.end <= part.end
  if ((v.children[head] ?? []).some((c) => deprelOf(v, c) === 'acl' && participle(c))) return true
  // …or read as the verb's object and its xcomp
  const gov = v.syntax.tokens[head]!.head
  return deprelOf(v, head) === 'obj' && gov >= 0 && (v.children[gov] ?? []).some((c) => deprelOf(v, c) === 'xcomp' && participle(c))
}

/** Is token i an infinitive ("to enter") hanging on one of `heads` (the cue as `xcomp`, its object as `acl`)? */
function infinitiveOf(v: SyntaxView, i: number, heads: readonly number[]): boolean {
  return /^(xcomp|acl)$/.test(deprelOf(v, i)) && uposOf(v, i) === 'VERB' && heads.includes(v.syntax.tokens[i]!.head) &&
    (v.children[i] ?? []).some((d) => deprelOf(v, d) === 'mark' && lemmaOf(v, d) === 'to')
}

/** Does token i head a clause: a verb, a clausal predicate that is no noun, or a predicate with a copula, subject or marker? */
function clauseHead(v: SyntaxView, i: number): boolean {
  if (uposOf(v, i) === 'VERB' || uposOf(v, i) === 'AUX') return true
  if (/^(ccomp|advcl|parataxis|csubj|root|conj)$/.test(deprelOf(v, i)) && uposOf(v, i) !== 'NOUN') return true
  return (v.children[i] ?? []).some((c) => /^(cop|nsubj|nsubj:pass|mark)$/.test(deprelOf(v, c)))
}

/** A bare time word on the cue ("agreed today on …", "said last week"): an adverbial of the cue, not the content. */
const TIME_MODIFIER = /^(obl:unmarked|obl:tmod|nmod:tmod)$/

/**
 * The first word token of the content starts a prepositional phrase ("on the delivery of aid"), also after a time
 * word that modifies the cue ("who agreed today on the structure of their negotiating body").
 */
function prepositional(v: SyntaxView, a: Attribution): boolean {
  const idx = tokensIn(v, a.content[0] ?? { start: 0, end: 0 })
  // only a time word between the cue and its content ("Also in the past 24 hours, Davis said, …" keeps its opening)
  const cue = new Set(a.content[0] && a.content[0].start >= a.cue.end ? tokensIn(v, a.cue) : [])
  const skipped = new Set<number>()
  for (const i of idx) {
    if (uposOf(v, i) === 'PUNCT') continue
    const head = v.syntax.tokens[i]!.head
    if ((TIME_MODIFIER.test(deprelOf(v, i)) && cue.has(head) && uposOf(v, i) !== 'ADP') || skipped.has(head)) { skipped.add(i); continue }
    return uposOf(v, i) === 'ADP' && deprelOf(v, i) === 'case' && !insidePhrase(v, i, idx)
  }
  return false
}

/**
 * A preposition inside the content's noun phrase opens no topic: "at least four people died" ("at" on "least", a
 * modifier of the number) — its noun hangs on another word of the content, not on the cue, and is not the content's head.
 */
function insidePhrase(v: SyntaxView, adp: number, idx: readonly number[]): boolean {
  const noun = v.syntax.tokens[adp]!.head
  const head = v.syntax.tokens[noun]?.head ?? -1
  return idx.includes(noun) && idx.includes(head) && /^(nmod|advmod|obl)/.test(deprelOf(v, noun)) && /^(NUM|ADJ|DET)$/.test(uposOf(v, head))
}

/** The cue is an adjective that predicates nothing ("for their determined and sustained efforts"): no reporting verb. */
function cueModifier(v: SyntaxView, a: Attribution): boolean {
  const idx = tokensIn(v, a.cue)
  return idx.length === 1 && uposOf(v, idx[0]!) === 'ADJ' && !v.clauses.has(idx[0]!)
}

/** The cue's first word is part of a proper name: capitalised inside its sentence and within a name mention or tagged PROPN. */
function cueInName(v: SyntaxView, a: Attribution, mentions: readonly Mention[]): boolean {
  const i = tokensIn(v, a.cue)[0]
  if (i === undefined || i === 0 || v.tokens[i - 1]!.sentence !== v.tokens[i]!.sentence) return false
  if (!/^[A-Z]/.test(wordOf(v, i))) return false
  const t = v.tokens[i]!
  return uposOf(v, i) === 'PROPN' || mentions.some((m) => m.start < t.start && t.end <= m.end)
}

export function isClaimContent(v: SyntaxView, a: Attribution, mentions: readonly Mention[]): boolean {
  if (a.pattern === 'according' || a.pattern === 'colon') return true
  if (cueInName(v, a, mentions) || cueModifier(v, a)) return false
  if (a.quote || holdsClause(v, a)) return true
  if (prepositional(v, a)) return false
  const lemma = a.reporting?.lemma ?? ''
  // the cue clause's stance: the table's, or a light predicate's ("called the election a defeat" asserts, "call" alone is a directive)
  const stance = a.reporting?.stance ?? reportingStance(lemma)
  if (stance === undefined || stance === 'directive' || (a.reporting?.negated ?? false) || ACT_WITH_OBJECT.has(lemma)) return false
  // "The report shows a slight rise in sales", "The study predicts a modest recovery": what a document shows or
  // predicts is what it reports; a person or body that "demonstrated the unity of …" reports nothing
  if (stance === 'hedge' || EVIDENCE.has(lemma)) return documentSource(v, a)
  return true
}

/** Documents, records and polls: what they show is their content. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'study', 'poll', 'survey', 'document', 'record', 'data', 'figure',
  'statistic', 'tally', 'census', 'count', 'estimate', 'finding', 'review', 'analysis', 'assessment', 'audit', 'paper'])

/** Is the source headed by a document, record or poll ("A new report from the Commerce Department", "Polls")? */
function documentSource(v: SyntaxView, a: Attribution): boolean {
  const head = a.source ? spanHead(v, a.source) : undefined
  return head !== undefined && uposOf(v, head) === 'NOUN' && DOCUMENT_NOUNS.has(lemmaOf(v, head))
}
