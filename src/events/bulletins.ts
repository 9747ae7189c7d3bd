/**
 * Strike bulletins: "Near Mosul, five strikes engaged four ISIL tactical units;
 * destroyed three ISIL-held buildings, two vehicles …". A clause whose subject is
 * an event noun ("strikes") and whose predicate is an effect verb is split into one
 * event per listed item (the objects and their conjuncts). The actor is the
 * noun's own actor ("Israeli strikes") or the force that the article last named
 * as conducting such events ("Coalition military forces conducted 34 strikes
 * against ISIL"); the target is a party named in the item ("ISIL tactical unit")
 * or that earlier event's target.
 * @module
 */
import type { Clause, Modality } from '../model/index.js'
import type { ArticleContext as ForceContext, Candidate } from './candidate.js'
import { nounActor } from './noun-events.js'
import { occOf, subjectToken } from './roles.js'
import { childrenWith, type Occ, type SentenceView } from './sentence-view.js'
import { instrumentSubject } from './verb-events.js'
import { nounCode } from './verb-code.js'

/** Verbs that report what a strike did to its objective (lemmas). */
const EFFECT_LEMMAS = new Set(['engage', 'destroy', 'damage', 'suppress', 'hit', 'strike', 'target', 'kill', 'wound',
  'neutralize', 'neutralise', 'eliminate', 'disable', 'degrade'])
const ITEM_MODIFIERS = new Set(['det', 'nummod', 'compound', 'amod', 'flat', 'nmod:poss'])


/** The listed items of an object: itself and its conjuncts and list appositions, recursively. */
function items(v: SentenceView, o: number, seen = new Set<number>()): number[] {
  if (seen.has(o) || !v.inside(o)) return []
  seen.add(o)
  const out = [o]
  for (const c of childrenWith(v, o, 'conj', 'appos')) out.push(...items(v, c, seen))
  return out
}

const SEPARATORS = new Set([',', 'and', 'or'])
const ITEM_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'])

/**
 * Items listed after an object, read off the words where the parse attached them elsewhere
 * ("two vehicles, three bridges and a tank"): runs of determiners, numbers, adjectives and nouns
 * between commas and "and"; the list ends at anything else (a verb, a preposition, a semicolon).
 */
function listedAfter(v: SentenceView, o: number): number[] {
  const out: number[] = []
  let k = o + 1
  while (k < v.end && SEPARATORS.has(v.word(k))) {
    while (k < v.end && SEPARATORS.has(v.word(k))) k++
    let head = -1
    while (k < v.end && (ITEM_TAGS.has(v.upos(k)) || v.word(k) === '-')) { if (v.upos(k) === 'NOUN' || v.upos(k) === 'PROPN') head = k; k++ }
    if (head < 0) break
    out.push(head)
  }
  return out
}

/** The item's own words: its determiner, number and modifiers up to the noun. */
function itemSpan(v: SentenceView, i: number): { from: number; last: number } {
  let from = i
  for (const c of v.children(i)) if (c < from && ITEM_MODIFIERS.has(v.deprel(c))) from = c
  return { from, last: i }
}

export function isEventNoun(v: SentenceView, i: number): boolean {
  const code = nounCode(v, i)
  return code !== undefined && Number(code.slice(0, 2)) >= 18
}

/** Bulletin events of one sentence; adds the predicates it coded to `coded`. */
export function bulletinEvents(v: SentenceView, byPredicate: ReadonlyMap<number, Clause>, ctx: ForceContext,
  coded: Set<number>, modalityOf: (cl: Clause) => Modality, codeOf: (p: number) => string | undefined): Candidate[] {
  const out: Candidate[] = []
  for (const cl of v.clauses) {
    if (!EFFECT_LEMMAS.has(v.lemma(cl.predicate)) || cl.passive || coded.has(cl.predicate)) continue
    const noun = instrumentSubject(v, cl, byPredicate, (i) => isEventNoun(v, i))
    const listed = listedItems(v, cl)
    let actor: Occ | undefined
    let code: string | undefined
    // "The attacks in Paris killed 130 people": an event the noun itself places or aims is no item of the last bulletin
    if (noun !== undefined && nounActor(v, noun).length === 0 && childrenWith(v, noun, 'nmod').some((c) => occOf(v, c))) continue
    if (noun !== undefined) {
      const own = nounActor(v, noun)
      actor = own[0] ?? ctx.actor
      code = ctx.code && own.length === 0 ? ctx.code : nounCode(v, noun)!
      coded.add(noun)
    } else {
      // "Coalition aircraft destroyed 14 ISIL tanks and other equipment": a named force's list, one event per party struck
      const s = subjectToken(v, cl, byPredicate)
      actor = s !== undefined ? occOf(v, s) : undefined
      code = codeOf(cl.predicate)
      if (!actor || actor.m.type === 'LOC' || !code || listed.length < 2 || Number(code.slice(0, 2)) < 18) continue
    }
    coded.add(cl.predicate)
    const namedTargets = listed.map((it) => occOf(v, it)).filter((o) => o !== undefined && o !== actor)
    const fallback = noun === undefined ? namedTargets[0] ?? ctx.target : ctx.target
    const events = listed.map((it) => {
      const named = occOf(v, it)
      const target = named && named !== actor ? named : fallback
      return { ...itemSpan(v, it), code: code!, actors: actor ? [actor] : [], targets: target ? [target] : [], modality: modalityOf(cl), specific: true, anchor: cl.predicate }
    })
    if (noun === undefined && actor) noteParties(ctx, actor, code, events)
    out.push(...(noun === undefined ? onePerTarget(events) : events))
  }
  return out
}

/**
 * A named force's list is one act per party struck: "Coalition aircraft destroyed 14 ISIL tanks and other equipment"
 * is one destruction of ISIL's, not one per item (the items after the first name no party of their own).
 */
function onePerTarget(events: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return events.filter((e) => {
    const key = e.targets[0]?.m.id ?? ''
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The listed objects of an effect clause, in word order. */
function listedItems(v: SentenceView, cl: Clause): number[] {
  const listed = new Set<number>()
  for (const o of cl.objects) for (const it of [...items(v, o), ...listedAfter(v, o)]) listed.add(it)
  return [...listed].sort((a, b) => a - b)
}

function noteParties(ctx: ForceContext, actor: Occ, code: string, events: readonly Candidate[]): void {
  ctx.actor = actor
  ctx.code = code
  const t = events.find((e) => e.targets[0])?.targets[0]
  if (t) { ctx.target = t; ctx.struck = { by: actor.m.text.toLowerCase(), target: t } }
}

/** Remember the force of events coded from an event noun ("conducted 34 strikes against ISIL"). */
export function noteForce(ctx: ForceContext, c: Candidate, v: SentenceView): void {
  if (Number(c.code.slice(0, 2)) < 18 || c.actors.length === 0) return
  const nounish = v.upos(c.last) === 'NOUN' && nounCode(v, c.last) !== undefined
  if (!nounish) return
  ctx.actor = c.actors[0]
  ctx.code = c.code
  if (c.targets[0]) { ctx.target = c.targets[0]; ctx.struck = { by: c.actors[0]!.m.text.toLowerCase(), target: c.targets[0] } }
}
