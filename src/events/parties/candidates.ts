/**
 * The parties an event may have: for one coded event, every phrase of its sentence that can fill a role (named
 * mentions, at the granularity of their noun phrase: "Mr. Bush" for "Bush", phrases.ts; pronouns with an antecedent, a
 * subject pronoun without one as the name it likely stands for (pronouns.ts), descriptor phrases such as "the regime",
 * noun phrases that may name a party such as "15 school children": phrases.ts; a state's body or people as a country
 * named before it, inside it or most in the article: composed.ts), the coder's own choice of actor and target (which may come from elsewhere: a speaker, a force named
 * earlier), and nobody. Each candidate carries features for the party ranker (ranker.ts): the dependency path from the
 * cue to it, its label and case marker, the cue's voice, which side of the cue it stands on and how far, what it is (a name of which type, a descriptor, a
 * pronoun), whether the coder chose it for this slot or the other, whether it is the subject of a reporting verb above
 * the cue, its order among the candidates on its side, the clause below the cue it stands in with that clause's marker
 * ("if" of "would retaliate if Israel closed …"), and whether it stands inside the phrase of another event's cue ("in
 * fighting with Fatah" seen from "seized"); nobody carries the cue's core arguments. Nothing here is tuned to a sentence.
 * @module
 */
import type { AnnotatedDoc, Event, EventRole, Mention } from '../../model/index.js'
import { DEMONSTRATIVES, pronounInfo, SPEECH_VERB_LEMMAS } from '../../text/english.js'
import { defaultActorCoder, type DocCoder } from '../actor-codes.js'
import { isDescriptor } from '../descriptors.js'
import { cueHead } from '../scorer/features.js'
import { KeyHasher } from '../json-model.js'
import { firstSpanEndingAfter } from '../../text/offsets.js'
import { sentenceViews, type Occ, type SentenceView } from '../sentence-view.js'
import { partyPhrases, widenedNames, type Phrase } from './phrases.js'
import { articleCountry, compositions, countryNames, type Composed } from './composed.js'
import { antecedentNames, pronounRoles, type Antecedent } from './pronouns.js'

export type Slot = 'actor' | 'target'

/** One candidate filler of a slot: a role (undefined: nobody) and its features. */
export interface PartyCandidate {
  readonly role: EventRole | undefined
  /** The features as hash keys (json-model.ts), what the ranker scores. */
  readonly keys: readonly number[]
  /** The same features as strings, in the same order: only when asked for (training, tests), else empty. */
  readonly features: readonly string[]
}

/** What the candidates of one document's events share: the sentence views and every token's dependents. */
export interface PartyContext {
  readonly doc: AnnotatedDoc
  readonly views: readonly SentenceView[]
  readonly children: ReadonlyMap<number, readonly number[]>
  readonly mentions: ReadonlyMap<string, Mention>
  /** The document's events in text order (their own parties are context for a later sentence). */
  readonly events: readonly Event[]
  /** The actor code of a candidate, as the stage's actor coder gives it (its CAMEO sector is a feature). */
  readonly code: (r: EventRole) => string | undefined
  /** The noun phrase candidates of a sentence (phrases.ts), found once per sentence. */
  readonly phrases: (v: SentenceView) => readonly Phrase[]
  /** The names of a sentence's parties widened to their noun phrase (phrases.ts `widenedNames`), by mention id, found once per sentence. */
  readonly widened: (v: SentenceView | undefined) => ReadonlyMap<string, EventRole>
  /** Where each candidate stands from each cue head, found once (readings of one cue as other codes share them). */
  readonly places: Map<string, Place>
  /** The head tokens of the document's event cues (a party inside another act's phrase is that act's). */
  readonly cueHeads: ReadonlySet<number>
  /** The document's country and people names in text order (a state's body standing for one: composed.ts). */
  readonly names: readonly Mention[]
  /** The country the document names most (composed.ts `articleCountry`), found on first use. */
  readonly mainCountry: () => Mention | undefined
  /** A sentence's unlinked subject pronouns, each as the name it likely stands for (pronouns.ts), found once per sentence. */
  readonly pronouns: (v: SentenceView) => readonly Composed[]
  /** The way up from each cue head (its ancestors), found once per head for all its candidates. */
  readonly cueChains: Map<number, CueChain>
}

/** A token's ancestors with the labels climbed to reach each (the token itself first), and the set of them. */
export interface CueChain { readonly steps: ReadonlyArray<{ at: number; rel: string }>; readonly at: ReadonlySet<number> }

const ROLE_TYPES = new Set(['PER', 'ORG', 'NORP', 'LOC'])
const NO_ROLES: ReadonlyMap<string, EventRole> = new Map()

/** Mentions that can name a party: names of those types, and third-person pronouns that point back to one. */
function eligible(m: Mention): boolean {
  const t = m.text.toLowerCase()
  const pron = pronounInfo(t)
  return ROLE_TYPES.has(m.type) && !((m.kind === 'pronoun' || pron || DEMONSTRATIVES.has(t)) && !m.antecedentId) && !(pron && pron.person < 3)
}

/**
 * The context of a document's events; `coder` is the stage's coder of this document (its codes are reused for the
 * chosen parties); `ranked`: the events whose candidates will be asked for (only their sentences get role mentions).
 */
export function partyContext(doc: AnnotatedDoc, events: readonly Event[] = [], coder: DocCoder = defaultActorCoder().forDoc(doc), ranked: readonly Event[] = events): PartyContext {
  const text = doc.article.text
  const words = (doc.tokens ?? []).map((t) => text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"))
  const children = new Map<number, number[]>()
  ;(doc.syntax?.tokens ?? []).forEach((t, i) => { if (t.head >= 0) (children.get(t.head) ?? children.set(t.head, []).get(t.head)!).push(i) })
  const mentions = new Map((doc.mentions ?? []).map((m) => [m.id, m]))
  // the candidates of an event come from its cue's sentence: only those sentences need their role mentions
  const cued = new Set(doc.syntax ? ranked.map((e) => cueSentence(doc, cueHead(doc, e))) : [])
  const views = sentenceViews(doc, words, eligible, { descriptors: true, only: cued })
  const code = (r: EventRole) => coder.code(r)
  const found = new Map<number, readonly Phrase[]>()
  const phrasesOf = (v: SentenceView) => found.get(v.index) ?? found.set(v.index, partyPhrases(v, text, doc.tokens ?? [], code)).get(v.index)!
  const wideFound = new Map<number, ReadonlyMap<string, EventRole>>()
  const widenedOf = (v: SentenceView | undefined) => !v ? NO_ROLES : wideFound.get(v.index) ??
    wideFound.set(v.index, new Map(widenedNames(v, text, doc.tokens ?? []).map((w) => [w.mentionId!, w]))).get(v.index)!
  let antecedents: readonly Antecedent[] | undefined
  const pronounsFound = new Map<number, readonly Composed[]>()
  const pronounsOf = (v: SentenceView) => pronounsFound.get(v.index) ??
    pronounsFound.set(v.index, pronounRoles(doc, v, antecedents ??= antecedentNames(doc))).get(v.index)!
  const cueHeads = new Set(doc.syntax ? events.map((e) => cueHead(doc, e)).filter((h) => h >= 0) : [])
  const names = countryNames(doc)
  let main: { m: Mention | undefined } | undefined
  const mainCountry = () => (main ??= { m: articleCountry(names, (m) => countryCode(code(roleOf(doc, m)))) }).m
  return { doc, views, children, mentions, events: [...events].sort((a, b) => a.cue.start - b.cue.start), code, phrases: phrasesOf, widened: widenedOf, places: new Map(), cueHeads, names, mainCountry, pronouns: pronounsOf, cueChains: new Map() }
}

/** The country part of an actor code ("IRQ" of "IRQGOV"), none for a lone agent ("---COP"). */
function countryCode(code: string | undefined): string | undefined {
  const c = code?.slice(0, 3)
  return c && c !== '---' ? c : undefined
}

/** The role an occurrence fills (as the coder's emitter writes it). */
function roleOf(doc: AnnotatedDoc, m: Mention): EventRole {
  if (isDescriptor(m)) return { start: m.start, end: m.end, text: m.text }
  return { mentionId: m.id, ...(m.entityId ? { entityId: m.entityId } : {}), start: m.start, end: m.end, text: doc.article.text.slice(m.start, m.end) }
}

/**
 * Actor and target are one party: the same span, text (in any case) or entity, or overlapping spans. `al`, `tl`: their texts in lower case,
 * when the caller compares many pairs and lower-cases each text once.
 */
export function sameParty(a: EventRole | undefined, t: EventRole | undefined, al = a?.text.toLowerCase(), tl = t?.text.toLowerCase()): boolean {
  if (!a || !t) return false
  // one span inside the other ("the Fatah movement" and "Fatah") names one party
  return sameSpan(a, t) || al === tl || (!!a.entityId && a.entityId === t.entityId) || (a.start < t.end && t.start < a.end)
}

export const sameSpan = (a: EventRole | undefined, b: EventRole | undefined): boolean =>
  a === b || (!!a && !!b && a.start === b.start && a.end === b.end)

/**
 * The coder's own party, or its name widened to its noun phrase ("Mr. Bush" for the coder's "Bush": the same mention,
 * the same end, more words before it): both carry the coder's choice (its features and the ranker's bonus).
 */
export const ownParty = (r: EventRole | undefined, own: EventRole | undefined): boolean =>
  sameSpan(r, own) || (!!r?.mentionId && !!own && r.mentionId === own.mentionId && r.end === own.end && r.start < own.start)

/** One role: the same span standing for the same mention (a state's body and the same phrase composed with its country are two). */
export const sameRole = (a: EventRole | undefined, b: EventRole | undefined): boolean =>
  sameSpan(a, b) && (a?.mentionId ?? '') === (b?.mentionId ?? '')

/** The head token of a token range: the first whose head lies outside it. */
function headOf(doc: AnnotatedDoc, from: number, to: number): number {
  const syn = doc.syntax?.tokens ?? []
  for (let i = from; i < to; i++) { const h = syn[i]?.head ?? -1; if (h < from || h >= to) return i }
  return from
}

/** The token range of a role's span (−1 when no token covers it). */
function tokenRange(doc: AnnotatedDoc, r: EventRole): { from: number; to: number } {
  const ts = doc.tokens ?? []
  const from = firstSpanEndingAfter(ts, r.start)
  if (from >= ts.length || ts[from]!.start >= r.end) return { from: -1, to: -1 }
  let to = from + 1
  while (to < ts.length && ts[to]!.start < r.end) to++
  return { from, to }
}

/** Ancestors of a token with the labels climbed to reach each, the token itself first. */
function chain(doc: AnnotatedDoc, i: number): Array<{ at: number; rel: string }> {
  const syn = doc.syntax?.tokens ?? []
  const out = [{ at: i, rel: '' }]
  for (let k = i, guard = 0; guard < 20 && (syn[k]?.head ?? -1) >= 0; guard++) { out.push({ at: syn[k]!.head, rel: syn[k]!.deprel }); k = syn[k]!.head }
  return out
}

/** The dependency path from the cue's head up to the common ancestor and down to the candidate: "^nsubj" , "^xcomp_nsubj". */
export function depPath(doc: AnnotatedDoc, from: number, to: number, upFrom?: CueChain): string {
  if (from < 0 || to < 0) return 'none'
  return pathDown(upFrom ?? cueChain(doc, from), fillDown(doc, to))
}

/** The label before its first ":" ("nsubj" of "nsubj:pass"), as `split(':')[0]` gives it. */
const relHead = (rel: string): string => { const i = rel.indexOf(':'); return i < 0 ? rel : rel.slice(0, i) }

/**
 * A candidate's way up (`chain`) in buffers reused from candidate to candidate: `DOWN_AT[i]` the i-th token (the
 * candidate first), `DOWN_REL[i]` the label climbed to reach it; `fillDown` gives the length (at most 21).
 */
const DOWN_AT = new Int32Array(21)
const DOWN_REL: string[] = new Array<string>(21).fill('')
function fillDown(doc: AnnotatedDoc, i: number): number {
  const syn = doc.syntax?.tokens ?? []
  DOWN_AT[0] = i; DOWN_REL[0] = ''
  let n = 1
  for (let k = i, guard = 0; guard < 20 && (syn[k]?.head ?? -1) >= 0; guard++) { DOWN_AT[n] = syn[k]!.head; DOWN_REL[n] = syn[k]!.deprel; n++; k = syn[k]!.head }
  return n
}

/** `depPath` from the cue's chain and the candidate's (the `n` steps in the buffers): the first step up that the way down shares. */
function pathDown(up: CueChain, n: number): string {
  const steps = up.steps
  let ui = -1
  let di = -1
  for (let u = 0; u < steps.length && ui < 0; u++) {
    const at = steps[u]!.at
    for (let d = 0; d < n; d++) if (DOWN_AT[d] === at) { ui = u; di = d; break }
  }
  if (ui < 0) return 'apart'
  if (ui + di > 4) return 'long'
  let out = ''
  for (let u = 1; u <= ui; u++) out += `^${relHead(steps[u]!.rel)}`
  for (let d = di; d >= 1; d--) out += `_${DOWN_REL[d]!}`
  return out || 'self'
}

/** Labels that open a clause of its own below a word (a participle, a relative or content clause, an adverbial). */
const CLAUSAL = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'csubj', 'parataxis'])

/** The word that marks a clause or phrase ("if" of "if Israel barred …", "after", "with"), '' when none. */
function markOf(ctx: PartyContext, i: number): string {
  const syn = ctx.doc.syntax?.tokens ?? []
  const c = (ctx.children.get(i) ?? []).find((k) => k < i && (syn[k]!.deprel === 'mark' || syn[k]!.deprel === 'case'))
  return c === undefined ? '' : syn[c]!.lemma.toLowerCase()
}

/**
 * The clause the candidate stands in below the cue's clause, by the label that opens it ("acl" for "the border" of "a
 * measure calling for fencing along the border"), '' when none: a party of that clause's act, seldom of the cue's.
 * The cue's own conjuncts and xcomp chain above it do not count; only the way down from the common ancestor.
 */
export function clauseBelow(doc: AnnotatedDoc, from: number, to: number): string {
  if (from < 0 || to < 0) return ''
  return below(cueChain(doc, from), fillDown(doc, to), from, new Set()).rel
}

/** The chain of a token (`chain`) with the set of its tokens. */
function cueChain(doc: AnnotatedDoc, i: number): CueChain {
  const steps = chain(doc, i)
  return { steps, at: new Set(steps.map((u) => u.at)) }
}

/**
 * The way down from the cue's and the candidate's common ancestor (the candidate's `n` steps in the buffers): the top
 * clause opened (label, head), and whether a word passed is another event's cue head (one of `cueHeads` but `h`).
 */
function below(up: CueChain, n: number, h: number, cueHeads: ReadonlySet<number>): { rel: string; at: number; via: boolean } {
  const ups = up.at
  let rel = ''
  let at = -1
  let via = false
  // each step's label is the one climbed to reach its word; stop at the common ancestor
  for (let i = 1; i < n && !ups.has(DOWN_AT[i - 1]!); i++) {
    const r = relHead(DOWN_REL[i]!)
    if (CLAUSAL.has(r)) { rel = r; at = DOWN_AT[i - 1]! }
    const k = DOWN_AT[i]!
    if (!ups.has(k) && k !== h && cueHeads.has(k)) via = true
  }
  return { rel, at, via }
}

const bucket = (n: number, edges: readonly number[]): string => {
  const i = edges.findIndex((x) => n <= x)
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`
}

/** What a role is: a descriptor phrase, a pronoun, or a name of its entity type (subtype). */
function kindOf(ctx: PartyContext, r: EventRole): string {
  if (pronounInfo(r.text.toLowerCase())) return 'pron'
  if (!r.mentionId) return 'desc'
  const m = ctx.mentions.get(r.mentionId)
  return m ? `${m.type}${m.subtype ? `/${m.subtype}` : ''}` : 'name'
}

/** The cue's voice: passive when its head has a passive subject or auxiliary. */
function voiceOf(ctx: PartyContext, h: number): string {
  const syn = ctx.doc.syntax?.tokens ?? []
  return (ctx.children.get(h) ?? []).some((c) => /:pass$/.test(syn[c]!.deprel)) ? 'pass' : 'act'
}

/** The case marker of a nominal: "by" of "by the army", "against" … ('' when none). */
function caseMark(ctx: PartyContext, i: number): string {
  const syn = ctx.doc.syntax?.tokens ?? []
  const c = (ctx.children.get(i) ?? []).find((k) => syn[k]!.deprel === 'case')
  return c === undefined ? '' : syn[c]!.lemma.toLowerCase()
}

/** What a candidate is and where it stands from the cue: the same for both slots. */
export interface Place {
  readonly kind: string
  readonly path: string
  readonly rel: string
  readonly voice: string
  readonly dir: string
  readonly lemma: string
  readonly sector: string
  readonly sameSentence: boolean
  /** Signed token distance from the cue's head (candidate − cue; NaN when apart). */
  readonly dist: number
  /** The candidate's head token (−1 when no token covers it). */
  readonly at: number
  /** The cue head's own label ("root", "ccomp" …). */
  readonly cueRel: string
  /** What a noun phrase candidate looks like (phrases.ts); none for names, pronouns and descriptors. */
  readonly traits: readonly string[]
  /** The clause below the cue's that the candidate stands in (clauseBelow), '' when none. */
  readonly below: string
  /** That clause's marker ("if", "after", "to"), '' when none. */
  readonly belowMark: string
  /** The candidate stands inside the phrase or clause of another event's cue ("in fighting with Fatah" seen from "seized"). */
  readonly viaEvent: boolean
  /** `kind` before its "/" ("ORG" of "ORG/GOV"), how it was composed ("comp", "incl", or none), `dir` before its "|", `rel` before its "|". */
  readonly kindBase: string
  readonly how: string | undefined
  readonly side: string
  readonly relBase: string
}

/** The part of a string before its first `sep`, as `split(sep)[0]` gives it. */
const before = (s: string, sep: string): string => { const i = s.indexOf(sep); return i < 0 ? s : s.slice(0, i) }

function placeOf(ctx: PartyContext, r: EventRole, h: number, traits?: readonly string[], composedWith?: Composed): Place {
  const syn = ctx.doc.syntax?.tokens ?? []
  const range = tokenRange(ctx.doc, r)
  const x = range.from < 0 ? -1 : headOf(ctx.doc, range.from, range.to)
  const sameSentence = x >= 0 && h >= 0 && ctx.doc.tokens![x]!.sentence === ctx.doc.tokens![h]!.sentence
  const code = ctx.code(r)
  const up = sameSentence ? ctx.cueChains.get(h) ?? ctx.cueChains.set(h, cueChain(ctx.doc, h)).get(h)! : undefined
  const n = up ? fillDown(ctx.doc, x) : 0
  const path = up ? pathDown(up, n) : 'apart'
  const down = up ? below(up, n, h, ctx.cueHeads) : { rel: '', at: -1, via: false }
  const cueRel = h >= 0 ? (syn[h]?.deprel ?? '?').split(':')[0]! : 'none'
  const kind = composedWith ? `${composedWith.how}/${composedWith.name.type}` : traits ? `np${traits[0] === 'name' ? '+name' : ''}` : kindOf(ctx, r)
  const rel = x >= 0 ? `${syn[x]?.deprel ?? '?'}|${caseMark(ctx, x)}` : 'none'
  const dir = x < 0 || h < 0 ? 'apart' : `${x < h ? 'before' : 'after'}|${bucket(Math.abs(x - h), [1, 2, 4, 8, 16])}`
  return {
    kind, traits: traits ?? [], path, sameSentence,
    below: down.rel, belowMark: down.at >= 0 ? markOf(ctx, down.at) : '', viaEvent: down.via,
    rel, voice: h >= 0 ? voiceOf(ctx, h) : 'act', dir,
    // the parts of these the features use on every reading
    kindBase: before(kind, '/'), how: /^(comp|incl|art|pron)\//.exec(kind)?.[1], side: before(dir, '|'), relBase: before(rel, '|'),
    lemma: h >= 0 ? syn[h]!.lemma : '',
    // the sector of the candidate's actor code (GOV, MIL, REB …), never its country
    sector: code === undefined ? 'uncoded' : code.slice(3, 6) || 'STATE',
    dist: sameSentence ? x - h : NaN, at: x, cueRel,
  }
}

/** The subjects of the reporting verbs ("said", "told") above the cue: who speaks rather than acts. */
function speakers(ctx: PartyContext, h: number): Set<number> {
  const syn = ctx.doc.syntax?.tokens ?? []
  const out = new Set<number>()
  for (let k = syn[h]?.head ?? -1, guard = 0; k >= 0 && guard < 8; k = syn[k]!.head, guard++) {
    if (!SPEECH_VERB_LEMMAS.has(syn[k]!.lemma.toLowerCase())) continue
    for (const c of ctx.children.get(k) ?? []) if (syn[c]!.deprel === 'nsubj') out.add(c)
  }
  return out
}

/** Where a candidate stands among the others on its side of the cue: 0 the nearest, 1 the next, 2 further. */
function orders(places: ReadonlyArray<Place | undefined>): number[] {
  const out = new Array<number>(places.length)
  for (let i = 0; i < places.length; i++) out[i] = orderOf(places, places[i])
  return out
}

/** One candidate's order: how many other tokens (up to 2) stand nearer the cue on its side (−1 when apart or nobody). */
function orderOf(places: ReadonlyArray<Place | undefined>, p: Place | undefined): number {
  if (!p || Number.isNaN(p.dist)) return -1
  let first = -1
  for (const q of places) {
    if (!q || Number.isNaN(q.dist) || Math.sign(q.dist) !== Math.sign(p.dist) || Math.abs(q.dist) >= Math.abs(p.dist) || q.at === p.at) continue
    if (first < 0) first = q.at
    else if (q.at !== first) return 2
  }
  return first < 0 ? 0 : 1
}

/** What a candidate is in its event's sentence, beyond its own place: the speaker of a reporting verb, its order on its side. */
interface Standing { readonly speaker: boolean; readonly order: number; readonly around: readonly string[] }

const CORE_PATHS = ['_obj', '_obl', '_nsubj', '_nsubj:pass', '_iobj', '_obl:agent']

/** For nobody: which core arguments the cue has among the candidates, and how many candidates share its sentence. */
function around(places: ReadonlyArray<Place | undefined>): string[] {
  const paths = new Set(places.map((p) => p?.path))
  const near = places.filter((p) => p?.sameSentence).length
  return [...CORE_PATHS.filter((x) => paths.has(x)).map((x) => `has=${x}`), `n=${bucket(near, [0, 1, 2, 4])}`]
}

/**
 * A candidate's features as they are built: hash keys (json-model.ts: a feature is its slot letter, a head and parts
 * joined by "|", fed to the hasher in order, never concatenated), and their strings too when asked (training, tests).
 */
class FeatureList {
  /** The keys built so far (the first `n`), in a buffer reused from candidate to candidate. */
  private readonly buf: number[] = []
  private n = 0
  strings: string[] | undefined
  constructor(private readonly h: KeyHasher, private readonly lead: string) {}

  /** Start a candidate's features (its strings too when `strings`). */
  reset(strings: boolean): this { this.n = 0; this.strings = strings ? [] : undefined; return this }

  /** The keys of this candidate's features, in order (a copy: the buffer is reused). */
  keys(): number[] { return this.buf.slice(0, this.n) }

  /** The feature `${lead}${head}${[a, b, c].join('|')}` (parts left undefined are left out). */
  add(head: string, a?: string, b?: string, c?: string): void {
    const h = this.h.start().feed(head)
    if (a !== undefined) h.feed(a)
    if (b !== undefined) h.feed('|').feed(b)
    if (c !== undefined) h.feed('|').feed(c)
    this.buf[this.n++] = h.key()
    if (this.strings) this.strings.push(`${this.lead}${head}${[a, b, c].filter((x) => x !== undefined).join('|')}`)
  }
}

const LISTS: Record<Slot, FeatureList> = { actor: new FeatureList(new KeyHasher('A'), 'A'), target: new FeatureList(new KeyHasher('T'), 'T') }

/** Features of nobody for one slot. */
function noneFeatures(f: FeatureList, e: Event, own: EventRole | undefined, st: Standing): void {
  const root = e.cameoRoot
  const some = own ? 'some' : 'none'
  f.add('none'); f.add('none|r=', root); f.add('none|own=', some); f.add('none|own|r=', some, root); f.add('none|m=', `${e.modality}`)
  for (const x of st.around) f.add('none|', x)
}

/** Features of one candidate for one slot (keys, and strings prefixed by the slot when `strings`). */
function features(e: Event, slot: Slot, r: EventRole | undefined, p: Place | undefined, prev: Event | undefined, st: Standing, strings: boolean): FeatureList {
  const f = LISTS[slot].reset(strings)
  const own = slot === 'actor' ? e.actor : e.target
  if (!r || !p) { noneFeatures(f, e, own, st); return f }
  const other = slot === 'actor' ? e.target : e.actor
  const root = e.cameoRoot
  const { kind: k, path, rel, voice, dir, sector, kindBase: kb, how, side } = p
  f.add('k=', k); f.add('k|r=', kb, root); f.add('p=', path); f.add('p|v=', path, voice); f.add('p|r=', path, root)
  f.add('rel=', rel); f.add('rel|r=', rel, root); f.add('rel|v=', rel, voice); f.add('dir=', dir); f.add('lem|p=', p.lemma, path)
  f.add('sec=', sector); f.add('sec|r=', sector, root)
  for (const t of p.traits) { f.add('np=', t); f.add('np|sec=', t, sector) }
  if (p.below) { f.add('below=', p.below); f.add('below|k=', p.below, kb); f.add('below|r=', p.below, root); f.add('below|m=', p.below, p.belowMark) }
  if (how) { f.add(`${how}|p=`, path); f.add(`${how}|sec=`, sector) }
  if (p.viaEvent) { f.add('via'); f.add('via|r=', root); f.add('via|rel=', rel) }
  if (path === 'long') { f.add('ends=', p.cueRel, rel); f.add('ends|r=', p.cueRel, p.relBase, root) }
  if (st.speaker) { f.add('spk'); f.add('spk|r=', root) }
  if (st.order >= 0) { const o = ORDER_TEXT[st.order]!; f.add('ord=', side, o); f.add('ord|v=', side, o, voice) }
  if (ownParty(r, own)) { f.add('own'); f.add('own|r=', root); f.add('own|k=', kb); f.add('own|p=', path) }
  if (ownParty(r, other)) { f.add('other'); f.add('other|p=', path) }
  if (!p.sameSentence && prev) prevFeatures(f, r, prev, root)
  return f
}

/** The orders a candidate can have (`orderOf`) as the feature writes them. */
const ORDER_TEXT = ['0', '1', '2']

/** A candidate outside the cue's sentence that names the previous event's actor or target. */
function prevFeatures(f: FeatureList, r: EventRole, prev: Event, root: string): void {
  const t = r.text.toLowerCase()
  if (prev.actor && prev.actor.text.toLowerCase() === t) { f.add('prevA'); f.add('prevA|r=', root) }
  if (prev.target && prev.target.text.toLowerCase() === t) { f.add('prevT'); f.add('prevT|r=', root) }
}

const cueSentence = (doc: AnnotatedDoc, h: number): number => (h >= 0 ? doc.tokens![h]!.sentence : -1)

/** The candidate roles of a slot: the sentence's parties, the coder's own choices, and nobody. */
function candidateRoles(ctx: PartyContext, e: Event, h: number, prev: Event | undefined, traits: Map<EventRole, readonly string[]>, composed: Map<EventRole, Composed>): Array<EventRole | undefined> {
  const v = ctx.views[cueSentence(ctx.doc, h)]
  // a name at the granularity of its noun phrase ("Mr. Bush" for "Bush", phrases.ts `widenedNames`): the same mention, so
  // the same features and entity; the golds name such parties by the whole phrase
  const wider = ctx.widened(v)
  const roles: Array<EventRole | undefined> = (v?.occs ?? []).map((o: Occ) => wider.get(o.m.id) ?? roleOf(ctx.doc, o.m))
  if (v) for (const p of ctx.phrases(v)) { roles.push(p.role); traits.set(p.role, p.traits) }
  // a state's body or a country's people, also as the country named before it or inside its phrase, or as the
  // article's country (composed.ts)
  const named = (r: EventRole) => traits.get(r)?.[0] === 'name' || hasName(ctx.doc, r)
  for (const r of [...roles]) {
    for (const c of r ? compositions(ctx.doc.article.text, r, ctx.names, ctx.mainCountry, named) : []) { roles.push(c.role); composed.set(c.role, c) }
  }
  // an unlinked pronoun as the name it most likely stands for (pronouns.ts)
  if (v) for (const c of ctx.pronouns(v)) { roles.push(c.role); composed.set(c.role, c) }
  for (const own of [e.actor, e.target]) if (own && !roles.some((r) => ownParty(r, own))) roles.push(stripCode(own))
  for (const r of [prev?.actor, prev?.target]) if (r && !roles.some((x) => x && x.text.toLowerCase() === r.text.toLowerCase())) roles.push(stripCode(r))
  roles.push(undefined)
  return roles
}

/** Does a name lie inside the role's span ("Hamas fighters", "a Moscow court")? */
const hasName = (doc: AnnotatedDoc, r: EventRole): boolean =>
  (doc.mentions ?? []).some((m) => m.kind === 'name' && m.start >= r.start && m.end <= r.end)

/** The last event with an actor in an earlier sentence: whom the article was talking about. */
function previousEvent(ctx: PartyContext, e: Event): Event | undefined {
  let prev: Event | undefined
  for (const x of ctx.events) {
    if (x.sentence.start >= e.sentence.start) break
    if (x.actor) prev = x
  }
  return prev
}

const NO_SLOT: ReadonlySet<Slot> = new Set()
/** The feature strings of a candidate built without them (one shared empty list). */
const NO_STRINGS: readonly string[] = Object.freeze([])

const stripCode = (r: EventRole): EventRole => { const { code: _code, ...rest } = r; return rest }

/**
 * The candidates of both slots of an event (the same roles, in the same order), with their features. A `fixed` slot
 * (the coder's party there is final) has only the coder's own candidate: the others' features are never built.
 */
export function eventCandidates(ctx: PartyContext, e: Event, fixed: ReadonlySet<Slot> = NO_SLOT, strings = true): Record<Slot, PartyCandidate[]> {
  const h = ctx.doc.syntax ? cueHead(ctx.doc, e) : -1
  const prev = previousEvent(ctx, e)
  const traits = new Map<EventRole, readonly string[]>()
  const composed = new Map<EventRole, Composed>()
  const roles = candidateRoles(ctx, e, h, prev, traits, composed)
  const places = roles.map((role) => {
    if (!role) return undefined
    const key = `${h}:${role.start}:${role.end}:${role.mentionId ?? ''}:${traits.has(role) ? 'np' : composed.get(role)?.how ?? ''}`
    return ctx.places.get(key) ?? ctx.places.set(key, placeOf(ctx, role, h, traits.get(role), composed.get(role))).get(key)!
  })
  const spk = h >= 0 ? speakers(ctx, h) : new Set<number>()
  const ord = orders(places)
  const ar = around(places)
  const standing = places.map((p, i): Standing => ({ speaker: !!p && spk.has(p.at), order: ord[i]!, around: ar }))
  const of = (slot: Slot): PartyCandidate[] => {
    const own = fixed.has(slot) ? e[slot] : undefined
    // the fixed slot's only candidate needs no score; the open slot's candidates that are the fixed party can never be chosen
    if (own) return roles.filter((role) => ownParty(role, own)).map((role) => ({ role, keys: [], features: [] }))
    const other = fixed.has(slot === 'actor' ? 'target' : 'actor') ? e[slot === 'actor' ? 'target' : 'actor'] : undefined
    const out: PartyCandidate[] = []
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i]
      if (other && sameParty(role, other)) continue
      const f = features(e, slot, role, places[i], prev, standing[i]!, strings)
      out.push({ role, keys: f.keys(), features: f.strings ?? NO_STRINGS })
    }
    return out
  }
  return { actor: of('actor'), target: of('target') }
}
