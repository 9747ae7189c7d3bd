/**
 * The author a document speaks for, named in the document's own phrase: "A DEA statement says" is the DEA, "An Uzbek
 * Foreign Ministry statement" Uzbekistan's ministry, "A separate report from the Commerce Department" the department,
 * "A report by the Special Inspector General" the inspector, "A report in Zimbabwe's Sunday Mail newspaper" the paper,
 * "Friday's report from a business group, the National Association of Realtors" the association. The news golds take
 * that author as the speaker (docs/voa-news-gold.md: "The statement said" takes its issuer); a document whose phrase
 * names no author ("A published report says") stays its own descriptor, and what a document is about is no author
 * ("A report on Syria", "a study into the attack").
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { sourceHead, tokensInside } from './source-mention.js'
import { dependentsOf } from './syntax-view.js'

/** Lemmas of nouns for documents and broadcasts that speak for whoever issued them. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(('statement report announcement communique communiqué study survey poll cable ' +
  'letter memo memorandum release edition document analysis assessment review audit bulletin broadcast dispatch editorial article ' +
  'transcript filing notice declaration').split(' '))

/**
 * Which mention names the author, best first: an organisation, then a person. A people or a place ("A U.S. statement",
 * "A U.S. diplomatic cable") says whose document it is, not which body issued it (the golds code the military, or the
 * cable itself), so it names no author.
 */
const AUTHOR_TYPES = ['ORG', 'PER'] as const
/** Prepositions (and the possessive) that name an author: "by", "from", "of", "the ministry's"; "in" names the outlet that carried it. */
const AUTHOR_CASES: ReadonlySet<string> = new Set(['by', 'from', 'of', "'s", '’s', "'", '’'])

/** The preposition that governs the mention in the parse, if any ("from" in "from the Commerce Department"). */
function caseOf(doc: AnnotatedDoc, m: Mention): string | undefined {
  const syntax = doc.syntax!.tokens
  const idx = tokensInside(doc, m)
  const inside = new Set(idx)
  const head = idx.find((i) => !inside.has(syntax[i]!.head))
  if (head === undefined) return undefined
  const c = dependentsOf(doc, head).find((i) => syntax[i]!.deprel === 'case' && !inside.has(i))
  return c === undefined ? undefined : syntax[c]!.lemma.toLowerCase()
}

/**
 * The mention naming the author of a source whose head is a document noun: a name modifying the noun ("DEA statement",
 * "Uzbek Foreign Ministry statement", "the ministry's statement"), its object after "by", "from", "of" or "in", or a name
 * in apposition after a comma that closes the source ("from a business group, the National Association of Realtors").
 */
export function documentAuthor(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  if (!doc.syntax || doc.syntax.tokens.length !== doc.tokens?.length) return undefined
  const h = sourceHead(doc, src)
  if (h === undefined || !DOCUMENT_NOUNS.has(doc.syntax.tokens[h]!.lemma.toLowerCase())) return undefined
  const t = doc.tokens[h]!
  const text = doc.article.text
  const comma = text.slice(src.start, src.end).indexOf(',')
  const headEnd = comma < 0 ? src.end : src.start + comma
  const closing = (m: Mention) => m.start > headEnd && /^[\s,]*(the\s+)?$/i.test(text.slice(headEnd, m.start)) && text.slice(m.end, src.end).trim() === ''
  const authorLike = (m: Mention) => { const c = caseOf(doc, m); return c === undefined || AUTHOR_CASES.has(c) || (c === 'in' && m.type === 'ORG') }
  const named = inside.filter((m) => !(m.start <= t.start && t.end <= m.end) && (m.kind ?? 'name') === 'name' && ((m.end <= headEnd && authorLike(m)) || (m.type === 'ORG' && closing(m))))
  for (const type of AUTHOR_TYPES) {
    const m = named.find((x) => x.type === type)
    if (m) return m
  }
  return participleAgent(doc, h)
}

/** The tokens below `i` in the parse (its subtree without itself), a few levels deep. */
function below(doc: AnnotatedDoc, i: number, depth = 4): number[] {
  if (depth === 0) return []
  const out: number[] = []
  for (const k of dependentsOf(doc, i)) out.push(k, ...below(doc, k, depth - 1))
  return out
}

/**
 * The agent of a participle that modifies the document noun, after the source was cut before the participle: "A
 * statement issued Wednesday by the State Department says", "A statement released by the coalition Friday says" —
 * the organisation or person whose name a "by" governs inside the participle's phrase.
 */
function participleAgent(doc: AnnotatedDoc, h: number): Mention | undefined {
  const syntax = doc.syntax!.tokens
  const tokens = doc.tokens!
  for (const acl of dependentsOf(doc, h).filter((k) => syntax[k]!.deprel.startsWith('acl') && syntax[k]!.upos === 'VERB')) {
    const sub = below(doc, acl)
    const agent = sub.find((k) => syntax[k]!.lemma.toLowerCase() === 'by' && syntax[k]!.deprel === 'case')
    if (agent === undefined) continue
    const noun = tokens[syntax[agent]!.head]!
    const m = (doc.mentions ?? []).find((x) => (x.kind ?? 'name') === 'name' && (x.type === 'ORG' || x.type === 'PER') && x.start <= noun.start && noun.end <= x.end)
    if (m) return m
  }
  return undefined
}
