/**
 * The learned root proposer (models/events/proposer.json, trained by `npm run train:events`,
 * scripts/train-events-proposer.ts): for a candidate the coder codes at a predicate or event noun, which other CAMEO
 * roots the hand-coded golds give acts read like it — its lemma, its object's and obliques' heads and their kinds
 * (a person, a place, a group, a weapon), the preposition, the voice, negation, the governing word, the dictionary's
 * code. One logistic regression per root (one against the rest) over those features; a root it believes at or over
 * the model's threshold is proposed as a loose alternative of the same cue and parties (src/events/alternatives.ts),
 * and the event scorer keeps or drops it under the same out-of-fold objective as every loose candidate.
 * Generalises the per-lemma code table (a lemma seen in two articles) to what the lemma's context says.
 * @module
 */
import { z } from 'zod'
import type { Candidate } from '../candidate.js'
import { cameoRoot } from '../cameo.js'
import { addRows, FeatureKeys, hashRows, shippedModel, type HashedRows } from '../json-model.js'
import { ATTACKER_NOUNS, PEOPLE_NOUNS } from '../lexicon.js'
import type { SentenceView } from '../sentence-view.js'

const RootModel = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) })
export const ProposerModel = z.object({
  version: z.literal(1),
  /** A root is proposed when its probability is at or over this (chosen out of fold). */
  threshold: z.number().min(0).max(1),
  /** At most this many roots per candidate, most probable first. */
  maxRoots: z.number().int().positive(),
  /** One model per root, the root's probability of being the gold's for an act the coder coded with another root. */
  roots: z.record(z.string(), RootModel),
  /** The code a proposed root takes: the lemma's own gold code for that root where seen, else the root's commonest. */
  codes: z.record(z.string(), z.string()),
  lemmaCodes: z.record(z.string(), z.string()),
  /**
   * The re-coder (twenty-first session): a root believed at this or over replaces the candidate's own code instead of
   * being proposed beside it (chosen out of fold; absent: none replaced).
   */
  replaceMin: z.number().min(0).max(1).optional(),
})
export type ProposerModel = z.infer<typeof ProposerModel>

const shipped = shippedModel(new URL('../../../models/events/proposer.json', import.meta.url), ProposerModel, 'the learned root proposer', 'npm run train:events')

/** Set the proposer model (null: none, as training reads candidates; undefined: the shipped models/events/proposer.json). */
export const useProposer: (m: ProposerModel | null | undefined) => void = shipped.use
const proposer: () => ProposerModel | null = shipped.get

/** Training's probe: called with the features of every candidate the proposer reads (its cue token and own root, the keys scored). */
let probe: ((from: number, root: string, features: string[], keys: readonly number[]) => void) | undefined
export function setProposerProbe(f: typeof probe): void { probe = f }

/** The kind of an argument head: the role mention's type, a person, a weapon or attacker, another thing. */
function kindOf(v: SentenceView, i: number): string {
  const occ = v.occAt(i)
  if (occ) return occ.m.type
  const l = v.lemma(i).toLowerCase()
  return PEOPLE_NOUNS.has(l) ? 'person' : ATTACKER_NOUNS.has(l) ? 'weapon' : v.upos(i) === 'PROPN' ? 'name' : 'thing'
}

/** The preposition (case child) of an oblique or nominal modifier, or ''. */
function caseOf(v: SentenceView, i: number): string {
  const c = v.children(i).find((k) => v.deprel(k) === 'case')
  return c === undefined ? '' : v.lemma(c).toLowerCase()
}

/** The features of a candidate's predicate (its anchor) in its sentence, as strings (training, tests). */
export function proposerFeatures(v: SentenceView, c: Candidate): string[] {
  return [...buildFeatures(v, c, new FeatureKeys(true)).strings!]
}

/** The candidate's features into `f` (reset first): keys, and strings when `f` keeps them. */
function buildFeatures(v: SentenceView, c: Candidate, f: FeatureKeys): FeatureKeys {
  f.reset()
  const p = c.anchor
  const lemma = v.lemma(p).toLowerCase()
  const own = cameoRoot(c.code)
  f.add('own=', own); f.add('code=', c.code); f.add('lemma=', lemma); f.add('lemma|own=', lemma, own); f.add('upos=', v.upos(p))
  f.add('deprel=', baseRel(v.deprel(p))); f.add('mod=', c.modality); f.add('specific=', c.specific ? 'true' : 'false')
  f.add('parties=', PARTIES[(c.actors.length ? 2 : 0) + (c.targets.length ? 1 : 0)])
  // a phrase cue's words ("called for", "staged a protest"): the particle or noun that settles the verb's code
  if (c.last > c.from) {
    f.begin('cue=')
    for (let k = c.from; k <= c.last; k++) (k > c.from ? f.feed(' ') : f).feed(v.lemma(k).toLowerCase())
    f.end()
  }
  const h = v.head(p)
  f.add('gov=', h >= 0 && h !== p ? v.lemma(h).toLowerCase() : 'ROOT')
  for (const k of v.children(p)) childFeatures(v, k, lemma, own, f)
  return f
}

const PARTIES = ['--', '-t', 'a-', 'at']
const baseRel = (rel: string): string => { const i = rel.indexOf(':'); return i < 0 ? rel : rel.slice(0, i) }

/** The features one child `k` of the predicate adds (its object, oblique, subject, negation, clause, particle). */
function childFeatures(v: SentenceView, k: number, lemma: string, own: string, f: FeatureKeys): void {
  const rel = v.deprel(k)
  const kl = v.lemma(k).toLowerCase()
  if (rel === 'obj' || rel === 'nsubj:pass') {
    const kind = kindOf(v, k)
    f.add(rel === 'obj' ? 'obj' : 'passive'); f.add('arg=', kl); f.add('lemma|arg=', lemma, kl); f.add('argkind=', kind)
    f.add('lemma|argkind=', lemma, kind); f.add('own|argkind=', own, kind)
  } else if (rel.startsWith('obl') || rel === 'nmod') {
    const prep = caseOf(v, k)
    const kind = kindOf(v, k)
    f.add('prep=', prep); f.add('lemma|prep=', lemma, prep); f.add('prep|kind=', prep, kind); f.add('lemma|prep|kind=', lemma, prep, kind); f.add('obl=', kl)
  } else if (rel === 'nsubj') {
    f.add('subjkind=', kindOf(v, k)); f.add('subj=', kl)
  } else if (rel === 'advmod' && (kl === 'not' || kl === 'never')) f.add('neg')
  else if (rel === 'mark' || rel === 'xcomp' || rel === 'ccomp') f.begin(rel).feed('=').feed(kl).end()
  else if (rel === 'compound:prt') { f.add('prt=', kl); f.add('lemma|prt=', lemma, kl) }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * May the proposer read a candidate of root `own` as root `root`? Not a material act of conflict (15–20, done) as a
 * verbal act (01–05, 10–13: said): the doer of the act would become the speaker ("the regime used chemical weapons"
 * is no accusation by the regime; the golds' accusation there is someone else's).
 */
export function mayPropose(own: string, root: string): boolean {
  return !(own >= '15' && (root <= '05' || (root >= '10' && root <= '13')))
}

/** What the proposer reads in a candidate: a code to replace its own (the re-coder), and the codes to propose beside it. */
export interface ProposerReading { readonly replace?: string; readonly codes: readonly string[] }

/**
 * The roots the model proposes for a candidate (never its own root nor those in `skip`), with their codes; the most
 * probable one replaces the candidate's code instead when it is believed at the model's `replaceMin` or over.
 */
export function proposerReading(v: SentenceView, c: Candidate, skip: ReadonlySet<string>): ProposerReading {
  const m = proposer()
  const own = cameoRoot(c.code)
  if (!m && !probe) return { codes: [] }
  const f = buildFeatures(v, c, probe ? new FeatureKeys(true) : KEYS)
  probe?.(c.from, own, f.strings!, Array.from(f.keys.subarray(0, f.length)))
  if (!m) return { codes: [] }
  const lemma = v.lemma(c.anchor).toLowerCase()
  const scored: Array<[string, number]> = []
  const r = rootsOf(m)
  const sums = r.sums
  sums.set(r.biases)
  addRows(r.rows, f.keys, f.length, sums)
  for (let i = 0; i < r.roots.length; i++) {
    const root = r.roots[i]!
    if (root === own || skip.has(root) || !mayPropose(own, root)) continue
    const pr = sigmoid(sums[i]!)
    if (pr >= Math.min(m.threshold, m.replaceMin ?? 1)) scored.push([root, pr])
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const code = (root: string) => m.lemmaCodes[`${lemma}|${root}`] ?? m.codes[root] ?? `${root}0`
  if (m.replaceMin !== undefined && scored[0] && scored[0][1] >= m.replaceMin) return { replace: code(scored[0][0]), codes: [] }
  return { codes: scored.filter(([, pr]) => pr >= m.threshold).slice(0, m.maxRoots).map(([root]) => code(root)) }
}

/** The run-time features, reused from candidate to candidate (keys only). */
const KEYS = new FeatureKeys()

/** A proposer model's roots in its order, their biases, their weights merged into rows, and the sums' buffer. */
interface Roots { readonly roots: readonly string[]; readonly biases: Float64Array; readonly rows: HashedRows; readonly sums: Float64Array }
const rootsOfModel = new WeakMap<ProposerModel, Roots>()
function rootsOf(m: ProposerModel): Roots {
  let r = rootsOfModel.get(m)
  if (!r) {
    const entries = Object.entries(m.roots)
    r = {
      roots: entries.map(([root]) => root), biases: Float64Array.from(entries, ([, rm]) => rm.bias),
      rows: hashRows(entries.map(([, rm]) => rm.weights)), sums: new Float64Array(entries.length),
    }
    rootsOfModel.set(m, r)
  }
  return r
}
