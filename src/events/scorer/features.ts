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
import { alternativeFeatures, ownRoots } from '../alternatives.js'
import { ATTACKER_NOUNS, PEOPLE_NOUNS } from '../lexicon.js'
import { firstSpanEndingAfter } from '../../text/offsets.js'

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
}

/** Index of the token that covers `pos`, or the first one after it; -1 past the last token. */
export function tokenAt(doc: AnnotatedDoc, pos: number): number {
  const ts = doc.tokens ?? []
  const i = firstSpanEndingAfter(ts, pos)
  return i < ts.length ? i : -1
}

export function indexDoc(doc: AnnotatedDoc, events: readonly Event[], loose: ReadonlySet<string> = new Set()): DocIndex {
  const perSentence = new Map<number, number>()
  const perCue = new Map<number, number>()
  for (const e of events) {
    perSentence.set(e.sentence.start, (perSentence.get(e.sentence.start) ?? 0) + 1)
    perCue.set(e.cue.start, (perCue.get(e.cue.start) ?? 0) + 1)
  }
  return {
    doc, mentions: new Map((doc.mentions ?? []).map((m) => [m.id, m])), perSentence, perCue, sentences: doc.sentences?.length ?? 0, loose,
    ownRoots: ownRoots(events, loose), mentionTypeAt: mentionTypes(doc),
  }
}

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

const bucket = (n: number, edges: readonly number[]): string => {
  const i = edges.findIndex((x) => n <= x)
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`
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
function parseFeatures(ix: DocIndex, e: Event, alt: string | undefined, out: string[]): void {
  const syn = ix.doc.syntax?.tokens
  const h = syn ? cueHead(ix.doc, e) : -1
  if (!syn || h < 0) { out.push('noparse'); return }
  const t = syn[h]!
  const words = e.cue.text.split(/\s+/).length
  out.push(`lemma=${t.lemma}`, `lemma|root=${t.lemma}|${e.cameoRoot}`, `upos=${t.upos}`, `upos|root=${t.upos}|${e.cameoRoot}`,
    `deprel=${t.deprel}`, `deprel|root=${t.deprel}|${e.cameoRoot}`, `cuewords=${Math.min(words, 3)}`, `depth=${bucket(depthOf(syn, h), [0, 1, 2, 4])}`)
  const gov = t.head >= 0 ? syn[t.head]! : undefined
  out.push(`gov=${gov ? gov.lemma : 'ROOT'}`, `govupos=${gov ? gov.upos : 'ROOT'}`)
  const sent = ix.doc.tokens![h]!.sentence
  const sentence = ix.doc.sentences?.[sent]
  const from = sentence ? tokenAt(ix.doc, sentence.start) : Math.max(0, h - 60)
  const to = sentence ? tokenAt(ix.doc, Math.max(sentence.start, sentence.end - 1)) : Math.min(syn.length - 1, h + 60)
  for (let i = Math.max(0, from); i <= to && i < syn.length; i++) {
    const c = syn[i]!
    if (c.head !== h) continue
    const w = ix.doc.article.text.slice(ix.doc.tokens![i]!.start, ix.doc.tokens![i]!.end).toLowerCase()
    if (c.deprel.startsWith('aux') && AUXILIARIES.has(w)) out.push(`aux=${w}`)
    else if (c.deprel === 'mark') out.push(`mark=${c.lemma}`)
    else if (c.deprel === 'advmod' && NEGATORS.has(w)) out.push('neg')
    else if (c.deprel === 'obj') out.push(`obj=${c.lemma}`, `lemma|obj=${t.lemma}|${c.lemma}`, `obju=${c.upos}`, ...argFeatures(ix, e, alt, i, c.lemma))
    else if (c.deprel === 'nsubj:pass') out.push('passive', ...argFeatures(ix, e, alt, i, c.lemma))
    else if (c.deprel.startsWith('obl')) out.push(`obl=${c.deprel}`, ...caseFeatures(syn, i, e))
  }
}

/** The argument's class against the root, and against an alternative's change of root (`alt=19>18`). */
function argFeatures(ix: DocIndex, e: Event, alt: string | undefined, i: number, lemma: string): string[] {
  const cls = argClass(ix, i, lemma)
  return [`arg|root=${cls}|${e.cameoRoot}`, ...(alt ? [`arg|${alt}=${cls}`] : [])]
}

/** The preposition of an oblique argument against the root ("fought against", "met with", "aid to"). */
function caseFeatures(syn: NonNullable<AnnotatedDoc['syntax']>['tokens'], i: number, e: Event): string[] {
  for (let k = Math.max(0, i - 5); k < i; k++) if (syn[k]!.head === i && syn[k]!.deprel === 'case') return [`case|root=${syn[k]!.lemma}|${e.cameoRoot}`]
  return []
}

/** How far a party stands from the cue, in characters (bucketed): a party far from its act is more often the wrong one. */
const distance = (e: Event, r: EventRole | undefined): string => (r ? bucket(Math.abs(r.start - e.cue.start), [15, 40, 80, 150]) : 'none')

/** Quotation marks opened before the cue in its sentence and not closed. */
function inQuotes(ix: DocIndex, e: Event): boolean {
  const before = ix.doc.article.text.slice(e.sentence.start, e.cue.start)
  const straight = (before.match(/"/g) ?? []).length
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length
  return straight % 2 === 1 || open > 0
}

/** The features of one event, as strings (a bias is the model's). */
export function eventFeatures(ix: DocIndex, e: Event): string[] {
  const out: string[] = []
  const a = roleKind(ix, e.actor)
  const t = roleKind(ix, e.target)
  out.push(`root=${e.cameoRoot}`, `code=${e.cameo}`, `mod=${e.modality}`, `mod|root=${e.modality}|${e.cameoRoot}`,
    `actor=${a}`, `target=${t}`, `dyad=${a.split('/')[0]}|${t.split('/')[0]}`, `actor|root=${a.split('/')[0]}|${e.cameoRoot}`,
    `target|root=${t.split('/')[0]}|${e.cameoRoot}`)
  // the sector of an actor code (GOV, MIL, REB …), never its country: the scorer must not learn which countries a part names
  if (e.actor?.code) out.push(`acode=${e.actor.code.slice(3, 6) || 'STATE'}`)
  if (e.target?.code) out.push(`tcode=${e.target.code.slice(3, 6) || 'STATE'}`)
  if (e.actor && e.target && e.actor.text.toLowerCase() === e.target.text.toLowerCase()) out.push('sameparty')
  if (ix.loose.has(e.id)) out.push('loose', `loose|root=${e.cameoRoot}`, `loose|dyad=${a.split('/')[0]}|${t.split('/')[0]}`)
  const alt = alternativeFeatures(ix.ownRoots, ix.loose, e)
  // an alternative read against who does it: "rebels attacked" is an assault (18), an army's attack military force (19)
  out.push(...alt, ...(alt[1] ? [`${alt[1]}|actor=${e.actor?.code ? e.actor.code.slice(3, 6) || 'STATE' : a.split('/')[0]}`] : []))
  if (e.location) out.push('place')
  if (e.when) out.push('when')
  if (e.count !== undefined) out.push('count')
  if (inQuotes(ix, e)) out.push('quoted')
  const sent = ix.doc.tokens?.[tokenAt(ix.doc, e.cue.start)]?.sentence ?? 0
  out.push(`sent=${bucket(sent, [0, 1, 2, 4, 8])}`, `sentlen=${bucket(e.sentence.end - e.sentence.start, [60, 120, 200, 300])}`,
    `nsent=${bucket(ix.perSentence.get(e.sentence.start) ?? 1, [1, 2, 3, 5])}`, `ncue=${bucket(ix.perCue.get(e.cue.start) ?? 1, [1, 2, 4])}`)
  parseFeatures(ix, e, alt[1], out)
  out.push(`adist=${distance(e, e.actor)}`, `tdist=${distance(e, e.target)}`)
  return out
}
