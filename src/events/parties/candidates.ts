/**
 * The parties an event may have: for one coded event, every phrase of its sentence that can fill a role (named
 * mentions, pronouns with an antecedent, descriptor phrases such as "the regime", noun phrases that may name a party
 * such as "15 school children": phrases.ts), the coder's own choice of actor and
 * target (which may come from elsewhere: a speaker, a force named earlier), and nobody. Each candidate carries
 * features for the party ranker (ranker.ts): the dependency path from the cue to it, its label and case marker,
 * the cue's voice, which side of the cue it stands on and how far, what it is (a name of which type, a descriptor, a
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
import { partyPhrases, type Phrase } from './phrases.js'
import { compositions, countryNames, type Composed } from './composed.js'

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
  /** Where each candidate stands from each cue head, found once (readings of one cue as other codes share them). */
  readonly places: Map<string, Place>
  /** The head tokens of the document's event cues (a party inside another act's phrase is that act's). */
  readonly cueHeads: ReadonlySet<number>
  /** The document's country and people names in text order (a state's body standing for one: composed.ts). */
  readonly names: readonly Mention[]
  /** The way up from each cue head (its ancestors), found once per head for all its candidates. */
  readonly cueChains: Map<number, CueChain>
}

/** A token's ancestors with the labels climbed to reach each (the token itself first), and the set of them. */
export interface CueChain { readonly steps: ReadonlyArray<{ at: number; rel: string }>; readonly at: ReadonlySet<number> }

const ROLE_TYPES = new Set(['PER', 'ORG', 'NORP', 'LOC'])

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
  const cueHeads = new Set(doc.syntax ? events.map((e) => cueHead(doc, e)).filter((h) => h >= 0) : [])
  return { doc, views, children, mentions, events: [...events].sort((a, b) => a.cue.start - b.cue.start), code, phrases: phrasesOf, places: new Map(), cueHeads, names: countryNames(doc), cueChains: new Map() }
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
  const up = upFrom?.steps ?? chain(doc, from)
  const down = chain(doc, to)
  const ui = up.findIndex((u) => down.some((d) => d.at === u.at))
  if (ui < 0) return 'apart'
  const di = down.findIndex((d) => d.at === up[ui]!.at)
  if (ui + di > 4) return 'long'
  const ups = up.slice(1, ui + 1).map((u) => u.rel.split(':')[0])
  const downs = down.slice(1, di + 1).map((d) => d.rel).reverse()
  return `${ups.map((r) => `^${r}`).join('')}${downs.map((r) => `_${r}`).join('')}` || 'self'
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
  return below(doc, from, to, cueChain(doc, from)).rel
}

/** The chain of a token (`chain`) with the set of its tokens. */
function cueChain(doc: AnnotatedDoc, i: number): CueChain {
  const steps = chain(doc, i)
  return { steps, at: new Set(steps.map((u) => u.at)) }
}

/** The way down from the cue's and the candidate's common ancestor: the top clause opened (label, head) and the words passed. */
function below(doc: AnnotatedDoc, from: number, to: number, upFrom: CueChain): { rel: string; at: number; passed: number[] } {
  if (from < 0 || to < 0) return { rel: '', at: -1, passed: [] }
  const up = upFrom.at
  const down = chain(doc, to)
  let top = { rel: '', at: -1 }
  const passed: number[] = []
  // each step's label is the one climbed to reach its word; stop at the common ancestor
  for (let i = 1; i < down.length && !up.has(down[i - 1]!.at); i++) {
    const rel = down[i]!.rel.split(':')[0]!
    if (CLAUSAL.has(rel)) top = { rel, at: down[i - 1]!.at }
    if (!up.has(down[i]!.at)) passed.push(down[i]!.at)
  }
  return { ...top, passed }
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
}

function placeOf(ctx: PartyContext, r: EventRole, h: number, traits?: readonly string[], composedWith?: Composed): Place {
  const syn = ctx.doc.syntax?.tokens ?? []
  const range = tokenRange(ctx.doc, r)
  const x = range.from < 0 ? -1 : headOf(ctx.doc, range.from, range.to)
  const sameSentence = x >= 0 && h >= 0 && ctx.doc.tokens![x]!.sentence === ctx.doc.tokens![h]!.sentence
  const code = ctx.code(r)
  const up = sameSentence ? ctx.cueChains.get(h) ?? ctx.cueChains.set(h, cueChain(ctx.doc, h)).get(h)! : undefined
  const path = up ? depPath(ctx.doc, h, x, up) : 'apart'
  const down = up ? below(ctx.doc, h, x, up) : { rel: '', at: -1, passed: [] }
  const cueRel = h >= 0 ? (syn[h]?.deprel ?? '?').split(':')[0]! : 'none'
  return {
    kind: composedWith ? `${composedWith.how}/${composedWith.name.type}` : traits ? `np${traits[0] === 'name' ? '+name' : ''}` : kindOf(ctx, r), traits: traits ?? [], path, sameSentence,
    below: down.rel, belowMark: down.at >= 0 ? markOf(ctx, down.at) : '', viaEvent: down.passed.some((k) => k !== h && ctx.cueHeads.has(k)),
    rel: x >= 0 ? `${syn[x]?.deprel ?? '?'}|${caseMark(ctx, x)}` : 'none',
    voice: h >= 0 ? voiceOf(ctx, h) : 'act',
    dir: x < 0 || h < 0 ? 'apart' : `${x < h ? 'before' : 'after'}|${bucket(Math.abs(x - h), [1, 2, 4, 8, 16])}`,
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
  return places.map((p) => {
    if (!p || Number.isNaN(p.dist)) return -1
    const nearer = places.filter((q) => q && !Number.isNaN(q.dist) && Math.sign(q.dist) === Math.sign(p.dist) && Math.abs(q.dist) < Math.abs(p.dist) && q.at !== p.at)
    return Math.min(2, new Set(nearer.map((q) => q!.at)).size)
  })
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
  readonly keys: number[] = []
  readonly strings: string[] | undefined
  constructor(private readonly h: KeyHasher, private readonly lead: string, strings: boolean) {
    this.strings = strings ? [] : undefined
  }

  /** The feature `${lead}${head}${[a, b, c].join('|')}` (parts left undefined are left out). */
  add(head: string, a?: string, b?: string, c?: string): void {
    const h = this.h.start().feed(head)
    if (a !== undefined) h.feed(a)
    if (b !== undefined) h.feed('|').feed(b)
    if (c !== undefined) h.feed('|').feed(c)
    this.keys.push(h.key())
    if (this.strings) this.strings.push(`${this.lead}${head}${[a, b, c].filter((x) => x !== undefined).join('|')}`)
  }
}

const HASHERS: Record<Slot, KeyHasher> = { actor: new KeyHasher('A'), target: new KeyHasher('T') }

/** Features of nobody for one slot. */
function noneFeatures(f: FeatureList, e: Event, own: EventRole | undefined, st: Standing): void {
  const root = e.cameoRoot
  const some = own ? 'some' : 'none'
  f.add('none'); f.add('none|r=', root); f.add('none|own=', some); f.add('none|own|r=', some, root); f.add('none|m=', `${e.modality}`)
  for (const x of st.around) f.add('none|', x)
}

/** Features of one candidate for one slot (keys, and strings prefixed by the slot when `strings`). */
function features(e: Event, slot: Slot, r: EventRole | undefined, p: Place | undefined, prev: Event | undefined, st: Standing, strings: boolean): FeatureList {
  const f = new FeatureList(HASHERS[slot], slot === 'actor' ? 'A' : 'T', strings)
  const own = slot === 'actor' ? e.actor : e.target
  if (!r || !p) { noneFeatures(f, e, own, st); return f }
  const other = slot === 'actor' ? e.target : e.actor
  const root = e.cameoRoot
  const { kind: k, path, rel, voice, dir, sector } = p
  const kb = k.split('/')[0]!
  f.add('k=', k); f.add('k|r=', kb, root); f.add('p=', path); f.add('p|v=', path, voice); f.add('p|r=', path, root)
  f.add('rel=', rel); f.add('rel|r=', rel, root); f.add('rel|v=', rel, voice); f.add('dir=', dir); f.add('lem|p=', p.lemma, path)
  f.add('sec=', sector); f.add('sec|r=', sector, root)
  for (const t of p.traits) { f.add('np=', t); f.add('np|sec=', t, sector) }
  if (p.below) { f.add('below=', p.below); f.add('below|k=', p.below, kb); f.add('below|r=', p.below, root); f.add('below|m=', p.below, p.belowMark) }
  const how = /^(comp|incl)\//.exec(k)?.[1]
  if (how) { f.add(`${how}|p=`, path); f.add(`${how}|sec=`, sector) }
  if (p.viaEvent) { f.add('via'); f.add('via|r=', root); f.add('via|rel=', rel) }
  if (path === 'long') { f.add('ends=', p.cueRel, rel); f.add('ends|r=', p.cueRel, rel.split('|')[0], root) }
  if (st.speaker) { f.add('spk'); f.add('spk|r=', root) }
  const side = dir.split('|')[0]!
  if (st.order >= 0) { f.add('ord=', side, `${st.order}`); f.add('ord|v=', side, `${st.order}`, voice) }
  if (sameSpan(r, own)) { f.add('own'); f.add('own|r=', root); f.add('own|k=', kb); f.add('own|p=', path) }
  if (sameSpan(r, other)) { f.add('other'); f.add('other|p=', path) }
  if (!p.sameSentence) for (const [n, x] of [['A', prev?.actor], ['T', prev?.target]] as const) if (x && x.text.toLowerCase() === r.text.toLowerCase()) { f.add(`prev${n}`); f.add(`prev${n}|r=`, root) }
  return f
}

const cueSentence = (doc: AnnotatedDoc, h: number): number => (h >= 0 ? doc.tokens![h]!.sentence : -1)

/** The candidate roles of a slot: the sentence's parties, the coder's own choices, and nobody. */
function candidateRoles(ctx: PartyContext, e: Event, h: number, prev: Event | undefined, traits: Map<EventRole, readonly string[]>, composed: Map<EventRole, Composed>): Array<EventRole | undefined> {
  const v = ctx.views[cueSentence(ctx.doc, h)]
  const roles: Array<EventRole | undefined> = (v?.occs ?? []).map((o: Occ) => roleOf(ctx.doc, o.m))
  if (v) for (const p of ctx.phrases(v)) { roles.push(p.role); traits.set(p.role, p.traits) }
  // a state's body or a country's people, also as the country named before it or inside its phrase (composed.ts)
  for (const r of [...roles]) {
    for (const c of r ? compositions(ctx.doc.article.text, r, ctx.names) : []) { roles.push(c.role); composed.set(c.role, c) }
  }
  for (const own of [e.actor, e.target]) if (own && !roles.some((r) => sameSpan(r, own))) roles.push(stripCode(own))
  for (const r of [prev?.actor, prev?.target]) if (r && !roles.some((x) => x && x.text.toLowerCase() === r.text.toLowerCase())) roles.push(stripCode(r))
  roles.push(undefined)
  return roles
}

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
    if (own) return roles.filter((role) => sameSpan(role, own)).map((role) => ({ role, keys: [], features: [] }))
    const other = fixed.has(slot === 'actor' ? 'target' : 'actor') ? e[slot === 'actor' ? 'target' : 'actor'] : undefined
    return roles.flatMap((role, i) => {
      if (other && sameParty(role, other)) return []
      const f = features(e, slot, role, places[i], prev, standing[i]!, strings)
      return [{ role, keys: f.keys, features: f.strings ?? [] }]
    })
  }
  return { actor: of('actor'), target: of('target') }
}
