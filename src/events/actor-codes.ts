/**
 * CAMEO actor codes for event roles, as PETRARCH codes actors: dictionary actors
 * (Dossier's shipped dictionaries, or others layered on top) combined with agent
 * nouns around them — "Israeli police" → ISRCOP, "Egyptian security forces" →
 * EGYCOP, "Russia's defence ministry" → RUSGOVMIL, "soldiers from Gondor" → GONMIL,
 * "former Gondor prosecutors" → GONELI, "the police" alone → ---COP — with a
 * person's code taken from the role valid on the article's date.
 *
 * A role is coded from the dictionary match that overlaps it most in its sentence,
 * so a role "Israeli" inside "Israeli police" takes ISRCOP; a pronoun or nominal
 * with an antecedent takes its antecedent's code.
 * @module
 */
import type { Article, Event, EventRole, Mention, Sentence, Token } from '../model/index.js'
import type { PetrarchActor } from '../kb/petrarch-actors.js'
import { shippedActorDictionary } from '../kb/shipped-actors.js'
import { createActorMatcher, type ActorMatcher } from './actor-matcher.js'

/** What the coder reads of an article: its text, sentences, tokens and mentions. */
export interface CodableDoc {
  readonly article: Article
  readonly sentences?: readonly Sentence[]
  readonly tokens?: readonly Token[]
  readonly mentions?: readonly Mention[]
}

interface CodedSpan { readonly start: number; readonly end: number; readonly code: string }

/** The coder of one document's roles: each sentence's dictionary matches found once, each role coded once. */
export interface DocCoder {
  /** The actor code of a role, or undefined when the dictionaries do not know it. */
  code(role: EventRole): string | undefined
  /** Events with `code` filled on their actor and target roles (as ActorCoder.codeEvents). */
  codeEvents(events: readonly Event[]): Event[]
}

export interface ActorCoder {
  /** Events with `code` filled on their actor and target roles where the dictionaries know the actor. */
  codeEvents(doc: CodableDoc, events: readonly Event[]): Event[]
  /** A coder of one document, for callers that code its roles more than once (the party ranker, then the stage). */
  forDoc(doc: CodableDoc): DocCoder
}

/** A coder over dictionary entries (earlier entries win ties: put a user's own dictionaries first). */
export function createActorCoder(entries: readonly PetrarchActor[]): ActorCoder {
  return fromMatcher(createActorMatcher(entries))
}

let shipped: ActorCoder | undefined

/** The coder over Dossier's shipped dictionaries (built once, on first use). */
export function defaultActorCoder(): ActorCoder {
  shipped ??= createActorCoder(shippedActorDictionary())
  return shipped
}

function fromMatcher(matcher: ActorMatcher): ActorCoder {
  const forDoc = (doc: CodableDoc): DocCoder => docCoder(matcher, doc)
  return { forDoc, codeEvents: (doc, events) => (events.length === 0 ? [...events] : forDoc(doc).codeEvents(events)) }
}

function docCoder(matcher: ActorMatcher, doc: CodableDoc): DocCoder {
  const text = doc.article.text
  const sentences = doc.sentences ?? []
  const tokens = doc.tokens ?? []
  const mentions = new Map((doc.mentions ?? []).map((m) => [m.id, m]))
  const date = doc.article.published?.slice(0, 10)
  const bySentence = new Map<number, CodedSpan[]>()
  const spansOf = (si: number): CodedSpan[] => {
    let spans = bySentence.get(si)
    if (!spans) {
      const toks = sentenceTokens(tokens, si)
      spans = matcher.codes(text, toks, date).map((c) => ({ start: toks[c.from]!.start, end: toks[c.to - 1]!.end, code: c.code }))
      bySentence.set(si, spans)
    }
    return spans
  }
  // a role's code depends on its span and, through the antecedent, on its mention
  const byRole = new Map<string, string | undefined>()
  const code = (role: EventRole): string | undefined => {
    const key = `${role.start}:${role.end}:${role.mentionId ?? ''}`
    if (byRole.has(key)) return byRole.get(key)
    const span = antecedentSpan(role, mentions)
    const named = spanCode(span)
    // a state's body standing for a country named elsewhere ("soldiers" as the Turkey of "Turkish officials say soldiers
    // …", the party ranker's composed roles: the role's own mention lies outside its span): the country's code with the
    // body's own agent, as PETRARCH composes them; a nominal or pronoun whose own mention it is keeps its antecedent's code
    const m = role.mentionId ? mentions.get(role.mentionId) : undefined
    const outside = !!m && (m.end <= role.start || m.start >= role.end)
    const own = named && outside ? spanCode(role) : undefined
    // a party standing for the country named inside it ("Chinese officials" as China): the phrase's own code
    // (CHNGOV) when it has one; a name widened to its noun phrase ("Jordan's King Abdullah") keeps the name's
    const inside = m && !outside && (m.type === 'NORP' || m.type === 'LOC') && (m.start > role.start || m.end < role.end) ? spanCode(role) : undefined
    const out = inside ?? (own?.startsWith('---') && named ? named.slice(0, 3) + own.slice(3) : named)
    byRole.set(key, out)
    return out
  }
  const spanCode = (span: { start: number; end: number }): string | undefined => {
    const si = sentenceAt(sentences, span.start)
    const best = si < 0 ? undefined : bestOverlap(spansOf(si), span)
    return best && !leavesNamePart(text, span, best) ? best.code : undefined
  }
  const coded = (role: EventRole | undefined): EventRole | undefined => {
    if (!role) return role
    const c = code(role)
    return c ? { ...role, code: c } : role
  }
  return {
    code,
    codeEvents: (events) => events.map((e) => {
      const actor = coded(e.actor)
      const target = coded(e.target)
      return actor === e.actor && target === e.target ? e : { ...e, ...(actor ? { actor } : {}), ...(target ? { target } : {}) }
    }),
  }
}

/** The span that names a role: the role's own, or its antecedent's for pronouns and nominals. */
function antecedentSpan(role: EventRole, mentions: ReadonlyMap<string, Mention>): { start: number; end: number } {
  let m = role.mentionId ? mentions.get(role.mentionId) : undefined
  for (let hops = 0; m?.antecedentId && hops < 5; hops++) {
    const next = mentions.get(m.antecedentId)
    if (!next) break
    m = next
  }
  return m ?? role
}

/** The dictionary span overlapping a role most (the longer one on a tie). */
function bestOverlap(spans: readonly CodedSpan[], role: { start: number; end: number }): CodedSpan | undefined {
  let best: CodedSpan | undefined
  let bestLen = 0
  for (const s of spans) {
    const overlap = Math.min(s.end, role.end) - Math.max(s.start, role.start)
    if (overlap <= 0) continue
    if (overlap > bestLen || (overlap === bestLen && best && s.end - s.start > best.end - best.start)) { best = s; bestLen = overlap }
  }
  return best
}

/**
 * Does the match leave out a capitalised word of the role's name? Then the name is another
 * actor's ("Wilyat Sinai" is not the place Sinai, "Syrian Democratic Forces" not Syria).
 */
function leavesNamePart(text: string, role: { start: number; end: number }, match: CodedSpan): boolean {
  const outside = text.slice(role.start, Math.max(role.start, match.start)) + ' ' + text.slice(Math.min(role.end, match.end), role.end)
  return /(^|[\s-])\p{Lu}/u.test(outside.replace(/^(The|A|An)\s/, ''))
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

function sentenceTokens(tokens: readonly Token[], si: number): Token[] {
  // tokens are in text order: find the sentence's run by binary search, then walk it
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.sentence < si) lo = mid + 1
    else hi = mid
  }
  const out: Token[] = []
  for (let i = lo; i < tokens.length && tokens[i]!.sentence === si; i++) out.push(tokens[i]!)
  return out
}
