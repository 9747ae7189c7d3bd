/**
 * Statements over a conflict act that no dictionary codes (issue #16, twenty-eighth session): a reporting verb whose
 * complement charges a party with an act of force ("HRW says Hamas committed war crimes", "officials say the group is
 * responsible for the bombings") and a stance predicate over such an act ("appalled by this attack", "critical of the
 * crackdown"). The golds code them 11, by the speaker, against the act's doer; the coder coded nothing there. The loose
 * coder now proposes one candidate on each such cue (112 on a reporting verb, 111 on a stance predicate), flagged
 * loose: whether to keep it is the learned scorer's to judge, from its cue lemma and frame, never forced.
 * @module
 */
import { cameoRoot } from './cameo.js'
import type { Candidate } from './candidate.js'
import { SPEECH_VERBS } from './lexicon.js'
import { nounActor } from './noun-events.js'
import { occsOf } from './roles.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'
import { nounCode } from './verb-code.js'
import { NEGATORS, STANCE_PARTICIPLE_LEMMAS } from '../text/english.js'

/** Roots of an act of force: assault, fight, mass violence. */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20'])
/** Roots of a conflict noun: force, and repression too ("the crackdown", "the arrests" a statement is critical of). */
const CONFLICT_NOUN_ROOTS: ReadonlySet<string> = new Set(['17', ...FORCE_ROOTS])
/** Prepositions of a stance predicate's object ("appalled by", "critical of", "outraged at", "anger over"). */
const STANCE_CASES: ReadonlySet<string> = new Set(['by', 'of', 'at', 'over', 'about', 'in', 'with'])
/** Accuse (a charge stated), criticize (a stance taken). */
const CHARGE_CODE = '112'
const STANCE_CODE = '111'
/** How deep under the cue the act may sit ("says [the group] is responsible for [the bombings]"). */
const DEPTH = 3

/** The tokens under token i, at most `depth` steps down (i included). */
function under(v: SentenceView, i: number, depth: number): number[] {
  const out = [i]
  for (let k = 0, level = [i]; k < depth; k++) {
    level = level.flatMap((t) => [...v.children(t)])
    out.push(...level)
  }
  return out
}

/** The act of force at or under token i: its doers (a coded candidate's actors, or an event noun's actor), if any. */
function forceUnder(v: SentenceView, i: number, acts: readonly Candidate[], depth: number): { readonly doers: readonly Occ[] } | undefined {
  const toks = under(v, i, depth)
  for (const c of acts) if (FORCE_ROOTS.has(cameoRoot(c.code)) && toks.includes(c.anchor)) return { doers: c.actors }
  for (const t of toks) {
    const code = nounCode(v, t)
    if (code !== undefined && CONFLICT_NOUN_ROOTS.has(cameoRoot(code))) return { doers: nounActor(v, t) }
  }
  return undefined
}

/**
 * A copular predicate ("is responsible for", "were the work of", "is criminal"): an evaluation, not a narrated act —
 * unless negated ("were not guilty of") or about a clause of its own ("it is not clear who carried out the attack").
 */
function copular(v: SentenceView, i: number): boolean {
  if (childrenWith(v, i, 'cop').length === 0 || (v.upos(i) !== 'ADJ' && v.upos(i) !== 'NOUN')) return false
  if (v.children(i).some((c) => NEGATORS.has(v.lemma(c).toLowerCase()))) return false
  return childrenWith(v, i, 'expl', 'csubj', 'ccomp').length === 0
}

/**
 * "X says [Y is responsible for the bombings]", "alleged [the bombings were the work of Z]": the speaker's charge (112)
 * against the party the evaluation names — its subject, else the "of" party of its predicate noun; "said [such violence
 * is criminal]": the speaker's criticism (111) of the act's doer. A narrated act ("police say gunmen killed five") is
 * the report of that act, no charge: the complement must be an evaluation over the act, not the act itself.
 */
function chargeAt(v: SentenceView, p: number, acts: readonly Candidate[]): Candidate | undefined {
  if (!SPEECH_VERBS.has(v.lemma(p)) && !SPEECH_VERBS.has(v.word(p))) return undefined
  const comp = childrenWith(v, p, 'ccomp')[0]
  if (comp === undefined || !copular(v, comp) || stanceAt(v, comp, acts)) return undefined
  const act = forceUnder(v, comp, acts, DEPTH)
  if (!act) return undefined
  const speaker = occsOf(v, childrenWith(v, p, 'nsubj')[0])
  const named = occsOf(v, childrenWith(v, comp, 'nsubj')[0])
  const owner = occsOf(v, childrenWith(v, comp, 'nmod').find((c) => caseOf(v, c) === 'of'))
  const charged = named.length ? named : owner
  return charged.length ? candidate(p, CHARGE_CODE, speaker, charged) : candidate(p, STANCE_CODE, speaker, act.doers)
}

/** A predicate of stance: an adjective ("critical of"), or the passive participle of a verb of feeling ("is appalled by"). */
const stancePredicate = (v: SentenceView, p: number) =>
  v.upos(p) === 'ADJ' || (v.upos(p) === 'VERB' && STANCE_PARTICIPLE_LEMMAS.has(v.lemma(p)) && childrenWith(v, p, 'aux:pass').length > 0)

/** "X is appalled by [an act of force]", "critical of the crackdown": the stance, by its subject against the act's doer. */
function stanceAt(v: SentenceView, p: number, acts: readonly Candidate[]): Candidate | undefined {
  if (!stancePredicate(v, p)) return undefined
  for (const c of childrenWith(v, p, 'obl', 'nmod')) {
    if (!STANCE_CASES.has(caseOf(v, c))) continue
    const act = forceUnder(v, c, acts, 1)
    if (act) return candidate(p, STANCE_CODE, occsOf(v, childrenWith(v, p, 'nsubj')[0]), act.doers)
  }
  return undefined
}

function candidate(p: number, code: string, actors: readonly Occ[], targets: readonly Occ[]): Candidate | undefined {
  if (!actors.length && !targets.length) return undefined
  return { from: p, last: p, code, actors, targets, modality: 'asserted', specific: false, anchor: p, loose: true }
}

let enabled = true
/** Turn the candidates off or on (scripts/train-events-charged.ts counts what they add against the coder without them). */
export function useChargedActs(on: boolean): void { enabled = on }

/** The loose statement candidates of a sentence over the acts already found in it (`acts`: its candidates so far). */
export function chargedActs(v: SentenceView, acts: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  if (!enabled) return out
  const taken = new Set(acts.map((c) => c.anchor))
  for (let p = v.first; p < v.end; p++) {
    if (taken.has(p)) continue
    const c = chargeAt(v, p, acts) ?? stanceAt(v, p, acts)
    if (c) out.push(c)
  }
  return out
}
