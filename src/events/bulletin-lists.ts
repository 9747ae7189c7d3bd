/**
 * Strike bulletins read off the words, for the lines the parser reads worst ("Near Bayji, one strike engaged an
 * ISIL tactical unit and destroyed an ISIL-held building, a VBIED, and a front-end loader."): an event noun with
 * its number ("one strike", "15 strikes") right before an effect verb opens the list; every effect verb after it
 * ("; destroyed …; and damaged …") opens a segment, and the segment's items are split at commas and "and".
 * One event per item: the noun's own actor or the force last named conducting such events, the party named in
 * the item or that force's target. bulletins.ts reads the other bulletins from the parse.
 * @module
 */
import type { Modality } from '../model/index.js'
import type { ArticleContext, Candidate } from './candidate.js'
import { SPEECH_VERBS } from './lexicon.js'
import { nounActor } from './noun-events.js'
import type { Occ, SentenceView } from './sentence-view.js'
import { nounCode } from './verb-code.js'

/** Verbs that report what a strike did to its objective (base forms; words are matched by their stem). */
export const EFFECT_VERBS: ReadonlySet<string> = new Set(['engage', 'destroy', 'damage', 'suppress', 'hit', 'strike', 'target', 'kill',
  'wound', 'neutralize', 'neutralise', 'eliminate', 'disable', 'degrade'])

const isEffect = (v: SentenceView, k: number): boolean => {
  const w = v.word(k)
  return EFFECT_VERBS.has(v.lemma(k)) || EFFECT_VERBS.has(w.replace(/(ed|d)$/, '')) || EFFECT_VERBS.has(w.replace(/ed$/, ''))
}
const isStrikeNoun = (v: SentenceView, k: number): boolean => Number(nounCode(v, k)?.slice(0, 2) ?? 0) >= 18
const GLUE = new Set([',', 'and'])
/** "These strikes engaged …": strikes the article already counted, by the force last named conducting them. */
const REFERRING = new Set(['these', 'those', 'the'])

/** The noun and the first effect verb of every bulletin line in the sentence (glued lines included). */
function openings(v: SentenceView): Array<{ noun: number; verb: number }> {
  const out: Array<{ noun: number; verb: number }> = []
  for (let k = v.first + 1; k < v.end - 1; k++) {
    if (!isStrikeNoun(v, k) || !isEffect(v, k + 1)) continue
    if (v.upos(k - 1) === 'NUM' || /^\d+$/.test(v.word(k - 1)) || v.word(k - 1) === 'one' || REFERRING.has(v.word(k - 1))) out.push({ noun: k, verb: k + 1 })
  }
  return out
}

/** Items [from, last] of the segment after an effect verb, up to ';' or the next effect verb. */
function segmentItems(v: SentenceView, verb: number): { items: Array<[number, number]>; end: number } {
  const items: Array<[number, number]> = []
  let from = verb + 1
  let k = verb + 1
  for (; k < v.end; k++) {
    const w = v.word(k)
    const nextVerb = isEffect(v, k) && (GLUE.has(v.word(k - 1)) || v.word(k - 1) === ';')
    if (w === ';' || w === '.' || nextVerb || GLUE.has(w)) {
      let a = from
      while (a < k && GLUE.has(v.word(a))) a++
      // "…, he added": the reporting clause closing the list is no item
      if (a < k && !(v.upos(a) === 'PRON' && SPEECH_VERBS.has(v.lemma(a + 1)))) items.push([a, k - 1])
      from = k + 1
      if (w === ';' || w === '.' || nextVerb) break
    }
  }
  return { items, end: k }
}

/** The bulletin events of a line read by its words; adds every token of the lists to `coded`. */
export function listedStrikes(v: SentenceView, ctx: ArticleContext, coded: Set<number>, modality: Modality): Candidate[] {
  const out: Candidate[] = []
  for (const open of openings(v)) out.push(...lineStrikes(v, open, ctx, coded, modality))
  return out
}

function lineStrikes(v: SentenceView, open: { noun: number; verb: number }, ctx: ArticleContext, coded: Set<number>, modality: Modality): Candidate[] {
  const own = nounActor(v, open.noun)
  const actor: Occ | undefined = own[0] ?? ctx.actor
  const code = own.length === 0 && ctx.code ? ctx.code : nounCode(v, open.noun)!
  const out: Candidate[] = []
  if (!actor && REFERRING.has(v.word(open.noun - 1))) return out
  let verb = open.verb
  while (verb < v.end && isEffect(v, verb)) {
    const { items, end } = segmentItems(v, verb)
    for (const [from, last] of items) {
      const named = [...Array(last - from + 1).keys()].map((i) => v.occAt(from + i)).find((o) => o !== undefined && o !== actor)
      out.push({ from, last, code, actors: actor ? [actor] : [], targets: named ? [named] : [], modality, specific: true, anchor: verb })
    }
    coded.add(verb)
    if (v.word(end) === '.') break
    let next = end
    while (next < v.end && (v.word(next) === ';' || GLUE.has(v.word(next)))) next++
    if (next === verb || !isEffect(v, next)) break
    verb = next
  }
  coded.add(open.noun)
  for (const c of out) for (let k = c.from; k <= c.last; k++) coded.add(k)
  return withListTarget(out, ctx.target)
}

/** Items naming no party are aimed at the force's last target, else at the party another item of the list names ("four ISIL vehicles"). */
function withListTarget(out: Candidate[], last: Occ | undefined): Candidate[] {
  const shared = last ?? out.find((c) => c.targets.length > 0)?.targets[0]
  return shared ? out.map((c) => (c.targets.length ? c : { ...c, targets: [shared] })) : out
}

const ITEM_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'])
const inItem = (v: SentenceView, k: number): boolean => ITEM_TAGS.has(v.upos(k)) || v.word(k) === '-' || v.word(k - 1) === '-'

/** The comma list ending at token `last` ("three artillery systems, two ISIL-held buildings, … and an air defense system"). */
function listBefore(v: SentenceView, last: number): Array<[number, number]> {
  const items: Array<[number, number]> = []
  let end = last
  let k = last
  for (; k >= v.first; k--) {
    if (inItem(v, k) && !GLUE.has(v.word(k))) continue
    // "In addition to the 14 tanks, …": a phrase after a preposition is no item of the list
    if (k < end && !(v.upos(k) === 'ADP' || v.upos(k) === 'SCONJ')) items.unshift([k + 1, end])
    if (!GLUE.has(v.word(k))) break
    while (k - 1 >= v.first && GLUE.has(v.word(k - 1))) k--
    end = k - 1
  }
  if (k < v.first && end >= v.first) items.unshift([v.first, end])
  return items
}

/**
 * "In addition to the 14 tanks, three artillery systems, two ISIL-held buildings, … were also destroyed in the strike":
 * an agentless passive of an effect verb in an article that named a striking force — one event per item of its
 * subject's list, by that force.
 */
export function destroyedItems(v: SentenceView, p: number, ctx: ArticleContext, coded: Set<number>, modality: Modality): Candidate[] {
  if (!ctx.actor || v.upos(p) !== 'VERB' || !isEffect(v, p) || coded.has(p)) return []
  const kids = v.children(p)
  const subject = kids.find((c) => v.deprel(c) === 'nsubj:pass')
  if (subject === undefined || !kids.some((c) => v.deprel(c) === 'aux:pass') || kids.some((c) => v.deprel(c) === 'obl:agent')) return []
  if (v.occAt(subject)) return []
  const items = listBefore(v, subject)
  const out: Candidate[] = items.map(([from, last]) => {
    const named = [...Array(last - from + 1).keys()].map((i) => v.occAt(from + i)).find((o) => o !== undefined && o !== ctx.actor)
    const target = named ?? ctx.target
    return { from, last, code: ctx.code ?? '195', actors: [ctx.actor!], targets: target ? [target] : [], modality, specific: true, anchor: p }
  })
  coded.add(p)
  for (const c of out) for (let k = c.from; k <= c.last; k++) coded.add(k)
  return out
}
