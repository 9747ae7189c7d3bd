/**
 * A dictionary actor matcher: finds actor names from imported dictionaries
 * (PETRARCH/Phoenix format, or plain name lists) in segmented text and makes
 * mentions of them, combining actors with agents the way PETRARCH codes them:
 * "Arnor security officials" → ARN+GOV, "soldiers from Gondor" → GON+MIL,
 * "MSF Arnor" → NGO+ARN, "Gondor's government" → GON+GOV.
 *
 * Used for the PETRARCH eval and as a fallback mention source where no NER
 * model runs; the pipeline's own mentions come from the NER stage.
 * @module
 */
import { hashId, stringMemo } from '../model/index.js'
import type { EntityType, Mention, Token } from '../model/index.js'
import { codeOn, type PetrarchActor } from '../kb/petrarch-actors.js'

/**
 * Endings a non-exact dictionary word may carry: plurals, nationality adjectives and the
 * endings of stems ("MINIST" → MINISTER, MINISTRY, MINISTRIES).
 */
const SUFFIXES = new Set(['S', 'ES', 'N', 'AN', 'IAN', 'I', 'A', 'E', 'ESE', 'ISH', 'IS', 'ANS', 'IANS', 'ER', 'ERS', 'RY', 'RIES'])
/** Shortest first, as the stems they leave are tried from the longest stem down. */
const SUFFIX_LIST = [...SUFFIXES].sort((a, b) => a.length - b.length)

interface Term { readonly words: readonly string[]; readonly exact: boolean; readonly entry: number; readonly cased?: 'name' | 'upper' }

/**
 * The terms sharing a first word, by their second word: a token's list is long for common first words ("MINISTER",
 * "INTERNATIONAL": hundreds of terms), and the word after it rules out nearly all of them. `rank` is a term's place
 * in its first word's list (longest first), which decides between terms found under different keys.
 */
interface FirstWord {
  /** Terms of two or more words, by their second word. */
  readonly bySecond: ReadonlyMap<string, readonly RankedTerm[]>
  /** Two-word, non-exact terms, by their second word, for a next token that carries a suffix. */
  readonly bySecondStem: ReadonlyMap<string, readonly RankedTerm[]>
  /** One-word terms, in list order. */
  readonly single: readonly Term[]
}
interface RankedTerm { readonly term: Term; readonly rank: number }

function firstWord(list: readonly Term[]): FirstWord {
  const bySecond = new Map<string, RankedTerm[]>()
  const bySecondStem = new Map<string, RankedTerm[]>()
  const single: Term[] = []
  const add = (m: Map<string, RankedTerm[]>, key: string, r: RankedTerm) => { const l = m.get(key); if (l) l.push(r); else m.set(key, [r]) }
  list.forEach((term, rank) => {
    if (term.words.length === 1) { single.push(term); return }
    add(bySecond, term.words[1]!, { term, rank })
    if (term.words.length === 2 && !term.exact) add(bySecondStem, term.words[1]!, { term, rank })
  })
  return { bySecond, bySecondStem, single }
}

/** A coded dictionary match: token range [from, to) of the tokens given, and its code. */
export interface CodedMatch { readonly from: number; readonly to: number; readonly code: string; readonly entry: PetrarchActor }

export interface ActorMatcher {
  readonly entries: readonly PetrarchActor[]
  /** The coded matches in a run of tokens (no mentions made: the fast path for coding roles). */
  codes(text: string, tokens: readonly Token[], date?: string): CodedMatch[]
  /** Match actors in one article; returns mentions and the actor code of each (by mention id). */
  match(articleId: string, text: string, tokens: readonly Token[], date?: string): { mentions: Mention[]; codes: Map<string, string> }
}

export interface ActorMatcherOptions {
  readonly stage?: string
  /** Code agents with no actor in reach as `---AGENT` (default true, as PETRARCH does). */
  readonly loneAgents?: boolean
}

function wordOk(dict: string, tok: string, last: boolean, exact: boolean): boolean {
  if (dict === tok) return true
  if (!last || exact) return false
  if (!tok.startsWith(dict)) return false
  return SUFFIXES.has(tok.slice(dict.length))
}

interface Hit { from: number; to: number; entry: number }

const NO_TERMS: ReadonlyArray<readonly Term[]> = []

/** What may match at a word: the terms it is the first word of, and the one-word terms its stems may be. */
interface Starts { readonly first: FirstWord | undefined; readonly stemTerms: ReadonlyArray<readonly Term[]> }
const NO_STARTS: Starts = { first: undefined, stemTerms: NO_TERMS }

/** Does the text show the case a shipped term asks for? */
function caseOk(surface: readonly string[], i: number, n: number, cased: 'name' | 'upper' | undefined): boolean {
  if (!cased) return true
  let capital = false
  for (let k = i; k < i + n; k++) {
    const s = surface[k]!
    if (cased === 'upper' && /\p{Ll}/u.test(s)) return false
    if (/\p{Lu}/u.test(s)) capital = true
  }
  return capital
}

/** Does a term match the tokens at i, in its words and its case? */
function termMatches(t: Term, words: readonly string[], surface: readonly string[], i: number): boolean {
  const n = t.words.length
  for (let k = 0; k < n; k++) {
    const w = words[i + k]
    if (w === undefined || !wordOk(t.words[k]!, w, k === n - 1, t.exact)) return false
  }
  return caseOk(surface, i, n, t.cased)
}

/**
 * The first term of a first word's list (longest first) matching at token i: among the longer terms, only those whose
 * second word is the next token, or (for a non-exact last word) the next token less a suffix; else the one-word terms.
 */
function bestFirst(fw: FirstWord | undefined, words: readonly string[], surface: readonly string[], i: number): Term | undefined {
  if (!fw) return undefined
  const next = words[i + 1]
  if (next !== undefined && fw.bySecond.size > 0) {
    let best = earlierMatch(fw.bySecond.get(next), undefined, words, surface, i)
    if (fw.bySecondStem.size > 0) {
      for (const suffix of SUFFIX_LIST) {
        if (next.length > suffix.length && next.endsWith(suffix)) best = earlierMatch(fw.bySecondStem.get(next.slice(0, -suffix.length)), best, words, surface, i)
      }
    }
    if (best) return best.term
  }
  for (const t of fw.single) if (termMatches(t, words, surface, i)) return t
  return undefined
}

/** The first term of a list matching at token i if it ranks before `best` (else `best`). */
function earlierMatch(list: readonly RankedTerm[] | undefined, best: RankedTerm | undefined, words: readonly string[], surface: readonly string[], i: number): RankedTerm | undefined {
  if (!list) return best
  for (const r of list) {
    if (best && r.rank >= best.rank) return best
    if (termMatches(r.term, words, surface, i)) return r
  }
  return best
}

export function createActorMatcher(entries: readonly PetrarchActor[], opts: ActorMatcherOptions = {}): ActorMatcher {
  const stage = opts.stage ?? 'actors.dictionary.v1'
  const index = new Map<string, Term[]>()
  entries.forEach((e, i) => {
    for (const t of e.terms) {
      const key = t.words[0]!
      const list = index.get(key) ?? []
      list.push({ words: t.words, exact: t.exact, entry: i, ...(t.cased ? { cased: t.cased } : {}) })
      index.set(key, list)
    }
  })
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  const firsts = new Map<string, FirstWord>()
  for (const [key, list] of index) firsts.set(key, firstWord(list))
  // the terms a stem may match (one word, not exact), by that word, in the index's order
  const stems = new Map<string, Term[]>()
  for (const [key, list] of index) {
    const one = list.filter((t) => t.words.length === 1 && !t.exact)
    if (one.length > 0) stems.set(key, one)
  }

  // the one-word terms a word's stems may match (most words have none)
  const stemTermsOf = (tok: string): ReadonlyArray<readonly Term[]> => {
    const found: Array<readonly Term[]> = []
    for (const suffix of SUFFIX_LIST) {
      if (suffix.length >= tok.length - 2 || !tok.endsWith(suffix)) continue
      const terms = stems.get(tok.slice(0, -suffix.length))
      if (terms) found.push(terms)
    }
    return found.length === 0 ? NO_TERMS : found
  }
  // what may start at a word, found once per word and in one lookup per token: most words start nothing
  const startsOf = stringMemo((tok: string): Starts => {
    const first = firsts.get(tok)
    const stemTerms = stemTermsOf(tok)
    return first || stemTerms.length > 0 ? { first, stemTerms } : NO_STARTS
  }, 100_000)

  function longestAt(words: readonly string[], surface: readonly string[], i: number): Hit | undefined {
    const starts = startsOf(words[i]!)
    if (starts === NO_STARTS) return undefined
    let best = bestFirst(starts.first, words, surface, i)
    // a stem matches one-word terms only: it cannot beat a match already found, and the first stem found wins
    if (!best) {
      for (const terms of starts.stemTerms) {
        for (const t of terms) if (termMatches(t, words, surface, i)) { best = t; break }
        if (best) break
      }
    }
    return best ? { from: i, to: i + best.words.length, entry: best.entry } : undefined
  }

  function codes(text: string, tokens: readonly Token[], date?: string): CodedMatch[] {
      const surface = tokens.map((t) => text.slice(t.start, t.end))
      const words = surface.map((s) => s.toUpperCase())
      // "the Bush administration", "the Putin government": a dictionary name ending in a government agent word is the
      // government of its actor's country, whatever the person's role on the date ("THE_BUSH_ADMINISTRATION" is a
      // synonym of a president whose term ended, which made an act of the administration an elite's)
      const endsInGovernment = (hit: Hit): boolean => {
        if (hit.to - hit.from < 2) return false
        const last = longestAt(words, surface, hit.to - 1)
        return last !== undefined && last.to === hit.to && entries[last.entry]!.kind === 'agent' && entries[last.entry]!.code === 'GOV'
      }
      const hits: Hit[] = []
      for (let i = 0; i < words.length;) {
        const h = longestAt(words, surface, i)
        if (h && entries[h.entry]!.code !== '' || (h && entries[h.entry]!.kind === 'agent')) { hits.push(h); i = h.to } else i++
      }
      const out: CodedMatch[] = []
      const extra: CodedMatch[] = []
      const used = new Set<number>()
      const sameSentence = (a: number, b: number) => tokens[a]?.sentence === tokens[b]?.sentence
      // an agent linked to a list ("the ambassadors of Arnor, Osgiliath and Gondor") applies to every member
      let listAgent: { agent: PetrarchActor; end: number } | undefined
      for (let h = 0; h < hits.length; h++) {
        const hit = hits[h]!
        const e = entries[hit.entry]!
        if (e.kind !== 'actor' || used.has(h)) continue
        let from = hit.from
        let to = hit.to
        let code = codeOn(e, date)
        used.add(h)
        // suffix agents right after, optionally after "'s" ("Gondor's government", "Arnor security officials")
        let j = h + 1
        while (j < hits.length) {
          const nx = hits[j]!
          const ne = entries[nx.entry]!
          const gap = words.slice(to, nx.from)
          if (ne.kind !== 'agent' || !sameSentence(to - 1, nx.from) || !gapOk(gap)) break
          code = addAgent(code, ne)
          to = nx.to
          used.add(j)
          j++
        }
        // agents over a compound: "Danish media and government" → DNKMED and DNKGOV
        const bare = codeOn(e, date)
        for (let c = j; to > hit.to && c < hits.length && !used.has(c); c++) {
          const nx = hits[c]!
          const ne = entries[nx.entry]!
          const prevEnd = c === j ? to : hits[c - 1]!.to
          const glue = words.slice(prevEnd, nx.from)
          if (ne.kind !== 'agent' || !sameSentence(prevEnd - 1, nx.from) || !(glue.length === 1 && (glue[0] === 'AND' || glue[0] === ',')) || !bare) break
          extra.push({ from: nx.from, to: nx.to, code: addAgent(bare, ne), entry: e })
          used.add(c)
        }
        // agents right before: prefix agents adjacent ("MSF Arnor"), any agent linked by of/from/in ("soldiers from Gondor")
        let k = h - 1
        while (k >= 0 && !used.has(k)) {
          const pv = hits[k]!
          const pe = entries[pv.entry]!
          if (pe.kind !== 'agent' || !sameSentence(pv.to - 1, from)) break
          const gap = words.slice(pv.to, from)
          if (gap.length === 0 || gapOk(gap)) {
            code = addAgent(code, pe)
          } else if (gap.length === 1 && ['OF', 'FROM', 'IN'].includes(gap[0]!)) {
            code = addAgent(code, pe)
            listAgent = { agent: pe, end: to }
          } else break
          from = pv.from
          used.add(k)
          k--
        }
        if (listAgent && from > listAgent.end && code === codeOn(e, date) && sameSentence(listAgent.end - 1, from) &&
            words.slice(listAgent.end, from).every((x) => x === ',' || x === 'AND' || x === 'OR')) {
          code = addAgent(code, listAgent.agent)
        }
        if (listAgent && to > listAgent.end) listAgent = { agent: listAgent.agent, end: to }
        // "former Gondor prosecutors", "Arnor former security officials": a former office holder is an elite (ELI)
        if (code && words.slice(Math.max(0, from - 1), to).includes('FORMER')) code = eliteCode(codeOn(e, date))
        else if (code && endsInGovernment(hit)) code = governmentCode(code)
        if (code) out.push({ from, to, code, entry: e })
      }
      // an agent with no actor in reach is coded with an unknown country, as PETRARCH does ("the police" → ---COP)
      if (opts.loneAgents !== false) {
        for (let h = 0; h < hits.length; h++) {
          const hit = hits[h]!
          const e = entries[hit.entry]!
          if (e.kind !== 'agent' || used.has(h) || !e.code || !headNoun(tokens, hit.to - 1)) continue
          const former = words[hit.from - 1] === 'FORMER'
          const code = former ? '---ELI' : e.agentPosition === 'prefix' ? `${e.code}---` : `---${e.code}`
          out.push({ from: former ? hit.from - 1 : hit.from, to: hit.to, code, entry: e })
        }
      }
      out.push(...extra)
      out.sort((a, b) => a.from - b.from)
      return out
  }

  return {
    entries,
    codes,
    match(articleId, text, tokens, date) {
      const mentions: Mention[] = []
      const byId = new Map<string, string>()
      for (const c of codes(text, tokens, date)) {
        const start = tokens[c.from]!.start
        const end = tokens[c.to - 1]!.end
        const id = hashId('mention', articleId, start, end)
        const agent = c.entry.kind === 'agent'
        mentions.push({ id, articleId, start, end, text: text.slice(start, end), type: agent ? 'ORG' : guessType(c.entry), kind: agent ? 'nominal' : 'name', stage })
        byId.set(id, c.code)
      }
      return { mentions, codes: byId }
    },
  }
}

/** Is the token the head of its noun phrase (a noun with no noun after it)? "the government said", not "official visit". */
function headNoun(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i]!.pos
  const next = tokens[i + 1]?.pos
  if (p === undefined) return true
  return (p === 'NOUN' || p === 'PROPN') && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ'
}

/** Codes not of a country ("IGOUNO", "IMGMUSISI", unknown "---"): their government is no country's. */
const NOT_COUNTRY = /^(IGO|NGO|IMG|MNC|UIS|---)/

/**
 * A leader's administration is its country's government ("USAELI" → "USAGOV"): only where the dictionary's code of the
 * day is a bare country or an elite (a term over); a code of its own ("HAMAS_GOVERNMENT") stays as it is.
 */
function governmentCode(code: string): string {
  return !NOT_COUNTRY.test(code) && (code.length === 3 || (code.length === 6 && code.endsWith('ELI'))) ? `${code.slice(0, 3)}GOV` : code
}

/** "Former" turns an actor's role into its elite code: the actor's own code plus ELI (USAGOV → USAGOVELI). */
function eliteCode(actorCode: string): string {
  return actorCode.endsWith('ELI') ? actorCode : `${actorCode}ELI`
}

/** Agents naming armed men ("fighters", "militants", "rebels", "troops"). */
const ARMED_AGENTS = new Set(['UAF', 'REB', 'MIL', 'INS'])

/**
 * Add an agent's code before or after an actor code, once ("USAGOV" + GOV stays "USAGOV").
 * Agent precedence: an armed group's own fighters are the group ("Hamas fighters" stays
 * PSEREBHMS, "IS militants" IMGMUSISI), not the group plus a second armed sector.
 */
function addAgent(code: string, agent: PetrarchActor): string {
  if (!agent.code || code.endsWith(agent.code) || code.startsWith(agent.code)) return code
  if (ARMED_AGENTS.has(agent.code.slice(0, 3)) && (/^IMG/.test(code) || /REB|UAF|INS/.test(code.slice(3)))) return code
  return agent.agentPosition === 'prefix' ? agent.code + code : code + agent.code
}

/** Words allowed between an actor and its agent: adjectives of rank and a possessive. */
function gapOk(gap: readonly string[]): boolean {
  return gap.every((w) => w === "'S" || w === '’S' || w === "'" || w === '’' || ['SENIOR', 'TOP', 'FORMER', 'NEW', 'MAIN', 'CHIEF', 'FIRST', 'DEPUTY', 'ACTING', 'INTERIM', 'OUTGOING', 'VICE'].includes(w))
}

function guessType(e: PetrarchActor): EntityType {
  const c = e.code
  if (/^(IGO|NGO|NGM|MNC|IMG)/.test(c) || /(REB|GOV|MIL|COP|PTY|MED|OPP|BUS|SPY)$/.test(c)) return 'ORG'
  return c.length === 3 ? 'LOC' : 'ORG'
}

/** Make dictionary entries from plain name lists (for tests and user name files). */
export function entriesFromNames(list: ReadonlyArray<{ code: string; names: readonly string[]; kind?: 'actor' | 'agent' }>): PetrarchActor[] {
  return list.map((x, i) => ({
    code: x.code,
    codes: [{ code: x.code }],
    names: x.names.map((n) => n.toUpperCase()),
    terms: x.names.map((n) => ({ words: n.toUpperCase().split(/\s+/), exact: false })),
    kind: x.kind ?? 'actor',
    ...(x.kind === 'agent' ? { agentPosition: 'suffix' as const } : {}),
    source: `<list>:${i + 1}`,
  }))
}
