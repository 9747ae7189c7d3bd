/**
 * Claims from an annotated doc: attributions (attributions.ts) turned into
 * Claim objects with a typed source (named or anonymous, rank, affiliation),
 * stance and hedges, the outlet spoken to, speaker continuity across
 * sentences ("The source", "he", "Almuhajer" → the earlier speaker) and the
 * events each claim is about.
 *
 * `source.mentionId` is the mention that names the source: the mention at the
 * source span, or the one in its head phrase ("Abu Baker Almuhajer, an Islamic
 * State operative"); for a source that continues an earlier speaker without a
 * mention of its own ("he", "the source"), the mention that named that speaker,
 * with `antecedentClaimId` pointing at the claim where it was named.
 * @module
 */
import { hashId, textSpan } from '../model/index.js'
import type { Claim, ClaimSource, Event, Mention, Span } from '../model/index.js'
import type { AnnotatedDoc } from '../model/index.js'
import { inBoilerplate } from '../model/index.js'
import type { Attribution, FindOptions } from './attributions.js'
import { docAttributions } from './doc-attributions.js'
import { claimStanceOf, holdsView } from './reporting-verbs.js'
import { GROUP_NOUNS, PERSON_ROLE_NOUNS, STATE_BODY_NOUNS, pronounInfo } from '../text/english.js'
import { parseSourceDescriptor } from './descriptor.js'
import { claimStance, cueLemmas } from './stance.js'
import { activeStanceModel, modelStance } from './stance-model.js'
import { stanceContext } from './stance-context.js'
import { issuingBody, ownVoiceWe } from './issuing-body.js'
import { findQuotes } from './quotes.js'
import { appositiveName, bodySpokenFor, describedName, enclosingName, firstConjunct, ownMention } from './source-mention.js'
import { documentAuthor } from './document-author.js'
import { outletName } from './outlet-name.js'
import { widenOverPremodifiers } from './source-premodifiers.js'
import { dropOpening } from './source-opening.js'
import { coordinatedParties, reciprocalPartners } from './reciprocal-claims.js'
import { genericBody } from './generic-body.js'
import { speakingMention } from './capital-state.js'
import { titledPerson } from './titled-person.js'
import { pluralSource } from './source-number.js'
import { bodyForIt } from './pronoun-body.js'
import { anaphoricAbout, ownVoiceEvents } from './anaphoric-content.js'

/** A body named by a common noun ("government", "ministry", "group"; an office-holder such as "official" is a person). */
const isBodyNoun = (role: string | undefined): boolean => role !== undefined && (GROUP_NOUNS.has(role) || (STATE_BODY_NOUNS.has(role) && role !== 'official'))

const SINGULAR_PRONOUN = /^(he|she|him|her)$/i
const PLURAL_PRONOUN = /^(they|them)$/i
const GENERIC_HEADS = new Set(['source', 'sources', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'person', 'man', 'woman', 'operative', 'member'])

interface Working {
  claim: Claim
  parts: readonly Span[]
  /** Lower-case words of the source that identify it for continuity. */
  key: Set<string>
  plural: boolean
  pronoun: boolean
  /** The speaker is a person (a person's name, "he" / "she", an office-holder): "it" never stands for one. */
  human: boolean
  /** The source names a body by a common noun ("The Hong Kong government", "the group"): it never continues a person. */
  bodyNoun: boolean
  /** The sentence of the cue. */
  sentence: number
  /** For an unnamed office-holder ("Chinese officials"), the body named in the source that it speaks for. */
  body?: Mention | undefined
  /** For a definite office-holder ("Brazil's foreign minister"), the person the article names with that office. */
  person?: Mention | undefined
}

/**
 * Extract claims. Needs `doc.sentences` and `doc.tokens`; uses `doc.mentions`
 * (when present) to link and type sources and to find affiliations, and
 * `doc.events` (when present) to fill `about`.
 */
export function extractClaims(doc: AnnotatedDoc, opts: FindOptions = {}): Claim[] {
  return extractClaimsMany([doc], opts)[0]!
}

/**
 * `extractClaims` over several documents: every document's attributions first, then every document's claims, so each
 * step's tables stay in the caches from one document to the next. Each gets what `extractClaims` gives it.
 */
export function extractClaimsMany(docs: readonly AnnotatedDoc[], opts: FindOptions = {}): Claim[][] {
  // An appeal or an intention ("urged", "called for", "intends to") is an event, not a claim of fact.
  const found = docs.map((doc) => (doc.sentences && doc.tokens ? docAttributions(doc, { ...opts, speakers: true }).filter((a) => a.reporting?.stance !== 'directive') : undefined))
  return docs.map((doc, i) => (found[i] ? claimsFromAttributions(doc, found[i]) : []))
}

/**
 * Claims from attributions already found in `doc` (findAttributions): those
 * with a source and outside boilerplate, with continuity resolved. Uses
 * `doc.mentions` and `doc.events` when present.
 */
export function claimsFromAttributions(doc: AnnotatedDoc, attributions: readonly Attribution[]): Claim[] {
  const { article } = doc
  const found = attributions
    .filter((a) => a.source !== undefined && !inBoilerplate(article, a.cue.start, a.cue.end))
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start)
  const events = doc.events ?? []
  const out: Working[] = []
  const seen = new Set<string>()
  const quotes = findQuotes(article.text)
  let body: Mention | undefined | null = null
  const stated = ownVoiceEvents(events, attributions.flatMap((a) => [a.cue, ...a.content, ...(a.source ? [a.source] : [])]))
  for (const found1 of found) {
    // "The Egyptian government and the World Health Organization say …": the first party's claim, then the others'
    const parties = coordinatedParties(doc, found1, mentions)
    const a = parties.length > 0 ? { ...found1, source: parties[0]! } : found1
    const w = buildClaim(doc, a, mentions, events, out)
    if (seen.has(w.claim.id)) continue
    seen.add(w.claim.id)
    // "we" in the statement's own voice (outside quotes and any speaker's statement) is the issuing body
    // …also inside a minister's statement that is no quote ("The Minister said:\n\nWe acknowledge …": the state speaks)
    const ownVoice = ownVoiceWe(article.text, w.claim.source, quotes) && !(enclosingStatement(w.claim.source, out)?.claim.quote ?? false)
    if (ownVoice && body === null) body = issuingBody(doc)
    if (ownVoice && body) w.claim = { ...w.claim, source: speakingFor(w.claim.source, body), stance: bodyStance(w.claim, a) }
    else if (!resolveContinuity(w, out)) itsBody(doc, w, mentions)
    nameTitled(w)
    speakForBody(w)
    const back = anaphoricAbout(w, out, stated)
    if (back.length > 0) w.claim = { ...w.claim, about: back }
    out.push(w)
    out.push(...partnerClaims(doc, a, reciprocalPartners(doc, a), w, mentions, events, out))
    out.push(...partnerClaims(doc, a, parties.slice(1), w, mentions, events, out))
  }
  return out.map((w) => w.claim)
}

/** "X and Y blamed each other", "X and Y say …": Y's claim beside X's, same cue and content (reciprocal-claims.ts). */
function partnerClaims(doc: AnnotatedDoc, a: Attribution, partners: readonly Span[], w: Working, mentions: readonly Mention[], events: readonly Event[], earlier: readonly Working[]): Working[] {
  return partners.map((source) => {
    const v = buildClaim(doc, { ...a, source }, mentions, events, earlier)
    v.claim = { ...v.claim, id: hashId('claim', doc.article.id, v.claim.cue.start, v.claim.content.start, source.start), about: w.claim.about }
    nameTitled(v)
    speakForBody(v)
    return v
  })
}

/** `earlier`: the claims of the document built before this one (the stance model reads what they said: stance-context.ts). */
function buildClaim(doc: AnnotatedDoc, a: Attribution, mentions: readonly Mention[], events: readonly Event[], earlier: readonly Working[]): Working {
  const text = doc.article.text
  const src = dropOpening(doc, widenOverPremodifiers(doc, a.source!))
  const first = a.content[0]!
  const last = a.content[a.content.length - 1]!
  const content = textSpan(text, first.start, last.end)
  const cue = textSpan(text, a.cue.start, a.cue.end)
  const sourceText = text.slice(src.start, src.end)
  const inside = mentions.filter((m) => m.start >= src.start && m.end <= src.end)
  const named = appositiveName(doc, src, inside) ?? outletName(doc, src, inside)
  const desc = named ? { ...parseSourceDescriptor(sourceText), anonymous: false } : parseSourceDescriptor(sourceText)
  const named0 = named ?? ownMention(doc, src, inside, desc.anonymous) ?? firstConjunct(doc, src, inside) ?? (inside.length ? undefined : enclosingName(src, mentions))
  // "The group said" after "the Taleban": a description coreference linked speaks as the name (its text stays as written);
  // an office the article gives a holder by title wins over the link ("The president said" after "President Bush
  // introduced Mr. Gonzales" is Bush)
  const described = (named0?.kind === 'nominal' ? titledPerson(doc, src, inside) : undefined) ?? describedName(named0, mentions)
  // "Tehran says": a capital speaks for its state (capital-state.ts)
  const own = speakingMention(doc, described ?? named0, src)
  const anonymous = desc.anonymous && described === undefined
  // Affiliation: an ORG/NORP/LOC mention in the descriptor other than the source itself, else the descriptor's words.
  const affMention = inside.find((m) => m !== named0 && (m.type === 'ORG' || m.type === 'NORP' || m.type === 'LOC'))
  const affiliation = affMention ? (affMention.entityId ?? affMention.text) : desc.affiliationText
  const source: ClaimSource = {
    start: src.start, end: src.end, text: sourceText,
    ...(own ? { mentionId: own.id } : {}),
    ...(own?.entityId ? { entityId: own.entityId } : {}),
    anonymous,
    ...(anonymous ? { descriptor: sourceText } : {}),
    ...(desc.rank ? { rank: desc.rank } : {}),
    ...(affiliation ? { affiliation } : {}),
  }
  const around = a.via ? '' : text.slice(Math.min(src.end, a.cue.end), Math.max(src.start, a.cue.start))
  const words = claimStance(cue.text, content.text, around, cueLemmas(doc, cue), a.reporting?.negated ?? false)
  const hedges = words.hedges
  // The reporting lemma's stance (deny / confirm / hedge for any inflection) where the word lists saw a plain assertion.
  const fromVerb = words.stance === 'assert' && a.reporting?.stance ? claimStanceOf(a.reporting.stance, a.reporting.negated) : words.stance
  // "said he believes …", "says she is confident …": a reported belief or expectation is a hedge
  const ruled = fromVerb === 'assert' && a.reporting?.contentHedged ? 'hedge' : fromVerb
  // the learned stance model where it is confident the rules are wrong (stance-model.ts: "dismissed as", "did not …")
  const model = activeStanceModel()
  const context = model ? stanceContext(doc, { cue, content, source }, earlier.map((e) => e.claim)) : []
  const stance = (model && modelStance(model, cue.text, content.text, ruled, context)) ?? ruled
  if (a.reporting?.stance === 'allege' && !hedges.includes(a.reporting.lemma)) hedges.push(a.reporting.lemma)
  const about = events.filter((e) => a.content.some((p) => e.cue.start >= p.start && e.cue.end <= p.end)).map((e) => e.id)
  const claim: Claim = {
    id: hashId('claim', doc.article.id, cue.start, content.start),
    articleId: doc.article.id,
    source,
    cue,
    content,
    stance,
    hedged: hedges.length > 0,
    hedges,
    quote: a.quote,
    ...(a.via && isOutlet(text, a.via, mentions) ? { via: text.slice(a.via.start, a.via.end) } : {}),
    about,
    kind: a.kind ?? 'fact',
  }
  const sourceWords = sourceText.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []
  const key = new Set(sourceWords.filter((x) => !/^(a|an|the|of|for|with|to|in|and|associated|senior|top)$/.test(x)))
  return {
    claim, parts: a.content, key,
    plural: /s$/.test(desc.role ?? '') || PLURAL_PRONOUN.test(sourceText.trim()) || pluralSource(doc, src, inside),
    pronoun: desc.pronoun === true,
    human: own?.type === 'PER' || SINGULAR_PRONOUN.test(sourceText.trim()) || PERSON_ROLE_NOUNS.has(desc.role ?? ''),
    bodyNoun: isBodyNoun(desc.role),
    sentence: a.sentence,
    body: own || !desc.anonymous ? undefined : speakingMention(doc, bodySpokenFor(doc, src, inside) ?? documentAuthor(doc, src, inside) ?? genericBody(doc, src, inside), src),
    person: own || !desc.anonymous ? undefined : titledPerson(doc, src, inside),
  }
}

/**
 * An unnamed office-holder that continues no earlier speaker speaks for the body its descriptor names: the source's
 * mention (and entity) is the body's, and it stays anonymous ("Chinese officials said" is China, anonymous).
 */
function speakForBody(w: Working): void {
  const s = w.claim.source
  if (!w.body || !s.anonymous || s.mentionId || s.antecedentClaimId) return
  w.claim = { ...w.claim, source: { ...s, mentionId: w.body.id, ...(w.body.entityId ? { entityId: w.body.entityId } : {}) } }
}

/** A definite office-holder that continues no earlier speaker is the person the article names with that office. */
function nameTitled(w: Working): void {
  const s = w.claim.source
  if (!w.person || !s.anonymous || s.mentionId || s.antecedentClaimId) return
  w.claim = { ...w.claim, source: { ...s, anonymous: false, mentionId: w.person.id, ...(w.person.entityId ? { entityId: w.person.entityId } : {}) } }
}

const PERSON_TITLE = /^(mr|mrs|ms|dr|sen|senator|rep|gov|governor|president|secretary|gen|general|prime|minister|king|queen|prince|sheikh|pope)\b\.?/i

/** Is the addressee ("told Breitbart Jerusalem") an outlet rather than a person ("told Trump")? */
function isOutlet(text: string, via: Span, mentions: readonly Mention[]): boolean {
  if (PERSON_TITLE.test(text.slice(via.start, via.end))) return false
  return !mentions.some((m) => m.type === 'PER' && m.start < via.end && via.start < m.end)
}

/**
 * Speaker continuity: a pronoun, a definite nominal ("The source", "The jihadist")
 * or a bare surname continues an earlier speaker, whose identity it inherits.
 */
function resolveContinuity(w: Working, earlier: readonly Working[]): boolean {
  const s = w.claim.source
  const t = s.text.trim()
  // "I" / "we" inside a statement is its speaker ("The Foreign Secretary said: I welcome …").
  let ante: Working | undefined = pronounInfo(t)?.person === 1 ? enclosingStatement(s, earlier) : undefined
  // a pronoun bound by the speaker whose statement holds it speaks as that speaker, over its coreference link
  let bound = false
  if (ante) {
    // resolved by the statement around it
  } else if (w.pronoun && (ante = bindingSpeaker(w, earlier))) {
    bound = true
  } else if (w.pronoun) {
    const singular = SINGULAR_PRONOUN.test(t)
    const plural = PLURAL_PRONOUN.test(t)
    // "it" stands for a body, an outlet or a document: never a person, never a plural ("The Observer published the letters, in
    // which it says" after "Saddam's former deputy says": the newspaper, not the deputy)
    const neuter = pronounInfo(t)?.gender === 'neuter'
    for (let i = earlier.length - 1; i >= 0 && !ante; i--) {
      const e = earlier[i]!
      if (e.pronoun && !e.claim.source.antecedentClaimId) continue
      if (singular && e.plural) continue
      if (plural && !e.plural) continue
      if (neuter && (e.human || e.plural)) continue
      ante = e
    }
  } else if (/^the\s/i.test(t) && s.anonymous) {
    const own = [...w.key]
    // Prefer a speaker sharing a descriptive word ("jihadist"); a generic head ("the source") takes the last anonymous speaker.
    for (let i = earlier.length - 1; i >= 0 && !ante; i--) {
      const e = earlier[i]!
      // "The Hong Kong government says" after "Hong Kong's interim leader says": a body is not the person before it
      if (own.some((x) => !GENERIC_HEADS.has(x) && e.key.has(x)) && !(w.bodyNoun && e.human)) ante = e
    }
    if (!ante && own.every((x) => GENERIC_HEADS.has(x))) {
      for (let i = earlier.length - 1; i >= 0 && !ante; i--) if (earlier[i]!.claim.source.anonymous) ante = earlier[i]
    }
  } else if (s.anonymous && /^[\p{L}-]+$/u.test(t)) {
    // a bare role ("Officials say") after a speaker of that role with a body ("U.S. officials in Venezuela say") is that speaker
    ante = sameRoleBefore(w, earlier)
  } else if (!s.anonymous && /^\p{Lu}[\p{L}'’-]+$/u.test(t)) {
    // A bare surname: the earlier named speaker whose name contains it.
    for (let i = earlier.length - 1; i >= 0 && !ante; i--) {
      const e = earlier[i]!
      if (!e.claim.source.anonymous && e.key.has(t.toLowerCase()) && e.claim.source.text.trim() !== t) ante = e
    }
  }
  if (!ante) return false
  // Follow the chain to the first mention of the speaker.
  const root = ante.claim.source.antecedentClaimId ? (earlier.find((e) => e.claim.id === ante!.claim.source.antecedentClaimId) ?? ante) : ante
  const a = root.claim.source
  w.claim = {
    ...w.claim,
    source: {
      ...s,
      antecedentClaimId: root.claim.id,
      anonymous: a.anonymous,
      ...(a.entityId && (bound || !s.entityId) ? { entityId: a.entityId } : {}),
      // The mention that names the speaker: "he" has none of its own, so it points at the first naming.
      ...(a.mentionId && (bound || !s.mentionId) ? { mentionId: a.mentionId } : {}),
      ...(a.descriptor && !s.descriptor ? { descriptor: a.descriptor } : a.anonymous && !s.descriptor ? { descriptor: a.text } : {}),
      ...(a.rank && !s.rank ? { rank: a.rank } : {}),
      ...(a.affiliation && !s.affiliation ? { affiliation: a.affiliation } : {}),
    },
  }
  w.plural = root.plural
  w.human = root.human
  for (const k of root.key) w.key.add(k)
  return true
}

/**
 * The speaker that binds a third-person subject pronoun inside its own statement in the same sentence: "A U.S. military
 * spokesman told VOA he could not confirm …", "Officials said they believe …", "An Iraqi foreign ministry statement
 * said it hoped …". The pronoun agrees with the speaker in number, and "it" never stands for a person nor "he" / "she"
 * for a body named by a common noun.
 */
function bindingSpeaker(w: Working, earlier: readonly Working[]): Working | undefined {
  const s = w.claim.source
  const t = s.text.trim()
  const e = enclosingStatement(s, earlier)
  if (!e || e.sentence !== w.sentence) return undefined
  if (SINGULAR_PRONOUN.test(t)) return !e.plural && !e.bodyNoun ? e : undefined
  if (PLURAL_PRONOUN.test(t)) return e.plural ? e : undefined
  return pronounInfo(t)?.gender === 'neuter' && !e.human && !e.plural ? e : undefined
}

/** How many sentences back a bare role ("Officials") looks for the speaker it continues. */
const ROLE_REACH = 3

/** The nearest earlier speaker, a few sentences back, whose phrase holds this bare role and more ("U.S. officials in Venezuela"). */
function sameRoleBefore(w: Working, earlier: readonly Working[]): Working | undefined {
  const role = w.claim.source.text.trim().toLowerCase()
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!
    if (w.sentence - e.sentence > ROLE_REACH) return undefined
    if (e.key.has(role) && e.key.size > 1) return e
  }
  return undefined
}

/** "it" that continues no earlier speaker: the body named before it (pronoun-body.ts). */
function itsBody(doc: AnnotatedDoc, w: Working, mentions: readonly Mention[]): void {
  const s = w.claim.source
  if (!w.pronoun || pronounInfo(s.text.trim())?.gender !== 'neuter' || s.mentionId) return
  const body = bodyForIt(doc, w.sentence, s.start, mentions)
  if (body) w.claim = { ...w.claim, source: { ...s, anonymous: false, mentionId: body.id, ...(body.entityId ? { entityId: body.entityId } : {}) } }
}

/** The source "we" standing for the issuing body: its text stays, its mention (and entity) is the body's. */
function speakingFor(s: ClaimSource, body: Mention): ClaimSource {
  return { ...s, mentionId: body.id, ...(body.entityId ? { entityId: body.entityId } : {}), anonymous: false }
}

/**
 * A body's view stated in its own voice is its position, asserted: "We believe his presence in the country is the
 * most effective way …" in a State Department release. A speaker quoted saying "we believe" stays a hedge, and so
 * does a view with a hedge word of its own ("we believe it may …").
 */
function bodyStance(c: Claim, a: Attribution): Claim['stance'] {
  return c.stance === 'hedge' && c.hedges.length === 0 && holdsView(a.reporting?.lemma ?? '') ? 'assert' : c.stance
}

/** The latest earlier claim whose content holds this source. */
function enclosingStatement(s: Span, earlier: readonly Working[]): Working | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i]!.parts.some((p) => p.start <= s.start && s.end <= p.end)) return earlier[i]
  return undefined
}
