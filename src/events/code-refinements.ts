/**
 * Codes a verb's dictionary reading gets wrong in news that its clause settles: legal charges are legal action
 * (173: "police charged five men", "was charged in the plot"), not the accusation the dictionary's BLAME block gives
 * (112: "charged that the vote was rigged"); an order to leave is an expulsion (174: "ordered the envoy to leave the
 * country"); violence done by protesters is a riot (145: "protesters threw stones at police").
 * @module
 */
import type { Clause } from '../model/index.js'
import { cameoRoot } from './cameo.js'
import { PROTESTER_NOUNS } from './lexicon.js'
import { subjectToken } from './roles.js'
import { caseOf, type SentenceView } from './sentence-view.js'
import type { VerbCode } from './verb-code.js'

/** Verbs of bringing a legal charge (lemmas). */
const CHARGE_LEMMAS: ReadonlySet<string> = new Set(['charge', 'indict'])
/** CAMEO 173: arrest, detain, or charge with legal action. */
const LEGAL_ACTION = '173'
/** CAMEO 174: expel or deport individuals. */
const EXPULSION = '174'
/** CAMEO 145: protest violently, riot. */
const RIOT = '145'
/** Verbs of ordering whose dictionary reading may be another act ("ordered the envoy" read as reducing relations). */
const ORDER_LEMMAS: ReadonlySet<string> = new Set(['order', 'tell', 'force'])
/** What an expelled party is ordered to do (lemmas). */
const LEAVE_LEMMAS: ReadonlySet<string> = new Set(['leave', 'quit', 'depart'])
/** Roots of violence a crowd of protesters may do. */
const CROWD_VIOLENCE: ReadonlySet<string> = new Set(['18', '19'])

/** "charged five men with murder", "was indicted": legal action, unless a clause says what is charged ("charged that …"). */
function legalCharge(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (!CHARGE_LEMMAS.has(v.lemma(p)) || v.word(p + 1) === 'that' || v.children(p).some((c) => v.deprel(c) === 'ccomp')) return coded
  return { ...coded, code: LEGAL_ACTION, specific: true }
}

/** "ordered a U.N. employee to leave the country": a demand to leave is the expulsion. */
function orderToLeave(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (cameoRoot(coded.code) !== '10' && !ORDER_LEMMAS.has(v.lemma(p))) return coded
  // "ordered X to leave": the infinitive is the order's complement, or hangs on its object ("a diplomat to leave")
  const objects = v.children(p).filter((c) => v.deprel(c) === 'obj')
  const leave = [p, ...objects].flatMap((k) => v.children(k)).some((c) => (v.deprel(c) === 'xcomp' || v.deprel(c) === 'acl') && LEAVE_LEMMAS.has(v.lemma(c)))
  return leave ? { ...coded, code: EXPULSION, specific: true } : coded
}

/** What a stance expressed is (CAMEO): "expressed opposition to the sanctions" is a rejection, "expressed regret" an apology. Lemmas of the object. */
const EXPRESSED: Readonly<Record<string, string>> = {
  opposition: '120', objection: '120', regret: '055', apology: '055', condolence: '018', sympathy: '018', support: '051',
  gratitude: '051', appreciation: '051', concern: '012', dismay: '111', disappointment: '111', outrage: '111', anger: '111',
}

/** "expressed opposition to U.N. sanctions": the stance expressed is the act. */
function expressedStance(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (v.lemma(p) !== 'express') return coded
  const obj = v.children(p).find((c) => v.deprel(c) === 'obj')
  const code = obj === undefined ? undefined : EXPRESSED[v.lemma(obj)]
  return code ? { ...coded, code, specific: true } : coded
}

/** "verbally attacked the U.S.": violence done in words is criticism (111). */
function verbalViolence(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (!CROWD_VIOLENCE.has(cameoRoot(coded.code)) || !v.children(p).some((c) => v.word(c) === 'verbally')) return coded
  return { ...coded, code: '111', specific: true }
}

/** The code of a predicate once its own clause is read (charges, orders to leave, stances expressed, words as attacks). */
export function refinePredicate(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  return verbalViolence(v, p, expressedStance(v, p, orderToLeave(v, p, legalCharge(v, p, coded))))
}

/** Violence whose subject is protesters or a mob is a riot: "protesters threw bricks at the embassy". */
export function crowdViolence(v: SentenceView, cl: Clause, code: string, byPredicate: ReadonlyMap<number, Clause>): string {
  if (!CROWD_VIOLENCE.has(cameoRoot(code))) return code
  const s = subjectToken(v, cl, byPredicate)
  if (s === undefined) return code
  // "hundreds of protesters", "a crowd of demonstrators"
  const heads = [s, ...v.children(s).filter((c) => v.deprel(c) === 'nmod' && caseOf(v, c) === 'of')]
  return heads.some((h) => PROTESTER_NOUNS.has(v.lemma(h))) ? RIOT : code
}
