/**
 * Features of one coded event for the learned event scorer (scorer.ts): what the event is (code, root, cue lemma,
 * modality), where its cue sits in the parse (UPOS, dependency label, clause kind and depth, auxiliaries, the
 * governing word, the object), who fills its roles (a name of which type, a descriptor, a pronoun, nobody), and where
 * it sits in the article (sentence position and length, events sharing the sentence or the cue, quotation marks), and
 * how far its parties stand from the cue.
 * All read from the event and `doc.syntax`; nothing here is tuned to a sentence.
 * @module
 */
import type { AnnotatedDoc, Event, EventRole, Mention } from '../../model/index.js'
import { AUXILIARIES, NEGATORS, pronounInfo } from '../../text/english.js'
import { alternativeFeatures, ownRoots, splitRoots, splitsBeside } from '../alternatives.js'
import { ATTACKER_NOUNS, PEOPLE_NOUNS } from '../lexicon.js'
import { firstSpanEndingAfter } from '../../text/offsets.js'
import { FeatureKeys } from '../json-model.js'
import type { LearnedCue } from '../learned-cues.js'

/** What the features of one document's events share: token lookup, mentions by id, events per sentence and cue. */
export interface DocIndex {
  readonly doc: AnnotatedDoc
  readonly mentions: ReadonlyMap<string, Mention>
  readonly perSentence: ReadonlyMap<number, number>
  readonly perCue: ReadonlyMap<number, number>
  readonly sentences: number
  /** Events only the loose coder codes. */
  readonly loose: ReadonlySet<string>
  /** The coder's own root of each reading (cue and parties) of the document's events: alternatives are read against it. */
  readonly ownRoots: ReadonlyMap<string, string>
  /** The entity type of the mention covering each token (by token index). */
  readonly mentionTypeAt: ReadonlyMap<number, string>
  /** The learned cue behind each event coded from one (ExtractOptions.learned). */
  readonly learned: ReadonlyMap<string, LearnedCue>
  /** The roots split cues propose beside each reading (alternatives.ts `splitRoots`). */
  readonly splitRoots: ReadonlyMap<string, readonly string[]>
}

/** Index of the token that covers `pos`, or the first one after it; -1 past the last token. */
export function tokenAt(doc: AnnotatedDoc, pos: number): number {
  const ts = doc.tokens ?? []
  const i = firstSpanEndingAfter(ts, pos)
  return i < ts.length ? i : -1
}

export function indexDoc(doc: AnnotatedDoc, events: readonly Event[], loose: ReadonlySet<string> = new Set(), learned: ReadonlyMap<string, LearnedCue> = NO_CUES): DocIndex {
  const perSentence = new Map<number, number>()
  const perCue = new Map<number, number>()
  for (const e of events) {
    perSentence.set(e.sentence.start, (perSentence.get(e.sentence.start) ?? 0) + 1)
    perCue.set(e.cue.start, (perCue.get(e.cue.start) ?? 0) + 1)
  }
  return {
    doc, mentions: new Map((doc.mentions ?? []).map((m) => [m.id, m])), perSentence, perCue, sentences: doc.sentences?.length ?? 0, loose,
    ownRoots: ownRoots(events, loose), mentionTypeAt: mentionTypes(doc), learned, splitRoots: splitRoots(events, learned),
  }
}

const NO_CUES: ReadonlyMap<string, LearnedCue> = new Map()

/** The entity type of the mention covering each token (the first mention wins). */
function mentionTypes(doc: AnnotatedDoc): Map<number, string> {
  const out = new Map<number, string>()
  const ts = doc.tokens ?? []
  for (const m of doc.mentions ?? []) {
    for (let i = tokenAt(doc, m.start); i >= 0 && i < ts.length && ts[i]!.start < m.end; i++) if (!out.has(i)) out.set(i, m.type)
  }
  return out
}

/**
 * The class of an argument head (the object of the cue, or its passive subject): a person, a place, an organisation, a
 * weapon or attacker, another thing. What a verb does to people, to places and with weapons differs in code ("seized the
 * town" occupies, "seized two suspects" arrests), and the scorer reads it against the event's root.
 */
function argClass(ix: DocIndex, i: number, lemma: string): string {
  const type = ix.mentionTypeAt.get(i)
  if (type === 'PER' || PEOPLE_NOUNS.has(lemma)) return 'person'
  if (type === 'LOC' || type === 'GPE' || type === 'FAC') return 'place'
  if (type) return type === 'ORG' || type === 'NORP' ? 'group' : 'other'
  return ATTACKER_NOUNS.has(lemma) ? 'weapon' : 'thing'
}

/**
 * The frame of an event's cue, as the wrong-code table (scripts/event-misses.ts) and the scorer read it: the cue head's
 * part of speech (`verb`, `noun`, `other`), its object's class (`argClass` of the object or passive subject: person,
 * place, group, weapon, thing; `none`), and who acts (the actor code's sector, else what fills the role: a descriptor,
 * a pronoun, nobody).
 */
export function cueFrameOf(ix: DocIndex, e: Event): { readonly pos: string; readonly object: string; readonly actor: string } {
  const syn = ix.doc.syntax?.tokens
  const h = syn ? cueHead(ix.doc, e) : -1
  const actor = e.actor?.code ? sector(e.actor.code) : baseKind(roleKind(ix, e.actor))
  if (!syn || h < 0) return { pos: 'other', object: 'none', actor }
  const upos = syn[h]!.upos
  let object = 'none'
  for (let i = Math.max(0, h - 40); i < Math.min(syn.length, h + 40); i++) {
    if (syn[i]!.head === h && (syn[i]!.deprel === 'obj' || syn[i]!.deprel === 'nsubj:pass')) { object = argClass(ix, i, syn[i]!.lemma); break }
  }
  return { pos: upos === 'VERB' ? 'verb' : upos === 'NOUN' || upos === 'PROPN' ? 'noun' : 'other', object, actor }
}

/** A number's bucket among ascending edges: `<=edge` of the first edge it does not pass, else `>last`. */
function bucket(n: number, edges: readonly number[]): string {
  const labels = bucketLabels(edges)
  for (let i = 0; i < edges.length; i++) if (n <= edges[i]!) return labels[i]!
  return labels[edges.length]!
}

const labelsOf = new WeakMap<readonly number[], readonly string[]>()
function bucketLabels(edges: readonly number[]): readonly string[] {
  let l = labelsOf.get(edges)
  if (!l) labelsOf.set(edges, (l = [...edges.map((x) => `<=${x}`), `>${edges[edges.length - 1]}`]))
  return l
}

/** What fills a role: nobody, a pronoun, a descriptor phrase (no mention), or a name of its entity type. */
function roleKind(ix: DocIndex, r: EventRole | undefined): string {
  if (!r) return 'none'
  if (pronounInfo(r.text)) return 'pron'
  if (!r.mentionId) return 'desc'
  const m = ix.mentions.get(r.mentionId)
  return m ? `${m.type}${m.subtype ? `/${m.subtype}` : ''}` : 'name'
}

/** The head of a multi-word cue: the cue token whose head lies outside the cue (-1 when the cue has no token). */
export function cueHead(doc: AnnotatedDoc, e: Event): number {
  const syn = doc.syntax!.tokens
  const first = tokenAt(doc, e.cue.start)
  if (first < 0) return -1
  let last = first
  const ts = doc.tokens!
  while (last + 1 < ts.length && ts[last + 1]!.start < e.cue.end) last++
  for (let i = first; i <= last; i++) {
    const h = syn[i]!.head
    if (h < first || h > last) return i
  }
  return first
}

function depthOf(syn: NonNullable<AnnotatedDoc['syntax']>['tokens'], i: number): number {
  let d = 0
  for (let h = syn[i]!.head; h >= 0 && d < 12; h = syn[h]!.head) d++
  return d
}

/**
 * Parse features of the cue: its lemma, UPOS, label, governor, children (aux, mark, neg, object), depth. `alt` is the
 * event's change of root from its coder's own reading (`alt=19>18`), if any.
 */
function parseFeatures(ix: DocIndex, e: Event, alt: string | undefined, f: FeatureKeys): void {
  const syn = ix.doc.syntax?.tokens
  const h = syn ? cueHead(ix.doc, e) : -1
  if (!syn || h < 0) { f.add('noparse'); return }
  const t = syn[h]!
  const root = e.cameoRoot
  f.add('lemma=', t.lemma); f.add('lemma|root=', t.lemma, root); f.add('upos=', t.upos); f.add('upos|root=', t.upos, root)
  f.add('deprel=', t.deprel); f.add('deprel|root=', t.deprel, root); f.add('cuewords=', CUEWORDS[Math.min(cueWords(e.cue.text), 3)])
  f.add('depth=', bucket(depthOf(syn, h), DEPTHS))
  const gov = t.head >= 0 ? syn[t.head]! : undefined
  f.add('gov=', gov ? gov.lemma : 'ROOT'); f.add('govupos=', gov ? gov.upos : 'ROOT')
  const sent = ix.doc.tokens![h]!.sentence
  const sentence = ix.doc.sentences?.[sent]
  const from = sentence ? tokenAt(ix.doc, sentence.start) : Math.max(0, h - 60)
  const to = sentence ? tokenAt(ix.doc, Math.max(sentence.start, sentence.end - 1)) : Math.min(syn.length - 1, h + 60)
  for (let i = Math.max(0, from); i <= to && i < syn.length; i++) if (syn[i]!.head === h) childFeatures(ix, e, alt, syn, t.lemma, i, f)
}

/** The features one child `i` of the cue head adds (an auxiliary, a mark, a negation, an object, an oblique). */
function childFeatures(ix: DocIndex, e: Event, alt: string | undefined, syn: Syntax, headLemma: string, i: number, f: FeatureKeys): void {
  const c = syn[i]!
  const rel = c.deprel
  if (rel.startsWith('aux') || (rel === 'advmod')) {
    const w = ix.doc.article.text.slice(ix.doc.tokens![i]!.start, ix.doc.tokens![i]!.end).toLowerCase()
    if (rel.startsWith('aux')) { if (AUXILIARIES.has(w)) f.add('aux=', w) } else if (NEGATORS.has(w)) f.add('neg')
    return
  }
  if (rel === 'mark') f.add('mark=', c.lemma)
  else if (rel === 'obj') { f.add('obj=', c.lemma); f.add('lemma|obj=', headLemma, c.lemma); f.add('obju=', c.upos); argFeatures(ix, e, alt, i, c.lemma, f) }
  else if (rel === 'nsubj:pass') { f.add('passive'); argFeatures(ix, e, alt, i, c.lemma, f) }
  else if (rel.startsWith('obl')) { f.add('obl=', rel); caseFeatures(syn, i, e, f) }
}

type Syntax = NonNullable<AnnotatedDoc['syntax']>['tokens']
const CUEWORDS = ['0', '1', '2', '3']
const DEPTHS = [0, 1, 2, 4]
/** The words of a cue as `text.split(/\s+/).length` counts them. */
function cueWords(text: string): number {
  let n = 1
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) continue
    n++
    while (i + 1 < text.length && /\s/.test(text[i + 1]!)) i++
  }
  return n
}

/** The argument's class against the root, and against an alternative's change of root (`alt=19>18`). */
function argFeatures(ix: DocIndex, e: Event, alt: string | undefined, i: number, lemma: string, f: FeatureKeys): void {
  const cls = argClass(ix, i, lemma)
  f.add('arg|root=', cls, e.cameoRoot)
  if (alt) f.begin('arg|').feed(alt).feed('=').feed(cls).end()
}

/** The preposition of an oblique argument against the root ("fought against", "met with", "aid to"). */
function caseFeatures(syn: Syntax, i: number, e: Event, f: FeatureKeys): void {
  for (let k = Math.max(0, i - 5); k < i; k++) if (syn[k]!.head === i && syn[k]!.deprel === 'case') { f.add('case|root=', syn[k]!.lemma, e.cameoRoot); return }
}

/** How far a party stands from the cue, in characters (bucketed): a party far from its act is more often the wrong one. */
const distance = (e: Event, r: EventRole | undefined): string => (r ? bucket(Math.abs(r.start - e.cue.start), DISTANCES) : 'none')
const DISTANCES = [15, 40, 80, 150]

/** Quotation marks opened before the cue in its sentence and not closed. */
function inQuotes(ix: DocIndex, e: Event): boolean {
  const text = ix.doc.article.text
  let straight = 0
  let open = 0
  for (let i = e.sentence.start; i < e.cue.start; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) straight++
    else if (c === 0x201c) open++
    else if (c === 0x201d) open--
  }
  return straight % 2 === 1 || open > 0
}

/**
 * The features that name the cue's lemma (alone and by root): the ones a lemma met in two articles would otherwise weigh
 * as much as one met in a hundred (twenty-eighth session; train.ts `minArticles`).
 */
export const isWordFeature = (f: string): boolean => f.startsWith('lemma=') || f.startsWith('lemma|root=')

/**
 * The features that read a change of root between the readings of one cue (a split's `split…`, the candidate beside it
 * `splitbase…`, an alternative's `alt…` and `arg|alt…`): one code per reading keeps the reading that scores higher, so
 * a rare one of these (five events of `splitbase|actor=17>18|ORG` in 128 parts) decides between two readings on noise
 * (twenty-ninth session; train.ts `l2Count`).
 */
export const isReadingFeature = (f: string): boolean => f.startsWith('split') || f.startsWith('alt') || f.startsWith('arg|alt')

/** The features of one event, as strings (a bias is the model's): training and tests. */
export function eventFeatures(ix: DocIndex, e: Event): string[] {
  return [...eventFeatureKeys(ix, e, new FeatureKeys(true)).strings!]
}

/** The features of one event into `f` (reset first): their keys, and their strings when `f` keeps them. */
export function eventFeatureKeys(ix: DocIndex, e: Event, f: FeatureKeys): FeatureKeys {
  f.reset()
  const a = roleKind(ix, e.actor)
  const t = roleKind(ix, e.target)
  const a0 = baseKind(a)
  const t0 = baseKind(t)
  const root = e.cameoRoot
  f.add('root=', root); f.add('code=', e.cameo); f.add('mod=', e.modality); f.add('mod|root=', e.modality, root)
  f.add('actor=', a); f.add('target=', t); f.add('dyad=', a0, t0); f.add('actor|root=', a0, root); f.add('target|root=', t0, root)
  // the sector of an actor code (GOV, MIL, REB …), never its country: the scorer must not learn which countries a part names
  if (e.actor?.code) f.add('acode=', sector(e.actor.code))
  if (e.target?.code) f.add('tcode=', sector(e.target.code))
  if (e.actor && e.target && e.actor.text.toLowerCase() === e.target.text.toLowerCase()) f.add('sameparty')
  if (ix.loose.has(e.id)) { f.add('loose'); f.add('loose|root=', root); f.add('loose|dyad=', a0, t0) }
  const cue = ix.learned.get(e.id)
  if (cue?.from !== undefined) splitFeatures(ix, e, cue, f)
  else learnedFeatures(cue, root, a0, t0, f)
  splitBaseFeatures(ix, e, f)
  const alt = alternativeFeatures(ix.ownRoots, ix.loose, e)
  for (const x of alt) f.add(x)
  // an alternative read against who does it: "rebels attacked" is an assault (18), an army's attack military force (19)
  if (alt[1]) f.begin(alt[1]).feed('|actor=').feed(e.actor?.code ? sector(e.actor.code) : a0).end()
  if (e.location) f.add('place')
  if (e.when) f.add('when')
  if (e.count !== undefined) f.add('count')
  if (inQuotes(ix, e)) f.add('quoted')
  const sent = ix.doc.tokens?.[tokenAt(ix.doc, e.cue.start)]?.sentence ?? 0
  f.add('sent=', bucket(sent, SENTS)); f.add('sentlen=', bucket(e.sentence.end - e.sentence.start, SENTLENS))
  f.add('nsent=', bucket(ix.perSentence.get(e.sentence.start) ?? 1, NSENTS)); f.add('ncue=', bucket(ix.perCue.get(e.cue.start) ?? 1, NCUES))
  parseFeatures(ix, e, alt[1], f)
  f.add('adist=', distance(e, e.actor)); f.add('tdist=', distance(e, e.target))
  return f
}

/**
 * Where a candidate's code comes from a learned cue (the golds' code of a word no dictionary codes): how many articles
 * stand behind it, whether its key had the predicate's frame, against its root and parties, so the scorer learns how far
 * to trust each kind of table entry rather than only the lemmas it saw.
 */
function learnedFeatures(cue: LearnedCue | undefined, root: string, a0: string, t0: string, f: FeatureKeys): void {
  if (!cue) return
  const sup = bucket(cue.support, SUPPORTS)
  f.add('learned'); f.add('learned|root=', root); f.add('learned|sup=', sup); f.add('learned|sup|root=', sup, root)
  f.add('learned|framed=', cue.framed ? 'yes' : 'no'); f.add('learned|dyad=', a0, t0)
}

/**
 * Where a candidate is a split cue's alternative (src/events/split-codes.ts: another root the golds give its lemma): the
 * change of root against who acts, on what and as which part of speech ("militants killed" 19>18 by REB; "police killed"
 * by COP), and how much of the lemma's golds the root makes (share and articles, bucketed), so the scorer keeps the root
 * the frame calls for.
 */
function splitFeatures(ix: DocIndex, e: Event, cue: LearnedCue, f: FeatureKeys): void {
  const pair = `${cue.from}>${e.cameoRoot}`
  const frame = cueFrameOf(ix, e)
  const share = bucket(Math.round((cue.share ?? 0) * 100), SHARES)
  f.add('split'); f.add('split=', pair); f.add('split|share=', share); f.add('split|share=', pair, share); f.add('split|sup=', bucket(cue.support, SUPPORTS))
  f.add('split|actor=', pair, frame.actor); f.add('split|obj=', pair, frame.object); f.add('split|pos=', pair, frame.pos)
  f.add('split|actor|obj=', pair, frame.actor, frame.object)
  f.add('split|target=', pair, e.target?.code ? sector(e.target.code) : baseKind(roleKind(ix, e.target)))
  f.add('split|lemma=', pair, ix.doc.syntax?.tokens[cueHead(ix.doc, e)]?.lemma ?? '')
  // a split learnt from the bare lemma against a phrase the dictionary matched ("taken in for questioning", "took control of")
  f.add('split|words=', pair, CUEWORDS[Math.min(cueWords(e.cue.text), 3)])
}

/** On a candidate a split cue proposed other roots beside: each change of root against who acts (its rival's view). */
function splitBaseFeatures(ix: DocIndex, e: Event, f: FeatureKeys): void {
  const beside = splitsBeside(ix.splitRoots, ix.learned, e)
  if (!beside.length) return
  const actor = e.actor?.code ? sector(e.actor.code) : baseKind(roleKind(ix, e.actor))
  f.add('splitbase')
  const words = CUEWORDS[Math.min(cueWords(e.cue.text), 3)]
  for (const r of beside) { f.add('splitbase=', `${e.cameoRoot}>${r}`); f.add('splitbase|actor=', `${e.cameoRoot}>${r}`, actor); f.add('splitbase|words=', `${e.cameoRoot}>${r}`, words) }
}

const SHARES = [10, 20, 35, 50]
const SUPPORTS = [2, 3, 5, 10]
const SENTS = [0, 1, 2, 4, 8]
const SENTLENS = [60, 120, 200, 300]
const NSENTS = [1, 2, 3, 5]
const NCUES = [1, 2, 4]
const baseKind = (k: string): string => { const i = k.indexOf('/'); return i < 0 ? k : k.slice(0, i) }
const sector = (code: string): string => code.slice(3, 6) || 'STATE'
