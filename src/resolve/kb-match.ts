/**
 * Linking names to actors of the knowledge base: exact key match on any alias,
 * then fuzzy match within blocks (so a misspelling like "Wilyat Sinai" still
 * reaches Wilayat Sinai), then disambiguation by context when one name belongs
 * to several actors (the Gaza and the Syrian Army of Islam).
 * @module
 */
import type { KbActor } from '../kb/actors.js'
import { compareNames, MERGE_THRESHOLD } from './compare.js'
import { blockingKeys, foldAscii, isAcronym, nameKey, type NameType } from './translit.js'

interface AliasEntry {
  readonly actor: KbActor
  readonly alias: string
  readonly acronym: boolean
}

export interface KbIndex {
  readonly actors: readonly KbActor[]
  readonly byId: ReadonlyMap<string, KbActor>
  readonly byKey: ReadonlyMap<string, readonly AliasEntry[]>
  readonly byBlock: ReadonlyMap<string, readonly AliasEntry[]>
}

export interface KbMatch {
  readonly actor: KbActor
  readonly alias: string
  readonly score: number
}

/** Mention types an actor accepts: its own, and ORG for countries (governments named by their country). */
export function typeFits(actor: KbActor, type: string): boolean {
  if (actor.type === type) return true
  return actor.type === 'LOC' && actor.kind === 'country' && type === 'ORG'
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

/** Index actors by the key and blocking keys of every alias. */
export function buildKbIndex(actors: readonly KbActor[]): KbIndex {
  const byKey = new Map<string, AliasEntry[]>()
  const byBlock = new Map<string, AliasEntry[]>()
  for (const actor of actors) {
    const names = [...new Set([actor.name, ...actor.aliases])]
    for (const alias of names) {
      const entry: AliasEntry = { actor, alias, acronym: isAcronym(alias.trim()) }
      const key = nameKey(alias, actor.type)
      if (key === '') continue
      push(byKey, `${actor.type}|${key}`, entry)
      for (const b of blockingKeys(alias, actor.type)) push(byBlock, b, entry)
    }
  }
  return { actors, byId: new Map(actors.map((a) => [a.id, a])), byKey, byBlock }
}

/**
 * Actors whose aliases match a name, best first. Acronym aliases ("IS", "PA")
 * only match names written as acronyms, so the English word "is" never links.
 */
export function matchKb(name: string, type: NameType, index: KbIndex): KbMatch[] {
  const acronym = isAcronym(name.trim())
  const types: NameType[] = type === 'ORG' ? ['ORG', 'LOC'] : [type]
  const best = new Map<string, KbMatch>()
  const consider = (e: AliasEntry, score: number) => {
    if (!typeFits(e.actor, type)) return
    if (e.acronym !== acronym) return
    const prev = best.get(e.actor.id)
    if (!prev || prev.score < score) best.set(e.actor.id, { actor: e.actor, alias: e.alias, score })
  }
  for (const t of types) {
    const key = nameKey(name, t)
    for (const e of index.byKey.get(`${t}|${key}`) ?? []) consider(e, 1)
  }
  if (best.size === 0 && !acronym) {
    const seen = new Set<AliasEntry>()
    for (const b of blockingKeys(name, type)) {
      for (const e of index.byBlock.get(b) ?? []) {
        if (seen.has(e) || e.acronym) continue
        seen.add(e)
        if (e.actor.type !== type) continue
        if (lengthsApart(name, e.alias)) continue
        const c = compareNames(name, e.alias, type)
        if (c.guard === undefined && c.score >= MERGE_THRESHOLD) consider(e, c.score)
      }
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.actor.id.localeCompare(b.actor.id))
}

/**
 * Spelling variants have about the same number of letters ("Wilyat Sinai" / "Wilayat Sinai", "Falluja" / "Fallujah");
 * a name twice as long as an alias is another name, however alike their sound keys ("Missouri" is not "Misr", Egypt).
 */
function lengthsApart(name: string, alias: string): boolean {
  const a = foldAscii(name).replace(/[^a-z]/g, '').length
  const b = foldAscii(alias).replace(/[^a-z]/g, '').length
  return Math.min(a, b) < 0.7 * Math.max(a, b)
}

/** Folded words of a text, for context matching. */
export function contextWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>()
  for (const t of texts) {
    const f = foldAscii(t)
    out.add(f.trim())
    for (const w of f.split(/[^a-z0-9]+/)) if (w.length > 1) out.add(w)
  }
  return out
}

/** How many of an actor's context words and regions occur among the given words. */
export function contextScore(actor: KbActor, words: ReadonlySet<string>): number {
  let n = 0
  for (const c of new Set([...actor.context, ...actor.region])) {
    const f = foldAscii(c).trim()
    if (words.has(f)) n++
  }
  return n
}

export type KbPick =
  | { readonly kind: 'one'; readonly match: KbMatch; readonly reason: string }
  | { readonly kind: 'ambiguous'; readonly matches: readonly KbMatch[] }
  | { readonly kind: 'none' }

/**
 * Choose among matching actors using the words of the article (names of other
 * mentions, or its text). A unique best context score wins; ties are ambiguous.
 */
export function pickKbActor(matches: readonly KbMatch[], context: ReadonlySet<string>): KbPick {
  if (matches.length === 0) return { kind: 'none' }
  const top = matches.filter((m) => m.score === matches[0]!.score)
  if (top.length === 1) return { kind: 'one', match: top[0]!, reason: `alias "${top[0]!.alias}"` }
  const scored = top.map((m) => ({ m, s: contextScore(m.actor, context) })).sort((a, b) => b.s - a.s)
  if (scored[0]!.s > 0 && scored[0]!.s > scored[1]!.s) {
    return { kind: 'one', match: scored[0]!.m, reason: `alias "${scored[0]!.m.alias}", context points to ${scored[0]!.m.actor.id}` }
  }
  return { kind: 'ambiguous', matches: top }
}
