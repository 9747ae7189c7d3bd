/**
 * Acts inside acts, for the learned event scorer (twenty-seventh session, issue #16): a statement about a violent act
 * ("X condemned the attack", "denounced the bombing of …", "accused Y of killing …", "blamed the bombing on Z") holds
 * two candidates, the statement's cue and the act's word under it. The golds code the statement (11, 12, 04 …) and
 * only sometimes the act as well, so the scorer is told, for every candidate, which candidates sit on the words
 * directly under its cue and on the words its cue hangs from: their class of root (the QuadClass pair, so violence is
 * `fx`) by the relation with its case or mark word ("obj", "advcl:of", "obl:for"), and against the candidate's own root.
 * Read from the parse and the candidates alone; nothing names a verb. (Conjoined with the cue's lemma, the governor's
 * lemma and the relation together with the root, the features lost root on the probe: twenty-seventh session.)
 * @module
 */
import type { AnnotatedDoc, Event } from '../../model/index.js'
import type { FeatureKeys } from '../json-model.js'

/** The roots of the candidates whose cue head is each token (by token index). */
export type CueRoots = ReadonlyMap<number, ReadonlySet<string>>

/** The cue roots of a document's candidates, by the token of each cue head (`headOf`: features.ts `cueHead`). */
export function cueRootsOf(events: readonly Event[], headOf: (e: Event) => number): CueRoots {
  const out = new Map<number, Set<string>>()
  for (const e of events) {
    const h = headOf(e)
    if (h < 0) continue
    let s = out.get(h)
    if (!s) out.set(h, (s = new Set()))
    s.add(e.cameoRoot)
  }
  return out
}

/**
 * The class of a root: verbal cooperation (01–05) `vc`, material cooperation (06–09) `mc`, verbal conflict (10–14)
 * `vx`, material conflict short of force (15–17) `mx`, force (18–20) `fx`. Statements about force are the case at hand,
 * so force stands apart from the rest of material conflict.
 */
export function rootClass(root: string): string {
  const n = Number(root)
  return n <= 5 ? 'vc' : n <= 9 ? 'mc' : n <= 14 ? 'vx' : n <= 17 ? 'mx' : 'fx'
}

type Syntax = NonNullable<AnnotatedDoc['syntax']>['tokens']

/** The relation of token i to its head: the deprel's main part with the case or mark word before it ("obl:for"). */
function relOf(syn: Syntax, i: number, from: number): string {
  const rel = syn[i]!.deprel.split(':')[0]!
  for (let k = Math.max(from, i - 6); k < i; k++) if (syn[k]!.head === i && (syn[k]!.deprel === 'case' || syn[k]!.deprel === 'mark')) return `${rel}:${syn[k]!.lemma.toLowerCase()}`
  return rel
}

/** Relations that carry an act's topic or content; subjects, modifiers of manner and the rest are no embedding. */
const EMBEDDING_RELS: ReadonlySet<string> = new Set(['obj', 'obl', 'nmod', 'ccomp', 'xcomp', 'advcl', 'acl', 'nsubj:pass'])

const embeds = (syn: Syntax, i: number): boolean => EMBEDDING_RELS.has(syn[i]!.deprel) || EMBEDDING_RELS.has(syn[i]!.deprel.split(':')[0]!)

/**
 * The features of candidate `e` with cue head `h` in the sentence of tokens [from, to]: `emb…` for a candidate on a word
 * under the cue (a child, or a child's object or `of`-phrase: "condemned the killing of …"), `embin…` for one on the word
 * the cue hangs from (its head, or its head's head through an object: "accused X of killing").
 */
export function embeddingFeatures(syn: Syntax, roots: CueRoots, e: Event, h: number, from: number, to: number, f: FeatureKeys): void {
  const root = e.cameoRoot
  for (let i = from; i <= to; i++) {
    if (i === h || !embeds(syn, i)) continue
    const up = syn[i]!.head
    const direct = up === h
    if (!direct && !(up >= 0 && up !== h && syn[up]!.head === h && embeds(syn, up))) continue
    const rs = roots.get(i)
    if (!rs) continue
    const rel = relOf(syn, direct ? i : up, from)
    for (const c of classesOf(rs)) { f.add('emb=', rel, c); f.add('emb|root=', root, c) }
  }
  upwardFeatures(syn, roots, root, h, from, f)
}

/** `embin…`: the candidates on the word the cue hangs from (up to two steps), by relation, against this root and that word's lemma. */
function upwardFeatures(syn: Syntax, roots: CueRoots, root: string, h: number, from: number, f: FeatureKeys): void {
  let k = h
  for (let step = 0; step < 2; step++) {
    if (!embeds(syn, k)) return
    const up = syn[k]!.head
    if (up < 0) return
    const rs = roots.get(up)
    if (rs) {
      const rel = relOf(syn, k, from)
      for (const c of classesOf(rs)) { f.add('embin=', rel, c); f.add('embin|root=', root, c) }
      return
    }
    k = up
  }
}

function classesOf(rs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  for (const r of rs) out.add(rootClass(r))
  return out
}
