/**
 * Construction: a verb cue ("said", "told", "has denied") and its source and content, one function per
 * construction over a shared cue context: passives, participles, inverted ("said X"), relative ("who said"),
 * post-content ("…, X said"), parenthetical and pre-content ("X said (that) …").
 * @module
 */
import type { Span } from '../model/index.js'
import { quoteIndexAt } from './quotes.js'
import { closesQuote, isQuote, isTerminal, quoteAfter, quoteBefore, skipMarksBack, span, startsQuote, titleQuote, tokenRange, trimRange, type Tok } from './attribution-tokens.js'
import { type Attribution } from './attributions.js'
import { adverbialRest, asComplement, clauseFollows, fronted, leftContent, rightContent, trailingAdverbial } from './contents.js'
import { ADVERBIAL_ING, FINDERS, INVERTING, LEAD_STRIP, PARTICIPLE_CUE, PASSIVE_CLAUSE, PERCEPTION, QUANT, RAISING, RELATIVE, SUBORDINATORS, TELL, TIME_NOUNS, TIME_WORDS, TOPIC_PREPS, TO_CUES, TRAIL_SKIP } from './cue-words.js'
import { isPassive, speechCue, type CueMatch } from './cues.js'
import { appositiveBefore, controlledObject, coordinatedVerb, infinitiveSubject, invertedSourceEnd, leftSource, objectBeforeInfinitive, objectBeforeParticiple, relativeEnd, relativeHead, sentenceSubject, skipOpening, speakerLike, srcToksOk, verbListSubject, zeroRelative } from './sources.js'

/** What every construction of a verb cue reads: the cue, its sentence's tokens, and what lies right after the cue. */
export interface VerbCtx {
  readonly text: string
  readonly toks: readonly Tok[]
  readonly cue: CueMatch
  readonly si: number
  readonly leftLimit: number
  readonly nextCue: CueMatch | undefined
  readonly prevSource: Span | undefined
  readonly quotes: readonly Span[]
  readonly sentLimit: number
  readonly cueSpan: Span
  /** The cue's first word, lower case. */
  readonly head: string
  readonly before: Tok | undefined
  /** First token after the cue and its addressee ("told Breitbart Jerusalem"). */
  readonly r: number
  readonly via: Span | undefined
  /** First token after time and setting adverbials ("said on Tuesday in a statement"). */
  readonly rr: number
  /** Nothing is said after the cue: the content is before it. */
  readonly restEmpty: boolean
  readonly passive: boolean
  readonly byInCue: boolean
  /** Last token before the cue that is not a quote mark. */
  readonly qb: number
  readonly afterQuote: boolean
  readonly afterComma: boolean
}

/** A construction's answer: an attribution, STOP (the cue has none), or undefined (try the next construction). */
export const STOP = null

export type Found = Attribution | typeof STOP | undefined

/** Right side of a verb cue: the addressee of "told Y that", "claimed to Y". */
export function addressee(toks: readonly Tok[], cue: CueMatch): { r: number; via: Span | undefined } {
  let r = cue.j
  let via: Span | undefined
  if (TELL.has(cue.lemma) || (TO_CUES.has(cue.lemma) && toks[r]?.lw === 'to')) {
    let k = r
    if (toks[k]?.lw === 'to') k++
    const objStart = k
    while (k < toks.length && k - objStart < 8) {
      const t = toks[k]!
      if (t.qmark || t.quoted) break
      const objPron = k === objStart && /^(him|her|them|me|us|you|reporters)$/.test(t.lw)
      // "urged the Government of Iraq to …": a name's "of" phrase stays in the addressee
      if (t.lw === 'of' && k > objStart && toks[k - 1]!.pos === 'PROPN' && toks[k + 1]?.pos === 'PROPN') { k++; continue }
      if (!objPron && !(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.lw === "'s" || t.lw === '’s')) break
      if (t.lw === 'that' || t.lw === 'this') break
      // A determiner after a noun opens the content clause: "told The Washington Post the plan …".
      if (k > objStart && t.pos === 'DET' && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) break
      k++
      if (objPron) break
    }
    // "warned an avian flu pandemic could kill …": a noun phrase with its own verb after it is the content's subject
    if (k > objStart && !(toks[k]?.pos === 'AUX' || toks[k]?.pos === 'VERB' && !/ing$/.test(toks[k]!.lw))) {
      const obj = toks.slice(objStart, k)
      if (obj.some((t) => /^[A-Z]/.test(t.w)) && !obj.some((t) => t.pos === 'PRON')) via = span(toks, objStart, k)
      r = k
    }
  }
  return { r, via }
}

export function verbContext(text: string, toks: readonly Tok[], cue: CueMatch, si: number, leftLimit: number, nextCue: CueMatch | undefined, prevSource: Span | undefined, quotes: readonly Span[], sentLimit: number): VerbCtx {
  const cueSpan = span(toks, cue.i, cue.j)!
  const head = cue.key.split(' ')[0]!
  const before = toks[cue.i - 1]
  const { r, via } = addressee(toks, cue)
  // Time and setting adverbials right after the cue ("said on Tuesday", "said in a statement").
  let rr = r
  while (rr < toks.length && (TRAIL_SKIP.has(toks[rr]!.lw) || toks[rr]!.pos === 'ADV' && !toks[rr]!.quoted && !SUBORDINATORS.has(toks[rr]!.lw) && !/^(how|why|where|whether)$/.test(toks[rr]!.lw) || (toks[rr]!.pos === 'PROPN' && rr > r && (TRAIL_SKIP.has(toks[rr - 1]!.lw) || toks[rr - 1]!.pos === 'PROPN')) ||
    toks[rr]!.pos === 'NUM' && rr > r && /^(in|since|of)$/.test(toks[rr - 1]!.lw))) rr++
  const restEmpty = trailingAdverbial(toks, rr) || trailingAdverbial(toks, r) || rr >= toks.length || isTerminal(toks[rr]!) || toks[rr]!.w === ';' && !toks[rr]!.quoted && before?.w !== ',' ||
    (toks[rr]!.w === ',' && nextCue !== undefined && PARTICIPLE_CUE.test(nextCue.key.split(' ')[0]!) && nextCue.i <= rr + 2) ||
    (toks[rr]!.w === ',' && toks[rr + 1]?.pos === 'VERB' && /ing$/.test(toks[rr + 1]!.lw)) ||
    adverbialRest(toks, rr)

  // Passive: "Both blasts were claimed by the so-called Islamic State.", "Okafor’s resignation was first reported by Reuters."
  const passive = isPassive(toks, cue)
  const byInCue = passive && toks[cue.j - 1]!.lw === 'by'
  let qb = cue.i - 1
  while (qb >= 0 && toks[qb]!.qmark) qb--
  const afterQuote = qb < cue.i - 1 && qb >= 0 && (/^[,?!]$/.test(toks[qb]!.w) || closesQuote(quotes, toks[cue.i - 1]!))
  const afterComma = before !== undefined && (before.w === ',' || afterQuote)

  return { text, toks, cue, si, leftLimit, nextCue, prevSource, quotes, sentLimit, cueSpan, head, before, r, via, rr, restEmpty, passive, byInCue, qb, afterQuote, afterComma }
}

/** Passives: with an agent ("were claimed by the so-called Islamic State"), or none ("When the case was argued, …"). */
export function passiveAttribution(c: VerbCtx): Found {
  const { toks, cue, si, leftLimit, nextCue, cueSpan, r, passive, byInCue } = c
  if (passive && (toks[r]?.lw === 'by' || byInCue)) {
    const rb = byInCue ? cue.j - 1 : r
    let k = rb + 1
    while (k < toks.length && toks[k]!.w !== ',' && !isTerminal(toks[k]!) && !toks[k]!.qmark && !(toks[k]!.pos === 'VERB' && k > rb + 1) && !(k > rb + 1 && PASSIVE_CLAUSE.has(toks[k]!.lw))) k++
    const source = span(toks, rb + 1, k)
    // "was asked by host Maria Lopez whether …": the clause after the agent is what was said.
    if (source && (PASSIVE_CLAUSE.has(toks[k]?.lw ?? '') || toks[k]?.qmark)) {
      const content = rightContent(toks, k, nextCue, true)
      if (content) return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, k), pattern: 'pre', sentence: si }
    }
    const subj = leftSource(toks, cue.i, leftLimit)
    const content = subj ? span(toks, subj.start, subj.end) : undefined
    if (source && content) return { cue: cueSpan, source, content: [content], quote: false, pattern: 'pre', sentence: si }
  }
  // "When the Haddad case was argued in March, …": a passive with no agent and no reported clause is about its subject.
  if (passive && !byInCue && toks[r]?.lw !== 'by') {
    let k = r
    while (k < toks.length && (toks[k]!.pos === 'ADV' || toks[k]!.w === ',') && !toks[k]!.quoted) k++
    if (!(clauseFollows(toks, k) || startsQuote(toks, r) || toks[k]?.lw === 'to' || toks[k]?.w === ':')) {
      const subj = leftSource(toks, cue.i, leftLimit)
      const st = subj ? toks.slice(subj.start, subj.end) : []
      const content = subj && !(st.length === 1 && /^(it|there|this|that|he|she|they|i|we|you|who|which)$/.test(st[0]!.lw)) && st.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? span(toks, subj.start, subj.end) : undefined
      if (content) return { cue: cueSpan, content: [content], quote: false, pattern: 'pre', sentence: si }
    }
  }
  return undefined
}

/** Participles: "while acknowledging that …" (adverbial), "…, adding that …" (continuing the clause's speaker). */
export function participleAttribution(c: VerbCtx): Found {
  const { toks, cue, si, nextCue, prevSource, cueSpan, head, before, r, via } = c
  // "while acknowledging that …", "by saying …", "After saying he was nervous, the man …": a participle in an adverbial phrase speaks for the main clause's subject.
  if (PARTICIPLE_CUE.test(head) && before && (ADVERBIAL_ING.has(before.lw) || before.lw === 'to' && /^(addition|prior|response|opposed|contrast)$/.test(toks[cue.i - 2]?.lw ?? '')) && !before.quoted) {
    const a = adverbialParticiple(toks, cue, r, si, nextCue, prevSource, head)
    if (a) return via ? { ...a, via } : a
  }
  // Participle continuing the clause's speaker: "…, adding that …".
  // "…,” adding, “…”": a comma inside the closing quote counts too.
  const commaBefore = before?.w === ',' || before?.qmark === true && !before.quoted && toks[cue.i - 2]?.w === ','
  const ps = prevSource ?? (PARTICIPLE_CUE.test(head) && commaBefore ? ((x) => x ? span(toks, x[0], x[1]) : undefined)(sentenceSubject(toks, cue.i)) : undefined)
  if (PARTICIPLE_CUE.test(head) && commaBefore && ps) {
    const content = rightContent(toks, r, nextCue, speechCue(head))
    if (!content || !speakerLike(toks, ps)) return STOP
    return { cue: cueSpan, source: ps, content: [content], quote: startsQuote(toks, r), pattern: 'participle', sentence: si, ...(via ? { via } : {}) }
  }

  return undefined
}

export function invertedAttribution(c: VerbCtx): Found {
  const { text, toks, cue, si, leftLimit, nextCue, quotes, sentLimit, cueSpan, head, restEmpty, qb, afterQuote, afterComma } = c
  // Inverted: "“…,” said Smith, a spokesman." — but not "Smith, a spokesman, said …".
  if (afterComma && !restEmpty && (afterQuote || INVERTING.has(head) && !appositiveBefore(toks, cue.i, leftLimit))) {
    const srcEnd = invertedSourceEnd(toks, cue.j, nextCue)
    if (srcEnd > cue.j) {
      const [ss, se] = trimRange(toks, cue.j, srcEnd)
      const source = span(toks, ss, se)
      // "…, a region that the rebels hoped to hold, the fighting will be long, said Omar Haddad.": closing the sentence, it holds the cues before it.
      const closes = speechCue(head) && (srcEnd >= toks.length || isTerminal(toks[srcEnd]!) || toks[srcEnd]!.w === ',' && toks[srcEnd + 1]?.pos === 'VERB' && /ing$/.test(toks[srcEnd + 1]!.lw))
      const content = leftContent(toks, afterQuote ? qb + 1 : cue.i - 1, closes ? Math.min(leftLimit, sentLimit) : leftLimit, quotes)
      // "“A,” said the Florida senator, “B.”" — the quote resumes after the source.
      const parts: Span[] = content ? [content] : []
      if (toks[srcEnd]?.w === ',' && toks[srcEnd + 1]?.qmark) {
        const qi = quoteIndexAt(quotes, toks[srcEnd + 1]!.start)
        if (qi >= 0 && quotes[qi]!.start === toks[srcEnd + 1]!.start) parts.push({ start: quotes[qi]!.start, end: quotes[qi]!.end })
      }
      if (source && content) return { cue: cueSpan, source, content: parts, quote: isQuote(text, content), pattern: 'inverted', sentence: si }
    }
  }

  return undefined
}

export function relativeAttribution(c: VerbCtx): Found {
  const { toks, cue, si, nextCue, cueSpan, head, before, r, via } = c
  // "…, a Republican who has not endorsed …": the relative pronoun is the source.
  if (before && RELATIVE.has(before.lw) && before.lw !== 'whose' && !isPassive(toks, cue) && !cue.key.split(' ').some((w) => RAISING.has(w))) {
    // "the unions who wrote to him on Monday say …": an adverbial is not what was said.
    if (toks[r]?.pos === 'ADP' && toks[r]!.lw !== 'that' || adverbialRest(toks, r)) return STOP
    const content = relativeEnd(toks, r, rightContent(toks, r, nextCue, speechCue(head)))
    const source = span(toks, cue.i - 1, cue.i)
    if (content && source) return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, r), pattern: 'pre', sentence: si, ...(via ? { via } : {}) }
  }
  return undefined
}

export interface CueSource {
  readonly src: { start: number; end: number; segStart: number } | undefined
  readonly embedded: boolean
}

/** The cue's subject: a coordinated verb's first subject, a controlled object, the words before the cue. */
export function cueSource(c: VerbCtx): CueSource {
  const { toks, cue, leftLimit, prevSource, head, before } = c
  // "forced the candidates to admit …": the object speaks.
  const controlled = before?.lw === 'to' && before.pos === 'PART' ? controlledObject(toks, cue.i - 1, leftLimit) : undefined
  const coordinated = !controlled && (before !== undefined && (before.lw === 'and' || before.lw === 'but' || before.lw === 'to' && before.pos === 'PART') || coordinatedVerb(toks, cue.i, leftLimit))
  // "he said …, and then predicted": the second verb shares the first cue's source.
  const subj = coordinated ? (infinitiveSubject(toks, cue.i, leftLimit) ?? relativeHead(toks, cue.i) ?? tokenRange(toks, prevSource, cue.i) ?? sentenceSubject(toks, cue.i)) : undefined
  const src0 = subj ? { start: subj[0], end: subj[1], segStart: cue.i } : controlled ?? objectBeforeParticiple(toks, cue, head, leftLimit) ?? objectBeforeInfinitive(toks, cue, leftLimit) ?? leftSource(toks, cue.i, leftLimit)
  const src1 = src0 && !subj && !controlled ? verbListSubject(toks, cue, src0, head, leftLimit) ?? src0 : src0
  // "Trump issued the following statement:": a noun cue's determiners are not its source; the verb's subject is.
  const src2 = src1 && toks[cue.i]!.pos === 'NOUN' && src1.end === cue.i && toks.slice(src1.start, src1.end).every((t) => /^(DET|ADJ|NUM|VERB)$/.test(t.pos) && /^\p{Ll}/u.test(t.w)) &&
    toks[src1.start - 1]?.pos === 'VERB' ? leftSource(toks, src1.start - 1, leftLimit) ?? src1 : src1
  // "the elite he rails against", "the kind of shift the party warned about": the cue is in a clause that
  // describes the noun before its subject; that subject speaks, and nothing before the noun is what was said.
  const zr = src2 && !subj && !controlled ? zeroRelative(toks, src2.start, src2.end) : -1
  const src = zr > 0 ? { start: zr, end: src2!.end, segStart: zr } : src2
  // "“reform,” which he described as …": a relative clause says nothing about the words before its comma.
  const embedded = zr > 0 || src !== undefined && /^(which|whom)$/.test(toks[src.segStart]?.lw ?? '')
  return { src, embedded }
}

/** Post-content: "“…,” he said at a forum", "…, Smith said.", and the parenthetical "The plan, he said, is dead." */
export function postAttribution(c: VerbCtx, { src, embedded }: CueSource): Found {
  const { text, toks, si, leftLimit, nextCue, quotes, sentLimit, cueSpan, head, r, via, rr, restEmpty } = c
  // "“…,” he said in Las Vegas at a forum hosted by …": a quote closed by a comma right before the source is the content.
  if (src && !restEmpty && !((toks[r]?.w === ',' || toks[r]?.w === ':') && startsQuote(toks, r)) && toks[src.segStart - 1]?.qmark && /[,?!]/.test(toks[skipMarksBack(toks, src.segStart - 1)]?.w ?? '')) {
    const content = leftContent(toks, src.segStart, leftLimit, quotes)
    const source = span(toks, src.start, src.end)
    if (content && source && isQuote(text, content) && !titleQuote(toks, content)) return { cue: cueSpan, source, content: [content], quote: true, pattern: 'post', sentence: si, ...(via ? { via } : {}) }
  }
  // Post-content: "…, Smith said." — content ends at the comma before the source.
  if (restEmpty && src && !embedded) {
    let k = src.segStart - 1
    while (k >= leftLimit && toks[k]!.pos === 'PUNCT' && !toks[k]!.qmark && toks[k]!.w !== ',') k--
    if (k < leftLimit && leftLimit === 0 && srcToksOk(toks, src)) {
      // "“…?” / Rubio said." — the quote closed the sentence before.
      const q = quoteBefore(text, quotes, toks[0]!.start)
      const source = span(toks, src.start, src.end)
      if (q && source) return { cue: cueSpan, source, content: [q], quote: true, pattern: 'post', sentence: si, ...(via ? { via } : {}) }
    }
    if (k >= leftLimit && (toks[k]!.w === ',' || toks[k]!.qmark)) {
      // "He and his wife had just welcomed a baby, his brother added.": the content holds the cues before it.
      // "…, the spokesman said, adding that …" closes the clause too.
      const participleNext = toks[rr]?.w === ',' && toks[rr + 1]?.pos === 'VERB' && /ing$/.test(toks[rr + 1]!.lw)
      const closing = speechCue(head) && (rr >= toks.length || isTerminal(toks[rr]!) || participleNext) && toks[k]!.w === ','
      const lim = closing ? Math.min(leftLimit, sentLimit) : leftLimit
      const content0 = leftContent(toks, toks[k]!.qmark ? k + 1 : k, lim, quotes)
      // "Carter discussed how he had placed a note in a “burn bag,” the Times reported.": a quote that ends the clause
      // is only the end of what was reported when the clause runs on before it.
      const closingQuote = speechCue(head) && (rr >= toks.length || isTerminal(toks[rr]!)) && toks[k]!.qmark && toks[skipMarksBack(toks, k)]?.w === ','
      const qs = content0 && closingQuote && isQuote(text, content0) ? toks.findIndex((t) => t.start >= content0.start) : -1
      const lead = qs > lim && toks[qs - 1]?.w !== ':' ? trimRange(toks, Math.min(lim, sentLimit), qs) : undefined
      const content = lead && lead[1] > lead[0] && toks.slice(lead[0], lead[1]).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !t.quoted) ? { start: toks[lead[0]]!.start, end: content0!.end } : content0
      const source = span(toks, src.start, src.end)
      // "In a subsequent interview with The Times, she joked about …": an opening phrase with no verb is not what was said.
      const inner = content ? toks.filter((t) => t.start >= content.start && t.end <= content.end) : []
      const phrase = content && !isQuote(text, content) && inner.length > 0 && !inner.some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
        (!closing || /^(ADP|SCONJ)$/.test(inner[0]!.pos))
      if (content && source && !phrase) return { cue: cueSpan, source, content: [content], quote: isQuote(text, content), pattern: 'post', sentence: si, ...(via ? { via } : {}) }
    }
  }
  // Parenthetical: "The argument, he said, would be aided by …".
  if (src && !embedded && !restEmpty && toks[rr]?.w === ',' && !startsQuote(toks, rr) && src.segStart > leftLimit + 2 && toks[src.segStart - 1]?.w === ',' &&
      !(toks[leftLimit]!.pos === 'VERB' || toks[leftLimit]!.pos === 'ADP' || toks[leftLimit]!.pos === 'SCONJ')) {
    const left = leftContent(toks, src.segStart - 1, leftLimit, quotes)
    const right = rightContent(toks, rr + 1, nextCue, speechCue(head))
    const source = span(toks, src.start, src.end)
    if (left && right && source) return { cue: cueSpan, source, content: [left, right], quote: false, pattern: 'post', sentence: si }
  }
  return undefined
}

/** Pre-content: "Smith said (that) …", "told X that …", "Cruz continued:" + the quote that follows. */
export function preAttribution(c: VerbCtx, { src }: CueSource): Attribution | undefined {
  const { text, toks, cue, si, leftLimit, nextCue, quotes, cueSpan, head, r, via, passive } = c
  // Pre-content: "Smith said (that) …".
  let cr = r
  while (cr < toks.length && (toks[cr]!.w === ',' || toks[cr]!.w === ':' || TIME_WORDS.has(toks[cr]!.lw) && toks[cr + 1] !== undefined && !isTerminal(toks[cr + 1]!))) cr++
  // "said on Friday he met …": a time phrase, then the reported clause.
  if (speechCue(head) && /^(on|last|this|late|early)$/.test(toks[cr]?.lw ?? '')) {
    let k = cr + 1
    while (k < toks.length && k - cr <= 3 && (TIME_NOUNS.has(toks[k]!.lw) || toks[k]!.pos === 'NUM' || toks[k]!.lw === ',')) k++
    if (k > cr + 1 && k < toks.length && /^(PRON|PROPN|DET|NOUN|NUM)$/.test(toks[k]!.pos) && !isTerminal(toks[k]!)) {
      while (toks[k]?.w === ',') k++
      cr = k
    }
  }
  // "argued for a new inquiry", "warned of the risks", "complained about the delays": the preposition belongs to the cue, its object is the content.
  const topic = TOPIC_PREPS.get(toks[r]?.lw ?? '')
  if (topic && r === cue.j && topic.test(toks[cue.j - 1]!.lw) && src && !toks[r]!.quoted) {
    const content = rightContent(toks, r + 1, nextCue, false)
    const source = span(toks, src.start, src.end)
    if (content && source && !passive) return { cue: span(toks, cue.i, r + 1)!, source, content: [content], quote: false, pattern: 'pre', sentence: si, ...(via ? { via } : {}) }
  }
  // An adverbial is not content: "said in an interview that …" starts at "that"; "said in 2011" says nothing here.
  // "said about half of …", "said around 40 percent …": an approximation opens the clause.
  const approx = /^(about|around|over|under|nearly|roughly)$/.test(toks[cr]?.lw ?? '') && (toks[cr + 1]?.pos === 'NUM' || /^(half|a|one|two|three|a third|a quarter)$/.test(toks[cr + 1]?.lw ?? ''))
  if (toks[cr]?.pos === 'ADP' && !approx && !/^(that|whether|if)$/.test(toks[cr]!.lw) && !(toks[cr]!.lw === 'at' && /^(least|most)$/.test(toks[cr + 1]?.lw ?? '')) && speechCue(head)) {
    let k = cr
    // "told the BBC before he spoke to the committee that …": a subordinate clause may hold a verb.
    const sub = SUBORDINATORS.has(toks[cr]!.lw) && toks[cr]!.lw !== 'as'
    // "told The Daily Star of Beirut last week she would …": a subject pronoun after the phrase opens the clause.
    let pron = -1
    while (k < toks.length && k - cr < 20 && toks[k]!.lw !== 'that' && !toks[k]!.qmark && (sub ? !isTerminal(toks[k]!) && toks[k]!.w !== ',' : toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX' && !isTerminal(toks[k]!))) {
      if (!sub && k > cr + 1 && pron < 0 && /^(he|she|they|we|i|it|there|you)$/.test(toks[k]!.lw) && /^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? '') && !toks.slice(cr, k).some((t) => t.w === ',')) pron = k
      k++
    }
    if (toks[k]?.lw === 'that' || toks[k]?.qmark) cr = k
    else if (pron > 0) cr = pron
    else return undefined
  }
  // "Cruz continued:" / "released the following statement:" closing the paragraph: the quote that follows is the content.
  const lastTok = toks[toks.length - 1]!
  const following = lastTok.w === ':' && !lastTok.quoted && (nextCue === undefined || nextCue.i >= toks.length - 1) ? quoteAfter(text, quotes, lastTok.end) : undefined
  // "found it right before …", "find much better jobs": finding and seeing report only a clause — except for studies and polls ("a Reuters poll found broad support").
  if (!following && PERCEPTION.has(toks[cue.j - 1]!.lw) && !clauseFollows(toks, cr) && !asComplement(toks, cr) && !(src && toks.slice(src.start, src.end).some((t) => FINDERS.test(t.lw)))) return undefined
  const content = following ?? fronted(toks, cue.i, cr, rightContent(toks, cr, nextCue, speechCue(head)))
  if (!content) return undefined
  const srcToks = src ? toks.slice(src.start, src.end) : []
  if (srcToks.length > 0 && (/^(ADP|DET|CCONJ|SCONJ|PART|AUX)$/.test(srcToks[srcToks.length - 1]!.pos) && !/^['’]s$/.test(srcToks[srcToks.length - 1]!.w) && !QUANT.has(srcToks[srcToks.length - 1]!.lw) || srcToks.every((t) => /^(ADP|DET|CCONJ|SCONJ|PART|ADV|AUX|PUNCT)$/.test(t.pos) && !/^\p{Lu}/u.test(t.w) && !QUANT.has(t.lw)))) return undefined
  // "It appears …", "He was asked …": no one is the source.
  const expletive = srcToks.length === 1 && /^(it|there)$/.test(srcToks[0]!.lw) && /^(appears?|appeared|seems?|seemed|is|was|looks?|looked|sounds?|sounded|remains?|remained|clear|unclear|likely|unlikely|possible|certain)$/.test(toks[cue.i]!.lw)
  // "The plan seems to …", "Trump appeared to …": the subject is what the claim is about, not who makes it.
  const raising = cue.key.split(' ').some((w) => RAISING.has(w))
  const source = src && !passive && !expletive && !raising && srcToks.some((t) => t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'PUNCT' || QUANT.has(t.lw)) ? span(toks, src.start, src.end) : undefined
  // (a passive speaks for no one named: "Clinton has been asked to release …")
  const cueWords = toks.slice(cue.i, cue.j).map((t) => t.lw).join(' ')
  if (!source && !raising && !passive && !/^(is|was|are|were|has been|have been|had been|be|been)\b/.test(cueWords)) return undefined
  // “A,” he continued, “B.” — the quote before the attribution is content too.
  const parts: Span[] = [content]
  // (A quote that closed the sentence before is not: "Mr. Karim said: “…”" speaks the quote after it.)
  if (src && startsQuote(toks, cr)) {
    const k = src.segStart - 1
    // (“A,” he continued, “B.” — not “A.” He said: “B.”, where A is someone else's or the sentence before)
    if (k >= leftLimit && (toks[k]!.w === ',' || toks[k]!.qmark && /^[,?!]$/.test(toks[skipMarksBack(toks, k)]?.w ?? ''))) {
      const left = leftContent(toks, toks[k]!.qmark ? k + 1 : k, leftLimit, quotes)
      if (left && isQuote(text, left)) parts.unshift(left)
    }
  }
  return { cue: cueSpan, ...(source ? { source } : {}), content: parts, quote: startsQuote(toks, r), pattern: 'pre', sentence: si, ...(via ? { via } : {}) }
}

export function verbAttribution(text: string, toks: readonly Tok[], cue: CueMatch, si: number, leftLimit: number, nextCue: CueMatch | undefined, prevSource: Span | undefined, quotes: readonly Span[], sentLimit = 0): Attribution | undefined {
  const c = verbContext(text, toks, cue, si, leftLimit, nextCue, prevSource, quotes, sentLimit)
  for (const construction of [passiveAttribution, participleAttribution, invertedAttribution, relativeAttribution]) {
    const found = construction(c)
    if (found !== undefined) return found ?? undefined
  }
  const s = cueSource(c)
  const post = postAttribution(c, s)
  if (post !== undefined) return post ?? undefined
  return preAttribution(c, s)
}

/**
 * "She vowed to win, while acknowledging that this will be hard", "After saying he was nervous, the man ended up …":
 * the participle after a preposition or subordinator has the main clause's subject as its speaker — the subject
 * after the phrase when the phrase opens the sentence, else the sentence's subject (or the previous cue's source).
 */
export function adverbialParticiple(toks: readonly Tok[], cue: CueMatch, r: number, si: number, nextCue: CueMatch | undefined, prevSource: Span | undefined, head: string): Attribution | undefined {
  const pi = cue.i - 1
  let lead = 0
  while (lead < pi && (LEAD_STRIP.has(toks[lead]!.lw) && !ADVERBIAL_ING.has(toks[lead]!.lw) || toks[lead]!.pos === 'PUNCT' && !toks[lead]!.qmark)) lead++
  const cueSpan = span(toks, cue.i, cue.j)!
  // "One week after announcing …, the senator …", "In addition to stating …, the spokesman …": nothing before the phrase but its own words
  // ("Sunday, on the BBC’s “World Update,” while commenting …, Haddad said": only opening phrases before it)
  if (lead === pi || toks.slice(lead, pi).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON' && t.w !== ',' && !t.qmark) || skipOpening(toks, 0, pi) === pi) {
    // fronted: the subject follows the phrase's comma
    for (let k = r; k < toks.length; k++) {
      const t = toks[k]!
      if (t.quoted || t.qmark || isTerminal(t) || t.w === ';') return undefined
      if (t.w !== ',') continue
      let e = k + 1
      while (e < toks.length && e - k <= 9 && !/^(VERB|AUX)$/.test(toks[e]!.pos) && toks[e]!.w !== ',' && !toks[e]!.qmark) e++
      if (!/^(VERB|AUX)$/.test(toks[e]?.pos ?? '') || e === k + 1) continue
      const [ss, se0] = trimRange(toks, k + 1, e)
      // "the senator still believes": an adverb before the verb is not part of the subject
      let se = se0
      while (se > ss + 1 && toks[se - 1]!.pos === 'ADV' && !QUANT.has(toks[se - 1]!.lw)) se--
      const subj = toks.slice(ss, se)
      if (subj.length === 0 || subj[0]!.pos === 'ADP' || subj[0]!.pos === 'SCONJ' || subj.some((x) => RELATIVE.has(x.lw)) || !subj.some((x) => x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'NOUN')) continue
      const [ca, cb] = trimRange(toks, r, k)
      const content = span(toks, ca, cb)
      const source = span(toks, ss, se)
      if (!content || !source) return undefined
      return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, r), pattern: 'participle', sentence: si }
    }
    return undefined
  }
  const subj = prevSource ? undefined : sentenceSubject(toks, pi)
  const source = prevSource ?? (subj ? span(toks, subj[0], subj[1]) : undefined)
  if (!source || source.end > toks[pi]!.start || !speakerLike(toks, source)) return undefined
  const content = rightContent(toks, r, nextCue, speechCue(head))
  if (!content) return undefined
  return { cue: cueSpan, source, content: [content], quote: startsQuote(toks, r), pattern: 'participle', sentence: si }
}
