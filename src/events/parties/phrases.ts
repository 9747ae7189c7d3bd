/**
 * Noun phrases that may be a party without naming one: the nominal arguments of a sentence that no mention or
 * descriptor covers ("Israeli and Palestinian officials", "International rights groups", "15 school children", "the
 * victims"). Each is a candidate of its own kind for the party ranker (candidates.ts); features tell a party phrase from
 * an object phrase: a name inside, a determiner or a number, plural, the head noun's actor code (its sector).
 * @module
 */
import type { EventRole } from '../../model/index.js'
import type { SentenceView } from '../sentence-view.js'

/** Labels of a nominal argument that may be a party. */
const ARGUMENT = new Set(['nsubj', 'obj', 'iobj', 'obl', 'nmod', 'appos', 'conj'])
/** Labels of the modifiers a party phrase spans, left of its head. */
const MODIFIER = new Set(['det', 'amod', 'compound', 'nmod:poss', 'nummod', 'flat'])

/** Labels of what a name's noun phrase adds on its left: its modifiers and a title ("Mr. Bush", "Jordan's King Abdullah"). */
const NAME_MODIFIER = new Set([...MODIFIER, 'nmod:desc'])

/** A noun phrase candidate: its role and what it looks like (features without the slot prefix). */
export interface Phrase { readonly role: EventRole; readonly head: number; readonly traits: readonly string[] }

/** The leftmost token of a head's modifiers before it (their subtrees; `labels`: the modifiers' labels), or the head. */
function leftEdge(v: SentenceView, h: number, depth = 0, labels: ReadonlySet<string> = MODIFIER): number {
  let from = h
  for (const c of v.children(h)) {
    if (c >= h || !labels.has(v.deprel(c))) continue
    from = Math.min(from, depth < 2 ? leftEdge(v, c, depth + 1, labels) : c)
  }
  return from
}

/** What a phrase looks like: a name inside, its determiner, a number, plural. */
function traitsOf(v: SentenceView, from: number, h: number): string[] {
  const name = [...Array(h - from).keys()].some((k) => v.occAt(from + k) !== undefined)
  const det = v.children(h).find((c) => c < h && v.deprel(c) === 'det')
  const num = v.children(h).some((c) => c < h && v.deprel(c) === 'nummod')
  const plural = v.lemma(h) !== v.word(h)
  return [name ? 'name' : 'bare', `det=${det === undefined ? (num ? 'num' : 'none') : v.lemma(det)}`, `pl=${plural}`]
}

/** The noun phrases of a sentence that may be a party: nominal arguments headed by a noun outside every mention. */
export function phrases(v: SentenceView, text: string, tokens: ReadonlyArray<{ start: number; end: number }>): Phrase[] {
  const out: Phrase[] = []
  for (let h = v.first; h < v.end; h++) {
    if ((v.upos(h) !== 'NOUN' && v.upos(h) !== 'PROPN') || v.occAt(h) || !ARGUMENT.has(v.deprel(h).split(':')[0]!)) continue
    const from = leftEdge(v, h)
    const start = tokens[from]!.start
    const end = tokens[h]!.end
    out.push({ role: { start, end, text: text.slice(start, end) }, head: h, traits: traitsOf(v, from, h) })
  }
  return out
}

/**
 * The phrases that may name a party: with a name inside, a number ("15 school children") or a head the actor
 * dictionaries code ("the police", "rights groups"); the rest ("the structure", "differences") are objects and places.
 */
export function partyPhrases(v: SentenceView, text: string, tokens: ReadonlyArray<{ start: number; end: number }>, code: (r: EventRole) => string | undefined): Phrase[] {
  return phrases(v, text, tokens).filter((p) => p.traits[0] === 'name' || p.traits[1] === 'det=num' || code(p.role) !== undefined)
}

/**
 * Where a name's widened phrase starts: at its noun phrase's left edge, except that a person's name keeps only its title
 * after another name before it ("Chinese President Hu Jintao" widens to "President Hu Jintao": the country is a party
 * of its own); an institution keeps it ("Ukraine's Supreme Court" is the court's name).
 */
function widenedStart(v: SentenceView, o: { m: { type: string }; from: number }, edge: number): number {
  if (o.m.type !== 'PER') return edge
  let from = edge
  for (let k = edge; k < o.from; k++) if (v.occAt(k)) from = k + 1
  return from
}

/**
 * Names at the granularity of their noun phrase: a name the recogniser left without its title or modifiers ("Bush" of
 * "Mr. Bush", "Republican Army" of "The Irish Republican Army", "King Abdullah" of "Jordan's King Abdullah") as one
 * more candidate spanning the phrase and standing for the same mention (so for the same entity): the golds name such
 * parties by the whole phrase ("Mr. Bush", "Irish Republican Army"). A determiner alone adds nothing ("the Taleban").
 */
export function widenedNames(v: SentenceView, text: string, tokens: ReadonlyArray<{ start: number; end: number }>): EventRole[] {
  const out: EventRole[] = []
  for (const o of v.occs) {
    if (o.m.kind !== 'name') continue
    let h = o.from
    while (h < o.to - 1 && v.head(h) >= o.from && v.head(h) < o.to) h++
    const from = widenedStart(v, o, leftEdge(v, h, 0, NAME_MODIFIER))
    if (from >= o.from || [...Array(o.from - from).keys()].every((k) => v.deprel(from + k) === 'det')) continue
    const start = tokens[from]!.start
    out.push({ mentionId: o.m.id, ...(o.m.entityId ? { entityId: o.m.entityId } : {}), start, end: o.m.end, text: text.slice(start, o.m.end) })
  }
  return out
}
