/**
 * Matching system output to the real-news gold's entities: which gold entity
 * a system entity, an event role or a claim source stands for. A system entity
 * stands for a gold entity when one of its names equals one of the gold names
 * (case-insensitive, leading article and possessive dropped; type ignored, so a
 * country typed as a place or a group still counts). A span with no entity
 * stands for a gold entity when its head phrase (cut at the first comma,
 * bracket or preposition) is a gold name or ends with one ("Col. John Dorrian,
 * the spokesperson" → Dorrian), never when the name only sits inside a modifier
 * ("These sanctions against Russia").
 * @module
 */
import type { Claim, Entity, EventRole } from '../model/index.js'
import type { NewsClaim, NewsGold } from './news-gold.js'
import type { SystemOutput } from './seeds.js'

/** Lower case, straight quotes, single spaces, no leading article, no trailing possessive or punctuation. */
export function normName(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
    .replace(/^(the|a|an)\s+/, '').replace(/'s$/, '').replace(/^["'(]+|["'),.:;]+$/g, '').trim()
}

const PREPOSITIONS = /\s(?:of|in|on|for|against|from|with|to|at|by|about|over|under|into)\s/

/** The head phrase of a source or role span: up to the first comma, bracket or preposition. */
export function headPhrase(text: string): string {
  const n = normName(text)
  const cut = n.split(/[,(;:—–]/)[0] ?? n
  return normName(cut.split(PREPOSITIONS)[0] ?? cut)
}

const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'him', 'her', 'them', 'us'])
export const isPersonalPronoun = (text: string): boolean => PRONOUNS.has(normName(text))

export class GoldResolver {
  private readonly names = new Map<string, string[]>()
  private readonly ofEntity = new Map<string, string[]>()

  constructor(gold: NewsGold, private readonly sys: SystemOutput) {
    for (const g of gold.entities) {
      for (const n of new Set([g.canonical, ...g.aliases].map(normName))) {
        if (n && !this.names.get(n)?.includes(g.id)) this.names.set(n, [...(this.names.get(n) ?? []), g.id])
      }
    }
    for (const e of sys.entities) this.ofEntity.set(e.id, this.ofNames(e))
  }

  private ofNames(e: Entity): string[] {
    const ids = new Set<string>()
    for (const n of [e.canonicalName, ...e.aliases]) for (const id of this.names.get(normName(n)) ?? []) ids.add(id)
    return [...ids]
  }

  /** Gold entities a span of text names: its head phrase is a gold name or ends with one. */
  ofText(text: string): string[] {
    const head = headPhrase(text)
    if (!head) return []
    const exact = this.names.get(head)
    if (exact) return exact
    const ids = new Set<string>()
    const words = head.split(' ')
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i).join(' ')
      if (tail.length >= 3) for (const id of this.names.get(tail) ?? []) ids.add(id)
      if (ids.size) break
    }
    return [...ids]
  }

  /** Gold entities an event role or claim source stands for: through its entity, else through its text. */
  ofSpan(span: Pick<EventRole, 'entityId' | 'mentionId' | 'text'> | undefined): string[] {
    if (!span) return []
    const eid = span.entityId ?? (span.mentionId ? this.sys.mentionEntity.get(span.mentionId) : undefined)
    const viaEntity = eid ? (this.ofEntity.get(eid) ?? []) : []
    return viaEntity.length ? viaEntity : this.ofText(span.text)
  }
}

/** Gold speakers a claim's source stands for, following a pronoun's antecedent claim (a few steps at most). */
export function sourceIds(c: Claim, byId: ReadonlyMap<string, Claim>, r: GoldResolver, depth = 0): string[] {
  const own = r.ofSpan(c.source)
  if (own.length || depth > 3 || !c.source.antecedentClaimId) return own
  const prev = byId.get(c.source.antecedentClaimId)
  return prev ? sourceIds(prev, byId, r, depth + 1) : []
}

/** Is the system claim's source the gold claim's speaker? (entity id speakers by entity or name; descriptors by containment) */
export function sourceRight(g: NewsClaim, c: Claim, byId: ReadonlyMap<string, Claim>, r: GoldResolver, entityIds: ReadonlySet<string>): boolean {
  if (entityIds.has(g.speaker)) return sourceIds(c, byId, r).includes(g.speaker)
  return descriptorChain(c, byId).some((t) => descriptorMatches(g.speaker, t))
}

/** The source text of a claim and, for a pronoun or nominal continuing an earlier speaker ("A senior official said … He added"), the earlier sources'. */
function descriptorChain(c: Claim, byId: ReadonlyMap<string, Claim>): string[] {
  const out = [c.source.text]
  let cur: Claim | undefined = c
  for (let depth = 0; depth < 4 && cur?.source.antecedentClaimId; depth++) {
    cur = byId.get(cur.source.antecedentClaimId)
    if (cur) out.push(cur.source.text)
  }
  return out
}

/** A descriptor matches a source that contains it or that it contains; a pronoun ("he", "it") only itself, not part of a word. */
export function descriptorMatches(descriptor: string, text: string): boolean {
  const s = normName(text)
  const d = normName(descriptor)
  if (s === d) return s.length > 0
  return Math.min(s.length, d.length) >= 3 && (s.includes(d) || d.includes(s))
}

export function verbRight(g: NewsClaim, c: Claim): boolean {
  const cue = normName(c.cue.text)
  const verb = normName(g.verb)
  return cue.length > 0 && (cue.includes(verb) || verb.includes(cue))
}
