/**
 * Codes a verb's dictionary reading gets wrong in news that its clause settles: legal charges are legal action
 * (173: "police charged five men", "was charged in the plot"), not the accusation the dictionary's BLAME block gives
 * (112: "charged that the vote was rigged"); an order to leave is an expulsion (174: "ordered the envoy to leave the
 * country"); violence done by protesters is a riot (145: "protesters threw stones at police").
 * @module
 */
import type { Clause } from '../model/index.js'
import { cameoRoot } from './cameo.js'
import { BLAST_NOUNS, CAPTURE_LEMMAS, COMBATANT_NOUNS, FORCE_NOUNS, IRREGULAR_NOUNS, PEOPLE_NOUNS, PROTESTER_NOUNS, TAKEN_NOUNS } from './lexicon.js'
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

/** CAMEO 030: express intent to cooperate. */
const INTENT_TO_COOPERATE = '030'
/** Nouns of a commitment a party states (lemmas). */
const COMMITMENT_NOUNS: ReadonlySet<string> = new Set(['commitment', 'pledge', 'promise'])
/** Verbs that state a commitment their object names ("reaffirmed its commitment to …"), lemmas; breaking one is another act. */
const STATING_LEMMAS: ReadonlySet<string> = new Set(['express', 'reaffirm', 'reiterate', 'renew', 'repeat', 'restate', 'affirm', 'voice',
  'make', 'give', 'declare', 'announce', 'stress', 'underline', 'emphasize', 'emphasise', 'confirm', 'underscore'])

/**
 * "reaffirmed its commitment to support the government", "expressed the United States' commitment to rebuilding the
 * country": a commitment stated is the intent (030), not the stating verb's own code (reaffirm 050, express 110).
 */
function statedCommitment(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (!STATING_LEMMAS.has(v.lemma(p))) return coded
  const obj = v.children(p).find((c) => v.deprel(c) === 'obj')
  return obj !== undefined && COMMITMENT_NOUNS.has(v.lemma(obj)) ? { ...coded, code: INTENT_TO_COOPERATE, specific: true } : coded
}

/**
 * "expressed opposition to U.N. sanctions": the stance expressed is the act. A stance neither the table nor a dictionary
 * pattern names is no event: the dictionary's default for "express" is a disapproval (110), which made "expressed the
 * United States' commitment to rebuilding the country" a hostile act.
 */
function expressedStance(v: SentenceView, p: number, coded: VerbCode): VerbCode | undefined {
  if (v.lemma(p) !== 'express') return coded
  const obj = v.children(p).find((c) => v.deprel(c) === 'obj')
  const code = obj === undefined ? undefined : EXPRESSED[v.lemma(obj)]
  return code ? { ...coded, code, specific: true } : coded.specific ? coded : undefined
}

/** "verbally attacked the U.S.": violence done in words is criticism (111). */
function verbalViolence(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (!CROWD_VIOLENCE.has(cameoRoot(coded.code)) || !v.children(p).some((c) => v.word(c) === 'verbally')) return coded
  return { ...coded, code: '111', specific: true }
}

/** The code of a predicate once its own clause is read (charges, orders to leave, commitments and stances expressed, words as attacks). */
export function refinePredicate(v: SentenceView, p: number, coded: VerbCode): VerbCode | undefined {
  const stance = expressedStance(v, p, statedCommitment(v, p, orderToLeave(v, p, legalCharge(v, p, coded))))
  return stance && verbalViolence(v, p, stance)
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

/** Killing, wounding and attacking (lemmas): acts whose root the golds give by who does them. */
const HARM_LEMMAS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'attack', 'assault', 'slay'])
/** CAMEO 180: use unconventional violence; 183: a bombing. */
const ASSAULT = '180'
const BOMBING = '183'

/**
 * A killing, wounding or attack that names nobody who did it ("an American soldier was killed in a roadside bomb
 * explosion", "other attacks killed 12 police", "unidentified gunmen killed a local official") is unconventional
 * violence (18; a bombing, 183, when a bomb or blast is its argument), not military force (19): on the newswire golds
 * such acts are 18 about twice as often as 19, while those done by a named party are mostly 19. An armed force's fire
 * as the argument ("the airstrike killed", "killed in combat") or combatants as the victims ("five rebels were killed")
 * keep 19.
 */
export function unclaimedViolence(v: SentenceView, cl: Clause, code: string, named: boolean): string {
  if (named || cameoRoot(code) !== '19' || !HARM_LEMMAS.has(v.lemma(cl.predicate))) return code
  // the doer's side of the clause: an active subject, an agent, an oblique ("in a bomb blast"); never the victim (nsubj:pass)
  const args = v.children(cl.predicate).filter((c) => v.deprel(c) === 'nsubj' || v.deprel(c).startsWith('obl'))
  const words = (a: number) => [a, ...v.children(a).filter((m) => ['compound', 'amod', 'nmod'].includes(v.deprel(m)))].map((k) => v.lemma(k).toLowerCase())
  if (args.some((a) => FORCE_NOUNS.has(v.lemma(a).toLowerCase()))) return code
  if (args.some((a) => words(a).some((w) => BLAST_NOUNS.has(w)))) return BOMBING
  const victims = v.children(cl.predicate).filter((c) => v.deprel(c) === 'nsubj:pass' || v.deprel(c) === 'obj')
  return victims.some((c) => COMBATANT_NOUNS.has(v.lemma(c).toLowerCase())) ? code : ASSAULT
}

/** Verbs of taking people (lemmas): an arrest when the state takes them, an abduction when an armed group does. */
const TAKING_LEMMAS: ReadonlySet<string> = new Set([...CAPTURE_LEMMAS, 'arrest', 'detain', 'hold', 'grab', 'snatch', 'take'])
/** CAMEO 181: abduct, hijack, or take hostage. */
const ABDUCTION = '181'

/**
 * "gunmen seized three aid workers", "two soldiers were captured by militants": people taken by an irregular armed group
 * (its common noun as the subject or the agent) are abducted (181), not arrested (173) nor their place occupied (17x);
 * what the state's police or army takes stays an arrest.
 */
export function armedAbduction(v: SentenceView, p: number, coded: VerbCode): VerbCode {
  if (cameoRoot(coded.code) !== '17' || !TAKING_LEMMAS.has(v.lemma(p))) return coded
  const kids = v.children(p)
  const person = (k: number) => v.occAt(k)?.m.type === 'PER' || PEOPLE_NOUNS.has(v.lemma(k).toLowerCase()) || TAKEN_NOUNS.has(v.lemma(k).toLowerCase())
  const taken = kids.filter((c) => v.deprel(c) === 'obj' || v.deprel(c) === 'nsubj:pass').concat(v.deprel(p) === 'acl' && v.head(p) >= 0 ? [v.head(p)] : [])
  if (!taken.some(person)) return coded
  const doers = kids.filter((c) => v.deprel(c) === 'nsubj' || v.deprel(c) === 'obl:agent' || (v.deprel(c).startsWith('obl') && caseOf(v, c) === 'by'))
  const irregular = (k: number) => IRREGULAR_NOUNS.has(v.lemma(k).toLowerCase())
  return doers.some(irregular) ? { ...coded, code: ABDUCTION, specific: true } : coded
}
