/**
 * Roles from the parse: which named actor a nominal token stands for. A token
 * stands for its own mention, else for a name inside its phrase — a compound or
 * flat name ("ISIL targets"), a possessive ("Russia's defence ministry"), an
 * adjectival actor ("Israeli jets"), an "of" phrase ("forces of the regime").
 * A relative pronoun stands for the noun its clause modifies.
 * @module
 */
import type { Clause } from '../model/index.js'
import { pronounInfo, RELATIVE_PRONOUNS, SUBORDINATORS } from '../text/english.js'
import { isDescriptor } from './descriptors.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'

const INNER: readonly (readonly string[])[] = [['flat', 'compound', 'appos'], ['nmod:poss'], ['amod'], ['nmod']]

/** The role mention a nominal token stands for. */
export function occOf(v: SentenceView, i: number, depth = 0): Occ | undefined {
  if (!v.inside(i)) return undefined
  const own = v.occAt(i)
  if (own) return own
  if (depth > 1) return undefined
  let first: Occ | undefined
  for (const rels of INNER) {
    for (const c of childrenWith(v, i, ...rels)) {
      if (v.deprel(c) === 'nmod' && caseOf(v, c) !== 'of') continue
      const o = occOf(v, c, depth + 1)
      // a descriptor stands for its own head noun only, never for the phrase it modifies ("the resolve of the
      // international community")
      if (o && isDescriptor(o.m)) continue
      // "U.S. Secretary of State Kerry": the person the title names, before the country modifying it
      if (o && o.m.type === 'PER') return o
      first ??= o
    }
  }
  return first
}

/** The role mentions of a token and of the tokens conjoined with it ("Gondor and Rohan"). */
export function occsOf(v: SentenceView, i: number | undefined): Occ[] {
  if (i === undefined || !v.inside(i)) return []
  const out: Occ[] = []
  const first = occOf(v, i)
  if (first) out.push(first)
  for (const c of childrenWith(v, i, 'conj')) {
    const o = occOf(v, c)
    if (o && !out.includes(o)) out.push(o)
  }
  return out
}

/** The clause's subject token: its own, a relative pronoun's noun, or (for a participle clause) the noun it modifies. */
export function subjectToken(v: SentenceView, cl: Clause, byPredicate: ReadonlyMap<number, Clause>): number | undefined {
  let s = cl.subject
  if (s !== undefined && RELATIVE_PRONOUNS.has(v.word(s)) && cl.governor !== undefined) s = cl.governor
  // "an attempt by Hamas members to infiltrate …": the noun's by-phrase acts in the infinitive that completes it
  if (s === undefined && cl.kind === 'acl' && cl.governor !== undefined && !cl.passive) {
    s = childrenWith(v, cl.governor, 'nmod').find((c) => caseOf(v, c) === 'by') ?? cl.governor
  }
  if (s === undefined && cl.kind === 'relcl' && cl.governor !== undefined && !cl.passive) s = cl.governor
  // "Hamas is acting to infiltrate …" with the controller misread as the object ("… , a senior jihadist claimed"): the
  // controlling verb's own subject, when the shared one names no party
  if (cl.kind === 'xcomp' && cl.subjectShared && cl.parent !== undefined && (s === undefined || !occOf(v, s))) {
    const parent = byPredicate.get(cl.parent)
    const ps = parent && parent !== cl ? subjectToken(v, parent, byPredicate) : undefined
    if (ps !== undefined && occOf(v, ps)) return ps
  }
  // "ordered Dugmush … to contact IS members": an infinitive without a subject is done by the object, else the subject
  if (s === undefined && cl.kind === 'advcl' && cl.parent !== undefined && v.children(cl.predicate).some((c) => v.word(c) === 'to' && v.deprel(c) === 'mark')) {
    const parent = byPredicate.get(cl.parent)
    if (parent && parent !== cl) return parent.objects.find((o) => occOf(v, o)) ?? subjectToken(v, parent, byPredicate)
  }
  // "French police tightened the cordon after detaining 300 people", "… while visiting South Africa": a gerund under a
  // subordinator of time shares the subject of the clause it modifies
  if (s === undefined && cl.kind === 'advcl' && cl.parent !== undefined && v.word(cl.predicate).endsWith('ing') &&
    v.children(cl.predicate).some((c) => c < cl.predicate && GERUND_MARKS.has(v.word(c)))) {
    const parent = byPredicate.get(cl.parent)
    if (parent && parent !== cl) return subjectToken(v, parent, byPredicate)
  }
  if (s === undefined && (cl.kind === 'parataxis' || cl.kind === 'conj') && cl.parent !== undefined) {
    const parent = byPredicate.get(cl.parent)
    if (parent && parent !== cl && parent.kind !== 'parataxis') return subjectToken(v, parent, byPredicate)
  }
  // "… four Hamas members who reached Sinai … until they were taken in": an unresolved "they/he/she" is the subject of
  // the clause this one depends on
  // "the military reports it has captured …" with "it" read as the object of "reports": the content's subject
  if (s === undefined && cl.kind === 'ccomp' && cl.parent !== undefined && SAYING.has(v.lemma(cl.parent))) {
    const parent = byPredicate.get(cl.parent)
    const misread = parent?.objects.find((o) => o < cl.predicate && pronounInfo(v.word(o)) !== undefined)
    if (parent && parent !== cl && misread !== undefined) return occOf(v, misread) ? misread : subjectToken(v, parent, byPredicate)
  }
  // "the U.S. military reports it has captured …": "it" in what a body says is that body
  const itSays = v.word(s ?? -1) === 'it' && cl.kind === 'ccomp' && cl.parent !== undefined && SAYING.has(v.lemma(cl.parent))
  if (s !== undefined && !occOf(v, s) && cl.parent !== undefined && (isPersonalPronoun(v.word(s)) || itSays)) {
    const parent = byPredicate.get(cl.parent)
    const ps = parent && parent !== cl ? subjectToken(v, parent, byPredicate) : undefined
    if (ps !== undefined && ps !== s && occOf(v, ps)) return ps
  }
  return s !== undefined && v.inside(s) ? s : undefined
}

/** Subordinators of time before a gerund whose subject is the main clause's ("after detaining", "while visiting"). */
const GERUND_MARKS = new Set(['after', 'before', 'while', 'since', 'upon', 'when', 'whilst'])

/** Verbs of saying whose subject "it" in the content refers back to ("Morocco says it has broken up a cell"). */
const SAYING = new Set(['say', 'report', 'announce', 'claim', 'state', 'confirm', 'deny', 'insist', 'add'])

const isPersonalPronoun = (w: string): boolean => { const p = pronounInfo(w); return p !== undefined && p.person === 3 && w !== 'it' && w !== 'its' }

/** The "by" phrase of a passive cue that the parser hung on another word of the cue ("taken in for questioning by X"). */
export function agentOf(v: SentenceView, cl: Clause, last: number): number | undefined {
  if (cl.agent !== undefined) return cl.agent
  for (let k = cl.predicate; k <= last; k++) {
    const by = v.children(k).find((c) => c > k && (v.deprel(c) === 'nmod' || v.deprel(c) === 'obl') && caseOf(v, c) === 'by')
    if (by !== undefined) return by
  }
  return undefined
}

const CLAUSE_BREAK = new Set([';', ':', ...RELATIVE_PRONOUNS, ...SUBORDINATORS])

/** The token before an apposition that ends at comma k (", a local offshoot of IS,"), or k when none: no verb inside. */
function skipApposition(v: SentenceView, k: number): number {
  for (let j = k - 1; j >= Math.max(v.first, k - 12); j--) {
    if (v.word(j) === ',') return j > v.first && (v.occAt(j - 1) || v.upos(j - 1) === 'NOUN' || v.upos(j - 1) === 'PROPN') ? j : k
    if (((v.upos(j) === 'VERB' || v.upos(j) === 'AUX') && !v.occAt(j)) || CLAUSE_BREAK.has(v.word(j))) return k
  }
  return k
}

/**
 * A subject the parse missed ("Ash Carter today met with …" parsed with Carter as a modifier of "today"): the nearest
 * named role before the predicate, not inside a prepositional phrase, with no verb or clause break between; an
 * apposition after the name (", a local offshoot of IS,") is passed over.
 */
export function nearestSubject(v: SentenceView, p: number): Occ | undefined {
  for (let k = p - 1; k >= v.first; k--) {
    const w = v.word(k)
    if (w === ',') {
      const before = skipApposition(v, k)
      if (before === k) return undefined
      k = before
      continue
    }
    if (CLAUSE_BREAK.has(w) || v.upos(k) === 'VERB') return undefined
    const o = v.occAt(k)
    if (!o) continue
    const before = v.word(o.from - 1)
    if (v.upos(o.from - 1) === 'ADP' || before === 'by') return undefined
    return o
  }
  return undefined
}

/** The first named role inside a phrase (its subtree, in word order, at most `depth` levels down): "a Hamas arms shipment". */
export function roleInPhrase(v: SentenceView, i: number | undefined, depth = 3): Occ | undefined {
  if (i === undefined || !v.inside(i)) return undefined
  const own = v.occAt(i)
  if (own) return own
  if (depth === 0) return undefined
  for (const c of v.children(i)) {
    if (['punct', 'cc', 'case', 'det', 'mark', 'advcl', 'parataxis', 'conj'].includes(v.deprel(c)) || ownClause(v, c)) continue
    const o = roleInPhrase(v, c, depth - 1)
    if (o) return o
  }
  return undefined
}

/**
 * A participial or relative clause modifying a noun, with participants of its own ("an agreement making Spain a
 * partner", "exports that regimes can use"): its subject or object takes part in its act, not in the act of the verb
 * above the noun. A passive participle's agent still names the noun's holder ("associates held by Hamas"); a noun's
 * content or purpose ("the news that Iraq raised its flag", "efforts to resolve the crisis in Syria", with a marker)
 * is what the act is about.
 */
function ownClause(v: SentenceView, c: number): boolean {
  if (!v.deprel(c).startsWith('acl')) return false
  const ks = v.children(c)
  return ks.some((k) => v.deprel(k) === 'obj' || v.deprel(k) === 'nsubj') && !ks.some((k) => v.deprel(k) === 'mark')
}

/**
 * A role found inside a phrase with the parties coordinated with it ("to the Iraqi security forces and Peshmerga"):
 * conjuncts of its own head, or of the noun it modifies.
 */
export function withConjuncts(v: SentenceView, r: Occ): Occ[] {
  const out = [r]
  let h = r.from
  for (let k = r.from; k < r.to; k++) if (!(v.head(k) >= r.from && v.head(k) < r.to)) { h = k; break }
  const bases = [h]
  const p = v.head(h)
  if (p >= 0 && v.inside(p) && !v.occAt(p) && ['amod', 'compound', 'nmod:poss', 'flat'].includes(v.deprel(h))) bases.push(p)
  for (const b of bases) for (const c of childrenWith(v, b, 'conj')) {
    const o = occOf(v, c)
    if (o && !out.includes(o)) out.push(o)
  }
  return out
}

/** The first named role after a token that a preposition of `preps` introduces ("… using aircraft against ISIL targets"). */
export function roleAfterPrep(v: SentenceView, i: number, preps: ReadonlySet<string>): Occ | undefined {
  for (let k = i + 1; k < v.end - 1; k++) {
    if (!preps.has(v.word(k))) continue
    for (let j = k + 1; j < Math.min(v.end, k + 4); j++) { const o = v.occAt(j); if (o) return o }
  }
  return undefined
}

/** Obliques (and nominal modifiers) of a predicate marked by one of the prepositions, nearest first. */
export function obliquesWith(v: SentenceView, cl: Clause, preps: ReadonlySet<string>): number[] {
  // a prepositional phrase the parser hung on the object ("received missiles from Iran") belongs to the verb as often
  // ("the Coalition to Counter ISIL": a "to" inside a noun phrase stays there)
  const onObjects = [...cl.objects, ...cl.obliques].flatMap((o) => childrenWith(v, o, 'nmod').filter((c) => c > o && caseOf(v, c) !== 'of' && caseOf(v, c) !== 'to'))
  return [...cl.obliques, ...onObjects].filter((o) => v.inside(o) && preps.has(caseOf(v, o)))
}

/** Dependents that open another clause or a setting, not the predicate's own participants. */
const OTHER_CLAUSE = new Set(['ccomp', 'advcl', 'acl:relcl', 'advcl:relcl', 'parataxis', 'csubj', 'nsubj', 'nsubj:pass', 'punct', 'obl:tmod', 'obl:unmarked'])
const SETTING_CASES = new Set(['in', 'at', 'near', 'by', 'from', 'during', 'after', 'before', 'since', 'until', 'across', 'inside',
  'within', 'outside', 'around', 'throughout', 'via', 'through', 'over', 'under', 'according', 'despite', 'amid', 'as'])

/**
 * The first named party after the cue among the predicate's own dependents (objects, complements, non-locative
 * phrases, their modifiers), in word order, with the parties conjoined to it — what the parse left unattached to a
 * role ("welcome the agreement reached between the Government of Iraq and the KRG").
 */
export function firstPartyAfter(v: SentenceView, p: number, last: number): Occ[] {
  const seen: number[] = []
  const visit = (i: number, depth: number) => {
    if (depth > 4) return
    for (const c of v.children(i)) {
      const r = v.deprel(c)
      // (a name the tagger read as a verb heads no clause: "swore allegiance to IS" with "IS" as "is")
      if (((OTHER_CLAUSE.has(r) || (r === 'conj' && v.upos(c) === 'VERB')) && !v.occAt(c)) || SETTING_CASES.has(caseOf(v, c))) continue
      seen.push(c)
      visit(c, depth + 1)
    }
  }
  visit(p, 0)
  const first = seen.filter((k) => k > last && v.occAt(k)).sort((a, b) => a - b)[0]
  if (first === undefined) return []
  const o = v.occAt(first)!
  const head = [...Array(o.to - o.from).keys()].map((k) => o.from + k).find((k) => !(v.head(k) >= o.from && v.head(k) < o.to)) ?? first
  return occsOf(v, head).filter((x) => x === o || x.from > o.from)
}

/** A person or body named in apposition inside a descriptor phrase, wherever the parser hung it ("The Minister for Central Asia, Tobias Ellwood,"). */
export function appositionRole(v: SentenceView, i: number, depth = 0): Occ | undefined {
  if (depth > 2) return undefined
  for (const c of v.children(i)) {
    if (v.deprel(c) === 'appos' && v.occAt(c) && v.occAt(c)!.m.type !== 'LOC') return v.occAt(c)
    if (v.deprel(c) === 'nmod' || v.deprel(c) === 'appos') { const o = appositionRole(v, c, depth + 1); if (o) return o }
  }
  return undefined
}
