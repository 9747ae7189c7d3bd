/**
 * Sources by word patterns: the subject before a cue with its comma-set descriptions ("Woodrow Benford, 58,
 * who lives …, says"), after an inverted cue ("said Smith, a spokesman"), of a coordinated or controlled verb,
 * and the checks that keep asides and relative clauses out. doc.syntax refines these (syntax-sources.ts).
 * @module
 */
import type { Span } from '../model/index.js'
import { isTerminal, skipMarksBack, span, trimRange, type Tok } from './attribution-tokens.js'
import { fronted } from './contents.js'
import { ASIDE_PREP, CARRIERS, CUE_PREFIX, DASHES, FRONTING, HARD_LEFT, LEAD_STRIP, OBJECT_CONTROL, PARTICIPLE_CUE, POSS_MARK, QUANT, RELATIVE, STOP_CHAIN, TIME_NOUNS, TIME_WORDS } from './cue-words.js'
import { type CueMatch } from './cues.js'

/** Find the subject to the left of a cue: from the nearest hard boundary, with appositives. */
export function leftSource(toks: readonly Tok[], cueI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  const src = leftSourceRaw(toks, cueI, leftLimit)
  if (!src) return src
  // "Sanders on Saturday criticized", "Trump last week said": a time phrase after the subject is not part of it.
  let e = src.end
  while (e > src.start && (TIME_NOUNS.has(toks[e - 1]!.lw) || TIME_WORDS.has(toks[e - 1]!.lw) || /^(on|last|this|next|early|late)$/.test(toks[e - 1]!.lw))) e--
  // "A Bloomberg poll in June showed": the preposition of the time phrase goes with it.
  if (e < src.end && e > src.start + 1 && /^(in|during|since|from|until)$/.test(toks[e - 1]!.lw)) e--
  if (e === src.end) return src
  if (e > src.start) return { ...src, end: e }
  // only a time phrase: the subject is before it
  const before = leftSourceRaw(toks, src.start, leftLimit)
  return before && before.end <= src.start ? before : src
}

export function leftSourceRaw(toks: readonly Tok[], cueI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  const apo = appositiveChain(toks, cueI, leftLimit)
  if (apo) return apo
  // "Many speakers — including Muslims and Jews — said": the subject is before the dashed aside.
  if (DASHES.has(toks[cueI - 1]?.w ?? '')) {
    let k = cueI - 2
    while (k > leftLimit && !DASHES.has(toks[k]!.w) && !isTerminal(toks[k]!) && !toks[k]!.qmark) k--
    if (k > leftLimit && k < cueI - 2 && DASHES.has(toks[k]!.w)) {
      const inner = leftSourceRaw(toks, k, leftLimit)
      if (inner) return { start: inner.start, end: cueI - 1, segStart: inner.segStart }
    }
  }
  let b = cueI
  while (b > leftLimit) {
    const t = toks[b - 1]!
    // "Sen. Bernie Sanders (I-Vt.) on Saturday": a period inside parentheses does not end the clause.
    if (t.quoted || t.qmark || HARD_LEFT.has(t.lw) || isTerminal(t) && toks[b]?.w !== ')') break
    b--
  }
  // Comma segments, nearest first.
  const segs: Array<[number, number]> = []
  let end = cueI
  for (let k = cueI - 1; k >= b; k--) {
    if (toks[k]!.w === ',') { segs.push([k + 1, end]); end = k }
  }
  segs.push([b, end])
  const seg0 = segs[0]!
  // "Murphy, though, said", "Huckabee, for his part, is labeling": a discourse adverb or an aside alone is not the subject.
  const aside = seg0[1] > seg0[0] && (toks.slice(seg0[0], seg0[1]).every((t) => (t.pos === 'ADV' || LEAD_STRIP.has(t.lw)) && !/^\p{Lu}/u.test(t.w)) ||
    interjectedPhrase(toks, seg0[0], seg0[1]) && !PARTICIPLE_CUE.test(toks[cueI]!.lw))
  if (aside && segs[1]) {
    segs.shift()
    segs[0] = [segs[0]![0], segs[0]![1]]
    const s1 = segs[0]!
    if (s1[1] > s1[0] && s1[1] - s1[0] <= 8) {
      const [s, e] = clauseSubject(toks, s1[0], s1[1])
      if (e > s) return { start: s, end: e, segStart: s1[0] }
    }
  }
  if (seg0[1] > seg0[0]) {
    const [s, e] = clauseSubject(toks, seg0[0], seg0[1])
    if (e <= s) return undefined
    // "Mark Mellman, a Democratic pollster who … said": include a name before an appositive.
    const first = toks[s]!
    const seg1 = segs[1]
    // Not a time or place phrase: "even on Friday morning, the ministry was refusing".
    if (seg1 && /^(a|an|the)$/.test(first.lw) && !/^(ADP|SCONJ)$/.test(toks[seg0[0]]!.pos) && seg1[1] > seg1[0] && seg1[1] - seg1[0] <= 6 && !/^(ADP|ADV|SCONJ)$/.test(toks[seg1[0]]!.pos) && !TIME_NOUNS.has(toks[seg1[1] - 1]!.lw) &&
      !toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'ADP' || t.pos === 'PART') && toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'PROPN') && !toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const [ns] = clauseSubject(toks, seg1[0], seg1[1])
      return { start: ns, end: e, segStart: seg1[0] }
    }
    return { start: s, end: e, segStart: seg0[0] }
  }
  // Cue right after a comma: "Name, appositive, said" or "Name (R-SC), said".
  const seg1 = segs[1]
  const seg2 = segs[2]
  if (!seg1 || seg1[1] <= seg1[0]) return undefined
  const f = toks[seg1[0]]!
  const appositive = /^(a|an|the|who|now|one|former|then|whose|himself|herself)$/.test(f.lw) || (f.pos !== 'PROPN' && /^[a-z]/.test(f.w))
  if (appositive && seg2 && seg2[1] > seg2[0] && seg2[1] - seg2[0] <= 8) {
    const [ns] = clauseSubject(toks, seg2[0], seg2[1])
    return { start: ns, end: seg1[1], segStart: seg2[0] }
  }
  if (seg1[1] - seg1[0] <= 8 && toks.slice(seg1[0], seg1[1]).some((t) => t.pos === 'PROPN' || t.pos === 'PRON')) {
    const [s, e] = clauseSubject(toks, seg1[0], seg1[1])
    return { start: s, end: e, segStart: seg1[0] }
  }
  // "Sanders, a senator from Vermont and self-described socialist, said", "Slinker, whose start-up, Paradata, uses …, said":
  // a long description between commas; the clause opens with the name it describes.
  const first = segs[segs.length - 1]!
  if (segs.length >= 3 && first[0] === b && first[1] - first[0] <= 6 && first[1] > first[0]) {
    const name = toks.slice(first[0], first[1])
    if (!name.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.qmark || t.pos === 'ADP' && t !== name[0]) && name.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' && !/^(it|this|that)$/.test(t.lw))) {
      const [s, e] = clauseSubject(toks, first[0], first[1])
      if (e > s) return { start: s, end: cueI - 1, segStart: first[0] }
    }
  }
  return undefined
}

/**
 * "Amal Haddad, 61, who farms outside Nablus, says", "John Archer, wearing a T-shirt that …, said",
 * "Sexton, after previous rallies, wrote": a name, then up to three comma-set descriptions, then the cue.
 * The source runs from the name to the last description.
 */
export function appositiveChain(toks: readonly Tok[], cueI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (toks[cueI - 1]?.w !== ',') return undefined
  const segs: Array<[number, number]> = []
  let end = cueI - 1
  let k = end - 1
  for (; k >= leftLimit && segs.length < 6; k--) {
    const t = toks[k]!
    if (isTerminal(t) && !t.quoted || STOP_CHAIN.has(t.w)) break
    // a quoted title inside a description ("who is promoting his book, “Sin Miedo” (Without Fear),") is part of it
    // (a quote closing right before the name ends the chain: "“…,” Jeff Lowe, Aras' campaign manager, said")
    if (t.qmark && !t.quoted && segs.length > 0 && /^[,?!]$/.test(toks[skipMarksBack(toks, k)]?.w ?? '')) break
    if (t.quoted || t.qmark) { if (segs.length === 0 && end - k > 12) break; continue }
    if (t.w === ',') { segs.push([k + 1, end]); end = k }
  }
  if (segs.length < 6) segs.push([k + 1, end])
  const described = (a: number, b: number) => {
    const f = toks[a]
    // ("Aras' campaign manager", "the mayor's former chief of staff": a possessive before a title describes too)
    const possessive = b - a <= 8 && toks.slice(a, b - 1).some((t, k) => (POSS_MARK.has(t.w) || t.w === "'") && /^\p{Ll}/u.test(toks[a + k + 1]!.w)) && toks[b - 1]!.pos === 'NOUN'
    return f !== undefined && b > a && (f.pos === 'NUM' || RELATIVE.has(f.lw) || /^\p{Ll}/u.test(f.w) && f.pos !== 'PRON' || f.qmark && toks[b - 1]!.w === ')' || possessive)
  }
  // The nearest segment must be a description, not the name itself ("Cory James, 22, of Flint, Mich., said": a state after a place continues one).
  const stateAfterPlace = (m: number) => {
    const [a, b] = segs[m]!
    const outer = segs[m + 1]
    return b - a <= 2 && toks.slice(a, b).every((t) => t.pos === 'PROPN' || t.w === '.') && outer !== undefined && outer[1] > outer[0] && toks[outer[1] - 1]!.pos === 'PROPN' && described(outer[0], outer[1])
  }
  if (!described(...segs[0]!) && !stateAfterPlace(0)) return undefined
  for (let m = 1; m < segs.length; m++) {
    const [a, b] = segs[m]!
    if (described(a, b)) continue
    // "who lost her daughter in Aurora, Colorado, in July 2012,": a state after a place continues the description.
    if (stateAfterPlace(m)) continue
    const name = toks.slice(a, b)
    if (name.length === 0 || name.length > 8 || name.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.qmark)) return undefined
    if (!name.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || /^\p{Lu}/u.test(t.w) && t !== name[0])) return undefined
    const [s] = clauseSubject(toks, a, b)
    // "Mr. Trump, in an interview on Friday, said": a prepositional aside next to the cue says when or where, not who.
    let d = 0
    while (d < m && ASIDE_PREP.has(toks[segs[d]![0]]!.lw)) d++
    return { start: s, end: segs[d]![1], segStart: a }
  }
  return undefined
}

/** A source that is a noun phrase (not just function words). */
export function srcToksOk(toks: readonly Tok[], src: { start: number; end: number }): boolean {
  const st = toks.slice(src.start, src.end)
  return st.length > 0 && st.length <= 12 && st.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN' || /^\p{Lu}/u.test(t.w))
}

/** Is the cue at token i inside a relative clause ("who on Tuesday endorsed …")? */
export function inRelativeClause(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = toks[k]!
    if (RELATIVE.has(t.lw)) return true
    if (t.w === ',' || t.qmark || t.pos === 'VERB') return false
  }
  return false
}

/**
 * Is the cue at token i inside a comma-set aside that ends before the cue at `next`: a relative clause
 * ("Bob Corker, who has met with Mr. Trump and been mentioned as …, said") or a participle phrase
 * ("John Archer, wearing a T-shirt covered in buttons, said")?
 */
export function inAside(toks: readonly Tok[], i: number, next: number): boolean {
  if (!toks.slice(i + 1, next).some((t) => t.w === ',' && !t.quoted)) return false
  for (let k = i - 1; k >= 0 && i - k <= 15; k--) {
    const t = toks[k]!
    if (t.qmark || isTerminal(t) || t.w === ';') return false
    if (RELATIVE.has(t.lw) && toks[k - 1]?.w === ',') return true
    if (t.w === ',') {
      const f = toks[k + 1]!
      // (or a prepositional aside: "Priebus, in the wake of a poll showing …, told Fox News")
      return (f.pos === 'VERB' && /(ing|ed)$/.test(f.lw) || ASIDE_PREP.has(f.lw) && f.pos === 'ADP') && k > 0 && /^(PROPN|NOUN)$/.test(toks[k - 1]!.pos)
    }
  }
  return false
}

/**
 * "Barkley, who said he typically votes Democratic, said …", "Trump - who previously said he would … - said …":
 * a relative clause's content ends where the main clause's verb resumes after a comma or dash.
 */
export function relativeEnd(toks: readonly Tok[], r: number, content: Span | undefined): Span | undefined {
  if (!content) return content
  for (let k = r; k < toks.length && toks[k]!.end <= content.end; k++) {
    const t = toks[k]!
    if (t.quoted || t.qmark || !(t.w === ',' || DASHES.has(t.w))) continue
    let v = k + 1
    while (v < toks.length && toks[v]!.pos === 'ADV') v++
    if (/^(VERB|AUX)$/.test(toks[v]?.pos ?? '') && !/ing$/.test(toks[v]!.lw)) {
      const [a, b] = trimRange(toks, r, k)
      return span(toks, a, b) ?? content
    }
  }
  return content
}

/** "…, who are drawn to his message and feel that …": the relative pronoun whose clause a coordinated verb continues. */
export function relativeHead(toks: readonly Tok[], cueI: number): [number, number] | undefined {
  for (let k = cueI - 1; k >= 0 && cueI - k <= 20; k--) {
    const t = toks[k]!
    if (t.w === ',' || t.qmark || isTerminal(t) || t.w === ';' || t.lw === 'that') return undefined
    if (RELATIVE.has(t.lw) && t.lw !== 'whose' && t.lw !== 'whom') return [k, k + 1]
  }
  return undefined
}

/** "Name, a description," right before the cue: the left side is a source with an appositive. */
export function appositiveBefore(toks: readonly Tok[], cueI: number, leftLimit: number): boolean {
  if (toks[cueI - 1]?.w !== ',') return false
  let k = cueI - 2
  while (k >= leftLimit && toks[k]!.w !== ',' && !toks[k]!.qmark && !isTerminal(toks[k]!)) k--
  if (k < leftLimit || toks[k]!.w !== ',') return false
  const first = toks[k + 1]
  const apo = toks.slice(k + 1, cueI - 1)
  // "Ramos, 58, told …", "Lena Fischer, Nordbank’s chief economist, said …": an age or a title without a verb.
  const described = apo.length <= 10 && !apo.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && (first?.pos === 'NUM' || apo.some((t) => t.pos === 'NOUN' && /^\p{Ll}/u.test(t.w)))
  let n = k - 1
  while (n >= leftLimit && toks[n]!.w !== ',' && !toks[n]!.qmark && !isTerminal(toks[n]!)) n--
  const name = toks.slice(n + 1, k)
  if (!first || !(described || /^(a|an|the|who|now|one|former|then|whose)$/.test(first.lw) || /^\p{Ll}/u.test(first.w) && (first.pos === 'NOUN' || first.pos === 'ADJ'))) return false
  return name.length > 0 && name.length <= 8 && name.some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.w))
}

/** The subject noun phrase at the end of a clause segment [i, j). */
export function clauseSubject(toks: readonly Tok[], i: number, j: number): [number, number] {
  let cut = i
  let inRelative = false
  for (let k = i; k < j; k++) {
    const t = toks[k]!
    if (RELATIVE.has(t.lw)) { inRelative = true; continue }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !inRelative && !(k > i && /^\p{Lu}/u.test(t.w))) {
      const prev = toks[k - 1]
      // ("those surveyed said", "voters polled in March said")
      const participle = /(ed|en|ing)$/.test(t.lw) && prev !== undefined && k > i && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || /^(those|these)$/.test(prev.lw))
      if (!participle) cut = k + 1
    }
  }
  let s = cut
  while (s < j && ((LEAD_STRIP.has(toks[s]!.lw) || toks[s]!.pos === 'ADP' || toks[s]!.pos === 'SCONJ' || toks[s]!.pos === 'ADV' && !QUANT.has(toks[s]!.lw)) && s + 1 < j || toks[s]!.pos === 'PUNCT')) s++
  return [s, j]
}

/**
 * "so quiet that the minister was prompted to say", "the banks are quick to point out": an infinitive
 * speaks for the subject of the verb group right before its "to".
 */
export function infinitiveSubject(toks: readonly Tok[], cueI: number, leftLimit: number): [number, number] | undefined {
  if (toks[cueI - 1]?.lw !== 'to' || toks[cueI - 1]!.pos !== 'PART') return undefined
  let k = cueI - 2
  while (k >= leftLimit && (/^(VERB|AUX|ADV|PART)$/.test(toks[k]!.pos) || toks[k]!.pos === 'ADJ' && /^(quick|eager|willing|ready|able|unable|reluctant|happy|careful|keen|likely|unlikely|bold|brave|free|loath)$/.test(toks[k]!.lw)) && !toks[k]!.quoted && /^\p{Ll}/u.test(toks[k]!.w)) k--
  const v = k + 1
  if (v >= cueI - 1 || !toks.slice(v, cueI - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ')) return undefined
  const src = leftSource(toks, v, leftLimit)
  if (!src || src.end !== v) return undefined
  return [src.start, src.end]
}

/**
 * The first token after the opening phrases set off by commas before `limit` ("Sunday,", "on the BBC’s “World Update,”",
 * "In Mosul, Iraq,"): time words, prepositional or subordinate phrases, adverbs, and a place's state after a place.
 * A comma closing a quote counts.
 */
export function skipOpening(toks: readonly Tok[], from: number, limit: number): number {
  let k = from
  for (;;) {
    let c = k
    while (c < limit && !(toks[c]!.w === ',' && (!toks[c]!.quoted || toks[c + 1]?.qmark)) && !((toks[c]!.pos === 'VERB' || toks[c]!.pos === 'AUX') && !toks[c]!.quoted)) c++
    if (c >= limit || toks[c]!.w !== ',' || c === k) return k
    const seg = toks.slice(k, c)
    const placeTail = seg.length <= 3 && seg.every((t) => t.pos === 'PROPN' || t.w === '.') && toks[k - 2]?.pos === 'PROPN' && toks[c + 1]?.pos === 'ADP'
    if (!(placeTail || introductory(toks, k, c) || seg.every((t) => TIME_NOUNS.has(t.lw) || TIME_WORDS.has(t.lw) || t.pos === 'NUM'))) return k
    k = c + 1
    while (k < limit && toks[k]!.qmark && !toks[k]!.quoted) k++
  }
}

/** Can the words of `sp` speak: a name, a noun, a number or a pronoun ("Never", "And", "there" cannot)? */
export function speakerLike(toks: readonly Tok[], sp: Span): boolean {
  const inside = toks.filter((t) => t.start >= sp.start && t.end <= sp.end)
  return inside.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'PRON' && !/^(there|what)$/.test(t.lw) || QUANT.has(t.lw))
}

/** Where a subject inside [s, e) starts right after a common noun (a relative clause without "that": "the country we", "the change the party"), or -1. */
export function zeroRelative(toks: readonly Tok[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    const prev = toks[k - 1]!
    const t = toks[k]!
    if (t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.lw) || t.lw === 'that' || t.w === ',') return -1
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' || !/^\p{Ll}/u.test(prev.w) && prev.pos === 'NOUN') continue
    if (/^(he|she|they|we|i|you)$/.test(t.lw) || prev.pos === 'NOUN' && /^(the|a|an|his|her|their|its|our|my)$/.test(t.lw)) return k
  }
  return -1
}

/**
 * "The Interior Ministry obscured facts, admitted it withheld files, and delayed …": a verb right after a comma
 * that follows a clause of its own (subject, verb, object) continues that clause's subject, not its object.
 */
export function verbListSubject(toks: readonly Tok[], cue: CueMatch, src: { start: number; end: number; segStart: number }, head: string, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (toks[cue.i - 1]?.w !== ',' || PARTICIPLE_CUE.test(head) || toks[cue.i]!.pos !== 'VERB' && !CUE_PREFIX.has(toks[cue.i]!.lw)) return undefined
  const seg = toks.slice(src.segStart, src.start)
  if (!seg.some((t) => t.pos === 'VERB' && !t.quoted) || seg.some((t) => t.pos === 'SCONJ' || RELATIVE.has(t.lw) || t.lw === 'that' || t.qmark)) return undefined
  const first = toks[src.segStart]
  if (!first || first.pos === 'VERB' && /ing$/.test(first.lw) || first.pos === 'ADP' || first.pos === 'SCONJ') return undefined
  const subj = sentenceSubject(toks, src.start)
  if (!subj || subj[0] < src.segStart || subj[0] < leftLimit || subj[1] >= src.start || /^(ADP|SCONJ|ADV)$/.test(toks[subj[0]]!.pos) || RELATIVE.has(toks[subj[0]]!.lw)) return undefined
  let e = subj[1]
  while (e > subj[0] + 1 && toks[e - 1]!.pos === 'ADV') e--
  return { start: subj[0], end: e, segStart: cue.i }
}

/** Where an inverted source ("said Smith, a spokesman for Y") ends, or `from` when the right side is not a source. */
export function invertedSourceEnd(toks: readonly Tok[], from: number, nextCue: CueMatch | undefined): number {
  const t = toks[from]
  if (!t || !(t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || /^[A-Z]/.test(t.w))) return from
  let k = from
  let commas = 0
  let relative = false
  const stop = nextCue ? nextCue.i : toks.length
  // a relative clause of the source may hold cues of its own ("said Howard Rubel, an analyst, who notes that …")
  while ((k < stop || relative) && k < toks.length && !isTerminal(toks[k]!) && !toks[k]!.qmark && k - from < 40) {
    const w = toks[k]!
    if (w.w === ',') commas++
    if (RELATIVE.has(w.lw)) relative = true
    if (relative) { k++; continue }
    // A finite verb in the name part means this is a new clause, not a source.
    if (commas === 0 && ((w.pos === 'VERB' || w.pos === 'AUX') && !/^\p{Lu}/u.test(w.w) || w.lw === 'that')) return from
    k++
  }
  // "…, said she hopes …": the next cue right after the noun phrase starts a reported clause, not an inverted source.
  if (nextCue && k === nextCue.i && !relative) return from
  while (k > from && toks[k - 1]!.w === ',') k--
  return k
}

/**
 * A second verb of the sentence's subject: "…, and just saying", "… but on Tuesday wrote",
 * "…, then says" — adverbs and a time phrase between the conjunction and the cue.
 */
export function coordinatedVerb(toks: readonly Tok[], cueI: number, leftLimit: number): boolean {
  let k = cueI - 1
  if (toks[cueI]?.lw === 'then' && toks[k]?.w === ',') return true
  let skipped = 0
  while (k > leftLimit && skipped < 4) {
    const t = toks[k]!
    if (t.pos === 'ADV' && !t.quoted && !RELATIVE.has(t.lw) || TIME_NOUNS.has(t.lw) || /^(on|last|this)$/.test(t.lw) && skipped > 0) { k--; skipped++; continue }
    break
  }
  const t = toks[k]
  return skipped > 0 && t !== undefined && (t.lw === 'and' || t.lw === 'but') && !t.quoted
}

/**
 * Does the phrase [i, j) read as an introductory or interjected phrase rather
 * than a subject: a prepositional or subordinate phrase ("in an interview on
 * Friday", "for his part", "after the vote") or adverbs only ("meanwhile", "too")?
 */
export function introductory(toks: readonly Tok[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || j <= i) return false
  if (first.pos === 'ADP' || first.pos === 'SCONJ') return true
  return toks.slice(i, j).every((t) => t.pos === 'ADV' || LEAD_STRIP.has(t.lw) || t.pos === 'PUNCT')
}

/**
 * "Aras was heard on a microphone telling Lopez …", "aides spent Saturday
 * delivering pep talks": a participle right after the object of the clause's
 * verb or preposition continues the clause's subject, not the object. Not
 * "with 30 percent of voters saying" (the noun after "with" is the speaker).
 */
export function objectBeforeParticiple(toks: readonly Tok[], cue: CueMatch, head: string, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (!PARTICIPLE_CUE.test(head) || toks[cue.i]!.lw !== head) return undefined
  const obj = leftSourceRaw(toks, cue.i, leftLimit)
  const objHead = toks[cue.i - 1]?.lw ?? ''
  if (!obj || obj.end !== cue.i || !(CARRIERS.has(objHead) || TIME_NOUNS.has(objHead)) || toks.slice(obj.start, obj.end).some((t) => t.pos === 'PRON' || t.pos === 'PROPN' && !TIME_NOUNS.has(t.lw))) return undefined
  const gov = toks[obj.start - 1]
  if (!gov || !(gov.pos === 'VERB' || gov.pos === 'ADP' && !/^(with|without|of|as|like)$/.test(gov.lw))) return undefined
  const subj = sentenceSubject(toks, obj.start)
  if (!subj || subj[1] > obj.start - 1 || subj[0] < leftLimit || /^(ADP|SCONJ|ADV)$/.test(toks[subj[0]]!.pos) || /^(who|what|which|whom)$/.test(toks[subj[0]]!.lw) || subj[1] - subj[0] > 8) return undefined
  return { start: subj[0], end: subj[1], segStart: cue.i }
}

/** "forced the candidates | to admit": the noun before the infinitive's "to" (at toI), when it is the object of a verb that passes it on. */
export function controlledObject(toks: readonly Tok[], toI: number, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  let k = toI - 1
  while (k >= leftLimit && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(toks[k]!.pos) || /^(his|her|their|its|our|my|your|them|him|us|me|'s|’s)$/.test(toks[k]!.lw))) k--
  const gov = toks[k]
  return k >= leftLimit && k < toI - 1 && gov !== undefined && gov.pos === 'VERB' && OBJECT_CONTROL.test(gov.lw) ? { start: k + 1, end: toI, segStart: k + 1 } : undefined
}

/**
 * "Halvorsen did go out of her way to criticize …", "went on CNN to declare …":
 * an infinitive after a noun that a preposition (or a verb that does not pass
 * its object on) governs has the clause's subject as its speaker. Not "urged
 * Republicans to say", where the object speaks.
 */
export function objectBeforeInfinitive(toks: readonly Tok[], cue: CueMatch, leftLimit: number): { start: number; end: number; segStart: number } | undefined {
  if (toks[cue.i]!.lw !== 'to' || toks[cue.i]!.pos !== 'PART') return undefined
  const obj = leftSourceRaw(toks, cue.i, leftLimit)
  if (!obj || obj.end !== cue.i || toks.slice(obj.start, obj.end).some((t) => t.pos === 'PRON' && !/^(his|her|their|its|our|my|your)$/.test(t.lw))) return undefined
  const gov = toks[obj.start - 1]
  if (!gov || !(gov.pos === 'ADP' && !/^(with|without|for|as|like|than)$/.test(gov.lw) || gov.pos === 'VERB' && !OBJECT_CONTROL.test(gov.lw))) return undefined
  const subj = sentenceSubject(toks, obj.start)
  if (!subj || subj[1] > obj.start - 1 || subj[0] < leftLimit || /^(ADP|SCONJ|ADV)$/.test(toks[subj[0]]!.pos) || /^(who|what|which|whom)$/.test(toks[subj[0]]!.lw) || subj[1] - subj[0] > 12) return undefined
  return { start: subj[0], end: subj[1], segStart: cue.i }
}

/**
 * A short prepositional aside set off by commas that holds no clause subject
 * ("for his part", "in an interview on Friday", "at the same time"), unlike
 * "as Mr. Sykes", "with 22 percent", "in which Trump", whose noun is the subject of the cue.
 */
export function interjectedPhrase(toks: readonly Tok[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || j - i > 6 || j - i < 2 || !/^(for|in|at|on|after|during|despite|amid|under)$/.test(first.w)) return false
  return toks.slice(i + 1, j).every((t) => (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADP' || t.pos === 'NUM' || TIME_NOUNS.has(t.lw) ||
    /^(his|her|their|its|our|my|your)$/.test(t.lw)) && !RELATIVE.has(t.lw) && t.lw !== 'what')
}

/** A name or pronoun phrase, not a prepositional or adverbial one: "Mr. Trump", "She" (not "On Tuesday", "Last week"). */
export function nameLike(toks: readonly Tok[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || j <= i || first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || TIME_NOUNS.has(first.lw)) return false
  return toks.slice(i, j).some((t) => (t.pos === 'PROPN' || t.pos === 'PRON') && !TIME_NOUNS.has(t.lw))
}

/** "By Sunday afternoon she had canceled …, citing": a subject pronoun and its verb before `end`, with no verb before them. */
export function mainClauseIn(toks: readonly Tok[], end: number): boolean {
  for (let k = 1; k < end - 1; k++) {
    const t = toks[k]!
    if (t.pos === 'VERB' || t.pos === 'AUX') return false
    if (/^(he|she|they|we|i|it)$/.test(t.lw) && /^(VERB|AUX)$/.test(toks[k + 1]!.pos)) return true
  }
  return false
}

/** The subject at the start of the sentence (for "X did Y and said …"). */
export function sentenceSubject(toks: readonly Tok[], limit: number): [number, number] | undefined {
  let k = 0
  // skip an introductory phrase up to its comma ("On Tuesday, …")
  const firstComma = toks.findIndex((t) => t.w === ',')
  // …but not a subject set off by commas ("Mr. Aras, in an interview on Friday, barely touched on …, saying")
  if (firstComma >= 0 && firstComma < limit && firstComma <= 6 && !toks.slice(0, firstComma).some((t) => t.pos === 'VERB') && !nameLike(toks, 0, firstComma)) k = firstComma + 1
  // "As the crowd began to chant, Silverman …", "Amid responses from some …, Matt Walsh provided …": a fronted clause or phrase.
  else if (firstComma > 0 && firstComma < limit - 1 && firstComma <= 25 && !toks.slice(0, firstComma).some((t) => t.qmark) &&
    (toks.slice(0, Math.min(firstComma, 4)).some((t) => FRONTING.has(t.lw)) || (toks[0]!.pos === 'ADP' || toks[0]!.pos === 'SCONJ') && !mainClauseIn(toks, firstComma))) k = firstComma + 1
  // "At a rally in Mosul, Iraq, on Sunday, the governor …": after an opening phrase, a place's state and further phrases set off by commas are not the subject.
  if (k > 0) k = skipOpening(toks, k, limit)
  // a stray quote mark opening the sentence (not a quote) is not part of the subject
  while (k < limit && k < 2 && toks[k]!.qmark && !toks[k]!.quoted && !toks[k + 1]?.quoted) k++
  let e = k
  while (e < limit && toks[e]!.pos !== 'VERB' && toks[e]!.pos !== 'AUX' && !toks[e]!.qmark) e++
  // a dateline is not part of the subject ("ERBIL, Iraq (Reuters) - Prime Minister Kemal Aras")
  for (let d = e - 1; d > k; d--) if (/^(?:—|–|-|--)$/.test(toks[d]!.w)) { k = d + 1; break }
  // "Clinton, meanwhile, co-sponsored", "She, too, is …": an aside after the subject is not part of it.
  const comma = toks.findIndex((t, n) => n > k && n < e && t.w === ',')
  if (comma > k && introductory(toks, comma + 1, e)) e = comma
  const [s, ee] = trimRange(toks, k, e)
  if (ee - s > 12) {
    // "The deputy mayor and 2019 candidate for the regional council, a longtime ally of Aras, even went …": the head before the first comma.
    const c = toks.findIndex((t, n) => n > s && n < ee && t.w === ',')
    return c > s && c - s <= 12 && toks.slice(s, c).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') && !toks.slice(s, c).some((t) => t.qmark) ? [s, c] : undefined
  }
  return ee > s ? [s, ee] : undefined
}
