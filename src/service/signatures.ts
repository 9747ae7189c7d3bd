/**
 * Name signatures: what resolution sees of one name in one article, so that occurrences resolution cannot tell
 * apart are resolved once. A named mention's *node* is its article's mentions of one type and name key (as in
 * `resolveEntities`); nodes joined by the article's coreference form a *group*. A node's signature hashes its key,
 * its group (every key with its surface names) and the group's person–organisation links. Two nodes with one
 * signature in two articles get the same edges from resolution (same names, same within-article links), so
 * resolution reads, for each signature, only its *representative*: the occurrence in the article with the
 * smallest id. That choice depends on the set of stored articles only, never on the order or batches they came
 * in, so aggregation stays order-independent and its cost grows with the distinct names, not the articles.
 *
 * A group whose reading depends on the rest of its article is *pinned* to that article (its article id enters
 * the signature and the whole article is read): a role reference to a state ("the Asad regime", resolved
 * through the countries named nearby) and a name the knowledge base gives to two actors (the article's words
 * decide).
 * @module
 */
import { hashId, type Mention } from '../model/index.js'
import type { Affiliation } from '../resolve/affiliations.js'
import { bodyKindsAgree, judgementKey } from '../resolve/index.js'
import { matchKb, type KbIndex } from '../resolve/kb-match.js'
import { stateReference } from '../resolve/state-actor.js'
import type { NameType } from '../resolve/translit.js'

export interface SignatureRow {
  readonly mentionId: string
  readonly signature: string
  /** The node's judgement key (`PER:john smith`), for the article's co-occurrence context. */
  readonly key: string
}

export interface ArticleSignatures {
  readonly rows: SignatureRow[]
  /** True when some group is pinned: resolution must read the whole article. */
  readonly pinned: boolean
}

const named = (m: Mention) => (m.kind ?? 'name') === 'name' || m.kind === 'acronym'

/** Per knowledge base: name facts already worked out (names repeat across articles; bounded). */
const facts = new WeakMap<KbIndex, Map<string, { key: string; pin: boolean }>>()

/** A name's judgement key, and whether it pins its group (a role reference, or a name two KB actors share equally). */
function nameFacts(name: string, type: NameType, kb: KbIndex): { key: string; pin: boolean } {
  let cache = facts.get(kb)
  if (!cache) facts.set(kb, (cache = new Map()))
  const ck = `${type}|${name}`
  let f = cache.get(ck)
  if (!f) {
    const matches = matchKb(name, type, kb)
    f = { key: judgementKey(name, type), pin: stateReference(name) !== undefined || (matches.length > 1 && matches[1]!.score === matches[0]!.score) }
    if (cache.size >= 200_000) cache.clear()
    cache.set(ck, f)
  }
  return f
}

/** Signatures of one article's mentions (named ones and those attached to a named antecedent). */
export function articleSignatures(articleId: string, mentions: readonly Mention[], affiliations: readonly Affiliation[], kb: KbIndex): ArticleSignatures {
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const nodeKey = new Map<string, string>()
  const names = new Map<string, Set<string>>()
  for (const m of mentions) {
    if (!named(m)) continue
    const key = nameFacts(m.text, m.type as NameType, kb).key
    if (key.endsWith(':')) continue
    nodeKey.set(m.id, key)
    const s = names.get(key) ?? new Set<string>()
    s.add(m.text)
    names.set(key, s)
  }
  const root = (m: Mention): string | undefined => {
    const seen = new Set<string>([m.id])
    let cur = m.antecedentId !== undefined ? byId.get(m.antecedentId) : undefined
    while (cur && !seen.has(cur.id)) {
      const k = nodeKey.get(cur.id)
      if (k !== undefined) return k
      seen.add(cur.id)
      cur = cur.antecedentId !== undefined ? byId.get(cur.antecedentId) : undefined
    }
    return undefined
  }
  // groups: nodes joined by the article's coreference (union–find over keys)
  const parent = new Map<string, string>([...names.keys()].map((k) => [k, k]))
  const find = (k: string): string => { while (parent.get(k) !== k) k = parent.get(k)!; return k }
  const attachedTo = new Map<string, string>()
  for (const m of mentions) {
    const r = root(m)
    if (r === undefined) continue
    const own = nodeKey.get(m.id)
    if (own === undefined) {
      // "the ministry" (and "they" after it) never attaches to a body whose own name says it is another kind
      if (chainTexts(m, byId, nodeKey).every((t) => bodyKindsAgree(t, [...names.get(r)!]))) attachedTo.set(m.id, r)
      continue
    }
    const [a, b] = [find(own), find(r)].sort() as [string, string]
    if (a !== b) parent.set(b, a)
  }
  const groups = new Map<string, string[]>()
  for (const k of names.keys()) groups.set(find(k), [...(groups.get(find(k)) ?? []), k])
  // person–organisation links, by the group of the person
  const links = new Map<string, Set<string>>()
  for (const a of affiliations) {
    const p = nodeKey.get(a.personMentionId)
    const o = byId.get(a.orgMentionId)
    if (p === undefined || !o) continue
    const g = find(p)
    const s = links.get(g) ?? new Set<string>()
    s.add(`${p}>${nodeKey.get(o.id) ?? judgementKey(o.text, o.type)}|${a.kind ?? ''}|${a.role}`)
    links.set(g, s)
  }
  let pinned = false
  const groupSig = new Map<string, string>()
  for (const [g, keys] of groups) {
    const desc = [...keys].sort().map((k) => `${k}=${[...names.get(k)!].sort().join('\u0001')}`).join('\u0002')
    const pin = keys.some((k) => [...names.get(k)!].some((n) => nameFacts(n, k.slice(0, k.indexOf(':')) as NameType, kb).pin))
    if (pin) pinned = true
    groupSig.set(g, hashId('signature', desc, [...(links.get(g) ?? [])].sort().join('\u0002'), pin ? articleId : ''))
  }
  const sigOf = (key: string) => `${groupSig.get(find(key))!}:${hashId('node', key)}`
  const rows: SignatureRow[] = []
  for (const m of mentions) {
    const key = nodeKey.get(m.id) ?? attachedTo.get(m.id)
    if (key !== undefined) rows.push({ mentionId: m.id, signature: sigOf(key), key })
  }
  return { rows, pinned }
}

/** The texts of a mention and of the unnamed mentions between it and its named antecedent ("they" → "The ministry"). */
function chainTexts(m: Mention, byId: ReadonlyMap<string, Mention>, named: ReadonlyMap<string, string>): string[] {
  const out = [m.text]
  const seen = new Set<string>([m.id])
  let cur = m.antecedentId !== undefined ? byId.get(m.antecedentId) : undefined
  while (cur && !seen.has(cur.id) && !named.has(cur.id)) {
    out.push(cur.text)
    seen.add(cur.id)
    cur = cur.antecedentId !== undefined ? byId.get(cur.antecedentId) : undefined
  }
  return out
}
