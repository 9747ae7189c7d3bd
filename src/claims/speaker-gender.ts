/**
 * A speaker's gender as the document itself shows it: the "he" / "she" / "his" / "her" coreference linked to a name of
 * the person (the same surname), and a gendered title right before one of those names ("Mr.", "Mrs.", "Ms.", "Queen").
 * A person may show both (a wrong link), or none. Read before resolution, so by mentions and names, not entities.
 * @module
 */
import type { AnnotatedDoc, Mention } from '../model/index.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { pronounInfo, TITLE_GENDER } from '../text/english.js'

export type Gender = 'masculine' | 'feminine'

/** The first mention a chain of antecedents reaches (itself when it has none). */
export function chainRoot(doc: AnnotatedDoc, m: Mention): Mention {
  const byId = new Map((doc.mentions ?? []).map((x) => [x.id, x]))
  let cur = m
  for (let n = 0; n < 20 && cur.antecedentId !== undefined; n++) {
    const next = byId.get(cur.antecedentId)
    if (!next) break
    cur = next
  }
  return cur
}

/** A person's name key within one article: the last word of the name, lower case ("Carla Del Ponte", "Del Ponte" → ponte). */
export const surnameKey = (m: Mention): string => (m.text.trim().split(/\s+/).pop() ?? '').toLowerCase()

/** The genders the document shows for the person a named mention names (empty when it shows none). */
export function personGenders(doc: AnnotatedDoc, name: Mention): Set<Gender> {
  const out = new Set<Gender>()
  const key = surnameKey(name)
  const tokens = doc.tokens ?? []
  for (const m of doc.mentions ?? []) {
    if (m.type !== 'PER') continue
    if (m.kind === 'pronoun') {
      const g = pronounInfo(m.text)?.gender
      if ((g === 'masculine' || g === 'feminine') && surnameKey(chainRoot(doc, m)) === key) out.add(g)
      continue
    }
    if (surnameKey(m) !== key) continue
    const i = firstSpanEndingAfter(tokens, m.start)
    const before = i > 0 ? tokens[i - 1] : undefined
    const g = before && before.end <= m.start ? TITLE_GENDER.get(doc.article.text.slice(before.start, before.end).toLowerCase().replace(/\.$/, '')) : undefined
    if (g) out.add(g)
  }
  return out
}

/** May a pronoun of this gender stand for the person: the document shows no gender for them, or shows this one? */
export function genderAllows(doc: AnnotatedDoc, name: Mention, gender: string): boolean {
  const gs = personGenders(doc, name)
  return gs.size === 0 || gs.has(gender as Gender)
}
