/**
 * A third-person pronoun the coreference left without an antecedent ("Iran says it will suspend …", "They also
 * denounced the G8 …": the coref stage links "he" and "she" only to a clear person and "it" and "they" seldom) as the
 * name it most likely stands for: the last subject name before it (a name heading a clause's subject, the party a
 * text keeps talking about), else the last name, in its sentence or the two before, of a type the pronoun can refer
 * to ("he", "she": a person; "it": an organisation or a country; "they": an organisation, a people or a country).
 * Each is one more candidate of the party ranker (candidates.ts): the pronoun's own span and text standing for that
 * name's mention (kind `pron/<type>`), so the party is the name's entity; the ranker learns when to trust it.
 * @module
 */
import type { AnnotatedDoc, Mention } from '../../model/index.js'
import { pronounInfo, type PronounInfo } from '../../text/english.js'
import { firstSpanEndingAfter } from '../../text/offsets.js'
import type { SentenceView } from '../sentence-view.js'
import { composed, type Composed } from './composed.js'

/** How many sentences before the pronoun's own its antecedent may stand in. */
const WINDOW = 2

/** The mention types a pronoun can stand for, by its number and gender. */
function typesFor(info: PronounInfo): readonly string[] {
  if (info.number === 'plural') return ['ORG', 'NORP', 'LOC']
  if (info.gender === 'neuter') return ['ORG', 'LOC']
  return ['PER']
}

/** Can a name be what a pronoun of these types stands for (a place only when it is a country)? */
const fits = (m: Mention, types: readonly string[]): boolean =>
  types.includes(m.type) && (m.type !== 'LOC' || m.subtype === 'country')

/** A name a pronoun may stand for, and whether it heads a clause's subject. */
export interface Antecedent { readonly m: Mention; readonly subject: boolean }

/** Does the mention's head token (the first whose head lies outside it) head a subject? */
function isSubject(doc: AnnotatedDoc, m: Mention): boolean {
  const ts = doc.tokens ?? []
  const syn = doc.syntax?.tokens ?? []
  const inside = (k: number) => ts[k] !== undefined && ts[k]!.start >= m.start && ts[k]!.end <= m.end
  for (let i = firstSpanEndingAfter(ts, m.start); i < ts.length && ts[i]!.start < m.end; i++) {
    if (!inside(i) || inside(syn[i]?.head ?? -1)) continue
    return (syn[i]?.deprel ?? '').startsWith('nsubj')
  }
  return false
}

/** The names a pronoun may stand for: people, organisations, peoples and countries, in text order. */
export function antecedentNames(doc: AnnotatedDoc): Antecedent[] {
  return (doc.mentions ?? []).filter((m) => m.kind === 'name' && fits(m, ['PER', 'ORG', 'NORP', 'LOC'])).sort((a, b) => a.start - b.start)
    .map((m) => ({ m, subject: isSubject(doc, m) }))
}

/** The last subject name of the pronoun's types ending before `at` and starting at or after `from`, else the last such name. */
function lastFitting(names: readonly Antecedent[], types: readonly string[], from: number, at: number): Mention | undefined {
  let last: Mention | undefined
  let subject: Mention | undefined
  for (const { m, subject: s } of names) {
    if (m.end > at) break
    if (m.start < from || !fits(m, types)) continue
    last = m
    if (s) subject = m
  }
  return subject ?? last
}

/**
 * The unlinked third-person pronouns of a sentence that head a clause's subject (outside every role mention; object
 * pronouns were tried: dyad fell, docs/events.md twenty-fifth session), each as the name it most likely stands for (see the module comment).
 */
export function pronounRoles(doc: AnnotatedDoc, v: SentenceView, names: readonly Antecedent[]): Composed[] {
  const text = doc.article.text
  const tokens = doc.tokens ?? []
  const from = doc.sentences?.[Math.max(0, v.index - WINDOW)]?.start ?? 0
  const out: Composed[] = []
  for (let i = v.first; i < v.end; i++) {
    const info = pronounInfo(v.word(i))
    if (!info || info.person !== 3 || info.case !== 'subject' || !v.deprel(i).startsWith('nsubj') || v.occAt(i)) continue
    const t = tokens[i]!
    const name = lastFitting(names, typesFor(info), from, t.start)
    if (name) out.push(composed({ start: t.start, end: t.end, text: text.slice(t.start, t.end) }, name, 'pron'))
  }
  return out
}
