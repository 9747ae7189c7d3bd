/**
 * The word-order event coder, for documents without doc.syntax (hand-built test
 * documents, PETRARCH records coded without the parser): who did what to whom, where, when, how many — from the
 * sentences, tokens and entity mentions of one article.
 *
 * Per sentence: split into clauses (complementisers, relatives, subordinators,
 * coordinated verb phrases); find cues (dictionary verbs with their patterns,
 * multi-word phrases, nouns, light verb + noun); then fill roles from the clause:
 * active voice → subject is the actor and the first role after the cue the
 * target; passive ("were taken in for questioning by X", "jihadists arrested by
 * Hamas") → the by-phrase is the actor and the subject the target; nouns take
 * their actor from "by X", a possessive or an adjectival actor, their target from
 * "of/on/against X". Reporting and belief verbs frame events and are not events
 * themselves ("claimed that X attacked" → the attack). Pronoun and relative
 * subjects take the clause chain's last subject. Modality, location, time and
 * counts are attached per event.
 * @module
 */
import { hashId } from '../model/index.js'
import type { Event, EventRole, Mention, Modality, Token } from '../model/index.js'
import { inBoilerplate, type AnnotatedDoc } from '../model/index.js'
import { cameoInfo, cameoRoot } from './cameo.js'
import { defaultLexicon, FRAME_VERBS, SPEECH_VERBS, LIGHT_VERBS, NOUN_CUES, PHRASE_CUES, ATTEMPT_VERBS, PLAN_VERBS, type CueLexicon } from './lexicon.js'
import { modalityOf } from './modality.js'
import { findCount } from './counts.js'
import { findTimes } from './time.js'
import { countryCode } from '../places/gazetteer.js'

export interface ExtractOptions {
  /**
   * Actor codes by mention id (from imported actor dictionaries). When given, only
   * mentions with a code fill actor and target roles, as in dictionary coders.
   */
  readonly actorCodes?: ReadonlyMap<string, string>
  /** Verb lexicon to use (default: the shipped one; add a user's verb dictionary with `defaultLexicon.with(…)`). */
  readonly lexicon?: CueLexicon
}

const ROLE_TYPES = new Set(['PER', 'ORG', 'NORP', 'LOC'])
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'within', 'outside', 'around', 'into',
  'toward', 'towards', 'along', 'over', 'via', 'through', 'across', 'off', 'onto', 'between'])
const MOTION_PREP = new Set(['to', 'in', 'into', 'at', 'for'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets', 'getting'])
const SKIP_BETWEEN_AUX = new Set(['not', "n't", 'also', 'reportedly', 'allegedly', 'already', 'later', 'then', 'being', 'been',
  'recently', 'immediately', 'subsequently', 'apparently', 'repeatedly', 'finally', 'just'])
/** Pronouns resolved to a role; "it" and "we" are left alone (too often not an actor, or the speaker). */
const PRONOUNS = new Set(['he', 'she', 'they', 'them', 'him', 'her', 'their', 'his'])
/** The speaker and the reader are no actors we can name. */
const FIRST_PERSON = new Set(['i', 'we', 'us', 'me', 'our', 'my', 'you', 'your'])
/** Pronoun-looking mentions are roles only through an antecedent. */
const PRONOUN_TEXT = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'that', 'these', 'those'])
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his'])
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'that'])
const SUBORDINATORS = new Set(['where', 'while', 'because', 'although', 'though', 'whereas', 'unless', 'until', 'when',
  'after', 'before', 'since', 'if', 'once', 'as'])
const COORD = new Set(['and', 'but', 'or', 'then'])
const LIST_GLUE = new Set([',', 'and', 'or', '&'])
/**
 * Does this preposition introduce the target of an event noun? "strikes against X", "an attack on X",
 * "arrests of X" for force; "talks with X", "a visit to X" for meetings and cooperation ("talks on X" is a topic).
 */
function nounTargetPrep(prep: string, root: string): boolean {
  if (prep === 'of') return true
  if (['on', 'against', 'targeting', 'at', 'upon', 'into'].includes(prep)) return Number(root) >= 10
  if (prep === 'with' || prep === 'to') return Number(root) < 10
  return false
}
const RECEIVE = new Set(['receive', 'received', 'receives', 'receiving', 'accept', 'accepted', 'accepts', 'obtain', 'obtained', 'get', 'got'])
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06', '08'])
/** Roots whose events matter even with one side unnamed (arrests, protests, force, violence). */
const ONE_SIDED_ROOTS = new Set(['14', '15', '17', '18', '19', '20'])
const CONTINUATION = new Set(['also', 'further', 'again', 'too', 'likewise'])
const IRREGULAR_PARTICIPLES = new Set(['taken', 'caught', 'held', 'shot', 'seen', 'sent', 'hit', 'struck', 'put', 'beaten',
  'driven', 'thrown', 'given', 'brought', 'bought', 'kept', 'left', 'met', 'sought', 'told', 'found', 'made', 'set', 'cut',
  'hurt', 'stolen', 'sworn', 'overrun', 'fought', 'won', 'lost', 'led', 'fled', 'bound', 'hidden', 'shut', 'spread', 'seized'])

interface Occ {
  readonly m: Mention
  /** Token range within the sentence, half-open. */
  readonly from: number
  readonly to: number
}

interface Clause { readonly start: number; readonly end: number; readonly opener: string; readonly frame?: string }

interface Cue {
  readonly head: number
  readonly from: number
  readonly to: number
  readonly code: string
  readonly kind: 'verb' | 'noun'
  /** For light-verb + noun cues: the noun's position (targets are looked for after it). */
  readonly objectEnd?: number
  /** Coded by a specific pattern, phrase or noun (not just a verb's default code). */
  readonly specific: boolean
  /** Code of the mirrored event (A visits B → B hosts A), from `[042:043]` dictionary entries. */
  readonly reverse?: string
}


/** Extract the events of one article. Requires doc.sentences, doc.tokens, doc.mentions. */
export function extractByWordOrder(doc: AnnotatedDoc, opts: ExtractOptions = {}): Event[] {
  const { article } = doc
  const text = article.text
  const sentences = doc.sentences ?? []
  const tokens = doc.tokens ?? []
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end)
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const codes = opts.actorCodes
  const lexicon = opts.lexicon ?? defaultLexicon
  // boilerplate and the dateline prefix ("TEL AVIV —") are not event text (article.datelineSpan, set at ingest)
  const eligible = (m: Mention) => (codes ? codes.has(m.id) : ROLE_TYPES.has(m.type)) &&
    !((m.kind === 'pronoun' || PRONOUN_TEXT.has(m.text.toLowerCase())) && !m.antecedentId) && !FIRST_PERSON.has(m.text.toLowerCase()) &&
    !inBoilerplate(article, m.start, m.end)

  // tokens grouped by sentence
  const sentTokens: Token[][] = sentences.map(() => [])
  for (const t of tokens) sentTokens[t.sentence]?.push(t)

  const events: Event[] = []
  const seenIds = new Map<string, number>()
  const emitted = new Set<string>()
  let mi = 0
  let lastSubject: Occ | undefined
  let lastPerson: Occ | undefined

  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!
    const toks = sentTokens[si]!
    if (toks.length === 0) continue
    // occurrences carried over from an earlier sentence keep their mention, but their token range indexed that
    // sentence's words: here they have none (from = -1), so no window is read past the end of this one
    if (lastSubject) lastSubject = elsewhere(lastSubject)
    if (lastPerson) lastPerson = elsewhere(lastPerson)
    // headlines drop auxiliaries ("Hamas Caught Attempting to …"): their grammar misleads; the body repeats the news
    if (isHeadline(text, toks, sent, article.titleSpan)) continue
    const w = toks.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"))
    const W = w.map((x) => x.toUpperCase())
    const pos = toks.map((t) => t.pos ?? 'X')

    // mentions in this sentence → token ranges
    while (mi < mentions.length && mentions[mi]!.end <= sent.start) mi++
    const occs: Occ[] = []
    for (let k = mi; k < mentions.length && mentions[k]!.start < sent.end; k++) {
      const m = mentions[k]!
      if (!eligible(m)) continue
      const from = toks.findIndex((t) => t.end > m.start)
      let to = from
      while (to < toks.length && toks[to]!.start < m.end) to++
      if (from < 0 || to <= from) continue
      if (occs.some((o) => o.from <= from && to <= o.to)) continue // nested in a longer mention
      occs.push({ m, from, to })
    }
    const occAt = new Array<number>(toks.length).fill(-1)
    occs.forEach((o, k) => { for (let i = o.from; i < o.to; i++) occAt[i] = k })

    const clauses = splitClauses(w, pos, occAt)
    const clauseOf = (i: number) => clauses.find((c) => c.start <= i && i < c.end) ?? clauses[clauses.length - 1]!

    // ---- cues
    const cues: Cue[] = []
    const taken = new Array<boolean>(toks.length).fill(false)
    for (let i = 0; i < toks.length; i++) {
      if (taken[i]) continue
      // a capitalised word inside the sentence belongs to a name ("Operation Inherent Resolve", "Combined Joint Task Force")
      const surface = text.slice(toks[i]!.start, toks[i]!.end)
      if (i > 0 && /^\p{Lu}/u.test(surface) && !/^[“"'‘(:—–-]$/.test(text.slice(toks[i - 1]!.start, toks[i - 1]!.end)) &&
          !/^\p{Lu}+$/u.test(surface)) continue
      const ph = matchPhrase(w, i)
      if (ph) {
        cues.push({ head: i, from: i, to: i + ph.length, code: ph.code, kind: 'verb', specific: true })
        for (let k = i; k < i + ph.length; k++) taken[k] = true
        continue
      }
      // an event noun inside a noun phrase, whatever the tagger says ("the Israeli shelling of …")
      if (NOUN_CUES.has(w[i]!) && i > 0 && (['DET', 'ADJ', 'NUM'].includes(pos[i - 1]!) || occAt[i - 1]! >= 0 || w[i - 1] === "'s") &&
          occAt[i]! < 0 && !['to', 'will', 'would'].includes(w[i - 1]!)) {
        cues.push({ head: i, from: i, to: i + 1, code: NOUN_CUES.get(w[i]!)!, kind: 'noun', specific: true })
        taken[i] = true
        continue
      }
      if (SPEECH_VERBS.has(w[i]!)) continue
      const p0 = pos[i]!
      // a verb the tagger called a noun: "the jihadists demand the release" (plural noun or role before, object after)
      const nounAsVerb = (p0 === 'NOUN' || p0 === 'ADJ') && i > 0 &&
        (['DET', 'PRON', 'NUM'].includes(pos[i + 1] ?? '') || (p0 === 'ADJ' && /ed$/.test(w[i]!) && pos[i + 1] === 'PROPN')) &&
        (occAt[i - 1]! >= 0 || (pos[i - 1] === 'NOUN' && (/s$/.test(w[i - 1]!) || occAt[i - 2]! >= 0)))
      // a multi-word verb form ("wire tapped", "cordoned off") is a verb whatever the tag of its first word
      const multiWord = p0 !== 'VERB' && (lexicon.lookupVerb(W, i)?.length ?? 0) >= 2
      const p = nounAsVerb || multiWord ? 'VERB' : p0
      if (p === 'VERB' || (p !== 'NOUN' && p !== 'PROPN' && /ed$/.test(w[i]!) && p !== 'ADJ')) {
        // light verb + event noun: "carried out raids", "staged a protest"
        if (LIGHT_VERBS.has(w[i]!)) {
          const n = lightObject(w, pos, i)
          if (n) {
            cues.push({ head: i, from: i, to: n.end, code: n.code, kind: 'verb', objectEnd: n.end, specific: true })
            for (let k = i; k < n.end; k++) taken[k] = true
            continue
          }
        }
        const v = lexicon.lookupVerb(W, i)
        if (!v) continue
        // a participle inside a noun compound: "rocket propelled grenade"
        if (/ed$/.test(w[i]!) && i > 0 && pos[i + v.length] === 'NOUN' && !hasAux(i) &&
            pos[i - 1] === 'NOUN' && occAt[i - 1]! < 0 && !/s$/.test(w[i - 1]!)) continue
        // participles and gerunds modifying a noun without an agent: "a shipment intended to …", "tunnels leading into …"
        // (only after the clause's own finite verb: "… intercepted a shipment intended to be smuggled")
        if (i > 0 && pos[i - 1] === 'NOUN' && occAt[i - 1]! < 0 && /(ed|en|ing)$/.test(w[i]!) &&
            (pos[i + v.length] === 'ADP' || pos[i + v.length] === 'PART') && w[i + v.length] !== 'by' && !hasAux(i) &&
            rangeFind(clauseOf(i).start, i - 1, (k) => pos[k] === 'VERB' || pos[k] === 'AUX') >= 0) continue
        const cl = clauseOf(i)
        const frameVerb = FRAME_VERBS.has(w[i]!)
        // frame verbs count only with a pattern right after them ("expressed concern"), never a loose one
        const coded = (v.lexicon === lexicon.lexicons.length - 1 ? FORCE_VERB_CODES[w[i]!] : undefined) ??
          lexicon.codeVerb(v, W.slice(cl.start, i), W.slice(i + v.length, frameVerb ? i + v.length + 3 : undefined)) ??
          ownVerbCode(w[i]!)
        if (!coded) continue
        if (frameVerb && !coded.pattern) continue
        // a bare -ing form is a non-finite clause: an event only after a comma (", killing 12") or an auxiliary
        if (/ing$/.test(w[i]!) && !hasAux(i) && w[i - 1] !== ',') continue
        cues.push({ head: i, from: i, to: i + v.length, code: coded.code, kind: 'verb', specific: coded.pattern, ...(coded.reverse ? { reverse: coded.reverse } : {}) })
        for (let k = i; k < i + v.length; k++) taken[k] = true
        continue
      }
      if (p === 'NOUN' || p === 'PROPN') {
        const two = `${w[i]} ${w[i + 1] ?? ''}`
        const code2 = NOUN_CUES.get(two)
        const code = code2 ?? NOUN_CUES.get(w[i]!)
        if (code && occAt[i]! < 0) {
          const len = code2 ? 2 : 1
          cues.push({ head: i, from: i, to: i + len, code, kind: 'noun', specific: true })
          for (let k = i; k < i + len; k++) taken[k] = true
        }
      }
    }

    function hasAux(i: number): boolean {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (BE.has(w[k]!) || ['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do'].includes(w[k]!)) return true
        if (!SKIP_BETWEEN_AUX.has(w[k]!) && pos[k] !== 'ADV') return false
      }
      return false
    }

    // ---- clause subjects (for pronouns, relatives and coordinated verb phrases)
    const clauseSubject = new Map<Clause, Occ | undefined>()
    const carried = lastSubject // the previous sentence's subject: only pronouns may refer back to it
    let sentenceSubject: Occ | undefined
    for (const cl of clauses) {
      const firstVerb = rangeFind(cl.start, cl.end, (i) => pos[i] === 'VERB' || pos[i] === 'AUX')
      const lim = firstVerb < 0 ? cl.end : firstVerb
      let subj = leftmostEligible(cl.start, lim)
      if (!subj && RELATIVES.has(cl.opener) && pos[cl.start] !== 'SCONJ') subj = antecedentBefore(cl.start)
      if (!subj && (PRONOUNS.has(w[cl.start] ?? '') || PRONOUNS.has(w[cl.start + 1] ?? ''))) subj = sentenceSubject ?? carried
      else if (!subj && (COORD.has(cl.opener) || cl.opener === ',')) {
        // a coordinated verb phrase continues the clause before it ("which targeted and killed …")
        const prev = clauses[clauses.indexOf(cl) - 1]
        subj = prev ? clauseSubject.get(prev) : undefined
      }
      clauseSubject.set(cl, subj)
      if (subj) { lastSubject = subj; sentenceSubject ??= subj }
      for (const o of occs) if (o.from >= cl.start && o.to <= cl.end && o.m.type === 'PER') lastPerson = o
    }

    /** The index of the word before a phrase, past its determiners and adjectives ("for the UK-France Summit" → "for"). */
    function prepBefore(i: number): number {
      let k = i - 1
      while (k > 0 && (pos[k] === 'DET' || pos[k] === 'ADJ' || pos[k] === 'NUM')) k--
      return k
    }
    function rangeFind(a: number, b: number, f: (i: number) => boolean): number {
      for (let i = a; i < b; i++) if (f(i)) return i
      return -1
    }
    function locativeBefore(o: Occ, depth = 0): boolean {
      for (let k = o.from - 1; k >= Math.max(0, o.from - 3); k--) {
        if (LOCATIVE.has(w[k]!)) return true
        // "in Gaza and Sinai": the second place shares the first one's preposition
        if ((w[k] === 'and' || w[k] === ',' || w[k] === 'or') && depth < 4 && k > 0 && occAt[k - 1]! >= 0) return locativeBefore(occs[occAt[k - 1]!]!, depth + 1)
        if (!(pos[k] === 'DET' || pos[k] === 'ADJ' || /^(north|south|east|west|northern|southern|eastern|western|central)$/.test(w[k]!))) return false
      }
      return false
    }
    function leftmostEligible(a: number, b: number): Occ | undefined {
      for (const o of occs) {
        if (o.from < a || o.to > b || locativeBefore(o) || w[o.from - 1] === 'by') continue
        // a role inside a prepositional phrase is no subject, unless it names the group of a noun ("soldiers from Gondor")
        const prev = o.from - 1
        if (prev >= 0 && pos[prev] === 'ADP' && !(['of', 'from'].includes(w[prev]!) && pos[prev - 1] === 'NOUN' &&
            !/(tion|ment|ure|ance|ence|ing|al|ity|sion)$/.test(w[prev - 1]!))) continue
        if (w[prev] === 'to' && w[prev - 1] === 'according') continue
        return o
      }
      return undefined
    }
    /** The role a relative or participle attaches to: right before it, or the modifier of its head noun ("four Hamas members who"). */
    function antecedentBefore(i: number): Occ | undefined {
      let best: Occ | undefined
      for (const o of occs) {
        if (o.to > i || o.to < i - 3) continue
        const between = w.slice(o.to, i).filter((x) => x !== ',')
        if (between.every((_, k) => pos[o.to + k] === 'NOUN' || w[o.to + k] === ',') && !locativeBefore(o)) best = o
      }
      return best
    }
    /** The occurrences coordinated with o ("Gondor and Osgiliath", "Mordor, Rohan and Bree"). */
    function coordinated(o: Occ, limit: number): Occ[] {
      const out = [o]
      let cur = o
      let conj = false
      for (;;) {
        let k = cur.to
        let glue = 0
        while (k < limit && LIST_GLUE.has(w[k]!)) { if (w[k] !== ',') conj = true; k++; glue++ }
        if (glue === 0) break
        while (k < limit && k < cur.to + 5 && (occAt[k] === undefined || occAt[k]! < 0) && (pos[k] === 'DET' || pos[k] === 'ADJ')) k++
        if (occAt[k] === undefined || occAt[k]! < 0) break
        const nx = occs[occAt[k]!]!
        if (nx.from !== k) break
        out.push(nx)
        cur = nx
        if (conj) break
      }
      // a list joined by commas alone is an apposition or a new clause, not a coordination
      return conj ? out : [o]
    }
    function resolvePronoun(i: number, not?: Occ): Occ | undefined {
      if (!PRONOUNS.has(w[i]!)) return undefined
      // "they" → the subject of the nearest earlier clause (or the previous sentence's)
      if (!PERSONAL.has(w[i]!)) {
        const ci = clauses.findIndex((c) => c.start <= i && i < c.end)
        for (let k = ci - 1; k >= 0; k--) {
          const sub = clauseSubject.get(clauses[k]!)
          if (sub && sub !== not && (!not || key(sub.m) !== key(not.m))) return sub
        }
        if (carried && carried !== not && (!not || key(carried.m) !== key(not.m))) return carried
        return undefined
      }
      if (PERSONAL.has(w[i]!)) {
        for (let k = i - 1; k >= 0; k--) {
          const o = occAt[k]! >= 0 ? occs[occAt[k]!]! : undefined
          if (o && o.m.type === 'PER' && o !== not) return o
        }
        if (lastPerson && lastPerson !== not) return lastPerson
      }
      if (lastSubject && lastSubject !== not && key(lastSubject.m) !== (not ? key(not.m) : '')) return lastSubject
      return undefined
    }

    /** The subject of the predicate at token c: the clause's leftmost role, a pronoun's referent, or the inherited subject. */
    function subjectOf(c: number, cl: Clause): Occ[] {
      const s = leftmostEligible(cl.start, c)
      if (s) return coordinated(s, c)
      for (let k = c - 1; k >= cl.start; k--) {
        if (PRONOUNS.has(w[k]!) && !['its', 'their', 'his', 'her'].includes(w[k]!)) {
          const r = resolvePronoun(k)
          if (r) return [r]
          break
        }
      }
      // "… began to repair the crossing and allow businessmen to pass": a coordinated verb shares the previous verb's actor
      // (only along a chain of clauses: the previous verb must sit in the clause right before this one)
      if ((COORD.has(cl.opener) || cl.opener === ',') && lastActorHere && clauses.indexOf(cl) - lastActorHere.clause === 1) return [lastActorHere.occ]
      const inherited = clauseSubject.get(cl)
      if (inherited) return [inherited]
      return []
    }
    function firstAfter(a: number, b: number, allowLocative: boolean, exclude: ReadonlySet<Occ>): Occ[] {
      for (let i = a; i < b; i++) {
        if (w[i] === ',' && !(occAt[i + 1] !== undefined && occAt[i + 1]! >= 0 && i > a && occAt[i - 1]! >= 0)) {
          // a comma ends the object unless it continues a list of roles or adjectives ("complete, full ties"),
          // or brackets a short aside (", it seems,")
          if (pos[i + 1] === 'ADJ' || (pos[i + 1] === 'ADV' && pos[i + 2] === 'ADJ')) continue
          let close = -1
          for (let k = i + 1; k <= Math.min(b - 1, i + 4); k++) if (w[k] === ',') { close = k; break }
          if (close > 0 && !w.slice(i + 1, close).some((_, k) => occAt[i + 1 + k]! >= 0)) { i = close; continue }
          break
        }
        const k = occAt[i]!
        if (k < 0) continue
        const o = occs[k]!
        if (exclude.has(o)) { i = o.to - 1; continue }
        if (w[o.from - 1] === 'by' && o.from - 1 <= a + 1) { i = o.to - 1; continue }
        if (!allowLocative && (locativeBefore(o) || (o.m.type === 'LOC' && !codes && w[o.from - 1] === 'from'))) { i = o.to - 1; continue }
        return coordinated(o, b)
      }
      return []
    }

    // date expressions, parsed once per sentence (chrono is the costliest step)
    const timeCache = new Map<boolean, ReturnType<typeof findTimes>>()
    const timesFor = (past: boolean) => {
      let t = timeCache.get(past)
      if (!t) { t = findTimes(text, sent.start, sent.end, article.published, past); timeCache.set(past, t) }
      return t
    }

    // ---- infinitive chains: "tried to infiltrate", "urged X to help"
    const governedBy = new Map<Cue, string>()
    /** "an attempt by Hamas members to infiltrate …": the noun's by-phrase is the inner verb's actor. */
    const nounAgent = new Map<Cue, Occ>()
    const dropped = new Set<Cue>()
    for (const cue of cues) {
      if (cue.kind !== 'verb' || w[cue.head - 1] !== 'to') continue
      const cl = clauseOf(cue.head)
      for (let k = cue.head - 2; k >= Math.max(cl.start, cue.head - 16); k--) {
        if (pos[k] !== 'VERB' && pos[k] !== 'AUX' && !ATTEMPT_VERBS.has(w[k]!) && !PLAN_VERBS.has(w[k]!)) continue
        governedBy.set(cue, w[k]!)
        if (pos[k] === 'NOUN' || (!['VERB', 'AUX'].includes(pos[k]!) && w[k + 1] === 'by')) {
          const by = findBy(k + 1, cue.head - 1)
          if (by) nounAgent.set(cue, by)
        }
        const outer = cues.find((c2) => c2.head === k)
        if (outer && !ATTEMPT_VERBS.has(w[k]!) && !PLAN_VERBS.has(w[k]!)) dropped.add(cue)
        else if (outer) dropped.add(outer)
        break
      }
    }

    // a trailing attribution frames everything before it: "Hamas attacked the post, the army claimed."
    const trailing = trailingFrame(w, pos)

    // ---- roles per cue
    let lastActorHere: { occ: Occ; clause: number } | undefined
    for (const cue of cues) {
      if (dropped.has(cue)) continue
      const cueStart = toks[cue.from]!.start
      const cueEnd = toks[cue.to - 1]!.end
      if (inBoilerplate(article, cueStart, cueEnd)) continue
      const cl = clauseOf(cue.head)
      const root = cameoRoot(cue.code)
      const motion = root === '04' || root === '03'
      let actors: Occ[] = []
      let targets: Occ[] = []

      if (cue.kind === 'noun') {
        // "an attack by X", "X's attack", "Israeli shelling", "arrests of X", "talks with X"
        const by = w[cue.to] === 'by' || (w[cue.to + 1] === 'by' && pos[cue.to] !== 'VERB') ||
          (pos[cue.to] === 'ADP' && pos[cue.to + 1] !== 'VERB' && w[cue.to + 2] === 'by')
          ? findBy(cue.to, Math.min(cl.end, cue.to + 4)) : undefined
        if (by) actors = [by]
        else {
          let k = cue.from - 1
          while (k >= cl.start && (pos[k] === 'ADJ' || pos[k] === 'NUM' || w[k] === "'s" || w[k] === "'")) {
            if (w[k] === "'s" || w[k] === "'") { k--; break }
            k--
          }
          const mod = k >= 0 && occAt[k]! >= 0 ? occs[occAt[k]!]! : undefined
          if (mod && mod.to === k + 1 && (mod.m.type !== 'LOC' || codes || countryCode(mod.m.text) !== undefined)) actors = [mod]
        }
        const after = cue.to
        if (nounTargetPrep(w[after] ?? '', root)) {
          const t = firstAfter(after + 1, Math.min(cl.end, after + 6), motion || w[after] === 'on' || w[after] === 'against', new Set(actors))
          if (t.length > 0 && t[0]!.from <= after + 4) targets = t
        }
        if (actors.length === 0 && targets.length === 0) continue
      } else {
        const passive = isPassive(cue)
        if (passive === 'reduced') {
          // "the jihadists arrested by Hamas", "their associates incarcerated by Hamas"
          const by = findBy(cue.to, Math.min(cl.end, cue.to + 6))
          actors = by ? [by] : []
          const ante = antecedentBefore(cue.from)
          targets = ante && ante.to >= cue.from - 2 ? [ante] : []
        } else if (passive) {
          const by = findBy(cue.to, Math.min(cl.end, cue.to + 6))
          actors = by ? coordinated(by, cl.end) : []
          let subj = subjectOf(cue.from, cl)
          if (subj.length === 0 && cue.from > 0 && occAt[cue.from - 1]! >= 0) subj = [occs[occAt[cue.from - 1]!]!]
          // reduced relative: "jihadists arrested by Hamas" – the noun phrase right before
          if (subj.length === 0) {
            const ante = antecedentBefore(cue.from)
            if (ante) subj = [ante]
          }
          targets = subj
        } else {
          const agent = nounAgent.get(cue)
          actors = agent ? [agent] : subjectOf(cue.from, cl)
          // an active verb with no subject we can name is too unreliable to code ("Tensions escalate between …")
          if (actors.length === 0) continue
          const objStart = cue.objectEnd ?? cue.to
          if (cue.objectEnd !== undefined) {
            // light verb + noun: the target is the noun's complement ("conducted strikes against ISIL", "held talks with Fatah")
            const prep = w[objStart] ?? ''
            targets = nounTargetPrep(prep, root) ? firstAfter(objStart + 1, Math.min(cl.end, objStart + 7), motion || prep === 'on', new Set(actors)) : []
          } else {
            // meetings and visits may take their target from a place ("arrived in Gondor"), but a party wins ("in Osgiliath with Gondor")
            targets = firstAfter(objStart, cl.end, false, new Set(actors))
            if (targets.length === 0 && motion) targets = firstAfter(objStart, cl.end, true, new Set(actors))
          }
          // "X received aid from Y": Y is the one who acts
          if (RECEIVE.has(w[cue.head]!)) {
            const giver = occs.find((o) => o.from > cue.head && o.to <= cl.end && w[o.from - 1] === 'from')
            if (giver) [actors, targets] = [[giver], actors]
          }
          // "X ordered Y to contact Z" is fine; "they" as object → referent
          if (targets.length === 0) {
            for (let i = objStart; i < Math.min(cl.end, objStart + 3); i++) {
              if (['them', 'him', 'her', 'it'].includes(w[i]!)) { const r = resolvePronoun(i, actors[0]); if (r) targets = [r]; break }
            }
          }
        }
      }

      // "also demanded …": the earlier event of the same actor and root lends its target
      const prevWords = w.slice(Math.max(cl.start, cue.from - 3), cue.from)
      if (targets.length === 0 && actors.length > 0 && prevWords.some((x) => CONTINUATION.has(x))) {
        const ak = key(actors[0]!.m)
        for (let e = events.length - 1; e >= 0; e--) {
          const pe = events[e]!
          if (pe.cameoRoot === root && pe.target?.mentionId && pe.actor?.mentionId && key(byId.get(pe.actor.mentionId)!) === ak) {
            const tm = byId.get(pe.target.mentionId)
            if (tm) targets = [{ m: tm, from: -1, to: -1 }]
            break
          }
        }
      }
      if (actors.length === 0 && targets.length === 0) continue
      // a party named only as the modifier of a topic ("discussed the Syria crisis") is no target of talk,
      // nor is a place discussed without "with" ("did you discuss Aleppo?")
      if (cue.kind === 'verb' && targets.length > 0 && root === '04' && targets[0]!.from >= 0 &&
          ((pos[targets[0]!.to] === 'NOUN' && occAt[targets[0]!.to]! < 0) ||
           (/^discuss/.test(w[cue.head]!) && targets[0]!.m.type === 'LOC' && w[prepBefore(targets[0]!.from)] !== 'with'))) targets = []
      // "A and B met … for the summit": coordinated parties of a meeting meet each other, not a thing after a preposition
      if (actors.length >= 2 && RECIPROCAL_ROOTS.has(root) && targets.length > 0 && targets[0]!.from >= 0 &&
          ['for', 'at', 'in', 'on', 'during', 'about', 'over'].includes(w[prepBefore(targets[0]!.from)] ?? '') &&
          targets[0]!.from > cue.to + 1) targets = []
      const reciprocal = targets.length === 0 && actors.length >= 2 && RECIPROCAL_ROOTS.has(root)
      // no other target: the place the act is aimed at ("criticized the closure of guest houses in Bree")
      if (targets.length === 0 && actors.length > 0 && !reciprocal && cue.kind === 'verb') {
        const place = occs.find((o) => o.from >= cue.to && o.to <= cl.end && !actors.includes(o) && locativeBefore(o))
        if (place) targets = [place]
      }
      // one-sided events only when the cue is specific or violent: "The Coalition complies with …" is no event
      if ((actors.length === 0 || targets.length === 0) && !reciprocal && !cue.specific && !ONE_SIDED_ROOTS.has(root)) continue

      // modality
      const frame = cl.frame ?? (trailing && cue.to <= trailing.comma ? trailing.verb : undefined)
      const modality: Modality = modalityOf(w.slice(cl.start, cue.from), governedBy.get(cue), frame)

      // location: a place in a locative phrase of the clause, after the cue first
      const location = findLocation(cue, cl, new Set([...actors, ...targets]))

      // time
      const past = !/\b(will|shall|next|tomorrow)\b/.test(w.slice(cl.start, cl.end).join(' '))
      const times = timesFor(past)
      const when = times.length === 0 ? undefined : times.reduce((a, b) =>
        Math.abs(a.start - cueStart) <= Math.abs(b.start - cueStart) ? a : b)

      // count: a number next to the target (or actor) phrase, or "the number of … N"
      const countRole = targets[0] ?? actors[0]
      let count: number | undefined
      const hasNumberOf = w.slice(cl.start, cl.end).join(' ').includes('number of')
      if (hasNumberOf) count = findCount(w, cl.start, cl.end)?.value
      if (count === undefined && countRole) {
        const src = countRole.from >= 0 ? { w, from: countRole.from } : undefined
        if (src) {
          const c = findCount(w, Math.max(0, src.from - 4), src.from, src.from)
          if (c) count = c.value
        }
        if (count === undefined) {
          // referent in another sentence ("they" → "four Hamas members")
          const m = countRole.m
          const c = countBefore(text, tokens, m)
          if (c !== undefined && countRole.from < 0 || c !== undefined && !occs.includes(countRole)) count = c
        }
      }

      if (actors[0] && cue.kind === 'verb') lastActorHere = { occ: actors[0], clause: clauses.indexOf(cl) }
      const pairs: Array<[Occ | undefined, Occ | undefined]> = []
      const as: Array<Occ | undefined> = actors.length > 0 ? actors : [undefined]
      const ts: Array<Occ | undefined> = targets.length > 0 ? targets : [undefined]
      for (const a of as) for (const t of ts) {
        if (a && t && key(a.m) === key(t.m)) continue
        pairs.push([a, t])
      }
      // "Gondor and Osgiliath renewed ties": coordinated actors of a cooperative event act on each other
      if (reciprocal) {
        pairs.length = 0
        for (const a of actors) for (const b of actors) if (a !== b && key(a.m) !== key(b.m)) pairs.push([a, b])
      }
      const coded: Array<[Occ | undefined, Occ | undefined, string]> = pairs.map(([a, t]) => [a, t, cue.code])
      if (cue.reverse) for (const [a, t] of pairs) if (a && t) coded.push([t, a, cue.reverse])
      for (const [a, t, code] of coded) {
        const dedupe = `${cueStart}:${code}:${a?.m.id ?? ''}:${t?.m.id ?? ''}`
        if (emitted.has(dedupe)) continue
        emitted.add(dedupe)
        const info = cameoInfo(code)
        let id = hashId('event', article.id, cueStart, cueEnd, code)
        const n = seenIds.get(id) ?? 0
        seenIds.set(id, n + 1)
        if (n > 0) id = hashId('event', article.id, cueStart, cueEnd, code, a?.m.id, t?.m.id)
        const ev: Event = {
          id,
          articleId: article.id,
          cameo: code,
          cameoRoot: cameoRoot(code),
          ...(info?.plover ? { plover: info.plover } : {}),
          ...(info?.ploverMode ? { ploverMode: info.ploverMode } : {}),
          ...(info ? { quadClass: info.quadClass, goldstein: info.goldstein } : {}),
          ...(a ? { actor: role(a.m) } : {}),
          ...(t ? { target: role(t.m) } : {}),
          cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
          sentence: { start: sent.start, end: sent.end },
          ...(location ? { location: role(location.m) } : {}),
          ...(when ? { when } : {}),
          ...(count !== undefined ? { count } : {}),
          modality,
        }
        events.push(ev)
      }
    }

    function findBy(a: number, b: number): Occ | undefined {
      for (let i = a; i < b; i++) {
        if (w[i] !== 'by') continue
        for (let k = i + 1; k < Math.min(b + 3, i + 5, toks.length); k++) {
          if (occAt[k]! >= 0) return occs[occAt[k]!]!
          if (pos[k] === 'VERB') break
        }
        return undefined
      }
      return undefined
    }
    function isPassive(cue: Cue): 'be' | 'reduced' | false {
      const head = w[cue.head]!
      const participle = /(ed|en|wn)$/.test(head) || IRREGULAR_PARTICIPLES.has(head)
      if (!participle) return false
      for (let k = cue.head - 1; k >= Math.max(0, cue.head - 4); k--) {
        if (BE.has(w[k]!)) return 'be'
        // "was struck and killed by …": the second participle shares the auxiliary
        if ((w[k] === 'and' || w[k] === 'or') && k >= 2 && (/(ed|en|wn)$/.test(w[k - 1]!) || IRREGULAR_PARTICIPLES.has(w[k - 1]!)) &&
            BE.has(w[k - 2]!)) return 'be'
        if (!SKIP_BETWEEN_AUX.has(w[k]!) && pos[k] !== 'ADV') break
      }
      // reduced relative ("the jihadists arrested by Hamas"): a noun right before and a by-phrase after
      // the participle must not take an object of its own ("the government condemned an attack by X")
      const prevNoun = cue.head > 0 && ['NOUN', 'PROPN', 'PRON'].includes(pos[cue.head - 1]!)
      const noObject = w[cue.to] === 'by' || pos[cue.to] === 'ADP' || pos[cue.to] === 'ADV'
      if (prevNoun && noObject && findBy(cue.to, Math.min(toks.length, cue.to + 6))) return 'reduced'
      // "X, arrested by Y, …"
      return w[cue.head - 1] === ',' && findBy(cue.to, Math.min(toks.length, cue.to + 4)) !== undefined ? 'be' : false
    }
    function findLocation(cue: Cue, cl: Clause, roles: ReadonlySet<Occ>): Occ | undefined {
      const isPlace = (o: Occ) => o.m.type === 'LOC' && !roles.has(o) && (locativeBefore(o) || MOTION_PREP.has(w[o.from - 1] ?? ''))
      const after = occs.find((o) => o.from >= cue.to && o.to <= cl.end && isPlace(o))
      if (after) return after
      const before = [...occs].reverse().find((o) => o.from >= cl.start && o.to <= cue.from && isPlace(o))
      if (before) return before
      const anyIn = [...occs].sort((a, b) => Math.abs(a.from - cue.from) - Math.abs(b.from - cue.from)).find(isPlace)
      if (anyIn) return anyIn
      // a place that is itself a role of a motion event ("traveled to Egypt")
      return [...roles].find((o) => o.m.type === 'LOC' && MOTION_PREP.has(w[o.from - 1] ?? ''))
    }
  }
  return events

  function role(m: Mention): EventRole {
    return { mentionId: m.id, ...(m.entityId ? { entityId: m.entityId } : {}), start: m.start, end: m.end, text: text.slice(m.start, m.end) }
  }
  function key(m: Mention): string {
    let cur = m
    for (let hops = 0; cur.antecedentId && hops < 5; hops++) {
      const nx = byId.get(cur.antecedentId)
      if (!nx) break
      cur = nx
    }
    if (cur.entityId) return cur.entityId
    return normName(text.slice(cur.start, cur.end))
  }
}

/** Lower-case name without articles and generic heads ("the Wilayat Sinai group" → "wilayat sinai"). */
export function normName(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/^the\s+/, '')
    .replace(/\s+(group|organi[sz]ation|movement|forces?|militants?|jihadists?|members?|fighters?)$/, '').replace(/['’]s$/, '').trim()
}

/**
 * Verbs whose shipped-dictionary reading is wrong in conflict news ("degrade ISIL" is not a disapproval,
 * "fought off counterattacks" is no negotiation). Applied only over the shipped lexicon, never over a
 * user's own verb dictionary.
 */
const FORCE_VERB_CODES: Record<string, { code: string; pattern: boolean; reverse?: string } | undefined> = Object.fromEntries(
  ['degrade', 'degraded', 'degrades', 'degrading', 'fight', 'fought', 'fights', 'fighting', 'defeat', 'defeated', 'defeats']
    .map((w) => [w, { code: '190', pattern: true }]))

/** Our own codes for verbs the dictionary leaves uncoded but that are events in conflict news. */
const OWN_VERB_CODES: Record<string, string> = {
  intercept: '171', intercepted: '171', intercepts: '171', intercepting: '171',
  infiltrate: '170', infiltrated: '170', infiltrates: '170', infiltrating: '170',
  smuggle: '', storm: '190', stormed: '190', shell: '194', shelled: '194', shelling: '194',
}
function ownVerbCode(word: string): { code: string; pattern: boolean; reverse?: string } | undefined {
  const c = OWN_VERB_CODES[word]
  return c ? { code: c, pattern: false } : undefined
}

/** A title line or a title-case headline sentence. */
export function isHeadline(text: string, toks: readonly Token[], sent: { start: number; end: number }, titleSpan?: { start: number; end: number }): boolean {
  if (titleSpan && sent.start >= titleSpan.start && sent.end <= titleSpan.end) return true
  const words = toks.map((t) => text.slice(t.start, t.end)).filter((x) => /^\p{L}/u.test(x))
  if (words.length === 0 || /[.!?:"”]$/.test(text.slice(sent.start, sent.end).trim())) return false
  const caps = words.filter((x) => /^\p{Lu}/u.test(x)).length / words.length
  // a line of its own, short and mostly capitalised, is a title ("Talks in Cairo")
  const ownLine = (sent.start === 0 || text[sent.start - 1] === '\n') && (sent.end === text.length || text[sent.end] === '\n')
  return words.length >= 4 ? caps >= 0.7 : ownLine && caps >= 0.5
}

function matchPhrase(w: readonly string[], i: number): { length: number; code: string } | undefined {
  for (const p of PHRASE_CUES) {
    if (!p.slots[0]!.includes(w[i]!)) continue
    let ok = true
    for (let k = 1; k < p.slots.length && ok; k++) ok = p.slots[k]!.includes(w[i + k] ?? '')
    if (ok) return { length: p.slots.length, code: p.code }
  }
  return undefined
}

/** The event noun a light verb governs ("carried out a series of raids" → raids). */
function lightObject(w: readonly string[], pos: readonly string[], i: number): { end: number; code: string } | undefined {
  for (let k = i + 1; k < Math.min(w.length, i + 6); k++) {
    const two = NOUN_CUES.get(`${w[k]} ${w[k + 1] ?? ''}`)
    if (two) return { end: k + 2, code: two }
    const one = NOUN_CUES.get(w[k]!)
    if (one && (pos[k] === 'NOUN' || pos[k] === 'PROPN' || pos[k] === 'VERB')) return { end: k + 1, code: one }
    if (!(['DET', 'ADJ', 'NUM', 'ADP', 'PART'].includes(pos[k]!) || ['out', 'up', 'a', 'series', 'wave', 'of', 'new', 'fresh'].includes(w[k]!))) return undefined
  }
  return undefined
}

/** An occurrence seen from another sentence: the same mention, no token range in this one. */
function elsewhere(o: Occ): Occ {
  return o.from < 0 ? o : { m: o.m, from: -1, to: -1 }
}

/** Clause boundaries: complementisers, relatives, subordinators, coordinated verb phrases, strong punctuation. */
function splitClauses(w: readonly string[], pos: readonly string[], occAt: readonly number[]): Clause[] {
  const starts: Array<{ at: number; opener: string }> = [{ at: 0, opener: '' }]
  for (let i = 1; i < w.length; i++) {
    const x = w[i]!
    const next = pos[i + 1] ?? ''
    if (x === 'that' && pos[i] === 'DET' && (next === 'NOUN' || next === 'ADJ')) continue
    if (RELATIVES.has(x) || (SUBORDINATORS.has(x) && !(x === 'as' && pos[i] === 'ADP') && !(x === 'since' && pos[i] === 'ADP'))) {
      starts.push({ at: i, opener: x })
      continue
    }
    if ([';', ':', '—', '–', '(', ')', '“', '”', '"'].includes(x)) { starts.push({ at: i, opener: x }); continue }
    if (COORD.has(x) && occAt[i - 1]! < 0) {
      // VP coordination: "and promised aid", "and immediately began"
      let k = i + 1
      while (k < w.length && pos[k] === 'ADV') k++
      if (pos[k] === 'VERB' || pos[k] === 'AUX') { starts.push({ at: i, opener: x }); continue }
    }
    if (x === ',') {
      let k = i + 1
      if (COORD.has(w[k] ?? '')) continue // the conjunction opens it
      while (k < w.length && pos[k] === 'ADV') k++
      if (pos[k] === 'VERB' && /ing$/.test(w[k]!)) starts.push({ at: i, opener: ',' })
    }
  }
  const clauses: Clause[] = []
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!
    const end = starts[k + 1]?.at ?? w.length
    if (end <= s.at) continue
    // the frame verb: the last verb of the previous clause when this one is its complement
    let frame: string | undefined
    if (s.opener === 'that' || s.opener === '') {
      const prev = clauses[clauses.length - 1]
      if (prev) for (let i = prev.end - 1; i >= prev.start; i--) if (pos[i] === 'VERB') { frame = w[i]; break }
    }
    clauses.push(frame ? { start: s.at, end, opener: s.opener, frame } : { start: s.at, end, opener: s.opener })
  }
  return clauses
}

/** The reporting verb of a trailing ", X said/claimed/denied" and the comma that opens it. */
function trailingFrame(w: readonly string[], pos: readonly string[]): { verb: string; comma: number } | undefined {
  const comma = w.lastIndexOf(',')
  if (comma < 0 || w.length - comma > 14) return undefined
  for (let i = comma + 1; i < w.length; i++) {
    if (SPEECH_VERBS.has(w[i]!) || ['alleged', 'denied', 'accused', 'insisted', 'maintained'].includes(w[i]!)) return { verb: w[i]!, comma }
    if (pos[i] === 'VERB' && i > comma + 1) return undefined
  }
  return undefined
}

/** A count right before a mention ("four Hamas members"), looked up in the whole text. */
function countBefore(text: string, tokens: readonly Token[], m: Mention): number | undefined {
  // the first token at or after the mention (tokens are in text order: binary search, not a scan per event)
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (tokens[mid]!.start < m.start) lo = mid + 1
    else hi = mid
  }
  const idx = lo < tokens.length ? lo : -1
  if (idx < 0) return undefined
  const from = Math.max(0, idx - 3)
  const w = tokens.slice(from, idx).map((t) => text.slice(t.start, t.end).toLowerCase())
  return findCount(w, 0, w.length, w.length)?.value
}

