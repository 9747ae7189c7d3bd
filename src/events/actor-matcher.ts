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
import { hashId } from '../model/index.js'
import type { EntityType, Mention, Token } from '../model/index.js'
import { codeOn, type PetrarchActor } from '../kb/petrarch-actors.js'

/** Endings a non-exact dictionary word may carry: plurals and nationality adjectives. */
const SUFFIXES = new Set(['S', 'ES', 'N', 'AN', 'IAN', 'I', 'A', 'E', 'ESE', 'ISH', 'IS'])

interface Term { readonly words: readonly string[]; readonly exact: boolean; readonly entry: number }

export interface ActorMatcher {
  readonly entries: readonly PetrarchActor[]
  /** Match actors in one article; returns mentions and the actor code of each (by mention id). */
  match(articleId: string, text: string, tokens: readonly Token[], date?: string): { mentions: Mention[]; codes: Map<string, string> }
}

export function createActorMatcher(entries: readonly PetrarchActor[], opts: { stage?: string } = {}): ActorMatcher {
  const stage = opts.stage ?? 'actors.dictionary.v1'
  const index = new Map<string, Term[]>()
  entries.forEach((e, i) => {
    for (const t of e.terms) {
      const key = t.words[0]!
      const list = index.get(key) ?? []
      list.push({ words: t.words, exact: t.exact, entry: i })
      index.set(key, list)
    }
  })
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)

  function wordOk(dict: string, tok: string, last: boolean, exact: boolean): boolean {
    if (dict === tok) return true
    if (!last || exact) return false
    if (!tok.startsWith(dict)) return false
    return SUFFIXES.has(tok.slice(dict.length))
  }

  interface Hit { from: number; to: number; entry: number }

  function longestAt(words: readonly string[], i: number): Hit | undefined {
    const tok = words[i]!
    const cands: Term[] = [...(index.get(tok) ?? [])]
    for (let k = 1; k <= 3 && k < tok.length - 2; k++) {
      for (const t of index.get(tok.slice(0, -k)) ?? []) if (t.words.length === 1 && !t.exact) cands.push(t)
    }
    let best: Hit | undefined
    for (const t of cands) {
      const n = t.words.length
      if (best && n <= best.to - best.from) continue
      let ok = true
      for (let k = 0; k < n && ok; k++) {
        const w = words[i + k]
        ok = w !== undefined && wordOk(t.words[k]!, w, k === n - 1, t.exact)
      }
      if (ok) best = { from: i, to: i + n, entry: t.entry }
    }
    return best
  }

  return {
    entries,
    match(articleId, text, tokens, date) {
      const words = tokens.map((t) => text.slice(t.start, t.end).toUpperCase())
      const hits: Hit[] = []
      for (let i = 0; i < words.length;) {
        const h = longestAt(words, i)
        if (h && entries[h.entry]!.code !== '' || (h && entries[h.entry]!.kind === 'agent')) { hits.push(h); i = h.to } else i++
      }
      const mentions: Mention[] = []
      const codes = new Map<string, string>()
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
        if (!code) continue
        const start = tokens[from]!.start
        const end = tokens[to - 1]!.end
        const id = hashId('mention', articleId, start, end)
        mentions.push({ id, articleId, start, end, text: text.slice(start, end), type: guessType(e), kind: 'name', stage })
        codes.set(id, code)
      }
      return { mentions, codes }
    },
  }
}

/** Add an agent's code before or after an actor code, once ("USAGOV" + GOV stays "USAGOV"). */
function addAgent(code: string, agent: PetrarchActor): string {
  if (!agent.code || code.endsWith(agent.code) || code.startsWith(agent.code)) return code
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
