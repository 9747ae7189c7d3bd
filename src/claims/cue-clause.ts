/**
 * The clause a cue heads, read from doc.syntax: its predicate token, the
 * reporting lemma and stance, negation, and the speaker's phrase — the
 * subject, or the agent of a passive ("was reported by MSNBC"), or for a
 * relative clause ("the report, which found …", "participants, who agreed …") the noun it
 * modifies.
 * @module
 */
import type { Clause, Span } from '../model/index.js'
import { CARRIERS } from './cue-words.js'
import { lightPredicate } from './light-predicates.js'
import { reportingStance, type ReportingStance } from './reporting-verbs.js'
import { isTimeWord, MONTHS } from '../text/english.js'
import { lemmaOf, tokensIn, uposOf, wordOf, type SyntaxView } from './syntax-view.js'

export interface CueClause {
  readonly predicate: number
  readonly lemma: string
  readonly stance?: ReportingStance
  readonly clause?: Clause
  /** Head token of the speaker's phrase, when the clause names one. */
  readonly speaker?: number
}

/** The predicate of a cue span: its first verb, else its first token that heads a clause, else its first word. */
export function cuePredicate(v: SyntaxView, cue: Span): number | undefined {
  const idx = tokensIn(v, cue)
  return idx.find((i) => uposOf(v, i) === 'VERB') ?? idx.find((i) => v.clauses.has(i)) ?? idx[0]
}

/** The speaker token of a clause: passive agent, subject, or the noun a "which"/"that" relative clause modifies. */
export function clauseSpeaker(v: SyntaxView, c: Clause): number | undefined {
  if (c.passive) return c.agent
  // "The Task Force Commander, Lt. Gen. X, provided the following statement:" read with the subject as the root and the verb as its acl
  if (c.subject === undefined && c.kind === 'acl' && c.governor !== undefined && c.governor < c.predicate && v.syntax.tokens[c.governor]!.deprel === 'root') {
    // the title's person: a name of several words in apposition ("…, Lt. Gen. Stephen J. Townsend,")
    const names = (v.children[c.governor] ?? []).filter((d) => v.syntax.tokens[d]!.deprel === 'appos' && uposOf(v, d) === 'PROPN' && (v.children[d] ?? []).some((x) => v.syntax.tokens[x]!.deprel === 'flat'))
    return names.length > 0 ? names[names.length - 1] : c.governor
  }
  if (c.subject === undefined || uposOf(v, c.subject) === 'VERB') return namedDependent(v, c)
  const w = wordOf(v, c.subject).toLowerCase()
  // "The Turkish military said Thursday that …" parsed with the day as the subject: a date never speaks
  if (isDateWord(w)) return undefined
  if ((w === 'which' || w === 'that' || w === 'who') && c.kind === 'relcl' && c.governor !== undefined) return c.governor
  // "116 participants, who agreed …" ("the inspector general's report, which concluded …") parsed as a clause of its own: the noun before the comma
  const before = beforeCommaWho(v, c.subject)
  if (before !== undefined && nominal(v, before)) return before
  return c.subject
}

/** The word before ", who" when token i is that "who" ("A NATO spokesman, who asked …"), else undefined. */
function beforeCommaWho(v: SyntaxView, i: number): number | undefined {
  return i >= 2 && wordOf(v, i).toLowerCase() === 'who' && wordOf(v, i - 1) === ',' ? i - 2 : undefined
}

/**
 * A reporting predicate of several words the reporting table holds, read from the words right after the verb: "ruled
 * out a second run" ("rule out", a denial), "pleaded not guilty" (a denial), "pleaded guilty" (an admission), whatever
 * the parser made of the particle or the adjective.
 */
function phrasalLemma(v: SyntaxView, p: number): string | undefined {
  const next: string[] = []
  for (let i = p + 1; i < v.tokens.length && next.length < 2 && v.tokens[i]!.sentence === v.tokens[p]!.sentence && uposOf(v, i) !== 'PUNCT'; i++) next.push(wordOf(v, i).toLowerCase())
  for (let n = next.length; n >= 1; n--) {
    const lemma = [lemmaOf(v, p), ...next.slice(0, n)].join(' ')
    if (reportingStance(lemma) !== undefined) return lemma
  }
  return undefined
}

export function cueClause(v: SyntaxView, cue: Span): CueClause | undefined {
  const predicate = cuePredicate(v, cue)
  if (predicate === undefined) return undefined
  const light = lightPredicate(v, predicate)
  const lemma = light?.lemma ?? phrasalLemma(v, predicate) ?? lemmaOf(v, predicate)
  const clause = v.clauses.get(predicate)
  const stance = light?.stance ?? reportingStance(lemma)
  // a reporting participle with no subject of its own ("…, telling Reuters …", "…, arguing that …") speaks for the clause it hangs on
  const speaker = clause ? (clauseSpeaker(v, clause) ?? (stance ? participleSpeaker(v, clause) : undefined)) : undefined
  return { predicate, lemma, ...(stance ? { stance } : {}), ...(clause ? { clause } : {}), ...(speaker !== undefined ? { speaker } : {}) }
}

/**
 * "…, making it clear that …", "…, telling Reuters …": a participle clause with no subject speaks for the clause it
 * hangs on, or, when that is itself a reported clause ("the report, which found that the convoy was attacked, making it
 * clear …"), for the clause that reports it.
 */
export function participleSpeaker(v: SyntaxView, c: Clause): number | undefined {
  if (c.subject !== undefined) return undefined
  // "…, promising aid and saying …": a conjunct of a subjectless participle speaks as that participle does
  if (c.kind === 'conj' && c.governor !== undefined) {
    const first = v.clauses.get(c.governor)
    return first && first.kind === 'advcl' ? participleSpeaker(v, first) : undefined
  }
  // "Hours later, the governor returned …, telling Reuters that …" parsed with the participle as the root and the
  // clause before it as its parataxis: the speaker is that clause's
  if (c.kind === 'main' && /ing$/i.test(wordOf(v, c.predicate))) return frontClauseSpeaker(v, c)
  if (c.kind === 'acl') return carrierOwner(v, c)
  if (c.kind !== 'advcl' || c.parent === undefined) return undefined
  let parent = v.clauses.get(c.parent)
  // "The minister was quoted as saying …" speaks as the one quoted: the passive subject, or the object of "X quoted Y as saying"
  if (parent && lemmaOf(v, parent.predicate) === 'quote') return parent.passive ? parent.subject : parent.objects[0]
  for (let n = 0; n < 3 && parent?.kind === 'ccomp' && parent.parent !== undefined; n++) parent = v.clauses.get(parent.parent)
  return parent ? clauseSpeaker(v, parent) : undefined
}

/**
 * "Mr. Hu delivered a statement saying …", "The ministry issued a letter on Monday saying …": a participle on a carrier
 * of words (CARRIERS: statement, letter, message, …) that is a clause's object speaks for that clause's speaker.
 */
function carrierOwner(v: SyntaxView, c: Clause): number | undefined {
  const g = c.governor
  if (g === undefined || g > c.predicate || !CARRIERS.has(lemmaOf(v, g)) || v.syntax.tokens[g]!.deprel !== 'obj') return undefined
  const owner = v.clauses.get(v.syntax.tokens[g]!.head)
  return owner ? clauseSpeaker(v, owner) : undefined
}

/** The speaker of the one clause with a subject that hangs on `c` before it as parataxis or adverbial clause. */
function frontClauseSpeaker(v: SyntaxView, c: Clause): number | undefined {
  const front = (v.children[c.predicate] ?? []).filter((d) => d < c.predicate && /^(parataxis|advcl)$/.test(v.syntax.tokens[d]!.deprel))
    .map((d) => v.clauses.get(d)).filter((x): x is Clause => x !== undefined && x.subject !== undefined)
  return front.length === 1 ? clauseSpeaker(v, front[0]!) : undefined
}

/**
 * A subjectless reporting clause whose speaker's name the parser hung on it (or on its fronted participle)
 * under another relation: "Speaking today Mr Ellwood said:" reads "Mr Ellwood" as a vocative or an oblique
 * of "Speaking" (which it then takes for the clausal subject).
 */
function namedDependent(v: SyntaxView, c: Clause): number | undefined {
  if (c.kind !== 'main' && c.kind !== 'parataxis') return undefined
  const near = [c.predicate, ...(v.children[c.predicate] ?? []).filter((d) => /^(csubj|advcl)$/.test(v.syntax.tokens[d]!.deprel))]
  // a name with no preposition of its own: the parser's vocative, dep or unmarked oblique ("Speaking today Mr Ellis said")
  const unmarked = (d: number) => !(v.children[d] ?? []).some((x) => v.syntax.tokens[x]!.deprel === 'case')
  const found = near.flatMap((h) => v.children[h] ?? []).filter((d) => /^(vocative|dep|obl|obj|nsubj)$/.test(v.syntax.tokens[d]!.deprel) && uposOf(v, d) === 'PROPN' && unmarked(d))
  if (found.length > 0) return found.length === 1 ? found[0] : undefined
  // "A NATO spokesman, who asked not to be named, said …" parsed with the relative clause as a clause of "said": the
  // noun before "who"
  const nouns = (v.children[c.predicate] ?? []).map((d) => v.clauses.get(d)).filter((x): x is Clause => x !== undefined && x.predicate < c.predicate && x.subject !== undefined)
    .map((x) => beforeCommaWho(v, x.subject!)).filter((n): n is number => n !== undefined)
  const noun = nouns.find((n) => uposOf(v, n) === 'NOUN')
  if (noun !== undefined) return noun
  // "Officials, speaking on condition of anonymity, said …": the subject read as the fronted participle's own
  const participleSubjects = near.slice(1).flatMap((h) => (v.children[h] ?? []).filter((d) => d < h && /^nsubj$/.test(v.syntax.tokens[d]!.deprel) && /^(NOUN|PROPN|PRON)$/.test(uposOf(v, d))))
  if (participleSubjects.length === 1) return participleSubjects[0]
  // "Responding to the report Gareth Bayley, the UK Special Representative, said:": the name read as an apposition of the participle's object
  const participles = near.slice(1).filter((h) => uposOf(v, h) === 'VERB')
  const appos = participles.flatMap((h) => (v.children[h] ?? []).filter((d) => /^(obl|obj)$/.test(v.syntax.tokens[d]!.deprel) && uposOf(v, d) === 'NOUN'))
    .flatMap((n) => (v.children[n] ?? []).filter((d) => v.syntax.tokens[d]!.deprel === 'appos' && uposOf(v, d) === 'PROPN' && unmarked(d)))
  return appos.length >= 1 ? appos[0] : undefined
}

/** A noun or name, or an adjective with a determiner used as a noun ("An official, who …"). */
function nominal(v: SyntaxView, i: number): boolean {
  return /^(NOUN|PROPN)$/.test(uposOf(v, i)) || (uposOf(v, i) === 'ADJ' && (v.children[i] ?? []).some((d) => v.syntax.tokens[d]!.deprel === 'det'))
}

/** A day, month or relative time ("Thursday", "January", "today", "week"): an adverbial of time, never a speaker. */
function isDateWord(w: string): boolean {
  return isTimeWord(w) || MONTHS.has(w)
}
