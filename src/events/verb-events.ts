/**
 * Verb events: one per eventive predicate of doc.syntax. Actor = subject (or the
 * passive's agent), target = object (or the passive's subject, or the oblique
 * the code's family takes: "met with X", "strikes against X"). Speech and frame
 * verbs are not events; the events they report are coded in their complements
 * with the frame's modality. Attempt and plan verbs lend their modality to the
 * verb they govern ("tried to infiltrate") instead of being events. The dictionary's mirrored codes
 * ([042:043]: A visits B → B hosts A) are not emitted: news coders code the reported act once.
 * @module
 */
import type { Clause, Modality } from '../model/index.js'
import { cameoRoot } from './cameo.js'
import type { ArticleContext, Candidate } from './candidate.js'
import { ONE_SIDED_ROOTS, RECIPROCAL_ROOTS } from './candidate.js'
import { ATTACKER_NOUNS, ATTEMPT_VERBS, PHRASE_CUES, PLAN_VERBS, SPEECH_VERBS, type CueLexicon } from './lexicon.js'
import { isFrameVerb, modalityOf } from './modality.js'
import { PRESENT_AUXILIARIES, pronounInfo } from '../text/english.js'
import { accusedOf } from './accusations.js'
import { agentOf, appositionRole, firstPartyAfter, nearestSubject, obliquesWith, occOf, occsOf, roleAfterPrep, roleInPhrase, subjectToken, withConjuncts } from './roles.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'
import { crowdViolence, unclaimedViolence } from './code-refinements.js'
import { learnedCue } from './alternatives.js'
import { statementTarget } from './statement-targets.js'
import { ADOPT_LEMMA, codePredicate, effectOfEvent, phrase, STANCE_ADJECTIVES, USE_LEMMAS, wmdCode, type VerbCode } from './verb-code.js'

const FORCE_PREPS = new Set(['against', 'on', 'at', 'into', 'upon', 'targeting'])
const PARTY_PREPS = new Set(['with', 'to'])
const PLACE_PREPS = new Set(['in', 'at'])
const RECEIVE = new Set(['receive', 'accept', 'obtain', 'get'])
const BEFORE_RELS = new Set(['aux', 'aux:pass', 'advmod', 'mark', 'neg'])

/** The words before the predicate that decide its modality ("will", "not", "reportedly", "if"). */
function modalityWords(v: SentenceView, cl: Clause): string[] {
  const ws = v.children(cl.predicate).filter((c) => c < cl.predicate && BEFORE_RELS.has(v.deprel(c))).map((c) => v.word(c))
  if (cl.negated) ws.push('not')
  return ws
}

/** The reporting verb (lemma or form) that frames a clause: its parent's for a complement, or a trailing ", Hamas claimed". */
function frameVerb(v: SentenceView, cl: Clause, parent: Clause | undefined): string | undefined {
  const pick = (p: number) => [v.lemma(p), v.word(p)].find(isFrameVerb)
  if ((cl.kind === 'ccomp' || cl.kind === 'parataxis') && parent) return pick(parent.predicate) ?? v.word(parent.predicate)
  for (const c of v.children(cl.predicate)) {
    if (c > cl.predicate && v.deprel(c) === 'parataxis' && pick(c)) return pick(c)
    // "According to the source, …"
    if (v.deprel(c) === 'obl' && v.children(c).some((k) => v.word(k) === 'according')) return 'according'
  }
  return undefined
}

/** A speaker telling their own side's act ("we conducted airdrops"): first person, no report. */
const firstPerson = (v: SentenceView, cl: Clause) => cl.subject !== undefined && (pronounInfo(v.word(cl.subject))?.person ?? 3) === 1

/**
 * A body telling its own act: the content's subject is "it", the body that speaks ("Morocco says it has broken up a
 * cell", "the military reports it has captured …", with "it" sometimes read as the object of "reports"). "they" is
 * left out: it refers to another party as often ("police say they were attacked by militants").
 */
function ownReport(v: SentenceView, cl: Clause, parent: Clause | undefined): boolean {
  if (cl.kind !== 'ccomp' || !parent) return false
  const s = cl.subject ?? parent.objects.find((o) => o < cl.predicate && pronounInfo(v.word(o)) !== undefined)
  return s !== undefined && v.word(s) === 'it' && isFrameVerb(v.lemma(parent.predicate))
}

/** Modality from the clause and the verb above it: xcomp of "tried"/"plans", complement of "denied"/"claimed"/"said". */
export function clauseModality(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>, depth = 0): Modality {
  // a clause of doc.syntax has one modality: computed once (the coder asks for it per clause, per noun, per item)
  const known = MODALITY_CACHE.get(cl)
  if (known !== undefined) return known
  const m = ownOrInherited(v, cl, byPredicate, depth)
  MODALITY_CACHE.set(cl, m)
  return m
}

const MODALITY_CACHE = new WeakMap<Clause, Modality>()

function ownOrInherited(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>, depth: number): Modality {
  const words = modalityWords(v, cl)
  // what a party is accused of or blamed for is alleged ("accused Israel of violating its air space")
  if (accusedOf(v, cl.predicate)) return words.some((w) => w === 'not' || w === 'never') ? 'negated' : 'alleged'
  const parent = cl.parent !== undefined ? byPredicate.get(cl.parent) : undefined
  const governing = cl.kind === 'xcomp' && parent ? v.word(parent.predicate) : cl.kind === 'acl' && cl.governor !== undefined ? v.word(cl.governor) : undefined
  if (cl.kind === 'acl' && governing) words.unshift(governing)
  const frame = firstPerson(v, cl) || ownReport(v, cl, parent) ? undefined : frameVerb(v, cl, parent)
  const own = modalityOf(words, governing, frame)
  if (own !== 'asserted' || !parent || parent === cl || depth > 8) return own
  // a clause inside a reported, alleged, planned … one shares its modality ("X said Y attacked and killed Z")
  const inherited = clauseModality(v, parent, byPredicate, depth + 1)
  // a neutral report frames everything inside it; an allegation, a plan, a negation … reach only conjoined and
  // controlled verbs (what the accused is said to have said in turn is not the accusation)
  if (inherited === 'reported') return firstPerson(v, cl) ? own : inherited
  return cl.kind === 'conj' || (cl.kind === 'xcomp' && inherited !== 'negated') ? inherited : own
}

/**
 * Is the clause passive? An agent "by X" on an active verb with its own subject is a parse error ("The United States
 * condemns the attacks by Daesh": the by-phrase belongs to the object), not a passive.
 */
export function isPassive(v: SentenceView, cl: Clause): boolean {
  if (!cl.passive) return false
  const own = v.children(cl.predicate)
  if (own.some((c) => v.deprel(c) === 'aux:pass' || v.deprel(c) === 'nsubj:pass')) return true
  return !(cl.subject !== undefined && v.deprel(cl.subject) === 'nsubj' && v.head(cl.subject) === cl.predicate && cl.objects.length > 0)
}

/** Objects of the words from..last of a multi-word cue. */
function spanObjects(v: SentenceView, from: number, last: number): number[] {
  const out: number[] = []
  for (let k = from; k <= last; k++) out.push(...childrenWith(v, k, 'obj'))
  return out
}

/** Actors and targets of a coded predicate. */
function verbRoles(v: SentenceView, cl: Clause, code: VerbCode, byPredicate: ReadonlyMap<number, Clause>, ctx: ArticleContext): { actors: Occ[]; targets: Occ[] } {
  const root = cameoRoot(code.code)
  const subj = subjectToken(v, cl, byPredicate)
  // "a U.S. convoy came under attack": the subject is attacked, by whoever "by X" names
  if (code.undergone) {
    const by = [...childrenWith(v, code.last, 'nmod'), ...cl.obliques].find((c) => caseOf(v, c) === 'by' || caseOf(v, c) === 'from')
    return { actors: occsOf(v, by), targets: occsOf(v, subj) }
  }
  if (isPassive(v, cl)) {
    const targets = subj !== undefined ? occsOf(v, subj) : cl.kind === 'acl' && cl.governor !== undefined ? occsOf(v, cl.governor) : []
    return { actors: occsOf(v, agentOf(v, cl, code.last)), targets }
  }
  // "accused Israel of violating …": the accused does the act
  let actors = accusedOf(v, cl.predicate) ?? occsOf(v, subj)
  // "The Minister for Central Asia, Tobias Ellwood, visited …": the name in apposition to a descriptor subject
  if (actors.length === 0 && subj !== undefined) { const named = appositionRole(v, subj); if (named) actors = [named] }
  // "The Resolution demanded full access": the body that adopted it acts
  if (actors.length === 0 && subj !== undefined && ADOPTED_TEXTS.has(v.lemma(subj)) && ctx.adopter) actors = [ctx.adopter]
  // "a report from U.N. investigators implicated …": a text acts for its author (by/from/of X, or X's report)
  if (actors.length === 0 && subj !== undefined && AUTHORED_TEXTS.has(v.lemma(subj))) actors = authorOf(v, subj)
  // "I welcome the agreement" in a statement: the speaker acts; "we welcome …": the side the statement speaks for
  if (actors.length === 0 && subj !== undefined) { const own = firstPersonActor(v.word(subj), ctx); if (own) actors = [own] }
  // "5,000 Afghans staged a protest, urging the government …": a participial adverbial shares its clause's subject — for
  // verbal acts (appeals, disapproval, accusations, rejections, threats); a violent participle restates the act or its result ("struck …, destroying …")
  if (actors.length === 0 && subj === undefined && VERBAL_ROOTS.has(root) && sharesSubject(v, cl)) {
    const parent = cl.parent !== undefined ? byPredicate.get(cl.parent) : undefined
    if (parent && parent !== cl && !parent.passive) actors = occsOf(v, subjectToken(v, parent, byPredicate))
  }
  // no party as subject: the nearest name before the verb (a participle with an object of its own may be a misread finite verb)
  const acl = cl.kind === 'acl' && cl.objects.length > 0
  if (actors.length === 0 && (subj === undefined || v.upos(subj) === 'PROPN' || acl) && cl.kind !== 'xcomp' && (cl.kind !== 'acl' || acl)) {
    const near = nearestSubject(v, cl.predicate)
    if (near) actors = [near]
  }
  let targets: Occ[] = []
  if (code.noun !== undefined) {
    // light verb + event noun: the noun's complement, or the verb's ("conducted strikes against ISIL")
    const preps = Number(root) >= 10 ? FORCE_PREPS : PARTY_PREPS
    const nounObl = childrenWith(v, code.noun, 'nmod').filter((c) => preps.has(caseOf(v, c)) || caseOf(v, c) === 'of')
    targets = occsOf(v, [...nounObl, ...obliquesWith(v, cl, preps)][0])
    if (targets.length === 0 && Number(root) >= 10) { const t = roleAfterPrep(v, code.noun, FORCE_PREPS); if (t) targets = [t] }
  } else {
    // talks and cooperation: the party after "with/to" ("discussed the crisis with Russia"), else the object itself, not a
    // name modifying a topic ("discussed the Syria crisis")
    const cooperative = RECIPROCAL_ROOTS.has(root)
    if (cooperative) targets = occsOf(v, obliquesWith(v, cl, PARTY_PREPS)[0])
    // a phrase cue's object may hang on its last word ("took in for questioning 15 members")
    const objects = [...cl.objects, ...spanObjects(v, cl.predicate + 1, code.last)]
    for (const o of objects) {
      if (targets.length) break
      targets = occsOf(v, o).filter((t) => !cooperative || (t.from <= o && o < t.to) || v.upos(o) === 'PROPN' || t.m.type !== 'LOC')
    }
    // a statement about an act of force is about its doer, not the place or people struck ("condemns the ISIL attack on …")
    const about = targets.length === 0 ? statementTarget(v, root, objects) : undefined
    if (about) {
      const doers = about.length || cl.agent === undefined ? about : occsOf(v, cl.agent)
      return { actors: actors.filter((a) => !doers.includes(a)), targets: doers }
    }
    // a party named inside the object phrase ("intercepted a Hamas arms shipment", "the release of associates held by Hamas")
    if (targets.length === 0) {
      const inPhrase = objects.map((o) => roleInPhrase(v, o)).find((o): o is Occ => o !== undefined && !actors.includes(o))
      if (inPhrase) targets = withConjuncts(v, inPhrase).filter((o) => !actors.includes(o))
    }
    if (targets.length === 0) {
      const preps = Number(root) >= 10 ? FORCE_PREPS : PARTY_PREPS
      targets = occsOf(v, obliquesWith(v, cl, preps)[0])
      if (targets.length === 0 && (code.code.startsWith('042') || code.code.startsWith('043') || root === '03')) targets = occsOf(v, obliquesWith(v, cl, PLACE_PREPS)[0])
    }
  }
  // an active verb's misattached "by X" is the object's doer ("condemns the attacks by Daesh")
  if (targets.length === 0 && cl.agent !== undefined) targets = occsOf(v, cl.agent).filter((t) => !actors.includes(t))
  // "the secretary and Abadi agreed …": coordinated parties of a cooperative act act on each other, not on a name further on
  const mutual = actors.length >= 2 && mutualCode(code.code)
  if (targets.length === 0 && !mutual) targets = firstPartyAfter(v, cl.predicate, code.last).filter((t) => !actors.includes(t))
  if (RECEIVE.has(v.lemma(cl.predicate))) {
    const giver = occsOf(v, obliquesWith(v, cl, new Set(['from']))[0])
    if (giver.length) [actors, targets] = [giver, actors]
  }
  actors = actors.filter((a) => !targets.includes(a))
  return { actors, targets }
}

/** Roots of acts done by speaking: appeals (02), disapproval and accusations (11), rejections (12), threats (13). */
const VERBAL_ROOTS: ReadonlySet<string> = new Set(['02', '11', '12', '13'])

/** A participial adverbial with no subject, subordinator or auxiliary of its own ("…, urging the government to …"). */
function sharesSubject(v: SentenceView, cl: Clause): boolean {
  return cl.kind === 'advcl' && cl.parent !== undefined && v.word(cl.predicate).endsWith('ing') &&
    !v.children(cl.predicate).some((c) => c < cl.predicate && (v.deprel(c) === 'mark' || v.deprel(c) === 'case' || v.deprel(c).startsWith('aux')))
}

/** Texts a body adopts and that then act in its name ("Resolution 2249, which condemned the attacks"). */
const ADOPTED_TEXTS: ReadonlySet<string> = new Set(['resolution', 'declaration', 'communique', 'communiqué'])

/** Texts that speak for whoever wrote them. */
const AUTHORED_TEXTS: ReadonlySet<string> = new Set(['report', 'statement', 'study', 'investigation', 'inquiry', 'survey', 'letter', 'communique', 'communiqué', 'editorial'])

/** The author of a text: "by/from/of X" on it, or its possessor ("the UN's report"). */
function authorOf(v: SentenceView, text: number): Occ[] {
  for (const c of childrenWith(v, text, 'nmod')) {
    const prep = caseOf(v, c)
    if (prep === 'by' || prep === 'from' || prep === 'of' || v.deprel(c) === 'nmod:poss') { const o = occsOf(v, c); if (o.length) return o }
  }
  return []
}

/** Remember the body named adopting a text ("the UN Security Council voted to adopt Resolution 2249"). */
export function noteAdopter(ctx: ArticleContext, v: SentenceView, byPredicate: ReadonlyMap<number, Clause>): void {
  for (const cl of v.clauses) {
    if (v.lemma(cl.predicate) !== ADOPT_LEMMA) continue
    const s = subjectToken(v, cl, byPredicate)
    const o = s !== undefined ? occOf(v, s) : undefined
    if (o && o.m.type === 'ORG') ctx.adopter = o
  }
}

/** Who a first-person word stands for: "I" the speaker, "we"/"our" the side the article speaks for, else the speaker. */
export function firstPersonActor(word: string, ctx: ArticleContext): Occ | undefined {
  if (word === 'i' || word === 'my') return ctx.speaker
  if (word === 'we' || word === 'our' || word === 'us') return ctx.side ?? ctx.speakerBody ?? ctx.speaker
  return undefined
}

/** Roots of diplomatic stances a government takes in its own voice (statements, appeals, praise, demands, disapproval). */
const STANCE_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '04', '05', '10', '11', '12'])

/** Remember a named organisation or country (a name, not a title or a descriptor) taking a stance in a main clause as the side the article speaks for. */
export function noteSide(ctx: ArticleContext, c: Candidate, v: SentenceView): void {
  const a = c.actors[0]
  if (!a || a.m.kind !== 'name' || (a.m.type !== 'ORG' && a.m.type !== 'LOC') || !STANCE_ROOTS.has(cameoRoot(c.code)) || v.deprel(c.anchor) !== 'root') return
  ctx.side = a
}

/** The person who speaks in this sentence ("…, Johnson said", "Johnson said: …"), if named. */
export function speakerOf(v: SentenceView, byPredicate: ReadonlyMap<number, Clause>): Occ | undefined {
  for (const cl of v.clauses) {
    if (!SPEECH_VERBS.has(v.lemma(cl.predicate)) && !SPEECH_VERBS.has(v.word(cl.predicate))) continue
    const s = subjectToken(v, cl, byPredicate)
    const o = s !== undefined ? occOf(v, s) : undefined
    if (o && o.m.type === 'PER') return o
  }
  return undefined
}

/** The organisation a speaker's title names ("Gen. Joseph Votel, commander of U.S. Central Command, said"): "we" in their words. */
export function speakerBody(v: SentenceView, speaker: Occ): Occ | undefined {
  for (let k = speaker.from; k < speaker.to; k++) {
    for (const a of childrenWith(v, k, 'appos')) {
      const body = [a, ...childrenWith(v, a, 'nmod')].map((c) => v.occAt(c) ?? occOf(v, c)).find((o) => o !== undefined && o !== speaker && o.m.type === 'ORG')
      if (body) return body
    }
  }
  return undefined
}

/** Is the subject an event noun ("15 strikes engaged …")? Then bulletins.ts codes the clause. */
export function instrumentSubject(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>, isEventNoun: (i: number) => boolean): number | undefined {
  const s = subjectToken(v, cl, byPredicate)
  return s !== undefined && !occOf(v, s) && isEventNoun(s) ? s : undefined
}

/** "used chemical weapons": the weapon, not the verb, decides the code. */
function weaponUse(v: SentenceView, cl: Clause, ctx: ArticleContext): VerbCode | undefined {
  if (!USE_LEMMAS.has(v.lemma(cl.predicate))) return undefined
  for (const o of cl.objects) {
    const code = wmdCode(v, o, ctx.wmd)
    if (code) return { code, specific: true, last: cl.predicate }
  }
  return undefined
}

/** Codes of acts two parties do together: talks, cooperation … and expressing accord (019). */
const mutualCode = (code: string) => RECIPROCAL_ROOTS.has(cameoRoot(code)) || code === '019'

/** Words that head a phrase cue of their own ("claimed responsibility"): a speech verb among them is coded when the phrase matches. */
const PHRASE_HEADS: ReadonlySet<string> = new Set(PHRASE_CUES.flatMap((ph) => ph.slots[0]!))

const COPULAS = new Set(['be', 'become', 'seem', 'remain', 'appear', 'get'])

/**
 * Clauses of verbs the tagger misread as a copula ("I welcome the Board of Inquiry's report" with "welcome" as the
 * copula of "Board"): the word becomes the predicate, the copular clause's subject its subject, the noun its object.
 */
function misreadCopulas(v: SentenceView, byPredicate: ReadonlyMap<number, Clause>): Clause[] {
  const out: Clause[] = []
  for (let k = v.first; k < v.end; k++) {
    if (v.deprel(k) !== 'cop' || COPULAS.has(v.lemma(k)) || v.upos(k + 1) === 'ADJ' || /^(is|are|was|were|be|been|being|am|'s|'re)$/.test(v.word(k))) continue
    const host = byPredicate.get(v.head(k))
    if (!host || host.predicate <= k) continue
    out.push({ ...host, predicate: k, objects: [host.predicate], obliques: [], agent: undefined, passive: false, complements: [], relatives: [], subordinates: [], conjuncts: [] })
  }
  return out
}

/** A predicate the coder reads as a verb: a verb, a main "-ed" noun, a misread copula, an adjective with an object ("I very much welcome the agreement"). */
function verbLike(v: SentenceView, cl: Clause): boolean {
  const p = cl.predicate
  const tag = v.upos(p)
  return tag === 'VERB' || (cl.kind === 'main' && tag === 'NOUN' && (v.word(p).endsWith('ed') || betweenNames(v, p))) || v.deprel(p) === 'cop' ||
    (tag === 'ADJ' && cl.subject !== undefined && (cl.objects.length > 0 || STANCE_ADJECTIVES.has(v.word(p))))
}

/**
 * A sentence's root noun between two names is a verb the tagger misread ("The U.S. accuses Tehran of …" with "accuses"
 * a noun compounded with "U.S."); whether it is an event is left to the verb dictionary.
 */
function betweenNames(v: SentenceView, p: number): boolean {
  return v.deprel(p) === 'root' && v.occAt(p - 1) !== undefined && v.occAt(p + 1) !== undefined && v.occAt(p - 1) !== v.occAt(p + 1)
}

/** Subordinators that, with a present tense, make a clause a condition or a time still to come ("once ISIL is defeated"). */
const CONDITION_MARKS = new Set(['once', 'if', 'unless'])

/** Is the clause in the present tense: a present auxiliary, or with none the verb's base or -s form ("once ISIL is defeated", "if they attack")? */
function presentTense(v: SentenceView, cl: Clause): boolean {
  const aux = v.children(cl.predicate).filter((c) => c < cl.predicate && v.deprel(c).startsWith('aux')).map((c) => v.word(c))
  if (aux.length) return PRESENT_AUXILIARIES.has(aux[0]!)
  const w = v.word(cl.predicate)
  const l = v.lemma(cl.predicate)
  return w === l || w === `${l}s` || w === `${l}es`
}
/** Prepositions heading a gerund that tells how or in what the main act is done ("… stand with them in condemning …", "by providing air support"). */
const MANNER_MARKS = new Set(['in', 'by'])

/**
 * A clause that is no act of its own: an infinitive left as the root, a condition or a time to come, or a gerund of manner or purpose, which
 * restates the act of the clause it modifies ("supporting the SDF by providing air support") — the news coder codes
 * the modified act once. "in order to" is a purpose infinitive, not a gerund.
 */
function circumstantial(v: SentenceView, cl: Clause): boolean {
  const marks = v.children(cl.predicate).filter((c) => c < cl.predicate && (v.deprel(c) === 'mark' || v.deprel(c) === 'case')).map((c) => v.word(c))
  // an infinitive the parser left as the sentence's root asserts nothing ("NAVCENT's mission is to conduct …")
  if (cl.kind === 'main') return marks.includes('to')
  // the parser reads some adverbial clauses as complements ("will withdraw once the SDF defeats ISIL")
  if (cl.kind !== 'advcl' && cl.kind !== 'ccomp') return false
  if (marks.some((m) => CONDITION_MARKS.has(m)) && presentTense(v, cl)) return true
  return cl.kind === 'advcl' && v.word(cl.predicate).endsWith('ing') && marks.length === 1 && MANNER_MARKS.has(marks[0]!)
}

/** Roots of violence: an attack is coded on its victim even when the attacker is no party we can name. */
const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20'])

/**
 * Violence whose subject is a common noun that names no party — a weapon or an unnamed attacker ("a roadside bomb
 * killed a U.S. soldier", "a suicide bomber struck a convoy"): the act is coded with no actor, as the agentless
 * passive is ("a U.S. soldier was killed").
 */
function unnamedAttacker(v: SentenceView, cl: Clause, root: string, byPredicate: ReadonlyMap<number, Clause>): boolean {
  if (!VIOLENT_ROOTS.has(root) || cl.kind === 'xcomp' || cl.kind === 'acl') return false
  if (v.children(cl.predicate).some((c) => v.deprel(c) === 'mark' && v.word(c) === 'to')) return false
  const s = subjectToken(v, cl, byPredicate)
  return s !== undefined && v.upos(s) === 'NOUN' && occOf(v, s) === undefined && ATTACKER_NOUNS.has(v.lemma(s))
}

/** CAMEO 036: express intent to meet or negotiate. */
const INTENT_TO_MEET = '036'

/** A meeting or talks (root 04) governed by a verb of intent ("agreed to meet", "wants to meet with Sharon"). */
function meetingIntent(v: SentenceView, cl: Clause, root: string, byPredicate: ReadonlyMap<number, Clause>): boolean {
  if (root !== '04' || cl.kind !== 'xcomp' || cl.parent === undefined) return false
  const parent = byPredicate.get(cl.parent)
  return parent !== undefined && parent !== cl && MEETING_INTENT_LEMMAS.has(v.lemma(parent.predicate))
}

/** A verb of intent whose xcomp is a meeting coded as the intent to meet (meetingIntent: "offered to hold talks"). */
function meetingBelow(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>, codeAt: PredicateCoder): boolean {
  return v.children(cl.predicate).some((c) => {
    const below = byPredicate.get(c)
    const infinitive = v.children(c).some((m) => v.deprel(m) === 'mark' && v.word(m) === 'to')
    const code = below && below.kind === 'xcomp' && infinitive ? codeAt(c) : undefined
    return below !== undefined && code !== undefined && meetingIntent(v, below, cameoRoot(code.code), byPredicate)
  })
}

/**
 * Verbs of wanting, agreeing or offering to meet (036); a meeting merely planned or scheduled ("plans to meet", "is due to
 * meet") keeps its own code, planned, as the gold conventions code future acts.
 */
const MEETING_INTENT_LEMMAS: ReadonlySet<string> = new Set(['want', 'agree', 'hope', 'intend', 'offer', 'seek', 'wish', 'propose',
  'promise', 'pledge', 'vow'])

/** CAMEO roots of asking another party to act: appeals (02) and demands (10). */
const APPEAL_ROOTS = new Set(['02', '10'])

/**
 * The act an appeal or demand asks for ("urged him to press the regime", "press the regime to end its offensive"):
 * an infinitive governed by a verb coded as an appeal or demand is what is asked, not an act done — the appeal is the
 * event.
 */
function askedFor(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>, codeAt: PredicateCoder): boolean {
  if (cl.parent === undefined || cl.kind === 'main' || cl.kind === 'conj') return false
  if (!v.children(cl.predicate).some((c) => c < cl.predicate && v.deprel(c) === 'mark' && v.word(c) === 'to')) return false
  const parent = byPredicate.get(cl.parent)
  if (!parent || parent === cl) return false
  const code = codeAt(parent.predicate)
  return code !== undefined && APPEAL_ROOTS.has(cameoRoot(code.code))
}

/** Are enough parties named for the coder alone to code the act (the loose coder leaves this to the scorer)? */
function namedEnough(v: SentenceView, cl: Clause, code: VerbCode, root: string, actors: readonly Occ[], targets: readonly Occ[], reciprocal: boolean, byPredicate: ReadonlyMap<number, Clause>): boolean {
  if (actors.length === 0 && !isPassive(v, cl) && !(targets.length > 0 && (code.undergone || unnamedAttacker(v, cl, root, byPredicate)))) return false
  if ((actors.length === 0 || targets.length === 0) && !reciprocal && !code.specific && !ONE_SIDED_ROOTS.has(root)) return false
  return actors.length > 0 || targets.length > 0
}

/** A predicate's dictionary code by its token: a pure function of the sentence, so each predicate is coded once. */
type PredicateCoder = (p: number) => VerbCode | undefined

/**
 * The sentence's predicate coder: `codePredicate` memoised per token (the loop asks again for a clause's parent, in
 * askedFor, and for its xcomps, in meetingBelow).
 */
function predicateCoder(v: SentenceView, lexicon: CueLexicon, upper: readonly string[]): PredicateCoder {
  const known = new Map<number, VerbCode | undefined>()
  return (p) => {
    if (known.has(p)) return known.get(p)
    const code = codePredicate(v, p, lexicon, upper)
    known.set(p, code)
    return code
  }
}

/** Verb events of one sentence. */
export function verbEvents(v: SentenceView, lexicon: CueLexicon, upper: readonly string[], byPredicate: ReadonlyMap<number, Clause>, skip: ReadonlySet<number>, ctx: ArticleContext, loose = false): Candidate[] {
  const out: Candidate[] = []
  const codeAt = predicateCoder(v, lexicon, upper)
  for (const cl of [...v.clauses, ...misreadCopulas(v, byPredicate)]) {
    const p = cl.predicate
    if (skip.has(p) || !verbLike(v, cl) || askedFor(v, cl, byPredicate, codeAt)) continue
    const circumstance = circumstantial(v, cl)
    if ((circumstance && !loose) || effectOfEvent(v, p)) continue
    const word = v.word(p)
    // a word of a name is no predicate ("Combined Joint Forces Land Component Command")
    if (v.occAt(p)) continue
    // a participle modifying a noun, with neither agent nor object, describes it ("remotely piloted aircraft", "captured tanks")
    if (cl.kind === 'acl' && cl.agent === undefined && cl.objects.length === 0 && /(ed|en)$/.test(word)) continue
    // a speech verb is an event only as the head of its phrase ("claimed responsibility", "spoke by telephone")
    if ((SPEECH_VERBS.has(word) || SPEECH_VERBS.has(v.lemma(p))) && !(PHRASE_HEADS.has(word) && phrase(v, p))) continue
    // a gerund opening a sentence or modifying a noun without a subject of its own ("Fighting ISIL …", "aircraft flying over …")
    if (word.endsWith('ing') && cl.subject === undefined && (cl.kind === 'main' || cl.kind === 'acl') && !v.children(p).some((c) => v.deprel(c).startsWith('aux'))) continue
    // "tried to infiltrate", "plans to attack": the governed verb is the event
    if ((ATTEMPT_VERBS.has(word) || PLAN_VERBS.has(word)) && v.children(p).some((c) => v.deprel(c) === 'xcomp')) continue
    const coded = weaponUse(v, cl, ctx) ?? codeAt(p)
    // a predicate the dictionary leaves uncoded: the loose coder proposes the code the golds give its lemma, for the scorer
    const learned = coded || !loose ? undefined : learnedCue(v, p)
    const code = coded ?? (learned ? { code: learned.code, specific: false, last: p } : undefined)
    if (!code) continue
    const { actors, targets } = verbRoles(v, cl, code, byPredicate, ctx)
    const root = cameoRoot(code.code)
    const reciprocal = targets.length === 0 && actors.length >= 2 && mutualCode(code.code)
    const enough = namedEnough(v, cl, code, root, actors, targets, reciprocal, byPredicate)
    if (!enough && !loose) continue
    // an intent to cooperate with nobody named is no event ("working together in the Gulf")
    if (root === '03' && targets.length === 0 && !reciprocal) continue
    // "agreed to meet", "wants to meet Sharon": the intent to meet is the act (036), stated now
    // "offered to hold talks": the meeting governed is coded as the intent (036) — the verb of intent is no second one
    if (root === '03' && meetingBelow(v, cl, byPredicate, codeAt)) continue
    const intent = meetingIntent(v, cl, root, byPredicate)
    out.push({
      // "Kerry and Lavrov met": coordinated parties of a cooperative act act on each other
      from: p, last: code.last, code: intent ? INTENT_TO_MEET : unclaimedViolence(v, cl, crowdViolence(v, cl, code.code, byPredicate), actors.length > 0), actors, targets: reciprocal ? actors : targets,
      modality: intent ? 'asserted' : clauseModality(v, cl, byPredicate), specific: code.specific, anchor: p,
      ...(circumstance || !enough || learned ? { loose: true } : {}), ...(learned ? { learned } : {}),
    })
  }
  return out
}
