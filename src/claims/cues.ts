/**
 * Cues: where a sentence's reporting words are (lexicon.ts), with the auxiliaries and adverbs that join them
 * ("has also said"), tagger slips repaired (a noun read as a verb, a name read as "say"), and passives.
 * @module
 */
import { restrictionHolds, singleCueTokenOk, suffixLemmas, type CueLexicon } from './lexicon.js'
import { isTerminal, type Tok } from './attribution-tokens.js'
import { AUXES, BE, CUE_PREFIX, FINDERS, IRREGULAR_PARTICIPLES, PSYCH, RAISING, SPEECH } from './cue-words.js'

/** A cue: tokens [i, j), its words in lower case ("took issue with"), and the lemma of its first word (doc.syntax). */
export interface CueMatch { i: number; j: number; key: string; lemma: string }

/** The beginnings of the lexicon's several-word entries ("take", "take issue"), per lexicon. */
export const PREFIXES = new WeakMap<CueLexicon, Set<string>>()

export function entryPrefixes(lex: CueLexicon): Set<string> {
  let set = PREFIXES.get(lex)
  if (!set) {
    set = new Set()
    for (const k of lex.entries.keys()) {
      const w = k.split(' ')
      for (let n = 1; n < w.length; n++) set.add(w.slice(0, n).join(' '))
    }
    PREFIXES.set(lex, set)
  }
  return set
}

/**
 * The lexicon entries that start at token i, by length in tokens: the first word read by its lemma (and by its form,
 * where the lemmatiser reads it otherwise: "according"), the words after it by form; stop as soon as the words are no
 * entry's beginning. A restricted cue ("plans to", not "planned acts") must be in a use that reports.
 */
export function entriesAt(toks: readonly Tok[], i: number, lex: CueLexicon, prefixes: ReadonlySet<string>): string[] {
  const found: string[] = []
  const t = toks[i]!
  for (const first of firstWords(t, lex, prefixes)) {
    let key = ''
    for (let n = 1; n <= Math.min(lex.maxLen, toks.length - i); n++) {
      const tk = toks[i + n - 1]!
      if (tk.quoted) break
      key = n === 1 ? first : `${key} ${tk.lw}`
      const r = n === 1 ? lex.restricted.get(key) : undefined
      if (lex.entries.has(key) && (r === undefined || restrictionHolds(r, t.lw, key, toks[i + 1]?.lw))) found[n] ??= key
      if (!prefixes.has(key)) break
    }
  }
  return found
}

/** The readings of a word's form that begin some entry (firstWords), for the last lexicon used; bounded, as a long run meets an open set of words. */
let formFirsts: { lex: CueLexicon; byForm: Map<string, readonly string[]> } | undefined

/**
 * The readings of a token's word that begin some entry: its lemma, its form, and its suffix's lemmas, where the
 * lemmatiser left the word as it is or read it wrong ("joked" → "jok"). Most words have none; the form's are cached.
 */
function firstWords(t: Tok, lex: CueLexicon, prefixes: ReadonlySet<string>): readonly string[] {
  if (formFirsts?.lex !== lex || formFirsts.byForm.size >= 50_000) formFirsts = { lex, byForm: new Map() }
  const cache = formFirsts.byForm
  let forms = cache.get(t.lw)
  if (!forms) cache.set(t.lw, (forms = [...new Set([t.lw, ...suffixLemmas(t.lw)])].filter((w) => lex.entries.has(w) || prefixes.has(w))))
  if (t.lemma === t.lw || !lex.entries.has(t.lemma) && !prefixes.has(t.lemma)) return forms
  return [t.lemma, ...forms.filter((w) => w !== t.lemma)]
}

export function findCues(toks: readonly Tok[], lex: CueLexicon): CueMatch[] {
  const cues: CueMatch[] = []
  const prefixes = entryPrefixes(lex)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.quoted) continue
    let best: CueMatch | undefined
    const found = entriesAt(toks, i, lex, prefixes)
    for (let n = found.length - 1; n >= 1; n--) {
      const key = found[n]
      if (key === undefined) continue
      if (n === 1 && !singleCueTokenOk(t.pos, toks[i + 1]?.lw, toks[i - 1]?.pos) && !mistaggedVerb(toks, i, lex.entries.get(key)!) && !mistaggedSay(toks, i)) continue
      // "the 35 states", "the captured city": a weaker cue word right after a determiner or a number is not a verb ("6 in 10 say" is).
      if (n === 1 && lex.entries.get(key)! < 1 && (toks[i - 1]?.pos === 'NUM' && toks[i - 2]?.lw !== 'in' || toks[i - 1]?.pos === 'DET' && !/^(this|that|these|those|all|both|each|some|none)$/.test(toks[i - 1]!.lw))) continue
      if (n === 1 && nounNotVerb(toks, i)) continue
      best = { i, j: i + n, key: toks.slice(i, i + n).map((x) => x.lw).join(' '), lemma: t.lemma }
      break
    }
    if (!best) continue
    // "She appeared to imply …", "Cruz seemed to blame …": a raising verb before a cue verb is the subject's own attitude.
    if (RAISING.has(toks[best.i]!.lw)) {
      const k = toks[best.i + 1]?.lw === 'to' ? best.i + 2 : -1
      const v = k > 0 ? toks[k] : undefined
      if (v && v.pos === 'VERB' && !v.quoted && !/^(be|have|get|make|go|come)$/.test(v.lw) && (lex.entries.has(v.lemma) || speechCue(v.lw))) best = { i: best.i, j: k + 1, key: v.lw, lemma: v.lemma }
    }
    // Auxiliaries and adverbs directly before the verb belong to the cue ("has also said").
    let s = best.i
    while (s > 0 && cuePrefix(toks, s - 1) && toks[s - 1]!.w !== toks[s - 1]!.w.toUpperCase() && !toks[s - 1]!.quoted && !(cues.length > 0 && cues[cues.length - 1]!.j > s - 1)) s--
    cues.push({ ...best, i: s })
    i = best.j - 1
  }
  return cues
}

/** An auxiliary or adverb that belongs to the verb cue after it: "has also", "forcefully", "further", "has long", "has always", "has since". */
export function cuePrefix(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!
  if (CUE_PREFIX.has(t.lw)) return true
  // "have both argued", "are all saying": a floating quantifier between the auxiliary and the verb
  if (/^(both|all|each)$/.test(t.lw)) return /^(have|has|had|are|were|will|would)$/.test(toks[k - 1]?.lw ?? '') && toks[k + 1]?.pos === 'VERB'
  // "he’s said", "they’ve said": a contracted auxiliary before a participle
  if (/^['’](s|ve|d)$/.test(t.lw)) return /^(said|told|written|argued|claimed|suggested|noted|called|denied|insisted|warned|admitted|acknowledged|made)$/.test(toks[k + 1]?.lw ?? '') || /^(been|also|long|repeatedly|never|always)$/.test(toks[k + 1]?.lw ?? '')
  if (t.lw === 'since') return /^(has|have|had)$/.test(toks[k - 1]?.lw ?? '') && toks[k + 1]?.pos === 'VERB'
  return t.pos === 'ADV' && (/^\p{Ll}+ly$/u.test(t.w) || /^(further|long|now|still|even|first|just|always|ever)$/.test(t.lw)) && toks[k + 1]?.pos === 'VERB'
}

/** "…,” Viguerie notes." — a strong cue the tagger calls a noun, right after a name or pronoun and before the sentence's end or a comma. */
export function mistaggedVerb(toks: readonly Tok[], i: number, score: number): boolean {
  const prev = toks[i - 1]
  const next = toks[i + 1]
  return score >= 0.5 && toks[i]!.pos === 'NOUN' && /s$/.test(toks[i]!.lw) && prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'PRON') &&
    (next === undefined || isTerminal(next) || next.w === ',' || next.w === ':')
}

/**
 * "other Western states", "their claims", "a program called Sandy Hook Promise", "the so- called …":
 * a plural noun after a modifier, or "called" naming the noun before it, is not a reporting verb.
 */
export function nounNotVerb(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!
  const prev = toks[i - 1]
  if (!prev) return false
  if (/s$/.test(t.lw) && !/ss$/.test(t.lw) && (prev.pos === 'ADJ' || prev.pos === 'NUM' || /^(their|his|her|its|our|my|your|the|a|an|these|those|many|several|other|some|all|both|to)$/.test(prev.lw))) return true
  // "adding to her run of victories", "it adds up": adding something, not saying it
  if (/^(add|adds|added|adding)$/.test(t.lw) && /^(to|up)$/.test(toks[i + 1]?.lw ?? '')) return true
  if (t.lw === 'called' || t.lw === 'named' || t.lw === 'dubbed' || t.lw === 'titled' || t.lw === 'entitled') {
    if (/^(so|so-)$/.test(prev.lw)) return true
    return prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.w) && /^(DET|ADJ)$/.test(toks[i - 2]?.pos ?? '') && /^(PROPN|DET)$/.test(toks[i + 1]?.pos ?? '') && /^\p{Lu}/u.test(toks[i + 1]?.w ?? '')
  }
  return false
}

/** "Six in 10 say he’s decisive", "records show that …", "Trump plans to …": a saying verb the tagger calls a noun after a number or a subject, before a clause. */
export function mistaggedSay(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!
  const prev = toks[i - 1]
  const next = toks[i + 1]
  // "exit polls … show half of …", "where surveys show the mayor trailing": evidence nouns before "show" make it a verb.
  if (t.pos === 'NOUN' && prev && next && !isTerminal(prev) && /^(show|shows|suggest|indicate)$/.test(t.lw) && (FINDERS.test(prev.lw) || /^(results|records|documents|filings|numbers|figures|statistics)$/.test(prev.lw))) return true
  if (t.pos !== 'NOUN' || !/^(say|says|said|think|believe|agree|disagree|want|wants|show|shows|claim|plan|plans|fear|hope|hopes|notes|reports|demands|estimates|feel|warn|warns|call|calls|favor|favors|oppose|opposes|prefer|prefers|consider|considers)$/.test(t.lw) || !prev || !next) return false
  if (next.lw === 'to' && /^(want|wants|plan|plans|hope|hopes|claim)$/.test(t.lw) && (prev.pos === 'PROPN' || prev.pos === 'PRON' && !/^(his|her|their|its|my|our|your)$/.test(prev.lw))) return true
  const subj = prev.pos === 'NUM' || prev.w === '%' || prev.w === ',' && (toks[i - 2]?.w === '%' || toks[i - 2]?.pos === 'NUM') || prev.pos === 'PRON' && !/^(his|her|their|its|my|our|your)$/.test(prev.lw) || prev.pos === 'PROPN' || prev.pos === 'NOUN' && /s$/.test(prev.lw)
  // "…, court documents show.": after the clause it reports
  const closing = (isTerminal(next) || next.w === ';') && prev.pos !== 'NUM' && prev.w !== '%' && /^(say|says|said|show|shows|think|believe|agree|disagree|claim|fear|hope|hopes|notes|reports|estimates|feel|warn|warns)$/.test(t.lw)
  return subj && (/^(PRON|DET|PROPN|NUM)$/.test(next.pos) || next.lw === 'that' || next.qmark || next.w === ':' || closing)
}

/** "was told", "is expected", "were claimed": a form of be before a past participle (not "is campaigning"). */
export function isPassive(toks: readonly Tok[], cue: CueMatch): boolean {
  let sawBe = false
  for (let k = cue.i; k < cue.j; k++) {
    const t = toks[k]!
    // "he's said" is "he has said"
    const has = t.lw === "'s" && /^(he|she|who)$/.test(toks[k - 1]?.lw ?? '')
    if (AUXES.has(t.lw) || t.pos === 'ADV' && sawBe) { if (BE.has(t.lw) && !has) sawBe = true; continue }
    return sawBe && !PSYCH.has(t.lw) && (/(ed|en|wn)$/.test(t.lw) || IRREGULAR_PARTICIPLES.has(t.lw))
  }
  return false
}

/** Verbs of saying and thinking take a whole clause; other cues ("endorsed", "called for") take a phrase. */
export function speechCue(head: string): boolean {
  return SPEECH.test(head)
}
