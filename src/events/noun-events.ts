/**
 * Nominal events: an event noun of the cue table (lexicon.ts NOUN_CUES:
 * "shelling", "air strikes", "arrests", "the offensive") with its actor from
 * the noun phrase — a "by" phrase, a possessive ("Russia's strikes") or an
 * adjectival or compound actor ("Israeli shelling", "IS attacks") — and its
 * target from "on/against/of X" ("talks with X" for cooperation), or from the
 * object of the verb the noun names a purpose for ("the offensive to retake X").
 * Nouns that a light verb or a bulletin already coded are skipped.
 * @module
 */
import type { Modality } from '../model/index.js'
import { cameoRoot } from './cameo.js'
import type { ArticleContext, Candidate } from './candidate.js'
import { accusedOf } from './accusations.js'
import { learnedCue } from './alternatives.js'
import { occOf, occsOf } from './roles.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'
import { nounCode, USE_LEMMAS, wmdCode } from './verb-code.js'

const MODIFIERS = ['nmod:poss', 'amod', 'compound', 'flat']
const NEGATED_DET = new Set(['no'])

function targetPrep(prep: string, root: string): boolean {
  if (prep === 'of') return true
  if (['on', 'against', 'targeting', 'at', 'upon', 'into'].includes(prep)) return Number(root) >= 10
  return (prep === 'with' || prep === 'to') && Number(root) < 10
}

/** Actor of an event noun: "by X", else a possessive, adjectival or compound name. */
export function nounActor(v: SentenceView, n: number): Occ[] {
  const by = childrenWith(v, n, 'nmod', 'acl').find((c) => caseOf(v, c) === 'by')
  if (by !== undefined) return occsOf(v, by)
  for (const c of childrenWith(v, n, ...MODIFIERS)) {
    const o = v.occAt(c) ?? occOf(v, c)
    // "the Mosul offensive": a town compounded with the event is where it happens, not who does it
    if (o && o.m.type === 'LOC' && v.deprel(c) === 'compound' && o.m.subtype !== 'country') continue
    if (o) return [o]
  }
  return []
}

/**
 * Acts whose possessor is the one they are done to: "Mr. Hariri's assassination", "his arrest", "the hostages'
 * release" — the victim, not the doer (the doer comes with "by": "the killing of X by Y").
 */
const PATIENT_NOUNS: ReadonlySet<string> = new Set(['arrest', 'detention', 'assassination', 'killing', 'murder', 'kidnapping',
  'abduction', 'execution', 'deportation', 'expulsion', 'release', 'capture', 'beheading', 'extradition'])

/** The possessor of a patient noun, as its target ("Hariri's assassination" → Hariri). */
function possessedPatient(v: SentenceView, n: number): Occ | undefined {
  if (!PATIENT_NOUNS.has(v.lemma(n)) && !PATIENT_NOUNS.has(v.word(n))) return undefined
  for (const c of childrenWith(v, n, 'nmod:poss')) { const o = v.occAt(c) ?? occOf(v, c); if (o) return o }
  return undefined
}

function nounTarget(v: SentenceView, n: number, root: string, actors: readonly Occ[]): Occ[] {
  for (const c of childrenWith(v, n, 'nmod')) {
    if (!targetPrep(caseOf(v, c), root)) continue
    const t = occsOf(v, c).filter((o) => !actors.includes(o))
    if (t.length) return t
  }
  // "the offensive to retake Mosul": the purpose an infinitive names, not a participle's own act ("an agreement making
  // Spain a partner")
  for (const c of childrenWith(v, n, 'acl')) for (const o of v.children(c).some((k) => v.word(k) === 'to' && v.deprel(k) === 'mark') ? childrenWith(v, c, 'obj') : []) {
    const t = occsOf(v, o).filter((x) => !actors.includes(x))
    if (t.length) return t
  }
  return []
}

/** The place an attack struck: "attacks in Paris", "the attack on Camp Hurriya", "the attack at a market place in Baghdad". */
function placeStruck(v: SentenceView, n: number): Occ[] {
  for (const c of childrenWith(v, n, 'nmod')) {
    if (!PLACE_STRUCK.has(caseOf(v, c))) continue
    const o = occOf(v, c) ?? childrenWith(v, c, 'nmod').filter((k) => caseOf(v, k) === 'in').map((k) => occOf(v, k)).find((x) => x !== undefined)
    if (o && o.m.type === 'LOC') return [o]
  }
  return []
}
const PLACE_STRUCK = new Set(['in', 'at', 'on'])

/** "the agreement between Baghdad and the KRG": the parties of "between X and Y" (the parse may hang Y anywhere in X's phrase). */
function betweenParties(v: SentenceView, n: number): Occ[] {
  const at = childrenWith(v, n, 'nmod').find((c) => caseOf(v, c) === 'between')
  if (at === undefined) return []
  const first = occOf(v, at)
  if (!first) return []
  const out = [first]
  for (let k = first.to; k < Math.min(v.end, first.to + 12); k++) {
    const o = v.occAt(k)
    if (o && o !== first && v.word(o.from - 1) !== 'by' && [...Array(o.from - first.to).keys()].some((j) => v.word(first.to + j) === 'and')) { out.push(o); break }
  }
  return out
}

/** Nominal events of one sentence; `taken` are nouns already coded by a light verb or bulletin. */
export function nounEvents(v: SentenceView, taken: ReadonlySet<number>, ctx: ArticleContext, modalityAt: (i: number) => Modality, loose = false): Candidate[] {
  const out: Candidate[] = []
  for (let n = v.first; n < v.end; n++) {
    if (taken.has(n) || v.occAt(n) || (v.upos(n) !== 'NOUN' && v.upos(n) !== 'PROPN')) continue
    const listed = nounCode(v, n) ?? weaponUse(v, n, ctx)
    // a noun no table lists: the loose coder proposes the code the golds give its lemma (alternatives.ts), for the scorer
    const learned = listed || !loose || v.upos(n) !== 'NOUN' ? undefined : learnedCue(v, n)
    const code = listed ?? learned?.code
    if (!code) continue
    const root = cameoRoot(code)
    const between = Number(root) < 10 ? betweenParties(v, n) : []
    // "blames Russia for the bombardment": the accused party's act, alleged
    const accused = accusedOf(v, n)
    const patient = possessedPatient(v, n)
    const actors = between.length >= 2 ? between.slice(0, 1) : accused ?? nounActor(v, n).filter((a) => a !== patient)
    let targets = between.length >= 2 ? between.slice(1) : patient && !actors.includes(patient) ? [patient] : nounTarget(v, n, root, actors)
    let own = code
    if (actors.length === 0 && targets.length === 0 && (root === '18' || root === '19')) {
      // "the 13 November attacks in Paris": an attack by nobody named is coded on the place it struck, and with no
      // armed force named it is unconventional violence (180), not military force (190)
      targets = placeStruck(v, n)
      if (targets.length && own === '190') own = '180'
    }
    // a visit or talks with nobody named doing them is no event we can code ("a visit to Uzbekistan"), nor an act of nobody on nobody
    const partyless = (actors.length === 0 && targets.length === 0) || (actors.length === 0 && Number(root) < 10)
    if (partyless && !loose) continue
    const two = v.word(n - 1) !== '' && code !== undefined && nounCodeIsPair(v, n)
    const negated = v.children(n).some((c) => NEGATED_DET.has(v.word(c)))
    out.push({ from: two ? n - 1 : n, last: n, code: own, actors, targets, modality: negated ? 'negated' : accused ? 'alleged' : modalityAt(n), specific: true, anchor: n, ...(partyless || learned ? { loose: true } : {}), ...(learned ? { learned } : {}) })
  }
  return out
}

function nounCodeIsPair(v: SentenceView, n: number): boolean {
  return ['air', 'rocket', 'peace', 'general', 'hunger', 'precision', 'arrest', 'terrorist', 'terror', 'bomb', 'suicide'].includes(v.word(n - 1))
}

/** "the use of chemical weapons by Daesh" */
function weaponUse(v: SentenceView, n: number, ctx: ArticleContext): string | undefined {
  if (!USE_LEMMAS.has(v.lemma(n))) return undefined
  for (const c of childrenWith(v, n, 'nmod')) if (caseOf(v, c) === 'of') return wmdCode(v, c, ctx.wmd)
  return undefined
}
