/**
 * The syntax event coder: events from the clauses of doc.syntax. Per sentence,
 * in order: bulletins (strike lists split per item, bulletins.ts), verb events
 * (one per eventive predicate, verb-events.ts), nominal events (event nouns with
 * their actors and targets, noun-events.ts); emit.ts adds place, time and count.
 * Headlines and boilerplate are skipped (the body repeats the news).
 * @module
 */
import type { AnnotatedDoc, Clause, Event, Mention, Modality } from '../model/index.js'
import { inBoilerplate } from '../model/index.js'
import { DEMONSTRATIVES, pronounInfo } from '../text/english.js'
import { destroyedItems, listedStrikes } from './bulletin-lists.js'
import { bulletinEvents, noteForce } from './bulletins.js'
import type { ArticleContext as ForceContext, Candidate } from './candidate.js'
import { EventEmitter } from './emit.js'
import { defaultLexicon } from './lexicon.js'
import { nounEvents } from './noun-events.js'
import { sentenceViews, type SentenceView } from './sentence-view.js'
import { codePredicate } from './verb-code.js'
import { obligationDemands } from './demands.js'
import { clauseModality, noteAdopter, noteSide, speakerBody, speakerOf, verbEvents } from './verb-events.js'
import { isHeadline, type ExtractOptions } from './options.js'
import { withAlternatives } from './alternatives.js'

const ROLE_TYPES = new Set(['PER', 'ORG', 'NORP', 'LOC'])
/**
 * Modalities of acts that did not take place: in loose mode the coder's own events of these are loose candidates too.
 * (Not "attempted": an attempt is an act of its own — "acting to infiltrate" —, and CAMEO codes it.)
 */
const UNDONE: ReadonlySet<Modality> = new Set<Modality>(['negated', 'hypothetical'])

/** Which mentions may fill a role: coded ones (with actor codes) or named parties; pronouns only through an antecedent. */
function eligibility(doc: AnnotatedDoc, codes: ReadonlyMap<string, string> | undefined): (m: Mention) => boolean {
  return (m) => {
    const t = m.text.toLowerCase()
    const pron = pronounInfo(t)
    // the speaker and the reader ("we", "you") are no actors we can name; other pronouns only through an antecedent
    return (codes ? codes.has(m.id) : ROLE_TYPES.has(m.type)) && !((m.kind === 'pronoun' || pron || DEMONSTRATIVES.has(t)) && !m.antecedentId) &&
      !(pron && pron.person < 3) && !inBoilerplate(doc.article, m.start, m.end)
  }
}

/** The clause enclosing a token (nearest predicate above it), for the modality of nouns. */
function enclosingClause(v: SentenceView, i: number, byPredicate: ReadonlyMap<number, Clause>): Clause | undefined {
  let guard = 0
  for (let k = i; k >= 0 && guard++ < 64; k = v.head(k)) {
    const cl = byPredicate.get(k)
    if (cl) return cl
  }
  return undefined
}

/**
 * A strike by the force conducting the article's strikes, with nobody named struck ("the coalition conducted five
 * airstrikes, delivering 101 munitions"), is against that force's target.
 */
function withForceTarget(c: Candidate, force: ForceContext): Candidate {
  const a = c.actors[0]
  const last = force.struck
  if (c.targets.length || !a || !last || !c.code.startsWith('19') || a.m.text.toLowerCase() !== last.by) return c
  return { ...c, targets: [last.target] }
}

function sentenceCandidates(v: SentenceView, opts: Required<Pick<ExtractOptions, 'lexicon'>> & Pick<ExtractOptions, 'loose'>, force: ForceContext): Candidate[] {
  const byPredicate = new Map(v.clauses.map((c) => [c.predicate, c]))
  const modality = (cl: Clause) => clauseModality(v, cl, byPredicate)
  const upper: string[] = []
  for (let i = v.first; i < v.end; i++) upper.push(v.word(i).toUpperCase())
  const coded = new Set<number>()
  const out = listedStrikes(v, force, coded, 'asserted')
  out.push(...bulletinEvents(v, byPredicate, force, coded, modality, (p) => codePredicate(v, p, opts.lexicon, upper)?.code))
  for (let k = v.first; k < v.end; k++) {
    const cl = byPredicate.get(k) ?? enclosingClause(v, k, byPredicate)
    out.push(...destroyedItems(v, k, force, coded, cl ? modality(cl) : 'asserted'))
  }
  const speaker = speakerOf(v, byPredicate)
  if (speaker && speaker !== force.speaker) force.speakerBody = speakerBody(v, speaker)
  force.speaker = speaker ?? force.speaker
  noteAdopter(force, v, byPredicate)
  // "the regime must comply": a demand by the speaker; what must be done is no event of its own
  const { demands, asked } = obligationDemands(v, byPredicate, force)
  out.push(...demands)
  const verbs = verbEvents(v, opts.lexicon, upper, byPredicate, new Set([...coded, ...asked]), force, opts.loose === true)
  for (const c of verbs) {
    for (let k = c.from; k <= c.last; k++) coded.add(k)
    noteForce(force, c, v)
    noteSide(force, c, v)
  }
  out.push(...verbs.map((c) => withForceTarget(c, force)))
  const nouns = nounEvents(v, coded, force, (i) => { const cl = enclosingClause(v, i, byPredicate); return cl ? modality(cl) : 'asserted' }, opts.loose === true)
  for (const c of nouns) noteForce(force, c, v)
  out.push(...nouns)
  // the loose coder also proposes the codes a candidate's act may take instead (violence by whom, acts stated as intended),
  // and its learned re-coder may replace a candidate's own code (alternatives.ts)
  return opts.loose ? withAlternatives(v, out) : out
}

/** What the coder read in a document before emitting: its lower-case words and each candidate kept, with its sentence's view, in order. */
export interface SyntaxCandidates {
  readonly words: readonly string[]
  readonly picks: ReadonlyArray<readonly [SentenceView, Candidate]>
}

/** The candidates of one article, sentence by sentence (headlines and boilerplate left out), none emitted yet. */
export function syntaxCandidates(doc: AnnotatedDoc, opts: ExtractOptions = {}): SyntaxCandidates {
  const text = doc.article.text
  const tokens = doc.tokens ?? []
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"))
  const views = sentenceViews(doc, words, eligibility(doc, opts.actorCodes), { descriptors: true })
  const force: ForceContext = { wmd: {} }
  const lexicon = opts.lexicon ?? defaultLexicon
  const picks: Array<readonly [SentenceView, Candidate]> = []
  for (const v of views) {
    if (v.end <= v.first) continue
    const toks = tokens.slice(v.first, v.end)
    if (isHeadline(text, toks, { start: v.start, end: v.stop }, doc.article.titleSpan)) continue
    for (const c of sentenceCandidates(v, { lexicon, loose: opts.loose === true }, force)) {
      const start = tokens[c.from]!.start
      if (!inBoilerplate(doc.article, start, tokens[c.last]!.end)) picks.push([v, c])
    }
  }
  return { words, picks }
}

/** The events of an article's candidates (emit.ts adds place, time and count), in text order. */
export function emitCandidates(doc: AnnotatedDoc, found: SyntaxCandidates, opts: ExtractOptions = {}): Event[] {
  const emitter = new EventEmitter(doc, found.words)
  for (const [v, c] of found.picks) emitter.emit(v, c)
  for (const id of emitter.looseIds) opts.looseIds?.add(id)
  for (const [id, cue] of emitter.learned) opts.learned?.set(id, cue)
  // an act the clause says did not happen (negated, hypothetical) is the scorer's to judge, as loose ones are
  if (opts.loose) for (const e of emitter.events) if (UNDONE.has(e.modality)) opts.looseIds?.add(e.id)
  // text order, ties by id: the order the store reads them back in, so a copied store exports the same bytes
  return emitter.events.sort((a, b) => a.cue.start - b.cue.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
