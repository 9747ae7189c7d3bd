/**
 * Accusation frames: the act a party is accused of or blamed for is that party's act, alleged.
 * "Syria accused Israel of violating its air space" → Israel violated (alleged); "he blames Russia for the
 * bombardment" → Russia's bombardment; "politicians blamed the killing on Syria" → Syria's killing. Read from the
 * parse: the accused is the object of accuse/blame (or the "on X" of "blame Y on X"), the act is the "of/for"
 * dependent of the verb or of its object, or (for "blame … on") the object itself.
 * @module
 */
import { occsOf } from './roles.js'
import { caseOf, childrenWith, type Occ, type SentenceView } from './sentence-view.js'

/** Verbs whose object is the party said to have done the act in their "of/for" phrase. */
export const ACCUSE_LEMMAS: ReadonlySet<string> = new Set(['accuse', 'blame'])
const ACT_MARKS = new Set(['of', 'for'])
const ACT_RELS = new Set(['advcl', 'xcomp', 'ccomp', 'acl', 'obl', 'nmod'])

/** "blame Y on X": the party after "on", on the verb or on its object. */
function blamedOn(v: SentenceView, verb: number, obj: number): Occ[] {
  for (const c of [...childrenWith(v, verb, 'obl'), ...childrenWith(v, obj, 'nmod')]) if (caseOf(v, c) === 'on' || markOf(v, c) === 'on') return occsOf(v, c)
  return []
}

function markOf(v: SentenceView, i: number): string {
  for (const c of v.children(i)) if (c < i && (v.deprel(c) === 'mark' || v.deprel(c) === 'case')) return v.word(c)
  return ''
}

/**
 * The party accused of the act at token i (a verb or an event noun), when i is what an accuse/blame verb says the party
 * did; undefined otherwise.
 */
export function accusedOf(v: SentenceView, i: number): Occ[] | undefined {
  const h = v.head(i)
  if (h < v.first || h >= v.end) return undefined
  // "accused Israel of violating …", "blames Russia for the bombardment"
  if (ACCUSE_LEMMAS.has(v.lemma(h)) && ACT_RELS.has(v.deprel(i).split(':')[0]!) && ACT_MARKS.has(markOf(v, i))) {
    const obj = childrenWith(v, h, 'obj')[0]
    const accused = obj !== undefined ? occsOf(v, obj) : []
    return accused.length ? accused : undefined
  }
  // "blamed the killing on Syria"
  if (ACCUSE_LEMMAS.has(v.lemma(h)) && v.deprel(i) === 'obj') {
    const on = blamedOn(v, h, i)
    return on.length ? on : undefined
  }
  // "accuses the regime of chemical weapons use": the act hangs on the accused object
  const hh = v.head(h)
  if (hh >= v.first && hh < v.end && ACCUSE_LEMMAS.has(v.lemma(hh)) && v.deprel(h) === 'obj' && v.deprel(i) === 'nmod' && ACT_MARKS.has(caseOf(v, i))) {
    const accused = occsOf(v, h)
    return accused.length ? accused : undefined
  }
  return undefined
}
