/**
 * Within-document coreference read from doc.syntax (coref.syntax.v15), after the name rules of within-doc.ts:
 * - a definite role nominal ("the secretary", "the defence minister") → the nearest earlier person named with
 *   that title ("Defense Secretary Ash Carter", "Tobias Ellwood, Foreign Office Minister");
 * - (definite group descriptions, "the group", "the ministry", "the rebels", are linked before these rules, in
 *   definite-descriptions.ts);
 * - a third-person singular pronoun ("he", "his", "she", "her") → a person mentioned in its sentence or the two
 *   before: the nearest sentence that has one, a subject before other roles, never a co-argument of the same
 *   verb ("Carter praised him"), and agreeing in gender with the titles and the pronouns already linked to it (within
 *   that nearest sentence, a person whose gender is known to agree comes before persons of unknown gender); a subject
 *   pronoun already linked counts as its person (v11: "Sunday, she is to meet Ariel Sharon. Before arriving, she told");
 * Words come from the one English lexicon (src/text/english.ts); what is a noun, a determiner, a subject
 * or an apposition comes from the parse. Each link adds a mention (kind nominal or pronoun) whose antecedent is
 * the mention it refers to; existing mentions are never changed.
 * @module
 */
import { hashId, inBoilerplate, type Article, type CorefLink, type DocSyntax, type Mention, type Token } from '../model/index.js'
import { PERSON_ROLE_NOUNS, pronounInfo, SUBORDINATE_OFFICE_WORDS, TITLE_GENDER } from '../text/english.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { mentionHead, mentionTokens, mentionView, type MentionView } from './mention-tokens.js'

export const COREF_SYNTAX_STAGE_KEY = 'coref.syntax.v15'

/** Abbreviated titles → the role noun they abbreviate ("Gen." → general). */
const TITLE_ABBREVIATION: ReadonlyMap<string, string> = new Map([['gen', 'general'], ['col', 'colonel'], ['adm', 'admiral'],
  ['lt', 'lieutenant'], ['capt', 'captain'], ['sec', 'secretary'], ['amb', 'ambassador'], ['gov', 'governor'], ['sen', 'senator'],
  ['rep', 'representative'], ['maj', 'major'], ['sgt', 'sergeant'], ['pres', 'president']])

const SENTENCE_WINDOW = 2
const NAMED = new Set(['name', 'acronym'])

interface View extends MentionView {
  /** Sentence index by character offset, filled as offsets are looked up. */
  readonly sentenceOf: Map<number, number>
  /** Title words and title gender per mention, filled as mentions are looked up. */
  readonly titles: Map<Mention, Set<string>>
  readonly genders: Map<Mention, string | undefined>
}

const word = (v: View, i: number) => v.article.text.slice(v.tokens[i]!.start, v.tokens[i]!.end)
const lower = (v: View, i: number) => word(v, i).toLowerCase().replace(/\.$/, '')
const rel = (v: View, i: number) => v.syn[i]?.deprel ?? ''

function buildView(article: Article, tokens: readonly Token[], syntax: DocSyntax, mentions: readonly Mention[]): View {
  return { ...mentionView(article, tokens, syntax, mentions), sentenceOf: new Map(), titles: new Map(), genders: new Map() }
}

/** The first named mention a chain of antecedents reaches (itself when named). */
function rootOf(v: View, m: Mention): Mention {
  let cur = m
  const seen = new Set<string>()
  while (cur.antecedentId !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id)
    const next = v.byId.get(cur.antecedentId)
    if (!next) break
    cur = next
  }
  return cur
}

/** Is a token of the mention the subject of a clause (directly, or through a name it is in apposition or flat with)? */
function isSubject(v: View, idx: readonly number[]): boolean {
  return idx.some((i) => subjectToken(v, i))
}

function subjectToken(v: View, head: number): boolean {
  let at = head
  for (let n = 0; n < 3 && /^(appos|flat|conj)/.test(rel(v, at)) && v.syn[at]!.head >= 0; n++) at = v.syn[at]!.head
  return /^nsubj/.test(rel(v, at))
}

/** Is token i the subject of its sentence's main clause (directly, or through a name it is in apposition or flat with)? */
function mainSubject(v: View, i: number): boolean {
  let at = i
  for (let n = 0; n < 3 && /^(appos|flat|conj)/.test(rel(v, at)) && v.syn[at]!.head >= 0; n++) at = v.syn[at]!.head
  return /^nsubj/.test(rel(v, at)) && v.syn[v.syn[at]!.head]?.head === -1
}

/** Words of a person's titles: up to five words before the name in its sentence, and its appositions ("…, the spokesperson"). */
function titleWords(v: View, m: Mention): Set<string> {
  let known = v.titles.get(m)
  if (!known) { known = titleWordsOf(v, m); v.titles.set(m, known) }
  return known
}

function titleWordsOf(v: View, m: Mention): Set<string> {
  const idx = mentionTokens(v, m)
  const out = new Set<string>(idx.map((i) => lower(v, i)))
  const first = idx[0]
  if (first === undefined) return out
  for (let i = first - 1; i >= 0 && i >= first - 5 && v.tokens[i]!.sentence === v.tokens[first]!.sentence; i--) {
    // "President Voss and Grund": the words before another person's name are that person's titles
    if ((v.syn[i]!.upos === 'PUNCT' && word(v, i) !== '.') || v.mentionOf[i]?.type === 'PER') break
    out.add(lower(v, i))
  }
  const head = mentionHead(v, idx)
  const appositions = head === undefined ? [] : [...(v.children[head] ?? []).filter((c) => rel(v, c) === 'appos'), ...(rel(v, head) === 'appos' ? [v.syn[head]!.head] : [])]
  const stack = [...appositions]
  while (stack.length > 0) {
    const i = stack.pop()!
    out.add(lower(v, i))
    out.add(v.syn[i]!.lemma.toLowerCase())
    for (const c of v.children[i] ?? []) if (!/^(acl|advcl|ccomp|parataxis)/.test(rel(v, c))) stack.push(c)
  }
  for (const w of [...out]) { const full = TITLE_ABBREVIATION.get(w); if (full) out.add(full) }
  return out
}

/** How many of the up to five words before a person's name in its sentence name a people, place or body ("U.S. President"). */
function titlePlaces(v: View, m: Mention): number {
  const first = mentionTokens(v, m)[0]
  let n = 0
  for (let i = (first ?? 0) - 1; first !== undefined && i >= 0 && i >= first - 5 && v.tokens[i]!.sentence === v.tokens[first]!.sentence; i--) {
    if (v.syn[i]!.upos === 'PUNCT' && word(v, i) !== '.') break
    if (v.mentionOf[i] && v.mentionOf[i]!.type !== 'PER') n++
  }
  return n
}

/** The span of a definite nominal headed by token i: "the" plus its compound and adjective modifiers, or undefined. */
function definiteNominal(v: View, i: number, nouns: ReadonlySet<string>): { start: number; end: number; lemma: string; places: string[]; ranks: string[] } | undefined {
  const t = v.syn[i]!
  if (t.upos !== 'NOUN') return undefined // (before lower-casing the lemma: called for every token)
  const lemma = t.lemma.toLowerCase()
  if (!nouns.has(lemma) || word(v, i).toLowerCase() !== lemma || v.mentionOf[i]) return undefined
  const kids = v.children[i] ?? []
  const det = kids.find((c) => rel(v, c) === 'det' && lower(v, c) === 'the' && c < i)
  if (det === undefined) return undefined
  // "the secretary of state" keeps its role; "the minister's aide", "the group of experts" and "the minister, X" do not refer back
  const ofPlace = (c: number) => (v.children[c] ?? []).some((x) => rel(v, x) === 'case' && lower(v, x) === 'of') && !(v.children[c] ?? []).some((x) => rel(v, x) === 'det')
  if (kids.some((c) => /^(nmod:poss|appos|flat|nummod)/.test(rel(v, c)) || (rel(v, c) === 'nmod' && c > i && !ofPlace(c)))) return undefined
  const mods = kids.filter((c) => c > det && c < i)
  if (mods.some((c) => !/^(amod|compound)$/.test(rel(v, c)) || v.mentionOf[c]?.type === 'PER')) return undefined
  // "the minister Tobias Ellwood": a title before a name is part of that name's phrase, not a reference back
  const next = i + 1 < v.tokens.length ? v.mentionOf[i + 1] : undefined
  if (next?.type === 'PER' && v.tokens[i + 1]!.sentence === v.tokens[i]!.sentence) return undefined
  const of = kids.filter((c) => c > i && rel(v, c) === 'nmod' && ofPlace(c) && c - i <= 3)
  const last = of.length > 0 ? Math.max(...of) : i
  // "the Iranian president": the words of a people, place or body before the role
  const places = mods.filter((c) => v.mentionOf[c] !== undefined).map((c) => lower(v, c))
  const ranks = mods.map((c) => lower(v, c)).filter((w) => SUBORDINATE_OFFICE_WORDS.has(w))
  return { start: v.tokens[det]!.start, end: v.tokens[last]!.end, lemma, places, ranks }
}

/** Named mentions before position `pos` in sentences [s - window, s], nearest first. */
function earlierNamed(v: View, mentions: readonly Mention[], pos: number, sentence: number, window: number, type: string): Mention[] {
  return mentions.filter((m) => NAMED.has(m.kind ?? 'name') && m.type === type && m.end <= pos && sentenceAt(v, m.start) >= sentence - window)
    .sort((a, b) => b.start - a.start)
}

function sentenceAt(v: View, offset: number): number {
  const known = v.sentenceOf.get(offset)
  if (known !== undefined) return known
  const s = v.tokens[Math.min(firstSpanEndingAfter(v.tokens, offset), v.tokens.length - 1)]?.sentence ?? 0
  v.sentenceOf.set(offset, s)
  return s
}

export interface SyntaxCorefResult {
  readonly mentions: Mention[]
  readonly links: CorefLink[]
}

/** Link role and group nominals and third-person pronouns (see the module comment). `mentions` are the name rules' output. */
export function linkBySyntax(article: Article, tokens: readonly Token[], syntax: DocSyntax, mentions: readonly Mention[], stage: string = COREF_SYNTAX_STAGE_KEY): SyntaxCorefResult {
  if (syntax.tokens.length !== tokens.length) return { mentions: [...mentions], links: [] }
  const v = buildView(article, tokens, syntax, mentions)
  const added: Mention[] = []
  const links: CorefLink[] = []
  const genderOf = new Map<string, Set<string>>()
  // the name rules' mentions, then the ones added here, in that order (what the pronoun rules search)
  const all: Mention[] = [...mentions]
  const add = (start: number, end: number, target: Mention, kind: 'nominal' | 'pronoun', reason: string) => {
    if (inBoilerplate(article, start, end)) return
    const m: Mention = { id: hashId('mention', article.id, start, end), articleId: article.id, start, end, text: article.text.slice(start, end), type: target.type, kind, stage, antecedentId: target.id }
    added.push(m)
    all.push(m)
    v.byId.set(m.id, m)
    links.push({ from: m.id, to: target.id, reason })
  }
  for (let i = 0; i < tokens.length; i++) {
    const role = definiteNominal(v, i, PERSON_ROLE_NOUNS)
    if (role) {
      // "The Iranian president" after "Iranian President Mahmoud Ahmadinejad … U.S. President George Bush": a person whose
      // titles name a people or place must name the role's too ("President Mahmoud Abbas" names none and stays a candidate)
      const titled = (m: Mention, w: string) => titleWords(v, rootOf(v, m)).has(w) || titleWords(v, m).has(w)
      // "the president" is not the vice president: a rank word of the person's titles must be the role's too, and back
      const sameRank = (m: Mention) => [...SUBORDINATE_OFFICE_WORDS].every((w) => role.ranks.includes(w) === titled(m, w))
      const placed = (m: Mention) => role.places.length === 0 || role.places.every((w) => titled(m, w)) || (titlePlaces(v, rootOf(v, m)) === 0 && titlePlaces(v, m) === 0)
      const target = earlierNamed(v, mentions, role.start, tokens[i]!.sentence, Infinity, 'PER').find((m) => titled(m, role.lemma) && placed(m) && sameRank(m))
      if (target) add(role.start, role.end, target, 'nominal', `"${article.text.slice(role.start, role.end)}" names the ${role.lemma} named before`)
      continue
    }
    if (v.syn[i]!.upos !== 'PRON') continue
    const target = pronounTarget(v, all, i, genderOf) ?? groupPronounTarget(v, all, i) ?? leadingPronounTarget(v, all, i, genderOf)
    if (target) {
      add(tokens[i]!.start, tokens[i]!.end, target, 'pronoun', `"${word(v, i)}" → ${target.text}`)
      const g = pronounInfo(word(v, i))!.gender
      const root = rootOf(v, target).id
      if (g === 'masculine' || g === 'feminine') genderOf.set(root, new Set([...(genderOf.get(root) ?? []), g]))
    }
  }
  return { mentions: [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end), links }
}

/** Gender a person's titles give ("Mr", "Queen"), if any. */
function titleGender(v: View, m: Mention): string | undefined {
  if (v.genders.has(m)) return v.genders.get(m)
  let found: string | undefined
  for (const w of titleWords(v, m)) { const g = TITLE_GENDER.get(w); if (g) { found = g; break } }
  v.genders.set(m, found)
  return found
}

/** The person a third-person singular pronoun at token i refers to (see the module comment), if one is clear. */
function pronounTarget(v: View, mentions: readonly Mention[], i: number, genderOf: ReadonlyMap<string, ReadonlySet<string>>): Mention | undefined {
  const info = pronounInfo(word(v, i))
  if (!info || info.person !== 3 || info.number !== 'singular' || (info.gender !== 'masculine' && info.gender !== 'feminine')) return undefined
  if (v.mentionOf[i] || v.syn[i]!.upos !== 'PRON') return undefined
  const s = v.tokens[i]!.sentence
  const pos = v.tokens[i]!.start
  // "Carter praised him": an object pronoun never refers to the subject of its own verb, nor to anyone that subject names
  const objectPronoun = info.case !== 'reflexive' && info.case !== 'possessive' && !/^nsubj/.test(rel(v, i))
  const ownSubjects = objectPronoun ? (v.children[v.syn[i]!.head] ?? []).filter((c) => /^nsubj/.test(rel(v, c)) && c < i) : []
  const barred = new Set(ownSubjects.flatMap((c) => { const m = mentionAtToken(v, mentions, c); return m ? [rootOf(v, m).id] : [] }))
  const fits = (m: Mention) => {
    const root = rootOf(v, m)
    if (root.type !== 'PER' || m.type !== 'PER' || barred.has(root.id)) return false
    const g = titleGender(v, root)
    if (g !== undefined && g !== info.gender) return false
    const seen = genderOf.get(root.id)
    return !(seen && !seen.has(info.gender))
  }
  // a subject pronoun already linked stands for its person ("Sunday, she is to meet Ariel Sharon. Before arriving, she
  // told reporters": the subject "she", so Rice, not Sharon); other pronouns are no candidates
  const candidate = (m: Mention) => m.kind !== 'pronoun' || (m.antecedentId !== undefined && isSubject(v, mentionTokens(v, m)))
  const inWindow = mentions.filter((m) => m.end <= pos && candidate(m) && sentenceAt(v, m.start) >= s - SENTENCE_WINDOW && fits(m))
  const bound = ownSubject(v, i, inWindow)
  if (bound) return bound
  const agrees = (m: Mention) => { const r = rootOf(v, m); return titleGender(v, r) === info.gender || (genderOf.get(r.id)?.has(info.gender) ?? false) }
  for (let back = 0; back <= SENTENCE_WINDOW; back++) {
    // the nearest sentence with a person comes first; in it, a person whose titles or earlier pronouns show the
    // pronoun's gender before persons of unknown gender ("Putin says he" is Putin, not the "Mr. Thaksin" of the sentence before)
    const tier = inWindow.filter((m) => sentenceAt(v, m.start) === s - back)
    const agreeing = tier.filter(agrees)
    const cands = (agreeing.length > 0 ? agreeing : tier).map((m) => ({ m, idx: mentionTokens(v, m) }))
    if (cands.length === 0) continue
    const subjects = cands.filter((c) => isSubject(v, c.idx))
    if (subjects.length > 0) return (back === 0 ? subjects[subjects.length - 1]! : subjects[0]!).m
    const roots = new Set(cands.map((c) => rootOf(v, c.m).id))
    return roots.size === 1 ? cands[cands.length - 1]!.m : undefined
  }
  return undefined
}

/**
 * A subject or possessive pronoun that no name of its kind comes before ("He said, in his words, … . Barzani - a
 * longtime U.S. ally - criticized …": a story whose first sentence was cut off) stands for the one named next, when
 * that is the main clause's subject of one of the two sentences after it. A person for "he" / "she" (of no other known
 * gender), a group for "it" as above; never "they", nor the person after it in its own sentence ("In addition to his
 * meeting with Prime Minister Ibrahim al-Jafaari …, Mr. Gonzales" parses too loosely to say).
 */
function leadingPronounTarget(v: View, mentions: readonly Mention[], i: number, genderOf: ReadonlyMap<string, ReadonlySet<string>>): Mention | undefined {
  const info = pronounInfo(word(v, i))
  if (!info || info.person !== 3 || info.case === 'reflexive' || v.mentionOf[i] || v.syn[i]!.upos !== 'PRON') return undefined
  const personal = info.number === 'singular' && (info.gender === 'masculine' || info.gender === 'feminine')
  // an object ("Police detained him … Lukashenko") and "they" ("Both sides have said they …") too often stand for no one named after
  if (info.number === 'plural' || (info.case !== 'possessive' && !/^nsubj/.test(rel(v, i)))) return undefined
  const types = personal ? ['PER'] : groupPronounTypes(v, i)
  if (!types) return undefined
  const pos = v.tokens[i]!.start
  const s = v.tokens[i]!.sentence
  const named = mentions.filter((m) => m.kind !== 'pronoun' && types.includes(m.type) && types.includes(rootOf(v, m).type))
  if (named.some((m) => m.end <= pos)) return undefined
  const agrees = (m: Mention) => {
    if (!personal) return true
    const root = rootOf(v, m)
    const g = titleGender(v, root)
    const seen = genderOf.get(root.id)
    return (g === undefined || g === info.gender) && !(seen && !seen.has(info.gender))
  }
  const fits = (m: Mention) => {
    const idx = mentionTokens(v, m)
    const h = mentionHead(v, idx)
    return h !== undefined && !/^(compound|amod|nmod:poss)$/.test(rel(v, h)) && idx.some((k) => mainSubject(v, k)) && sentenceAt(v, m.start) > s
  }
  // the first one named after it, and only as a subject ("She said … . Standing alongside Clinton, Lawrence Cannon said" is no one)
  const next = named.filter((m) => m.start > pos && sentenceAt(v, m.start) <= s + SENTENCE_WINDOW).sort((a, b) => a.start - b.start)[0]
  return next && fits(next) && agrees(next) ? next : undefined
}

/**
 * "his own" / "her own" is bound in its clause: the subject of the nearest clause above it that has one ("the
 * president quit the party to set up his own party" is the president, whatever gender earlier pronouns gave others),
 * when that subject is one of the candidates; undefined otherwise (the usual order decides).
 */
function ownSubject(v: View, i: number, candidates: readonly Mention[]): Mention | undefined {
  if (pronounInfo(word(v, i))?.case !== 'possessive' || i + 1 >= v.tokens.length || lower(v, i + 1) !== 'own') return undefined
  for (let at = v.syn[i]!.head, n = 0; at >= 0 && n < 8; at = v.syn[at]!.head, n++) {
    const subject = (v.children[at] ?? []).find((c) => /^nsubj/.test(rel(v, c)) && c < i)
    if (subject !== undefined) return mentionAtToken(v, candidates, subject)
    if (/^(ccomp|parataxis)/.test(rel(v, at))) return undefined
  }
  return undefined
}

/** The mention (original or added) that covers token c. */
function mentionAtToken(v: View, mentions: readonly Mention[], c: number): Mention | undefined {
  const t = v.tokens[c]!
  return mentions.find((m) => m.start <= t.start && t.end <= m.end)
}

/** Predicates whose subject "it" is no party ("it seems", "it happened", "it takes"). */
const IMPERSONAL = new Set(['be', 'seem', 'appear', 'happen', 'take', 'matter', 'rain', 'remain', 'become', 'mean', 'cost', 'look'])

/**
 * The group a "they" / "them" / "their" (an organisation or a people) or an "it" / "its" (an organisation or a
 * place) refers to: the subject nearest the root in the nearest sentence that names a group (a name that only
 * modifies a noun, "Hezbollah fighters", does not count; with no such subject, none), and only when no
 * common noun stands between that the pronoun may stand for: any plural noun for "they" ("four Hamas members …
 * until they were taken"), a singular subject or object for "it" ("The report … it" is the report). "it" counts only as the subject of a verb that is not impersonal and not
 * passive, or as "its".
 */
function groupPronounTarget(v: View, mentions: readonly Mention[], i: number): Mention | undefined {
  const types = groupPronounTypes(v, i)
  if (!types) return undefined
  const plural = types.includes('NORP')
  const s = v.tokens[i]!.sentence
  const pos = v.tokens[i]!.start
  const pool = mentions.filter((m) => m.end <= pos && m.kind !== 'pronoun' && types.includes(rootOf(v, m).type) && types.includes(m.type) && sentenceAt(v, m.start) >= s - SENTENCE_WINDOW)
  for (let back = 0; back <= SENTENCE_WINDOW; back++) {
    // a name that modifies a noun ("Hezbollah fighters", "the Rafah crossing") is not what the pronoun stands for
    const cands = pool.filter((m) => sentenceAt(v, m.start) === s - back).map((m) => ({ m, idx: mentionTokens(v, m) }))
      .filter((c) => { const h = mentionHead(v, c.idx); return h === undefined || !/^(compound|amod|nmod:poss)$/.test(rel(v, h)) })
    if (cands.length === 0) continue
    // the subject nearest the root of the sentence: the main clause's, before one in a clause below it
    const subjects = cands.filter((c) => isSubject(v, c.idx)).sort((a, b) => depth(v, mentionHead(v, a.idx)!) - depth(v, mentionHead(v, b.idx)!))
    const pick = subjects[0]
    if (!pick) return undefined
    // "they": any plural noun in the subject's sentence before the pronoun competes; "it": a noun after the subject
    const from = plural ? sentenceStart(v, pick.idx[0]!) : pick.m.end
    return commonNounBetween(v, from, i, plural) ? undefined : pick.m
  }
  return undefined
}

/** The entity types a group pronoun at token i may stand for ("they": ORG, NORP; "it": ORG, LOC), or undefined when it is none. */
function groupPronounTypes(v: View, i: number): readonly string[] | undefined {
  const info = pronounInfo(word(v, i))
  if (!info || info.person !== 3 || info.case === 'reflexive' || v.mentionOf[i] || v.syn[i]!.upos !== 'PRON') return undefined
  const plural = info.number === 'plural'
  if (!plural && info.gender !== 'neuter') return undefined
  if (!plural && info.case !== 'possessive') {
    const head = v.syn[i]!.head
    if (rel(v, i) !== 'nsubj' || head < 0 || v.syn[head]!.upos !== 'VERB' || IMPERSONAL.has(v.syn[head]!.lemma.toLowerCase())) return undefined
  }
  return plural ? ['ORG', 'NORP'] : ['ORG', 'LOC']
}

/** Is there a common noun of that number, a subject or an object and in no mention, between `from` and token i? */
function commonNounBetween(v: View, from: number, i: number, plural: boolean): boolean {
  for (let k = i - 1; k >= 0 && v.tokens[k]!.start >= from; k--) {
    const t = v.syn[k]!
    if (t.upos !== 'NOUN' || v.mentionOf[k]) continue
    const isPlural = word(v, k).toLowerCase() !== t.lemma.toLowerCase()
    // any plural noun may be what "they" stands for ("four Hamas members … until they were taken");
    // a singular one competes with "it" as a subject or an object
    if (plural ? isPlural : !isPlural && /^(nsubj|obj|nsubj:pass)$/.test(t.deprel)) return true
  }
  return false
}

/** Number of heads above a token up to its sentence's root. */
function depth(v: View, i: number): number {
  let d = 0
  for (let at = i; at >= 0 && v.syn[at]!.head >= 0 && d < 50; at = v.syn[at]!.head) d++
  return d
}

/** Character offset where the sentence of token i starts. */
function sentenceStart(v: View, i: number): number {
  let k = i
  while (k > 0 && v.tokens[k - 1]!.sentence === v.tokens[i]!.sentence) k--
  return v.tokens[k]!.start
}
