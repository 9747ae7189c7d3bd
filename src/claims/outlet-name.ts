/**
 * The name of a news outlet that speaks as a source: "The state-run Xinhua news agency says" is Xinhua, "The Palestinian
 * news agency, WAFA, reports" WAFA, "Arab TV channel, Al-Arabiya" Al-Arabiya. The phrase's head is an outlet noun
 * ("news agency", "television", "newspaper"), so the descriptor reads as anonymous, yet the organisation named as its
 * modifier or in apposition is the outlet itself: a named source. A people or a place ("Syria's official news agency",
 * "Iranian state television") names whose outlet it is, not the outlet, and stays out.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { sourceHead, tokensInside } from './source-mention.js'
import { dependentsOf } from './syntax-view.js'

/** Lemmas of nouns for news outlets (lower case). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(('television tv radio station newspaper paper daily weekly magazine ' +
  'channel network broadcaster website outlet').split(' '))
/**
 * Nouns that are outlets only as a compound with "news", "press" or "wire" ("Xinhua news agency", "the Interfax news
 * service"): "The United Nations refugee agency" is the UN's agency for refugees, not the UN.
 */
const SERVICE_NOUNS: ReadonlySet<string> = new Set(['agency', 'service'])
const NEWS_WORDS: ReadonlySet<string> = new Set(['news', 'press', 'wire'])

/** Is token h the head of an outlet's phrase: an outlet noun, or "news agency"? */
function outletHead(doc: AnnotatedDoc, h: number): boolean {
  const syntax = doc.syntax!.tokens
  const lemma = syntax[h]!.lemma.toLowerCase()
  if (OUTLET_NOUNS.has(lemma)) return true
  return SERVICE_NOUNS.has(lemma) && dependentsOf(doc, h).some((i) => syntax[i]!.deprel === 'compound' && NEWS_WORDS.has(syntax[i]!.lemma.toLowerCase()))
}

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
 * ("Xinhua news agency", "news agency, WAFA"), else an organisation that closes the source after a comma ("The French
 * news agency, AFP"). The name nearest the noun wins.
 */
export function outletName(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  if (!doc.syntax || doc.syntax.tokens.length !== doc.tokens?.length) return undefined
  const h = sourceHead(doc, src)
  if (h === undefined || !outletHead(doc, h)) return undefined
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
