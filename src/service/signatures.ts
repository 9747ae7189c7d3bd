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
 * A name the knowledge base gives to several actors equally is read with the article's words (`pickKbActor`):
 * that choice (the actor, or "ambiguous") is made here, from the article's own mention texts, and enters the
 * signature as the group's *context key*, so articles that choose alike share a representative and resolution
 * is given the rest of the representative's texts to choose the same way. A role reference to a state ("the
 * Asad regime") whose head names no state by itself and no leader the knowledge base knows is resolved through
 * the countries named near the person, which resolution reads across articles: such a group alone is still
 * *pinned* to its article (its article id enters the signature and the whole article is read).
 * @module
 */
import { hashId, type Mention } from '../model/index.js'
import type { KbActor } from '../kb/actors.js'
import type { Affiliation } from '../resolve/affiliations.js'
import { bodyKindsAgree, judgementKey, kbMatchesOfNames, stateOfHead } from '../resolve/index.js'
import { contextWords, matchKb, pickKbActor, type KbIndex } from '../resolve/kb-match.js'
import { countryIndex, stateReference } from '../resolve/state-actor.js'
import { isRelativeCompassName } from '../resolve/compass.js'
import { bodyKeyText, keyWithState, possessiveStateBodies, qualifiedBodyStates } from '../resolve/state-body.js'
import { hostOfKey, keyWithHost, postHosts } from '../resolve/host-place.js'
import type { NameType } from '../resolve/translit.js'

/**
 * The number of the rules signatures are made by: this file's and the resolution rules it calls (name keys, a body's
 * state: `qualifiedBodyStates`, what pins a group). Bump it whenever the signatures of some article change; it enters
 * every signature, and a store last aggregated under another number signs every article again (`aggregate.ts`), so
 * stored signatures never mix rules. `signatures.test.ts` holds a fingerprint of a made-up article's signatures under
 * the current number, so a change that forgets the bump fails there.
 * 3: a state body qualified by a nationality the knowledge base lacks ("Peruvian Congress"; the actor dictionary's
 * country entries), and the number itself in the hash.
 * 4: a body named with its state in one name ("U.S Congress", "Peruvian Congress": `stateLedBody`) keys as that state's
 * body; a company's legal form leaves its key ("Xerox Corp." is "Xerox").
 * 5: the Slavic shch written shch, sch or sh is one sound in name keys ("Yushchenko" / "Yuschenko").
 * 6: a body's post named right before its host place keys with the host ("the U.S. Embassy in Jakarta":
 * `postHosts`) and pins its group.
 * 7: a body written right after its state's possessive that the knowledge base knows with the state's adjective in
 * front ("Iraq’s Security Forces": `possessiveStateBodies`) pins its group.
 */
export const SIGNATURE_RULES = 7

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

interface NameFacts {
  readonly key: string
  /** A role reference only the countries named near the person resolve: it pins its group. */
  readonly pin: boolean
}

/** Per knowledge base: name facts and KB ties already worked out (names repeat across articles; bounded). */
const facts = new WeakMap<KbIndex, { names: Map<string, NameFacts>; ties: Map<string, boolean>; countries: Map<string, KbActor> }>()

function factsOf(kb: KbIndex): { names: Map<string, NameFacts>; ties: Map<string, boolean>; countries: Map<string, KbActor> } {
  let f = facts.get(kb)
  if (!f) facts.set(kb, (f = { names: new Map(), ties: new Map(), countries: countryIndex(kb.actors) }))
  return f
}

/** A name's judgement key, and whether it pins its group. */
function nameFacts(name: string, type: NameType, kb: KbIndex): NameFacts {
  const cache = factsOf(kb)
  const ck = `${type}|${name}`
  let f = cache.names.get(ck)
  if (!f) {
    const ref = stateReference(name)
    // "the North" names a place only with its article ("North Korea" there): it too is read with its article
    const relative = type === 'LOC' && isRelativeCompassName(name)
    f = { key: judgementKey(name, type), pin: relative || (ref !== undefined && stateOfHead(ref.head, cache.countries, kb.actors) === undefined) }
    if (cache.names.size >= 200_000) cache.names.clear()
    cache.names.set(ck, f)
  }
  return f
}

/** Do a node's names match several KB actors equally, so that the article's words decide? */
function kbTie(names: readonly string[], type: NameType, kb: KbIndex): boolean {
  const cache = factsOf(kb)
  const ck = `${type}|${names.join('\u0001')}`
  let t = cache.ties.get(ck)
  if (t === undefined) {
    // cheap first: a node none of whose names matches (nor, for a person, as a country) cannot tie
    const any = names.some((n) => matchKb(n, type, kb).length > 0 || (type === 'PER' && matchKb(n, 'LOC', kb).length > 0))
    const matches = any ? kbMatchesOfNames(names, type, kb) : []
    t = matches.length > 1 && matches[1]!.score === matches[0]!.score
    if (cache.ties.size >= 200_000) cache.ties.clear()
    cache.ties.set(ck, t)
  }
  return t
}

/** The context key of a node: the KB actor the article's words choose for a tied name, or "ambiguous"; '' otherwise. */
function contextKey(names: readonly string[], type: NameType, kb: KbIndex, words: () => ReadonlySet<string>): string {
  if (!kbTie(names, type, kb)) return ''
  const pick = pickKbActor(kbMatchesOfNames(names, type, kb), words())
  return pick.kind === 'one' ? pick.match.actor.id : 'ambiguous'
}

/** Signatures of one article's mentions (named ones and those attached to a named antecedent). */
export function articleSignatures(articleId: string, mentions: readonly Mention[], affiliations: readonly Affiliation[], kb: KbIndex): ArticleSignatures {
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const nodeKey = new Map<string, string>()
  const names = new Map<string, Set<string>>()
  // "Peru's Congress" is keyed with its state, as resolution keys it (`qualifiedBodyStates`)
  const qualified = qualifiedBodyStates(mentions.filter(named), (m) => nameFacts(m.text, m.type as NameType, kb).key, factsOf(kb).countries)
  // "the U.S. Embassy in Jakarta" keys with its host, as resolution keys it (`postHosts`)
  const hosts = postHosts(mentions.filter(named))
  // "Iraq’s Security Forces" is read with its article, whose state mention gives resolution the KB actor
  const viaState = possessiveStateBodies(mentions.filter(named), factsOf(kb).countries, kb)
  for (const m of mentions) {
    if (!named(m)) continue
    const key = keyWithHost(keyWithState(nameFacts(qualified.has(m.id) ? bodyKeyText(m.text, m.type, factsOf(kb).countries) : m.text, m.type as NameType, kb).key, qualified.get(m.id)), hosts.get(m.id))
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
  const pinnedKeys = new Set([...viaState].flatMap((id) => nodeKey.get(id) ?? []))
  let pinned = false
  let words: Set<string> | undefined
  const articleWords = () => (words ??= contextWords(mentions.map((m) => m.text)))
  const groupSig = new Map<string, string>()
  for (const [g, keys] of groups) {
    const typeOf = (k: string) => k.slice(0, k.indexOf(':')) as NameType
    const desc = [...keys].sort().map((k) => {
      const ns = [...names.get(k)!].sort()
      return `${k}=${ns.join('\u0001')}\u0003${contextKey(ns, typeOf(k), kb, articleWords)}`
    }).join('\u0002')
    // a post keyed by its host is read with its article, whose place mention gives resolution the host
    const pin = keys.some((k) => hostOfKey(k) !== undefined || pinnedKeys.has(k) || [...names.get(k)!].some((n) => nameFacts(n, typeOf(k), kb).pin))
    if (pin) pinned = true
    groupSig.set(g, hashId('signature', `v${SIGNATURE_RULES}`, desc, [...(links.get(g) ?? [])].sort().join('\u0002'), pin ? articleId : ''))
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
