/**
 * The body a generic source speaks for when its phrase names none: "The government said", "Police say", "Authorities
 * say", "A military spokesman said" speak for the country the article names in their sentence or the one before (else
 * first in their paragraph, else nearest before them); "The group says", "The commission says", "The bank says" for the
 * organisation named before them whose name holds the noun, else the nearest. The news golds take that body
 * as the speaker (anonymous for the state's officials; docs/voa-news-gold.md). A source that continues an earlier
 * speaker keeps that speaker (extract.ts), and one whose phrase names a body takes it (`bodySpokenFor`).
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { GROUP_NOUNS, STATE_BODY_NOUNS } from '../text/english.js'
import { sourceHead } from './source-mention.js'
import { dependentsOf } from './syntax-view.js'

/** Heads that refer back to an organisation: the group nouns of the lexicon and the bodies that publish or judge. */
const ORG_HEADS: ReadonlySet<string> = new Set([...GROUP_NOUNS, 'bank', 'court', 'tribunal', 'newspaper', 'paper', 'broadcaster', 'channel'])
/** Modifiers that make an office-holder the state's: "A military spokesman", "police officials", "a foreign ministry spokesman". */
const STATE_MODIFIERS: ReadonlySet<string> = new Set([...STATE_BODY_NOUNS, 'ministry', 'security', 'defense', 'defence'])

type BodyKind = 'state' | 'org'

/** Lemmas of the words modifying the head inside the source phrase ("military" in "A military spokesman"). */
function modifiers(doc: AnnotatedDoc, src: Span, h: number): string[] {
  const tokens = doc.tokens!
  const syntax = doc.syntax!.tokens
  return dependentsOf(doc, h).filter((i) => /^(amod|compound|nmod)/.test(syntax[i]!.deprel) && tokens[i]!.start >= src.start && tokens[i]!.end <= src.end)
    .map((i) => syntax[i]!.lemma.toLowerCase())
}

/**
 * Which kind of body the source's head (and its modifiers) speaks for, read from doc.syntax lemmas. A state's noun with a
 * modifier that is no state's ("Electoral officials", "Health officials") names another body, so no state is read; any
 * other head is the state's when a modifier is ("a foreign ministry spokesman", "A military spokesman", "The military
 * statement").
 */
function bodyKind(doc: AnnotatedDoc, src: Span): BodyKind | undefined {
  const h = sourceHead(doc, src)
  if (h === undefined) return undefined
  const lemma = doc.syntax!.tokens[h]!.lemma.toLowerCase()
  const mods = modifiers(doc, src, h)
  if (STATE_BODY_NOUNS.has(lemma)) return mods.every((m) => STATE_MODIFIERS.has(m)) ? 'state' : undefined
  if (ORG_HEADS.has(lemma)) return /^the\s/i.test(doc.article.text.slice(src.start, src.end)) ? 'org' : undefined
  return mods.some((m) => STATE_MODIFIERS.has(m)) ? 'state' : undefined
}

/** Is the mention a state's: a country by the gazetteer, or a people's adjective ("Afghan", "Israeli")? */
function namesState(doc: AnnotatedDoc, m: Mention): boolean {
  if ((m.kind ?? 'name') !== 'name') return false
  if (m.type === 'NORP') return true
  return m.type === 'LOC' && (doc.places ?? []).some((p) => p.mentionId === m.id && p.kind === 'country')
}

/** The start of the sentence before the one holding `at` (or of that one, when it is the first). */
function windowStart(doc: AnnotatedDoc, at: number): number {
  const ss = doc.sentences ?? []
  const i = ss.findIndex((s) => s.start <= at && at < s.end)
  return i < 0 ? at : (ss[i - 1] ?? ss[i]!).start
}

/**
 * The body a generic source with no name in its phrase speaks for: a state named before it (for government, army,
 * police, authorities, officials) or an organisation (for "the group", "the agency"), or undefined.
 */
export function genericBody(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  if (inside.some((m) => m.type !== 'MISC') || !doc.syntax || doc.syntax.tokens.length !== doc.tokens?.length) return undefined
  const kind = bodyKind(doc, src)
  if (!kind) return undefined
  const before = (doc.mentions ?? []).filter((m) => m.end <= src.start && (m.kind ?? 'name') === 'name').sort((a, b) => b.start - a.start)
  if (kind === 'org') {
    // "the commission" after "the European Commission": an organisation whose name holds the head word, else the nearest
    const head = doc.article.text.slice(src.start, src.end).toLowerCase().split(/\s+/).pop() ?? ''
    const orgs = before.filter((m) => m.type === 'ORG')
    return orgs.find((m) => m.text.toLowerCase().includes(head)) ?? orgs[0]
  }
  // the nearest state named in the source's sentence or the one before; else the first in its paragraph (a digest's
  // stories are paragraphs); else the nearest before it
  const states = before.filter((m) => namesState(doc, m))
  const paragraph = doc.article.text.lastIndexOf('\n', src.start)
  const inParagraph = states.filter((m) => m.start > paragraph)
  return states.find((m) => m.start >= windowStart(doc, src.start)) ?? inParagraph[inParagraph.length - 1] ?? states[0]
}
