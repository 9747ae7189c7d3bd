/**
 * Definite descriptions that name a body the article named before them (coref.syntax.v10): "The group also organized a
 * demonstration" after "Students For a Free Tibet said …", "The agency says" after "the U.S. Agency for International
 * Development", "The rebel group contends" after "the Niger Movement for Justice", "the rebels" after "the Lord's
 * Resistance Army".
 *
 * A description is a noun phrase read from doc.syntax: "the" or "this" (plural "the" / "these") before a group noun
 * of the lexicon (singular: "the group", "the ministry", "the company") or a group member noun (plural: "the rebels",
 * "the militants"), with only adjective or compound modifiers that name no person or organisation ("the rebel group",
 * "the Tamil rebels", "the rights group") and nothing after the head that restricts it ("the group of experts", "the
 * group that …", "the group Hamas", "the group's" as a title before a name). Generic plurals ("officials", "many groups",
 * "the groups") and contrastive modifiers ("the other group", "a rival faction") are never descriptions.
 *
 * Its antecedent is an organisation named in the nearest sentence (its own before it, else up to three before) that has a
 * compatible one (one that only nothing rules out — a name of no known kind — from the sentence before at most, two for
 * "the group" and "the rebels"): compatibility by the noun and what the name and the knowledge base say of the body — "the ministry"
 * needs a name holding "ministry" or "department", or an actor the knowledge base calls a government body; "the group",
 * "the movement", "the rebels" any group whose name says it is no official body, outlet or business (no "Ministry",
 * "Force", "Program", "Times"…), the knowledge base agreeing when it knows the actor, and no earlier description having
 * called it a company or an agency ("the company" for Google is not "the group"). A name modifying a noun ("the Google
 * service") is no candidate. When that sentence holds several bodies that fit, the subject wins, else the one whose name
 * holds the noun; else no link — a description never passes over a competing candidate to reach a farther one, nor over
 * a description of the same kind left unlinked ("The rights group wants ISAF to … . The group says" is no link to ISAF).
 *
 * Each link adds a mention (kind nominal, the organisation's type) whose antecedent is the named mention, and a
 * CorefLink with the description's offsets and the reason; existing mentions are never changed.
 * @module
 */
import { hashId, inBoilerplate, type Article, type CorefLink, type DocSyntax, type Mention, type Token } from '../model/index.js'
import { CONTRASTIVE_MODIFIERS, GENERIC_GROUP_NOUNS, GROUP_MEMBER_NOUNS, GROUP_NOUNS, NOT_GROUP_NAME_WORDS } from '../text/english.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { mentionHead, mentionTokens, mentionView, type MentionView } from './mention-tokens.js'
import { matchKb, type KbIndex } from './kb-match.js'
import { bodyKindsAgree } from './resolve.js'
import { nameKey, type NameType } from './translit.js'

/** How many sentences before its own a description looks for the body it names. */
export const DESCRIPTION_WINDOW = 3

/** Knowledge-base kinds of actor that "the group" or "the rebels" may stand for. */
const GROUP_KINDS: ReadonlySet<string> = new Set(['armed_group', 'political_party', 'leadership_body', 'coalition', 'actor'])
/** For a specific head noun, the knowledge-base kinds of actor it fits. */
const HEAD_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['agency', ['agency']], ['party', ['political_party']], ['alliance', ['coalition', 'intergovernmental']], ['coalition', ['coalition']],
  ['ministry', ['government']], ['department', ['government']],
])
/** Words of a name that a head noun stands for: "the ministry" for a "… Department", "the company" for a "… Corp.". */
const NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ministry', ['ministry', 'department']], ['department', ['department', 'ministry']],
  ['company', ['company', 'corporation', 'corp', 'inc', 'ltd']], ['firm', ['company', 'firm', 'corporation', 'corp', 'inc', 'ltd']],
  ['organisation', ['organisation', 'organization']], ['organization', ['organisation', 'organization']],
])
/** Heads that may stand for a body whose name says nothing of its kind ("the company" for "Gazprom", "the party" for "Likud"). */
const LOOSE_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'party', 'alliance', 'coalition'])
/** Group nouns that say the body is no group of people acting together ("the company", "the agency"): a body once called so is not "the group". */
const OFFICIAL_HEADS: ReadonlySet<string> = new Set([...[...GROUP_NOUNS].filter((h) => !GENERIC_GROUP_NOUNS.has(h) && !LOOSE_HEADS.has(h)), 'company', 'firm'])
const NAMED: ReadonlySet<string> = new Set(['name', 'acronym'])

type View = MentionView

/** A definite description: its span, its head token and lemma, and whether it names the members ("the rebels"). */
export interface Description {
  readonly start: number
  readonly end: number
  readonly token: number
  readonly head: string
  readonly members: boolean
}

const word = (v: View, i: number) => v.article.text.slice(v.tokens[i]!.start, v.tokens[i]!.end)
const rel = (v: View, i: number) => v.syn[i]?.deprel ?? ''


/** The description headed by token i (see the module comment), or undefined. */
function descriptionAt(v: View, i: number): Description | undefined {
  const t = v.syn[i]!
  if (t.upos !== 'NOUN' || v.mentionOf[i] || rel(v, i) === 'compound') return undefined
  const lemma = t.lemma.toLowerCase()
  const plural = word(v, i).toLowerCase() !== lemma
  const members = GROUP_MEMBER_NOUNS.has(lemma)
  if (members ? !plural : plural || !GROUP_NOUNS.has(lemma)) return undefined
  const kids = v.children[i] ?? []
  const dets = members ? ['the', 'these'] : ['the', 'this']
  const det = kids.find((c) => c < i && rel(v, c) === 'det' && dets.includes(word(v, c).toLowerCase()))
  if (det === undefined) return undefined
  // "all the rebels", "the two groups", "the group of experts", "the group that …", "the group, Hamas"
  const ofPhrase = (c: number) => c > i && /^nmod/.test(rel(v, c)) && (v.children[c] ?? []).some((x) => rel(v, x) === 'case' && word(v, x).toLowerCase() === 'of')
  if (kids.some((c) => /^(det:predet|nmod:poss|appos|flat|nummod|acl)/.test(rel(v, c)) || ofPhrase(c))) return undefined
  const mods = kids.filter((c) => c > det && c < i)
  const naming = (c: number) => v.mentionOf[c]?.type === 'PER' || v.mentionOf[c]?.type === 'ORG'
  if (mods.some((c) => !/^(amod|compound)$/.test(rel(v, c)) || naming(c) || CONTRASTIVE_MODIFIERS.has(v.syn[c]!.lemma.toLowerCase()))) return undefined
  // "the group Hamas": the name after the noun is the description's own
  const next = v.mentionOf[i + 1]
  if (next && (next.type === 'ORG' || next.type === 'PER') && v.tokens[i + 1]!.sentence === v.tokens[i]!.sentence) return undefined
  return { start: v.tokens[det]!.start, end: v.tokens[i]!.end, token: i, head: lemma, members }
}

/** The mention itself when it is a name, else the name its chain reaches. */
const named = (v: View, m: Mention): Mention => (NAMED.has(m.kind ?? 'name') ? m : rootOf(v, m))

/** The first named mention a chain of antecedents reaches (itself when it has none). */
function rootOf(v: View, m: Mention): Mention {
  let cur = m
  for (let n = 0; n < 8 && cur.antecedentId !== undefined; n++) {
    const next = v.byId.get(cur.antecedentId)
    if (!next) break
    cur = next
  }
  return cur
}

/** Is the mention a clause's subject (directly, or through a name it is in apposition, flat or conjoined with)? */
function isSubject(v: View, m: Mention): boolean {
  const h = mentionHead(v, mentionTokens(v, m))
  if (h === undefined) return false
  let at = h
  for (let n = 0; n < 3 && /^(appos|flat|conj)/.test(rel(v, at)) && v.syn[at]!.head >= 0; n++) at = v.syn[at]!.head
  return /^nsubj/.test(rel(v, at))
}

/** A name that only modifies a noun ("the Google service", "Hezbollah fighters", "Hamas's leader") is no candidate. */
function modifiesNoun(v: View, m: Mention): boolean {
  const h = mentionHead(v, mentionTokens(v, m))
  return h !== undefined && /^(compound|amod|nmod:poss)$/.test(rel(v, h))
}

/** What a body is known as: the words of its names, its knowledge-base actor, and the heads earlier descriptions gave it. */
interface BodyFacts {
  readonly names: readonly string[]
  readonly words: ReadonlySet<string>
  readonly kb?: { readonly kind: string; readonly heads: readonly string[] } | undefined
  readonly calledBy: ReadonlySet<string>
}

/** How well a description fits a body: 'strong' (its name or the knowledge base says so), 'weak' (nothing says no), or undefined. */
function fits(d: Pick<Description, 'head' | 'members'>, body: BodyFacts): 'strong' | 'weak' | undefined {
  if (!bodyKindsAgree(d.head, body.names)) return undefined
  if (body.kb?.heads.includes(d.head)) return 'strong'
  const own = NAME_WORDS.get(d.head) ?? [d.head]
  const holds = own.some((w) => body.words.has(w))
  if (GENERIC_GROUP_NOUNS.has(d.head) || d.members) {
    if (holds && !d.members) return 'strong'
    if (body.kb && !GROUP_KINDS.has(body.kb.kind)) return undefined
    if ([...body.words].some((w) => NOT_GROUP_NAME_WORDS.has(w)) || [...body.calledBy].some((h) => OFFICIAL_HEADS.has(h))) return undefined
    return body.kb ? 'strong' : 'weak'
  }
  if (holds || (body.kb && (HEAD_KINDS.get(d.head) ?? []).includes(body.kb.kind))) return 'strong'
  // (a weak fit is taken only from the description's sentence or the one before: see `antecedent`)
  const saysKind = [...body.words].some((w) => NOT_GROUP_NAME_WORDS.has(w) || GROUP_NOUNS.has(w))
  return LOOSE_HEADS.has(d.head) && !body.kb && !saysKind ? 'weak' : undefined
}

export interface DescriptionResult {
  readonly mentions: Mention[]
  readonly links: CorefLink[]
}

/**
 * Link the definite descriptions of an article to the bodies they name (see the module comment). `mentions` are the name
 * rules' output (antecedents of short forms and acronyms filled); `kb` tells what kind of body a known name is.
 */
export function linkDescriptions(article: Article, tokens: readonly Token[], syntax: DocSyntax, mentions: readonly Mention[], stage: string, kb?: KbIndex): DescriptionResult {
  if (syntax.tokens.length !== tokens.length) return { mentions: [...mentions], links: [] }
  const v = mentionView(article, tokens, syntax, mentions)
  const byId = v.byId as Map<string, Mention>
  const added: Mention[] = []
  const links: CorefLink[] = []
  const pool: Mention[] = mentions.filter((m) => m.kind !== 'pronoun')
  const calledBy = new Map<string, Set<string>>()
  const facts = factsOf(v, kb, calledBy)
  for (const m of pool) if (m.kind === 'nominal' && m.antecedentId) noteCalled(calledBy, keyOf(rootOf(v, m)), m.text)
  // nouns of a kind that no name covers: "A Tibet advocacy group has organized …", "The rights group wants ISAF to …"
  const kindNouns = tokens.flatMap((_, i) => (kindNoun(v, i) ? [i] : []))
  const linked = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    const d = descriptionAt(v, i)
    if (!d || inBoilerplate(article, d.start, d.end)) continue
    const pick = antecedent(v, d, pool, facts)
    if (!pick || competes(v, d, pick.target, kindNouns, linked)) continue
    linked.add(i)
    const text = article.text.slice(d.start, d.end)
    const m: Mention = { id: hashId('mention', article.id, d.start, d.end), articleId: article.id, start: d.start, end: d.end, text, type: pick.target.type, kind: 'nominal', stage, antecedentId: pick.target.id }
    added.push(m)
    pool.push(m)
    byId.set(m.id, m)
    noteCalled(calledBy, keyOf(rootOf(v, pick.target)), text)
    links.push({ from: m.id, to: pick.target.id, span: { start: d.start, end: d.end }, reason: `"${text}" names ${rootOf(v, pick.target).text}: ${pick.why}` })
  }
  return { mentions: [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end), links }
}

const keyOf = (m: Mention) => nameKey(m.text, m.type as NameType)

/** Is token i a group or member noun outside every mention (a noun a description may stand for instead of a name)? */
function kindNoun(v: View, i: number): boolean {
  const t = v.syn[i]!
  const lemma = t.lemma.toLowerCase()
  return t.upos === 'NOUN' && !v.mentionOf[i] && rel(v, i) !== 'compound' && (GROUP_NOUNS.has(lemma) || GROUP_MEMBER_NOUNS.has(lemma))
}

/** Do two heads name the same kind of body ("group" and "movement", "rebel" and "group", "agency" and "agency")? */
const sameKind = (a: string, b: string): boolean => a === b || ((GENERIC_GROUP_NOUNS.has(a) || GROUP_MEMBER_NOUNS.has(a)) && (GENERIC_GROUP_NOUNS.has(b) || GROUP_MEMBER_NOUNS.has(b)))

/**
 * Does a noun of the description's kind that names no one (unlinked, indefinite or not a description at all) stand in the
 * antecedent's sentence or after it, before the description? "In related news, a conservation group says … in Virunga National
 * Park. The group blames …" is the conservation group, not the park; "The rights group wants ISAF to … . The group says" no link.
 */
function competes(v: View, d: Description, target: Mention, kindNouns: readonly number[], linked: ReadonlySet<number>): boolean {
  const from = v.tokens[firstSpanEndingAfter(v.tokens, target.start)]!.sentence
  return kindNouns.some((k) => k < d.token && !linked.has(k) && v.tokens[k]!.sentence >= from && sameKind(v.syn[k]!.lemma.toLowerCase(), d.head))
}

function noteCalled(calledBy: Map<string, Set<string>>, key: string, text: string): void {
  const head = text.toLowerCase().split(/\s+/).pop() ?? ''
  calledBy.set(key, new Set([...(calledBy.get(key) ?? []), head]))
}

/** The facts about a body (its root mention), built once per root. */
function factsOf(v: View, kb: KbIndex | undefined, calledBy: ReadonlyMap<string, ReadonlySet<string>>): (root: Mention) => BodyFacts {
  const known = new Map<string, Omit<BodyFacts, 'calledBy'>>()
  const chains = new Map<string, string[]>()
  for (const m of v.byId.values()) {
    if (!NAMED.has(m.kind ?? 'name')) continue
    const k = keyOf(rootOf(v, m))
    chains.set(k, [...(chains.get(k) ?? []), m.text])
  }
  return (root) => {
    const k = keyOf(root)
    let f = known.get(k)
    if (!f) {
      const names = [...new Set([root.text, ...(chains.get(k) ?? [])])]
      const words = new Set(names.flatMap((n) => n.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/[^\p{L}]/gu, ''))))
      const actor = kb ? names.flatMap((n) => matchKb(n, 'ORG', kb))[0]?.actor : undefined
      f = { names, words, kb: actor ? { kind: actor.kind, heads: actor.nominal_heads.map((h) => h.toLowerCase()) } : undefined }
      known.set(k, f)
    }
    return { ...f, calledBy: calledBy.get(k) ?? new Set() }
  }
}

/** The body a description names: the fitting organisation of the nearest sentence that has one, when that sentence settles it. */
function antecedent(v: View, d: Description, pool: readonly Mention[], facts: (root: Mention) => BodyFacts): { target: Mention; why: string } | undefined {
  const s = v.tokens[d.token]!.sentence
  const sentenceOf = (m: Mention) => v.tokens[Math.min(firstSpanEndingAfter(v.tokens, m.start), v.tokens.length - 1)]!.sentence
  const cands = pool.filter((m) => m.end <= d.start && m.type === 'ORG' && rootOf(v, m).type === 'ORG' && NAMED.has(rootOf(v, m).kind ?? 'name') && !modifiesNoun(v, m))
  for (let back = 0; back <= DESCRIPTION_WINDOW; back++) {
    // a body that nothing but its name's silence fits ("the company" for a name of no known kind) is taken from nearby only:
    // the sentence before for a specific noun, two sentences before for "the group" or "the rebels"
    const tier = cands.filter((m) => sentenceOf(m) === s - back).sort((a, b) => a.start - b.start)
      .map((m) => ({ m, fit: fits(d, facts(rootOf(v, m))) }))
      .filter((c): c is { m: Mention; fit: 'strong' | 'weak' } => c.fit === 'strong' || (c.fit === 'weak' && back <= (GENERIC_GROUP_NOUNS.has(d.head) || d.members ? 2 : 1)))
    if (tier.length === 0) continue
    const where = back === 0 ? 'in its sentence' : back === 1 ? 'in the sentence before' : `${back} sentences before`
    // the nearest mention of the one body; a description that named it before stands for its name
    const one = (cs: typeof tier) => new Set(cs.map((c) => keyOf(rootOf(v, c.m)))).size === 1 ? named(v, cs[cs.length - 1]!.m) : undefined
    const only = one(tier)
    if (only) return { target: only, why: `the one body named ${where} that it fits` }
    const subject = one(tier.filter((c) => isSubject(v, c.m)))
    if (subject) return { target: subject, why: `the subject among the bodies named ${where} that it fits` }
    const strong = one(tier.filter((c) => c.fit === 'strong'))
    return strong ? { target: strong, why: `the body named ${where} whose name or kind says it is one` } : undefined
  }
  return undefined
}
