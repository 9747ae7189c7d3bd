/**
 * The name of a news outlet that speaks as a source: "The state-run Xinhua news agency says" is Xinhua, "The Palestinian
 * news agency, WAFA, reports" WAFA, "The U.S. space agency, NASA, announced" NASA. The phrase's head is an outlet noun
 * ("agency", "television", "newspaper"), so the descriptor reads as anonymous, yet the organisation named as its
 * modifier or in apposition is the outlet itself: a named source. A people or a place ("Syria's official news agency",
 * "Iranian state television") names whose outlet it is, not the outlet, and stays out.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { sourceHead, tokensInside } from './source-mention.js'

/** Lemmas of nouns for news outlets and their services (lower case). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(('agency television tv radio station newspaper paper daily weekly magazine ' +
  'channel network broadcaster website outlet').split(' '))

/** Dependencies by which a name modifies or renames the outlet noun in the parse. */
const NAMING_DEPRELS: ReadonlySet<string> = new Set(['compound', 'flat', 'appos'])

/** The mention's own head token (its one token attached outside it), if any. */
function mentionHead(doc: AnnotatedDoc, m: Mention): number | undefined {
  const syntax = doc.syntax!.tokens
  const idx = tokensInside(doc, m)
  const inside = new Set(idx)
  return idx.find((i) => !inside.has(syntax[i]!.head))
}

/**
 * The organisation a source headed by an outlet noun is: a name attached to the noun as a compound or an apposition
 * ("Xinhua news agency", "news agency, WAFA"), else an organisation that closes the source after a comma ("The U.S.
 * space agency, NASA"). The name nearest the noun wins.
 */
export function outletName(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  if (!doc.syntax || doc.syntax.tokens.length !== doc.tokens?.length) return undefined
  const h = sourceHead(doc, src)
  if (h === undefined || !OUTLET_NOUNS.has(doc.syntax.tokens[h]!.lemma.toLowerCase())) return undefined
  const t = doc.tokens[h]!
  const text = doc.article.text
  const closing = (m: Mention) => m.start > t.end && /^[\s,]*(the\s+)?$/i.test(text.slice(t.end, m.start)) && /^[\s,]*$/.test(text.slice(m.end, src.end))
  const naming = (m: Mention) => {
    const mh = mentionHead(doc, m)
    const s = mh === undefined ? undefined : doc.syntax!.tokens[mh]!
    return (s !== undefined && s.head === h && NAMING_DEPRELS.has(s.deprel.split(':')[0]!)) || closing(m)
  }
  const names = inside.filter((m) => m.type === 'ORG' && (m.kind ?? 'name') === 'name' && !(m.start <= t.start && t.end <= m.end) && naming(m))
  return names.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0]
}
