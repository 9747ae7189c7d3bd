/**
 * The mention that names a claim's source inside its span: the exact span, the name of the phrase's syntactic head,
 * a person's name in apposition to a descriptor, or the name closing the head phrase.
 * @module
 */
import type { AnnotatedDoc, Mention, Span } from '../model/index.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { PERSON_ROLE_NOUNS, RANK_TITLES, TITLE_OPENERS, TITLES } from '../text/english.js'
import { dependentsOf } from './syntax-view.js'

const NAMES: ReadonlySet<string> = new Set(['PER', 'ORG'])

/** End of the head phrase of a source span (before an appositive comma). */
function sourceHeadEnd(text: string, src: Span): number {
  const comma = text.slice(src.start, src.end).indexOf(',')
  return comma < 0 ? src.end : src.start + comma
}

/** Indices of doc.tokens inside a span, when the doc has a parse parallel to its tokens. */
export function tokensInside(doc: AnnotatedDoc, span: Span): number[] {
  const tokens = doc.tokens
  if (!tokens || doc.syntax?.tokens.length !== tokens.length) return []
  const out: number[] = []
  for (let i = firstSpanEndingAfter(tokens, span.start); i < tokens.length && tokens[i]!.end <= span.end; i++) out.push(i)
  return out
}

/** How many tokens outside a source a chain of heads may cross before it must come back in (`reentersAt`). */
const OUTSIDE_REACH = 3

/** The token inside `within` that the chain of heads from `i` reaches through at most a few tokens outside, if any. */
function reentersAt(syntax: NonNullable<AnnotatedDoc['syntax']>['tokens'], i: number, within: ReadonlySet<number>): number | undefined {
  let h = syntax[i]!.head
  for (let n = 0; n < OUTSIDE_REACH && h >= 0; n++) {
    if (within.has(h)) return h
    h = syntax[h]!.head
  }
  return h >= 0 && within.has(h) ? h : undefined
}

/**
 * The one syntactic head of a source span (a token whose head lies outside it, punctuation aside), if there is one.
 * A token whose head lies outside only because the source was trimmed ("A report in The New York Times [Sunday] says":
 * "Times" hangs on "Sunday", which hangs on "report") is no second head: its chain of heads comes back into the span.
 */
export function sourceHead(doc: AnnotatedDoc, src: Span): number | undefined {
  const syntax = doc.syntax?.tokens
  const idx = tokensInside(doc, src)
  if (!syntax || idx.length === 0) return undefined
  const within = new Set(idx)
  const heads = idx.filter((i) => !within.has(syntax[i]!.head) && syntax[i]!.upos !== 'PUNCT')
  if (heads.length <= 1) return heads[0]
  const tops = heads.filter((i) => reentersAt(syntax, i, within) === undefined)
  return tops.length === 1 ? tops[0] : undefined
}

/**
 * The PER/ORG mention holding the source phrase's one syntactic head: "Homeland Security Secretary Michael Chertoff
 * Friday in Baton Rouge" is Chertoff (headed by his name), not the body before it.
 */
function headMention(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  const h = sourceHead(doc, src)
  if (h === undefined) return undefined
  const t = doc.tokens![h]!
  return inside.find((m) => NAMES.has(m.type) && m.start <= t.start && t.end <= m.end)
}

/** Heads of unnamed sources that speak for a body: office-holders, officials, the police, a government ("the Iraqi government", "The government of Colombia"). */
const OFFICE_NOUNS: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, 'government', 'official', 'officer', 'authority', 'police', 'spokespeople', 'leadership', 'ministry', 'embassy', 'consulate'])
/**
 * Organs of a state that speak for it: "China's Health Ministry", "An Iraqi Defense Ministry official", "the U.S. embassy
 * in Caracas" are China, Iraq and the United States in the news golds (which give a ministry an entity of its own only
 * rarely; the army, the navy and an administration often, so those stay their own: docs/claims.md, twenty-third session).
 */
const STATE_ORGANS: ReadonlySet<string> = new Set(['ministry', 'embassy', 'consulate'])
/** Which mention of the phrase names the body, best first: an organisation, a person ("a spokesman for President X"), a people or place. */
const BODY_TYPES = ['ORG', 'PER', 'NORP', 'LOC'] as const

/**
 * The body an unnamed office-holder speaks for, named in the source's head phrase: "Chinese officials" China, "A
 * spokesman for Indonesia's navy" Indonesia, "China's foreign ministry spokesman" China, "Leaders from the militant
 * group Hamas" Hamas — the news golds take that body as the speaker (anonymous). "Relatives of Zaidi", "Residents of
 * Baghdad" hold no office and stay descriptors.
 */
export function bodySpokenFor(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  const h = sourceHead(doc, src)
  if (h === undefined || !OFFICE_NOUNS.has(doc.syntax!.tokens[h]!.lemma.toLowerCase())) return undefined
  const t = doc.tokens![h]!
  const text = doc.article.text
  const headEnd = sourceHeadEnd(text, src)
  // "A judge in Lagos": a place after "in" is where one person is; "Authorities in Iraq" are its government
  const lemma = doc.syntax!.tokens[h]!.lemma.toLowerCase()
  const body = lemma === 'police' || text.slice(t.start, t.end).toLowerCase() !== lemma
  const located = (m: Mention) => !body && /\bin\s*$/i.test(text.slice(src.start, m.start))
  const named = inside.filter((m) => m.end <= headEnd && !(m.start <= t.start && t.end <= m.end) && !located(m))
  for (const type of BODY_TYPES) {
    const m = named.find((x) => x.type === type)
    if (m) return organsState(doc, m, named) ?? m
  }
  return undefined
}

/** The state a state's organ in the phrase speaks for: "An Iraqi Defense Ministry official" is Iraq, not the ministry. */
function organsState(doc: AnnotatedDoc, body: Mention, named: readonly Mention[]): Mention | undefined {
  if (body.type !== 'ORG' || !STATE_ORGANS.has(body.text.toLowerCase().split(/\s+/).pop() ?? '')) return undefined
  return named.find((m) => m.type === 'NORP' || (m.type === 'LOC' && (doc.places ?? []).some((p) => p.mentionId === m.id && p.kind === 'country')))
}

/**
 * The source's own mention: the exact span; else, for a named source, the name that heads the phrase, or the PER/ORG
 * name that closes its head phrase ("Saddam's head defense lawyer Khalil al-Dulaimi" is al-Dulaimi), or the first one in it.
 */
export function ownMention(doc: AnnotatedDoc, src: Span, inside: readonly Mention[], anonymous: boolean): Mention | undefined {
  const exact = inside.find((m) => m.start === src.start && m.end === src.end)
  if (exact || anonymous) return exact
  const text = doc.article.text
  const byHead = headMention(doc, src, inside)
  if (byHead) return byHead
  const headEnd = sourceHeadEnd(text, src)
  const names = inside.filter((m) => m.end <= headEnd && NAMES.has(m.type))
  return names.find((m) => m.type === 'PER' && text.slice(m.end, headEnd).trim() === '') ?? names[0]
}

/**
 * Is the text between an appositive comma and a name only commas, spaces and titles ("Lt.-Gen.", "Major General",
 * "Dr.")? "The deputy commander of the U.S. Central Command, Lt.-Gen. Lance Smith" is Smith.
 */
function titlesOnly(between: string): boolean {
  const words = between.toLowerCase().split(/[\s,.\-–]+/).filter(Boolean)
  return words.every((w) => TITLES.has(w) || RANK_TITLES.has(w) || TITLE_OPENERS.has(w))
}

/** Is a mention the object of a preposition in the parse ("a spokesman for President Bush")? */
function prepositional(doc: AnnotatedDoc, src: Span, m: Mention): boolean {
  const syntax = doc.syntax!.tokens
  const idx = tokensInside(doc, { start: src.start, end: m.end })
  const name = new Set(idx.filter((i) => doc.tokens![i]!.start >= m.start))
  return idx.some((i) => syntax[i]!.deprel === 'case' && name.has(syntax[i]!.head))
}

/**
 * A name closing the source in apposition to its head in the parse: "A local education official, provincial education
 * chief Hayabullah Rafiqi" (a title before the name), and "African Union Chairman, Alpha Oumar Konare" when the tagger
 * typed the name of an office-holder as something other than a person (only a bare name right after the comma).
 */
function titledAppositive(doc: AnnotatedDoc, src: Span, closing: readonly Mention[], bareName: boolean): Mention | undefined {
  const h = sourceHead(doc, src)
  const m = closing[0]
  if (h === undefined || !m) return undefined
  const syntax = doc.syntax!.tokens
  const own = tokensInside(doc, m)
  const inName = new Set(own)
  const head = own.find((i) => !inName.has(syntax[i]!.head))
  if (head === undefined || syntax[head]!.head !== h || syntax[head]!.deprel !== 'appos') return undefined
  const office = OFFICE_NOUNS.has(syntax[h]!.lemma.toLowerCase())
  return m.type === 'PER' || (office && bareName && (m.type === 'ORG' || m.type === 'MISC' || m.type === 'LOC')) ? m : undefined
}

/**
 * A descriptor with a person's name in apposition is that person: "A White House spokesman, Scott McClellan", and with
 * no comma, "The head of the local prison administration Alexander Pleshkov" (not a name after a preposition).
 */
export function appositiveName(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  const text = doc.article.text
  const headEnd = sourceHeadEnd(text, src)
  const bare = (a: number, b: number) => /^[\s,]*$/.test(text.slice(a, b))
  if (headEnd < src.end) {
    const closing = inside.filter((m) => m.start >= headEnd && bare(m.end, src.end))
    return closing.find((m) => m.type === 'PER' && titlesOnly(text.slice(headEnd, m.start))) ?? titledAppositive(doc, src, closing, bare(headEnd, closing[0]?.start ?? src.end))
  }
  if (tokensInside(doc, src).length === 0) return undefined
  const last = inside.find((m) => m.type === 'PER' && m.start > src.start && bare(m.end, src.end))
  return last && !prepositional(doc, src, last) ? last : undefined
}

/**
 * The first conjunct's name of a coordinated source: "The U.S. and its allies believe" is the U.S., "Hezbollah and other
 * Lebanese factions" Hezbollah — the phrase's head is the first conjunct in the parse, and the news golds take it as
 * the speaker. Only when the head is a name and has a conjunct inside the source.
 */
export function firstConjunct(doc: AnnotatedDoc, src: Span, inside: readonly Mention[]): Mention | undefined {
  const h = sourceHead(doc, src)
  if (h === undefined) return undefined
  const syntax = doc.syntax!.tokens
  const tokens = doc.tokens!
  if (!dependentsOf(doc, h).some((i) => syntax[i]!.deprel === 'conj' && tokens[i]!.start >= src.start && tokens[i]!.end <= src.end)) return undefined
  const t = tokens[h]!
  return inside.find((m) => m.type !== 'MISC' && (m.kind ?? 'name') === 'name' && m.start <= t.start && t.end <= m.end)
}

/**
 * The name a source cut inside it belongs to: "Merkel" of "German Chancellor Angela Merkel, who said …" (the relative
 * "who" gives way to the last word before it) is the person's mention. Only a person or organisation name.
 */
export function enclosingName(src: Span, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => NAMES.has(m.type) && (m.kind ?? 'name') === 'name' && m.start <= src.start && src.end <= m.end && (m.start < src.start || src.end < m.end))
}

/**
 * The name a description stands for, when coreference linked it ("The group said" after "the Taleban", "The agency says"
 * after "the U.S. Agency for International Development": src/resolve/definite-descriptions.ts): the first named mention
 * along `antecedentId`. Undefined for any other mention.
 */
export function describedName(m: Mention | undefined, mentions: readonly Mention[]): Mention | undefined {
  if (m?.kind !== 'nominal' || m.antecedentId === undefined) return undefined
  let cur: Mention | undefined = m
  for (let n = 0; n < 8 && cur && (cur.kind === 'nominal' || cur.kind === 'pronoun') && cur.antecedentId !== undefined; n++) {
    const next: string = cur.antecedentId
    cur = mentions.find((x) => x.id === next)
  }
  return cur && cur.kind !== 'nominal' && cur.kind !== 'pronoun' ? cur : undefined
}
