/**
 * Cross-document entity resolution: mentions of all articles → entities,
 * with every merge recorded as a judgement.
 *
 * Units. A *node* is one name in one article: the named mentions of an
 * article that share a type and a name key. Nominal and pronoun mentions join
 * the node of their antecedent. A node's *judgement key* is
 * `${type}:${nameKey(name)}` (e.g. `PER:mumtaz dugmush`); a knowledge-base
 * actor's key is `kb:${actorId}`. Judgements (model and user) are edges
 * between such keys, so they survive re-ingest, re-segmentation and changed
 * canonical names: a user's `different` between `PER:almuhajer` and
 * `PER:abu bakr bagdadi` keeps every mention with the first key apart from
 * every mention with the second, in every later run.
 *
 * Clustering. Edges (user `same`, within-article coreference, KB alias links,
 * name similarity ≥ MERGE_THRESHOLD) are applied strongest first; a merge is
 * refused when it would put into one entity two keys a user judged
 * `different`, two different KB actors, or two names a guard keeps apart
 * (surname conflict, org head conflict, type conflict…). Pairs scoring
 * between REVIEW_THRESHOLD and MERGE_THRESHOLD that end up apart become
 * `unsure` judgements for `dossier review`. For each user pair, the latest
 * judgement wins.
 *
 * Entity ids hash natural keys: `hashId('entity', 'kb', actorId)` for KB
 * actors, `hashId('entity', type, nameKey(canonicalName))` otherwise.
 * @module
 */
import { hashId, type Entity, type Judgement, type Mention, type Relation } from '../model/index.js'
import type { KbActor } from '../kb/actors.js'
import { acronymOf, compareNames, compareTyped, jaroWinkler, MERGE_THRESHOLD, REVIEW_THRESHOLD, type ComparisonKind, type GuardName } from './compare.js'
import { buildKbIndex, contextWords, matchKb, pickKbActor, type KbIndex, type KbMatch, type KbPick } from './kb-match.js'
import { blockingKeys, foldAscii, isAcronym, isDescription, isDescriptivePhrase, nameKey, nameUnits, namesItsEntity, seenAliases, stripTitles, type NameType } from './translit.js'
import type { Affiliation } from './affiliations.js'
import { bodyOfArticleState, countryIndex, countryOfHead, stateReference } from './state-actor.js'
import { placeOf, samePlaceEdges } from './places.js'
import { bodyKeyText, keyWithState, nearestState, possessiveStateActor, qualifiedBodyStates, stateCodeOf, stateLedActor, stateLedBody } from './state-body.js'
import { hostOfKey, keyWithHost, postHostsByArticle } from './host-place.js'
import { crossTypeKey, crossTypeVerdict, majorityType } from './cross-type.js'
import { compassEdges, isRelativeCompassName } from './compass.js'
import { translatedAcronymOf } from './translated-acronym.js'
import { shippedKnownPersons, spellingVariantDenied, surnameEvidenceOfAll, type KnownPersons } from './known-persons.js'

export interface ResolveArticle {
  readonly id: string
  readonly outlet?: string
}

export interface ResolveInput {
  /** Mentions of all articles (with antecedentId from the coref stage where set). */
  readonly mentions: readonly Mention[]
  readonly articles: readonly ResolveArticle[]
  readonly kb: readonly KbActor[]
  /** Stored judgements; those with by: 'user' constrain the result. Model ones are ignored (recomputed). */
  readonly judgements?: readonly Judgement[]
  /** Person–organisation links from `extractAffiliations`, for relations and as matching context. */
  readonly affiliations?: readonly Affiliation[]
  /** Timestamp written on the model's judgements (default: now). */
  readonly now?: string
  /**
   * Judgement keys named in an article besides those of `mentions` (when resolution reads only part of an
   * article): they count as co-occurring names for the context of its nodes.
   */
  readonly context?: ReadonlyMap<string, readonly string[]>
  /**
   * Texts of an article's mentions besides those of `mentions` (when resolution reads only part of an article):
   * their words break ties between knowledge-base actors as the whole article's words would.
   */
  readonly texts?: ReadonlyMap<string, readonly string[]>
  /** Public persons an actor dictionary knows by name, for lone surnames across articles (default: the shipped dictionaries). */
  readonly knownPersons?: KnownPersons
}

export interface ResolveOutput {
  readonly entities: Entity[]
  readonly mentionEntity: Map<string, string>
  /** The model's judgements: `same` for every merge, `unsure` for pairs to review, `different` where a guard fired. */
  readonly judgements: Judgement[]
  readonly relations: Relation[]
}

/** Judgement key of a name: `PER:mumtaz dugmush`. */
export function judgementKey(name: string, type: string): string {
  return `${type}:${nameKey(name, type as NameType)}`
}

/** Judgement key of a knowledge-base actor: `kb:islamic_state`. */
export function kbKey(actorId: string): string {
  return `kb:${actorId}`
}

/** Id of the entity for a KB actor. */
export function kbEntityId(actorId: string): string {
  return hashId('entity', 'kb', actorId)
}

interface Node {
  readonly idx: number
  readonly articleId: string
  type: NameType
  readonly key: string
  readonly names: string[]
  readonly mentionIds: string[]
  /** Nominal / pronoun mentions attached through their antecedent. */
  readonly attached: string[]
  kbActor?: string
}

interface Edge {
  readonly a: number
  readonly b: number
  readonly score: number
  readonly reason: string
  readonly by: 'user' | 'model' | 'kb'
  readonly forced: boolean
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

function judgement(a: string, b: string, verdict: Judgement['verdict'], score: number, by: Judgement['by'], reason: string, at: string): Judgement {
  const [x, y] = a < b ? [a, b] : [b, a]
  return { id: hashId('judgement', x, y, by), a: x, b: y, verdict, score: Math.round(score * 1000) / 1000, by, reason, at }
}

/** The latest user verdict per unordered key pair. */
function userVerdicts(judgements: readonly Judgement[]): Map<string, Judgement> {
  const out = new Map<string, Judgement>()
  for (const j of [...judgements].filter((x) => x.by === 'user').sort((p, q) => p.at.localeCompare(q.at) || p.id.localeCompare(q.id))) {
    out.set(pairKey(j.a, j.b), j)
  }
  return out
}

const LEADER_ROLE = /^(?:top |supreme |overall )?(leader|commander|chief|head|emir|amir|founder|president|secretary[- ]general)\b/i

/** Resolve mentions of all articles to entities. Deterministic: same input → same output (but `at`). */
export function resolveEntities(input: ResolveInput): ResolveOutput {
  const at = input.now ?? new Date().toISOString()
  const kb: KbIndex = buildKbIndex(input.kb)
  const outletOf = new Map(input.articles.map((a) => [a.id, a.outlet]))
  const mentions = [...input.mentions].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const named = (m: Mention) => (m.kind ?? 'name') === 'name' || m.kind === 'acronym'

  // ---- nodes: one per (article, type, name key)
  const nodes: Node[] = []
  const nodeOf = new Map<string, number>()
  const nodeByKey = new Map<string, number>()
  const countries = countryIndex(input.kb)
  // "Peru's Congress" is not the article's other "Congress": its key carries its state
  const qualified = qualifiedStates(mentions.filter(named), countries)
  // "the U.S. Embassy in Jakarta" is not the one in Caracas: its key carries its host
  const hosts = postHostsByArticle(mentions.filter(named))
  for (const m of mentions) {
    if (!named(m)) continue
    const type = m.type as NameType
    const key = keyWithHost(keyWithState(judgementKey(qualified.has(m.id) ? bodyKeyText(m.text, type, countries) : m.text, type), qualified.get(m.id)), hosts.get(m.id))
    if (key.endsWith(':')) continue
    const nk = `${m.articleId}\u0000${key}`
    let idx = nodeByKey.get(nk)
    if (idx === undefined) {
      idx = nodes.length
      nodes.push({ idx, articleId: m.articleId, type, key, names: [], mentionIds: [], attached: [] })
      nodeByKey.set(nk, idx)
    }
    const node = nodes[idx]!
    if (!node.names.includes(m.text)) node.names.push(m.text)
    node.mentionIds.push(m.id)
    nodeOf.set(m.id, idx)
  }
  // the node of the first named antecedent in the chain (same article only)
  const rootNode = (m: Mention): number | undefined => {
    const seen = new Set<string>([m.id])
    let cur = m.antecedentId !== undefined ? byId.get(m.antecedentId) : undefined
    while (cur && !seen.has(cur.id) && cur.articleId === m.articleId) {
      const n = nodeOf.get(cur.id)
      if (n !== undefined) return n
      seen.add(cur.id)
      cur = cur.antecedentId !== undefined ? byId.get(cur.antecedentId) : undefined
    }
    return undefined
  }

  // the texts of a mention and of the unnamed mentions between it and its named antecedent ("they" → "The ministry")
  const chainTexts = (m: Mention): string[] => {
    const out = [m.text]
    const seen = new Set<string>([m.id])
    let cur = m.antecedentId !== undefined ? byId.get(m.antecedentId) : undefined
    while (cur && !seen.has(cur.id) && cur.articleId === m.articleId && nodeOf.get(cur.id) === undefined) {
      out.push(cur.text)
      seen.add(cur.id)
      cur = cur.antecedentId !== undefined ? byId.get(cur.antecedentId) : undefined
    }
    return out
  }

  const edges: Edge[] = []
  const modelJudgements = new Map<string, Judgement>()
  const addJudgement = (j: Judgement) => {
    if (j.a === j.b) return
    const k = pairKey(j.a, j.b)
    const prev = modelJudgements.get(k)
    if (!prev || (prev.verdict !== 'same' && (j.verdict === 'same' || j.score > prev.score))) modelJudgements.set(k, j)
  }

  // typed-name pairs an article states are one thing ("X, also called Y"): no name guard keeps them apart
  const aliasPairs = new Set<string>()
  const statedAliases = (x: Node, y: Node) => {
    for (const a of x.names) for (const b of y.names) {
      aliasPairs.add(`${x.type}|${a}\u0000${y.type}|${b}`)
      aliasPairs.add(`${y.type}|${b}\u0000${x.type}|${a}`)
    }
  }
  // ---- within-article coreference: named short forms become edges, nominals attach
  const aliasEdges: Array<[number, number]> = []
  for (const m of mentions) {
    if (m.antecedentId === undefined) continue
    const root = rootNode(m)
    if (root === undefined) continue
    const own = nodeOf.get(m.id)
    if (own === undefined) {
      // "the ministry" (or "they" after it) never attaches to a body whose own name says it is another kind ("the National Guard")
      if (chainTexts(m).some((t) => !bodyKindsAgree(t, nodes[root]!.names))) continue
      nodes[root]!.attached.push(m.id)
    } else if (own !== root) {
      // an acronym joins its antecedent only when it spells that name's initials, in order or, for a name translated
      // from the acronym's language, mostly and in another order ("FARC"); otherwise a person decides
      const acr = nodes[own]!.names.find((n) => isAcronym(n.trim()))
      const full = nodes[root]!.names.filter((n) => !isAcronym(n.trim()))
      if (acr !== undefined && full.length > 0 && nodes[root]!.names.every((n) => n === acr || (!acronymOf(acr, n) && !translatedAcronymOf(acr, n)))) {
        addJudgement(judgement(nodes[own]!.key, nodes[root]!.key, 'unsure', 0.7, 'model', `coreference in article: "${acr}" → "${full[0]}", but the acronym does not spell that name's initials`, at))
        continue
      }
      // a short form read before the only full name it could join may name someone the story introduced earlier
      // ("Mr. Kestrel and his son … Orin Kestrel"): a person decides; not an alias the text states ("US Task Force 50"
      // in a headline, "Task Force (CTF) 50" in the body)
      if (m.linkedBy !== 'alias' && opensBeforeItsName(m, nodes[own]!.mentionIds, nodes[root]!.mentionIds, byId)) {
        addJudgement(judgement(nodes[own]!.key, nodes[root]!.key, 'unsure', 0.8, 'model', `coreference in article: "${m.text}" → "${nodes[root]!.names[0]}", but every "${m.text}" comes before that name`, at))
        continue
      }
      if (m.linkedBy === 'alias') aliasEdges.push([own, root])
      edges.push({ a: own, b: root, score: 0.95, reason: `coreference in article: "${m.text}" → "${nodes[root]!.names[0]}"${m.linkedBy === 'alias' ? ' (an alias the article states)' : ''}`, by: 'model', forced: false })
    }
  }

  // what an article states twice is stated once: "CTF 50" and "US Task Force 50", each an alias of "Task Force", are one
  for (const group of statedAliasGroups(aliasEdges)) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) statedAliases(nodes[group[i]!]!, nodes[group[j]!]!)
  }

  // ---- knowledge base links
  const articleWords = new Map<string, Set<string>>()
  for (const m of mentions) {
    let w = articleWords.get(m.articleId)
    if (!w) articleWords.set(m.articleId, (w = new Set()))
    for (const x of contextWords([m.text])) w.add(x)
  }
  for (const [articleId, texts] of input.texts ?? []) {
    let w = articleWords.get(articleId)
    if (!w) articleWords.set(articleId, (w = new Set()))
    for (const x of contextWords(texts)) w.add(x)
  }
  const kbNodes = new Map<string, number>()
  const kbNode = (actor: KbActor): number => {
    let idx = kbNodes.get(actor.id)
    if (idx === undefined) {
      idx = nodes.length
      nodes.push({ idx, articleId: '', type: actor.type, key: kbKey(actor.id), names: [], mentionIds: [], attached: [], kbActor: actor.id })
      kbNodes.set(actor.id, idx)
    }
    return idx
  }
  const mentionNodeCount = nodes.length
  /**
   * The state of a person named in a role reference ("the Asad regime"): the country named (or whose people are
   * named: "Syrian") near the person's mentions and the reference itself, when it clearly leads (twice the next).
   */
  const countryOfPerson = (head: string, at: number): KbActor | undefined => {
    const anchors = nodes.slice(0, mentionNodeCount).filter((n) => n.idx === at || (n.type === 'PER' && n.names.some((x) => namesPerson(x, head))))
    if (!anchors.some((n) => n.type === 'PER')) return undefined // no person of that name: nothing to go by
    const count = new Map<string, number>()
    for (const a of anchors) for (const id of a.mentionIds) {
      const m = byId.get(id)!
      for (const c of countryMentionsNear(m)) count.set(c, (count.get(c) ?? 0) + 1)
    }
    const [first, second] = [...count.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
    return first && (!second || first[1] >= 2 * second[1]) ? kb.byId.get(first[0]) : undefined
  }
  const NEAR = 250
  const countryMentionsNear = (m: Mention): string[] => {
    const out: string[] = []
    for (const n of countryMentionsOf.get(m.articleId) ?? []) if (Math.abs(n.start - m.start) <= NEAR) out.push(n.country)
    return out
  }
  const viaState = possessiveStateActors(mentions.filter(named), nodeOf, countries, kb)
  for (let i = 0; i < mentionNodeCount; i++) {
    const node = nodes[i]!
    const own = pickKbActor(kbMatchesOfNames(node.names, node.type, kb), articleWords.get(node.articleId) ?? new Set())
    // "Iraq’s Security Forces": the body read with its state in front ("Iraqi Security Forces")
    const via = viaState.get(i)
    const pick: KbPick = own.kind === 'none' && via !== undefined ? { kind: 'one', match: via, reason: `alias "${via.alias}" with the state written before the body` } : own
    if (pick.kind === 'one') {
      const actor = pick.match.actor
      node.type = actor.type
      node.kbActor = actor.id
      edges.push({ a: i, b: kbNode(actor), score: pick.match.score, reason: `knowledge base: ${pick.reason}`, by: 'kb', forced: false })
    } else if (pick.kind === 'ambiguous') {
      for (const m of pick.matches) {
        kbNode(m.actor)
        addJudgement(judgement(node.key, kbKey(m.actor.id), 'unsure', 0.8, 'model',
          `"${node.names[0]}" is an alias of ${pick.matches.map((x) => x.actor.id).join(' and ')}; the article does not say which`, at))
      }
    }
  }

  // ---- role references to a state ("the Asad regime", "the Syrian government") join the state's actor
  /** Where an article names a state, or its people, by the state's country code ("Iraq's", "Israeli", "South Korea"). */
  const statesOf = new Map<string, Array<{ start: number; end: number; country: string }>>()
  const statesNamedIn = (articleId: string): Array<{ start: number; end: number; country: string }> => {
    let list = statesOf.get(articleId)
    if (list) return list
    list = []
    for (const n of nodes.slice(0, mentionNodeCount)) {
      if (n.articleId !== articleId || (n.type !== 'LOC' && n.type !== 'NORP')) continue
      // (nationalities the knowledge base lacks too, from the actor dictionary: "Bolivians"; in a digest one more
      // people named near a body often ties the count, and a tied body joins no other article's, see TIED_STATE)
      const country = stateCodeOf(n.names[0]!, n.type, countries)
      if (country !== undefined) for (const id of n.mentionIds) list.push({ start: byId.get(id)!.start, end: byId.get(id)!.end, country })
    }
    statesOf.set(articleId, list)
    return list
  }
  /** The state of each node that is a state body named without it (undefined: the article does not say). */
  const bodyState = new Map<number, string | undefined>()
  /** The country a possessive names right before a mention ("Iraq's National Assembly"), else the one named most
   *  often near its mentions when it clearly leads (twice the next). */
  const stateOfBody = (node: Node): string | undefined => {
    const count = new Map<string, number>()
    const states = statesNamedIn(node.articleId)
    // "Peru's" in "Peru's Congress" says whose that Congress is, not which state the article's other "Congress" is
    const starts = [...qualified.keys()].map((id) => byId.get(id)!).filter((q) => q.articleId === node.articleId).map((q) => q.start)
    const qualifies = (c: { end: number }) => starts.some((s) => s >= c.end && s - c.end <= 3)
    for (const id of node.mentionIds) {
      const m = byId.get(id)!
      const own = states.find((c) => c.end < m.start && m.start - c.end <= 3)
      if (own) return own.country
      for (const c of states) if (Math.abs(c.start - m.start) <= NEAR && !qualifies(c)) count.set(c.country, (count.get(c.country) ?? 0) + 1)
    }
    const [first, second] = [...count.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
    if (first && (!second || first[1] >= 2 * second[1])) return first[0]
    const nearest = nearestState(node.mentionIds.map((id) => byId.get(id)!), states.filter((c) => !qualifies(c)), NEAR)
    // states are named near it and none is its own: it may be any of them, so it joins no other article's body
    return nearest ?? (first ? TIED_STATE : undefined)
  }
  const roleNames = new Set<string>()
  const roleRefs: Array<{ node: number; head: string; role: string; country: string }> = []
  // where each article names a country, or its people ("Syria", "the Syrian people")
  const countryMentionsOf = new Map<string, Array<{ start: number; country: string }>>()
  for (const n of nodes.slice(0, mentionNodeCount)) {
    const actor = n.kbActor !== undefined ? kb.byId.get(n.kbActor) : n.type === 'NORP' ? countryOfHead(n.names[0]!, countries) : undefined
    if (actor?.kind !== 'country') continue
    const list = countryMentionsOf.get(n.articleId) ?? []
    for (const id of n.mentionIds) list.push({ start: byId.get(id)!.start, country: actor.id })
    countryMentionsOf.set(n.articleId, list)
  }
  for (let i = 0; i < mentionNodeCount; i++) {
    const node = nodes[i]!
    if (node.type !== 'ORG' && node.type !== 'LOC') continue
    const ref = node.names.map(stateReference).find((r) => r !== undefined)
    if (!ref) continue
    // a body named without its state ("National Assembly", "the Foreign Ministry") is that of the state the article
    // speaks of there: it stays its own entity and joins the same body of another article only for the same state
    if (ref.head === '') {
      if (node.names.every((n) => bodyOfArticleState(n) !== undefined || stateLedBody(n, countries) !== undefined)) bodyState.set(i, qualified.get(node.mentionIds[0]!) ?? stateOfBody(node))
      continue
    }
    // the state: named by the head, or the one the knowledge base knows the person leads
    const country = stateOfHead(ref.head, countries, input.kb)
    if (!country) {
      // only nearness points to a state (the country named most often near the person and the reference): an analyst
      // decides, since a digest puts stories about two countries side by side ("Saddam Hussein regime" next to floods
      // in Egypt, in unseen VOA news)
      const near = countryOfPerson(ref.head, i)
      if (near) {
        kbNode(near)
        addJudgement(judgement(node.key, kbKey(near.id), 'unsure', 0.8, 'model',
          `"${node.names[0]}": the ${ref.role} of ${near.name}? ${near.name} is the country named most often near ${ref.head}, whom the knowledge base does not know`, at))
      }
      continue
    }
    if (node.kbActor !== undefined && node.kbActor !== country.id) continue // the KB knows this body (e.g. a regional government)
    node.type = country.type
    node.kbActor = country.id
    for (const n of node.names) roleNames.add(`${node.type}|${n}`)
    roleRefs.push({ node: i, head: ref.head, role: ref.role, country: country.id })
    edges.push({ a: i, b: kbNode(country), score: 0.99, reason: `"${node.names[0]}": the ${ref.role} of ${country.name}`, by: 'kb', forced: false })
  }

  // ---- a country the recogniser read as a body ("DPRK says …") is the country, as the KB's countries are
  for (const node of nodes.slice(0, mentionNodeCount)) {
    if (node.type === 'ORG' && node.kbActor === undefined && node.names.every((n) => placeOf(n)?.kind === 'country')) node.type = 'LOC'
  }
  // ---- places: names the gazetteer reads as one place ("Ar Raqqah" / "Raqqa") are one
  for (const e of samePlaceEdges(nodes.slice(0, mentionNodeCount), input.kb)) {
    const target = e.actor !== undefined ? kbNode(e.actor) : e.b!
    if (e.actor !== undefined && nodes[e.a]!.kbActor === undefined) nodes[e.a]!.kbActor = e.actor.id
    edges.push({ a: e.a, b: target, score: e.score, reason: e.reason, by: e.actor !== undefined ? 'kb' : 'model', forced: false })
  }

  // ---- "the North" joins the article's "North Korea"
  for (const e of compassEdges(nodes.slice(0, mentionNodeCount))) edges.push({ ...e, score: 0.95, by: 'model', forced: false })

  // ---- context per node: co-occurring KB actors / name keys, affiliations, outlet
  const cooc = new Map<string, Set<string>>()
  for (const n of nodes.slice(0, mentionNodeCount)) {
    let s = cooc.get(n.articleId)
    if (!s) cooc.set(n.articleId, (s = new Set()))
    s.add(n.kbActor !== undefined ? kbKey(n.kbActor) : n.key)
  }
  // names of an article that resolution does not read count as the KB actor their name gives where it reads them,
  // so that an article read whole (pinned) and one read in part share the same co-occurring entities
  const kbOfKey = new Map<string, string>()
  for (const n of nodes.slice(0, mentionNodeCount)) if (n.kbActor !== undefined) kbOfKey.set(n.key, kbKey(n.kbActor))
  for (const [articleId, keys] of input.context ?? []) {
    let s = cooc.get(articleId)
    if (!s) cooc.set(articleId, (s = new Set()))
    for (const k of keys) s.add(kbOfKey.get(k) ?? k)
  }
  const orgsOf = new Map<number, Set<string>>()
  for (const a of input.affiliations ?? []) {
    const p = nodeOf.get(a.personMentionId)
    const o = byId.get(a.orgMentionId)
    if (p === undefined || !o) continue
    const on = nodeOf.get(o.id)
    const key = on !== undefined ? (nodes[on]!.kbActor !== undefined ? kbKey(nodes[on]!.kbActor!) : nodes[on]!.key) : judgementKey(o.text, o.type)
    let s = orgsOf.get(p)
    if (!s) orgsOf.set(p, (s = new Set()))
    s.add(key)
  }
  const contextBonus = (x: Node, y: Node): { bonus: number; why: string[]; shared: number } => {
    const why: string[] = []
    let bonus = 0
    let sharedCount = 0
    if (x.articleId !== y.articleId) {
      const cx = cooc.get(x.articleId) ?? new Set()
      const cy = cooc.get(y.articleId) ?? new Set()
      const shared = [...cx].filter((k) => cy.has(k) && k !== x.key && k !== y.key)
      sharedCount = shared.length
      if (shared.length > 0) { bonus += Math.min(0.04, 0.01 * shared.length); why.push(`${shared.length} shared co-occurring entities`) }
      const ox = outletOf.get(x.articleId)
      if (ox !== undefined && ox === outletOf.get(y.articleId)) { bonus += 0.01; why.push('same outlet') }
    }
    const ax = orgsOf.get(x.idx)
    const ay = orgsOf.get(y.idx)
    if (ax && ay) {
      if ([...ax].some((k) => ay.has(k))) { bonus += 0.04; why.push('same affiliation') }
      else { bonus -= 0.08; why.push('different affiliations') }
    }
    return { bonus, why, shared: sharedCount }
  }

  // ---- candidate pairs by blocking, scored by name and context
  const blocks = new Map<string, number[]>()
  // one spelling typed two ways meets across types (cross-type.ts); only spellings seen with two types make a block
  const crossTypes = new Map<string, Set<string>>()
  for (const n of nodes.slice(0, mentionNodeCount)) {
    for (const name of n.names) {
      const k = crossTypeKey(name, n.type)
      if (k !== undefined) crossTypes.set(k, (crossTypes.get(k) ?? new Set()).add(n.type))
    }
  }
  for (const n of nodes.slice(0, mentionNodeCount)) {
    // a body named with its state ("Peruvian Congress") also meets the body named without it ("Congress")
    const keys = new Set(n.names.flatMap((name) => [name, ...(n.key.includes('@') ? [bodyKeyText(name, n.type, countries)] : [])]).flatMap((name) => blockingKeys(name, n.type)))
    for (const name of n.names) {
      const k = crossTypeKey(name, n.type)
      if (k !== undefined && crossTypes.get(k)!.size > 1) keys.add(k)
    }
    for (const k of keys) {
      const list = blocks.get(k)
      if (list) list.push(n.idx)
      else blocks.set(k, [n.idx])
    }
  }
  const known = input.knownPersons ?? shippedKnownPersons()
  // two persons' last names spelled with the same consonants are no evidence when the dictionary spells one of them
  // just one way, for persons the other spelling does not name ("Bush" / "BOSCH")
  const deniedVariant = (c: ReturnType<typeof compareTyped>, nx: string, ny: string, persons: boolean): ReturnType<typeof compareTyped> => {
    if (!persons || c.score < REVIEW_THRESHOLD) return c
    const lx = nameUnits(nx, 'PER').at(-1)
    const ly = nameUnits(ny, 'PER').at(-1)
    if (lx === undefined || ly === undefined || !spellingVariantDenied(known, lx, ly)) return c
    return { ...c, score: Math.min(c.score, VARIANT_DENIED), reason: `${c.reason}, but the actor dictionary spells "${lx}" / "${ly}" as two persons' names` }
  }
  const compared = new Set<string>()
  const shortForms = new Map<number, Array<{ full: number; score: number; reason: string; shared: number }>>()
  /** Acronym nodes and the full names of other articles they spell (`uniqueExpansionEdges`). */
  const expansions = new Map<number, Array<{ full: number; reason: string; shared: number }>>()
  const reviewPairs: Array<{ a: number; b: number; score: number; reason: string }> = []
  const comparePair = (x: Node, y: Node): void => {
    const pk = `${Math.min(x.idx, y.idx)}:${Math.max(x.idx, y.idx)}`
    if (compared.has(pk)) return
    compared.add(pk)
    // descriptions ("ISIL-held buildings", "ISIL tactical unit") are not names: two of them may be two
    // buildings even in one article, so they join only through coreference or the KB
    if (x.names.every(isDescriptivePhrase) || y.names.every(isDescriptivePhrase)) return
    // Afghanistan's National Assembly is not Iraq's
    if (x.articleId !== y.articleId && bodyStatesDiffer(bodyState.get(x.idx), bodyState.get(y.idx))) return
    // within one article, "Peru's Congress" and a "Congress" its key did not take are two bodies unless one state is named near both
    if (x.articleId === y.articleId && bodyState.has(x.idx) && bodyState.has(y.idx) && x.key !== y.key && bodyState.get(x.idx) !== bodyState.get(y.idx)) return
    if (x.key === y.key) {
      // "the North" of one article is not the North of another (Korea's, Sudan's)
      if (x.articleId !== y.articleId && x.type === 'LOC' && x.names.every(isRelativeCompassName)) return
      // a lone surname or given name is weaker evidence than the article's own coreference
      const lone = x.type === 'PER' && nameUnits(x.names[0]!, 'PER').length === 1
      edges.push({ a: x.idx, b: y.idx, score: lone ? 0.9 : 1, reason: lone ? 'same single name' : 'same name key', by: 'model', forced: false })
      return
    }
    if (x.kbActor !== undefined && x.kbActor === y.kbActor) return // joined through the KB
    if (x.type !== y.type) {
      const verdicts = x.names.flatMap((nx) => y.names.map((ny) => crossTypeVerdict({ name: nx, type: x.type }, { name: ny, type: y.type })))
      const reason = `"${x.names[0]}" (${x.type}) / "${y.names[0]}" (${y.type}): the same name typed two ways`
      if (verdicts.includes('same')) edges.push({ a: x.idx, b: y.idx, score: MERGE_THRESHOLD, reason, by: 'model', forced: false })
      else if (verdicts.includes('review')) reviewPairs.push({ a: x.idx, b: y.idx, score: REVIEW_THRESHOLD, reason })
      if (verdicts.some((v) => v !== undefined)) return
    }
    let best = { score: -1, reason: '', guard: undefined as GuardName | undefined, kind: undefined as ComparisonKind | undefined }
    for (const nx of x.names) for (const ny of y.names) {
      const c = deniedVariant(compareTyped({ name: nx, type: x.type }, { name: ny, type: y.type }), nx, ny, x.type === 'PER' && y.type === 'PER')
      if (c.score > best.score) best = { score: c.score, reason: `"${nx}" ~ "${ny}": ${c.reason}`, guard: c.guard, kind: c.kind }
    }
    if (best.guard !== undefined) {
      addJudgement(judgement(x.key, y.key, 'different', best.score, 'model', `guard ${best.guard}: ${best.reason}`, at))
      return
    }
    const ctx = contextBonus(x, y)
    const score = Math.max(0, Math.min(1, best.score + ctx.bonus))
    const reason = ctx.why.length > 0 ? `${best.reason}; context: ${ctx.why.join(', ')}` : best.reason
    // context alone never turns a short form into a merge across articles (see the unique-full-name rule below); a
    // surname of several parts ("Suu Kyi" of "Aung San Suu Kyi") that context does not join meets that rule too
    const shortForm = best.kind === 'short-form' || (score < MERGE_THRESHOLD && x.type === 'PER' && y.type === 'PER' && multiPartSurname(x.names, y.names))
    if (shortForm && x.type === 'PER') {
      const [short, full] = nameUnits(x.names[0]!, 'PER').length < nameUnits(y.names[0]!, 'PER').length ? [x, y] : [y, x]
      const list = shortForms.get(short.idx) ?? []
      list.push({ full: full.idx, score, reason, shared: ctx.shared })
      shortForms.set(short.idx, list)
    }
    if (score < MERGE_THRESHOLD && x.articleId !== y.articleId && best.kind === 'acronym') {
      const [acr, full] = x.names.some((n) => isAcronym(n.trim())) ? [x, y] : [y, x]
      expansions.set(acr.idx, [...(expansions.get(acr.idx) ?? []), { full: full.idx, reason, shared: ctx.shared }])
    }
    if (score >= MERGE_THRESHOLD && !shortForm) edges.push({ a: x.idx, b: y.idx, score, reason, by: 'model', forced: false })
    else if (score >= REVIEW_THRESHOLD) reviewPairs.push({ a: x.idx, b: y.idx, score: Math.min(score, MERGE_THRESHOLD - 0.001), reason })
  }
  for (const [, list] of [...blocks.entries()].sort((p, q) => p[0].localeCompare(q[0]))) {
    if (list.length <= SMALL_BLOCK) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) comparePair(nodes[list[i]!]!, nodes[list[j]!]!)
    } else {
      compareLargeBlock(list.map((i) => nodes[i]!), comparePair)
    }
  }

  // ---- a lone surname joins a full name from another article when that full name is the only
  // person with this surname in the corpus and the two articles share at least one other entity
  for (const [short, all] of [...shortForms.entries()].sort((p, q) => p[0] - q[0])) {
    // only full names whose last name is spelled like the short form compete: "Singh" sounds like the last part of
    // "Kim Il-Sung" in blocking, but is not his name, so Kim Il-Sung does not stop "Singh" from joining "Manmohan Singh"
    const lastOf = (name: string) => foldAscii(name.trim().split(/[\s-]+/).at(-1) ?? '')
    const own = lastOf(nodes[short]!.names[0]!)
    const spelledLike = (last: string) => Math.abs(last.length - own.length) <= 1 && jaroWinkler(last, own) >= 0.85 // not "Chen" / "Cheney"
    const cands = all.filter((c) => spelledLike(lastOf(nodes[c.full]!.names[0]!)))
    if (cands.length === 0) continue
    const first = nodes[cands[0]!.full]!
    const onePerson = cands.every((c) => {
      const n = nodes[c.full]!
      return n.key === first.key || compareNames(n.names[0]!, first.names[0]!, 'PER').score >= MERGE_THRESHOLD
    })
    if (!onePerson) continue
    const best = [...cands].sort((p, q) => q.shared - p.shared || q.score - p.score || p.full - q.full)[0]!
    // the dictionary of public persons: one it knows by the full name is named by surname alone in other stories;
    // a surname it gives to someone else ("President Bush") is not this full name's short form
    const dict = surnameEvidenceOfAll(known, nameKey(nodes[short]!.names[0]!, 'PER'), cands.map((c) => nameKey(nodes[c.full]!.names[0]!, 'PER')), nameKey(nodes[best.full]!.names[0]!, 'PER'))
    if (dict.other || (best.shared < 1 && !dict.known)) continue
    const why = best.shared >= 1 ? `${best.shared} shared entities` : 'a public person the actor dictionary knows by that name'
    edges.push({ a: short, b: best.full, score: MERGE_THRESHOLD, reason: `${best.reason}; the only full name with this last name, ${why}`, by: 'model', forced: false })
  }

  edges.push(...uniqueExpansionEdges(expansions, nodes))

  // ---- user judgements: 'same' edges are forced; 'different' are cannot-links
  const verdicts = userVerdicts(input.judgements ?? [])
  for (const j of verdicts.values()) {
    for (const k of [j.a, j.b]) {
      const actor = k.startsWith('kb:') ? kb.byId.get(k.slice(3)) : undefined
      if (actor) kbNode(actor)
    }
  }
  const nodesWithKey = new Map<string, number[]>()
  for (const n of nodes) {
    const keys = new Set([n.key, ...(n.kbActor !== undefined ? [kbKey(n.kbActor)] : [])])
    for (const k of keys) {
      const list = nodesWithKey.get(k)
      if (list) list.push(n.idx)
      else nodesWithKey.set(k, [n.idx])
    }
  }
  const cannot = new Set<string>()
  for (const j of verdicts.values()) {
    if (j.verdict === 'different') cannot.add(pairKey(j.a, j.b))
    if (j.verdict !== 'same') continue
    const xs = nodesWithKey.get(j.a) ?? []
    const ys = nodesWithKey.get(j.b) ?? []
    for (const x of xs) for (const y of ys) edges.push({ a: x, b: y, score: 1, reason: `user judged same (${j.id})`, by: 'user', forced: true })
  }

  // ---- constrained union, strongest edges first
  const parent = nodes.map((n) => n.idx)
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]! }
    return i
  }
  const members = new Map<number, number[]>(nodes.map((n) => [n.idx, [n.idx]]))
  const guardCache = new Map<string, GuardName | undefined>()
  const sameKbAlias = (a: string, b: string, type: NameType, kbIds: ReadonlySet<string>): boolean => {
    for (const id of kbIds) {
      const actor = kb.byId.get(id)
      if (!actor) continue
      const keys = new Set([actor.name, ...actor.aliases].map((x) => nameKey(x, actor.type)))
      if (keys.has(nameKey(a, type)) && keys.has(nameKey(b, type))) return true
    }
    return false
  }
  // per cluster: its judgement keys, KB actors and distinct typed names, kept up to date on union
  interface ClusterInfo { keys: Set<string>; kb: Set<string>; names: Map<string, { name: string; type: NameType }>; states: Set<string>; parts: Map<string, string>; hosts: Set<string> }
  // an article that qualifies a body by its state ("Peru's Congress") has parts of that body: article, plain key → state
  const splitBodies = new Set([...qualified.keys()].map((id) => { const m = byId.get(id)!; return `${m.articleId}\u0000${judgementKey(bodyKeyText(m.text, m.type, countries), m.type)}` }))
  const partOf = (n: Node): Array<[string, string]> => {
    if (!bodyState.has(n.idx)) return []
    const k = `${n.articleId}\u0000${judgementKey(bodyKeyText(n.names[0]!, n.type, countries), n.type)}`
    return splitBodies.has(k) ? [[k, bodyState.get(n.idx) ?? '']] : []
  }
  const info = new Map<number, ClusterInfo>(nodes.map((n) => [n.idx, {
    keys: new Set([n.key, ...(n.kbActor !== undefined ? [kbKey(n.kbActor)] : [])]),
    kb: new Set(n.kbActor !== undefined ? [n.kbActor] : []),
    // (a tied body's state is its article's own, so its cluster holds no other article's body of a state)
    states: new Set(bodyState.get(n.idx) === TIED_STATE ? [`${TIED_STATE}${n.articleId}`] : bodyState.get(n.idx) !== undefined ? [bodyState.get(n.idx)!] : []),
    parts: new Map(partOf(n)),
    hosts: new Set(hostOfKey(n.key) !== undefined ? [hostOfKey(n.key)!] : []),
    // "Iraq’s Security Forces", linked through its state, is compared by the alias it was read as
    names: new Map(namesOfLink(n, viaState).map((name) => [`${n.type}|${name}`, { name, type: n.type }])),
  }]))
  const conflict = (ra: number, rb: number, forced: boolean): string | undefined => {
    const A = info.get(ra)!
    const B = info.get(rb)!
    for (const ka of A.keys) for (const kb2 of B.keys) if (cannot.has(pairKey(ka, kb2))) return `user-different ${ka} / ${kb2}`
    if (forced) return undefined
    if (A.kb.size > 0 && B.kb.size > 0 && ![...A.kb].some((x) => B.kb.has(x))) return `kb-distinct ${[...A.kb].join(',')} / ${[...B.kb].join(',')}`
    if (A.states.size > 0 && B.states.size > 0 && ![...A.states].some((x) => B.states.has(x))) return `state-body ${[...A.states].join(',')} / ${[...B.states].join(',')}`
    // "Peru's Congress" and the "Congress" of one article that is not Peru's stay apart, also through other articles
    for (const [k, st] of A.parts) if (B.parts.has(k) && B.parts.get(k) !== st) return `state-body in one article: ${st || '?'} / ${B.parts.get(k) || '?'}`
    // the U.S. Embassy in Jakarta and the one in Caracas are two posts
    if (A.hosts.size > 0 && B.hosts.size > 0 && ![...A.hosts].some((x) => B.hosts.has(x))) return `host-place ${[...A.hosts].join(',')} / ${[...B.hosts].join(',')}`
    const kbAll = new Set([...A.kb, ...B.kb])
    // one name typed two ways joins the two ("Saddam Hussein" PER and ORG): the other names of either side ("Saddam")
    // do not make it a type conflict
    const bridged = [...A.names.values()].some((x) => [...B.names.values()].some((y) => crossTypeVerdict(x, y) === 'same'))
    for (const [ka, x] of A.names) for (const [kb2, y] of B.names) {
      if (roleNames.has(ka) || roleNames.has(kb2)) continue // a role reference is not a name to compare
      const ck = `${ka}\u0000${kb2}`
      if (aliasPairs.has(ck)) continue
      let g = guardCache.get(ck)
      if (!guardCache.has(ck)) {
        g = compareTyped(x, y).guard
        guardCache.set(ck, g)
      }
      if (g === 'type-conflict' && (bridged || crossTypeVerdict(x, y) === 'same')) continue
      if (g !== undefined && !(x.type === y.type && sameKbAlias(x.name, y.name, x.type, kbAll))) return `${g}: "${x.name}" / "${y.name}"`
    }
    return undefined
  }
  const byStrength = (e: Edge) => (e.forced ? 3 : e.by === 'kb' ? 1 : 0) + e.score
  edges.sort((p, q) => byStrength(q) - byStrength(p) || nodes[p.a]!.key.localeCompare(nodes[q.a]!.key) || nodes[p.b]!.key.localeCompare(nodes[q.b]!.key) || p.a - q.a || p.b - q.b)
  for (const e of edges) {
    const ra = find(e.a)
    const rb = find(e.b)
    if (ra === rb) {
      if (!e.forced) addJudgement(judgement(nodes[e.a]!.key, nodes[e.b]!.key, 'same', e.score, e.by === 'user' ? 'model' : e.by, e.reason, at))
      continue
    }
    const why = conflict(ra, rb, e.forced)
    if (why !== undefined) {
      addJudgement(judgement(nodes[e.a]!.key, nodes[e.b]!.key, why.startsWith('user-') ? 'different' : 'unsure', e.score, 'model', `kept apart (${why}): ${e.reason}`, at))
      continue
    }
    const [big, small] = members.get(ra)!.length >= members.get(rb)!.length ? [ra, rb] : [rb, ra]
    parent[small] = big
    members.set(big, [...members.get(big)!, ...members.get(small)!])
    members.delete(small)
    const into = info.get(big)!
    const from = info.get(small)!
    for (const k of from.keys) into.keys.add(k)
    for (const k of from.kb) into.kb.add(k)
    for (const k of from.states) into.states.add(k)
    for (const k of from.hosts) into.hosts.add(k)
    for (const [k, st] of from.parts) into.parts.set(k, st)
    for (const [k, v] of from.names) into.names.set(k, v)
    info.delete(small)
    if (!e.forced) addJudgement(judgement(nodes[e.a]!.key, nodes[e.b]!.key, 'same', e.score, e.by === 'user' ? 'model' : e.by, e.reason, at))
  }
  for (const r of reviewPairs) {
    if (find(r.a) === find(r.b)) continue
    const x = nodes[r.a]!
    const y = nodes[r.b]!
    const a = x.kbActor !== undefined ? kbKey(x.kbActor) : x.key
    const b = y.kbActor !== undefined ? kbKey(y.kbActor) : y.key
    if (cannot.has(pairKey(a, b)) || cannot.has(pairKey(x.key, y.key))) continue
    addJudgement(judgement(x.key, y.key, 'unsure', r.score, 'model', r.reason, at))
  }

  // ---- entities
  const entities: Entity[] = []
  const mentionEntity = new Map<string, string>()
  const entityOfNode = new Map<number, string>()
  const usedIds = new Set<string>()
  const clusters = [...members.values()].map((ms) => [...ms].sort((p, q) => p - q)).filter((ms) => ms.some((i) => nodes[i]!.mentionIds.length > 0))
  clusters.sort((p, q) => nodes[p[0]!]!.key.localeCompare(nodes[q[0]!]!.key) || p[0]! - q[0]!)
  for (const ms of clusters) {
    const kbIds = [...new Set(ms.map((i) => nodes[i]!.kbActor).filter((x): x is string => x !== undefined))].sort()
    const actor = kbIds.length > 0 ? kb.byId.get(kbIds[0]!) : undefined
    // the names the entity's mentions used; "he" or "the coalition" joined by coreference is a mention, not a name
    const surface = new Map<string, number>()
    for (const i of ms) for (const id of [...nodes[i]!.mentionIds, ...nodes[i]!.attached]) {
      const m = byId.get(id)!
      if (namesItsEntity(m.kind, m.text)) surface.set(m.text, (surface.get(m.text) ?? 0) + 1)
    }
    const namedSurface = ms.flatMap((i) => nodes[i]!.names)
    const typeCounts = new Map<string, number>()
    // the mentions attached through coreference count too: "his" says a name of two types is a person's
    for (const i of ms) typeCounts.set(nodes[i]!.type, (typeCounts.get(nodes[i]!.type) ?? 0) + nodes[i]!.mentionIds.length + nodes[i]!.attached.length)
    const type = (actor?.type ?? majorityType(typeCounts, namedSurface)) as Entity['type']
    let canonical: string
    let id: string
    if (actor) {
      canonical = actor.name
      id = kbEntityId(actor.id)
      // a guard can keep a node that names the actor apart from the actor's entity: it gets an id of its own
      if (usedIds.has(id)) id = hashId('entity', 'kb', actor.id, nodes[ms[0]!]!.key, nodes[ms[0]!]!.articleId)
    } else {
      canonical = chooseCanonical(namedSurface, surface, type as NameType)
      if (type === 'PER' && !isDescription(canonical)) canonical = stripTitles(canonical)
      id = hashId('entity', type, nameKey(canonical, type as NameType))
      if (usedIds.has(id)) id = hashId('entity', type, nameKey(canonical, type as NameType), nodes[ms[0]!]!.key, nodes[ms[0]!]!.articleId)
    }
    usedIds.add(id)
    const observed = [...surface.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0])).map(([s]) => s)
    // aliases are the names seen in articles; the KB's other names are kept apart, for matching and search
    const aliases = seenAliases(observed, canonical, type as NameType)
    const seen = new Set([canonical, ...aliases].map((s) => s.toLowerCase()))
    const kbAliases = actor ? [...new Set([actor.name, ...actor.aliases])].filter((s) => !seen.has(s.toLowerCase())) : []
    entities.push({
      id, type, canonicalName: canonical, aliases,
      ...(kbAliases.length > 0 ? { kbAliases } : {}),
      ...(actor ? { kind: actor.kind } : {}),
      ...(actor?.country !== undefined ? { country: actor.country } : {}),
      origin: actor ? 'kb' : 'extracted',
    })
    for (const i of ms) {
      entityOfNode.set(i, id)
      for (const mid of [...nodes[i]!.mentionIds, ...nodes[i]!.attached]) mentionEntity.set(mid, id)
    }
  }

  // ---- relations: from the KB and from appositions / titles
  const relations = new Map<string, Relation>()
  const addRelation = (a: string, b: string, kind: Relation['kind'], role: string | undefined, score: number, evidence: string[]) => {
    if (a === b) return
    const id = hashId('relation', a, kind, b, role?.toLowerCase())
    const prev = relations.get(id)
    if (prev) {
      relations.set(id, { ...prev, score: Math.max(prev.score, score), evidence: [...new Set([...prev.evidence, ...evidence])].sort() })
      return
    }
    relations.set(id, { id, a, b, kind, ...(role !== undefined ? { role } : {}), score, evidence: [...evidence].sort() })
  }
  const entityOfKb = new Map<string, string>()
  for (const [actorId, idx] of kbNodes) {
    const e = entityOfNode.get(idx)
    if (e !== undefined) entityOfKb.set(actorId, e)
  }
  for (const [actorId, entityId] of [...entityOfKb.entries()].sort()) {
    const actor = kb.byId.get(actorId)!
    const fromTo = { ...(actor.from !== undefined ? { from: actor.from } : {}), ...(actor.to !== undefined ? { to: actor.to } : {}) }
    for (const p of actor.part_of) { const t = entityOfKb.get(p); if (t) addRelation(entityId, t, 'part_of', undefined, 1, [kbKey(actorId)]) }
    for (const p of actor.member_of) { const t = entityOfKb.get(p); if (t) { addRelation(entityId, t, 'member_of', actor.role, 1, [kbKey(actorId)]); Object.assign(relations.get(hashId('relation', entityId, 'member_of', t, actor.role?.toLowerCase()))!, fromTo) } }
    for (const p of actor.leader_of) { const t = entityOfKb.get(p); if (t) { addRelation(entityId, t, 'leader_of', actor.role, 1, [kbKey(actorId)]); Object.assign(relations.get(hashId('relation', entityId, 'leader_of', t, actor.role?.toLowerCase()))!, fromTo) } }
  }
  for (const r of roleRefs) {
    const state = entityOfNode.get(r.node)
    if (state === undefined) continue
    // "the Asad regime": the person named leads the state, in that role
    const person = nodes.slice(0, mentionNodeCount).find((n) => n.type === 'PER' && n.names.some((x) => namesPerson(x, r.head)))
    const personEntity = person ? entityOfNode.get(person.idx) : undefined
    if (personEntity !== undefined) addRelation(personEntity, state, 'leader_of', r.role, 0.7, nodes[r.node]!.mentionIds.slice(0, 1))
  }
  for (const af of input.affiliations ?? []) {
    const a = mentionEntity.get(af.personMentionId)
    const b = mentionEntity.get(af.orgMentionId)
    if (a === undefined || b === undefined) continue
    if (af.kind === 'part_of') { addRelation(a, b, 'part_of', af.role, 0.8, [af.personMentionId]); continue }
    addRelation(a, b, 'member_of', af.role, 0.8, [af.personMentionId])
    if (LEADER_ROLE.test(af.role)) addRelation(a, b, 'leader_of', af.role, 0.7, [af.personMentionId])
  }

  const judgements = [...modelJudgements.values()].sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b))
  return {
    entities: entities.sort((p, q) => p.id.localeCompare(q.id)),
    mentionEntity,
    judgements,
    relations: [...relations.values()].sort((p, q) => p.id.localeCompare(q.id)),
  }
}

/**
 * The knowledge-base actors a node's names match, best first, one per actor; `pickKbActor` chooses among them with
 * the article's words (only when several share the best score).
 */
export function kbMatchesOfNames(names: readonly string[], type: NameType, kb: KbIndex): KbMatch[] {
  const matches = names.flatMap((n) => matchKb(n, type, kb))
  // a "person" named exactly like a country of several words ("Saudi Arabia") is the country
  if (matches.length === 0 && type === 'PER') {
    matches.push(...names.filter((n) => n.trim().includes(' ')).flatMap((n) => matchKb(n, 'LOC', kb)).filter((m) => m.actor.kind === 'country'))
  }
  // a "person" named exactly like a body the knowledge base knows, and like no person, is that body ("Dae’sh", "Al Shabab")
  if (matches.length === 0 && type === 'PER') {
    matches.push(...names.flatMap((n) => matchKb(n, 'ORG', kb)).filter((m) => m.score === 1 && m.actor.type === 'ORG'))
  }
  // a body named with its state in front that the knowledge base knows without it ("U.S. Central Intelligence Agency")
  if (matches.length === 0 && type === 'ORG') {
    const countries = countriesOf(kb)
    matches.push(...names.flatMap((n) => stateLedActor(n, countries, kb) ?? []))
  }
  return dedupeMatches(matches)
}

const countryIndexes = new WeakMap<KbIndex, Map<string, KbActor>>()
/** The knowledge base's countries by name, adjective and alias (`countryIndex`), built once per index. */
function countriesOf(kb: KbIndex): Map<string, KbActor> {
  let c = countryIndexes.get(kb)
  if (c === undefined) countryIndexes.set(kb, (c = countryIndex(kb.actors)))
  return c
}

/**
 * The state a role reference's head names by itself ("Syrian", "Iraq"), or whose leader the knowledge base knows
 * by it ("Asad"); undefined when only the countries named near the person could tell (see `countryOfPerson`).
 */
export function stateOfHead(head: string, countries: ReadonlyMap<string, KbActor>, kb: readonly KbActor[]): KbActor | undefined {
  return countryOfHead(head, countries) ?? countryLedBy(head, kb)
}

/** The one country whose leader the knowledge base knows by the head of a role reference ("Asad": Bashar al-Assad, Syria). */
function countryLedBy(head: string, kb: readonly KbActor[]): KbActor | undefined {
  const found = new Set<string>()
  for (const a of kb) {
    if (a.kind !== 'person' || a.leader_of.length === 0) continue
    if (![a.name, ...a.aliases].some((n) => namesPerson(n, head))) continue
    for (const id of a.leader_of) found.add(id)
  }
  const countries = [...found].map((id) => kb.find((a) => a.id === id)).filter((a) => a?.kind === 'country')
  return countries.length === 1 ? countries[0] : undefined
}

/** Letters of an acronym this short spell too many names to join one by its initials alone ("PA", "AU"). */
const MIN_JOINED_ACRONYM = 3

/**
 * An acronym joins the full name of another article that it spells ("WHO" / "World Health Organization") when that
 * full name is the only one it spells among all the names resolved (every candidate one name key), the two articles
 * share another entity (as a lone surname joins its full name), the acronym has three letters or more, and no
 * knowledge-base actor already holds either side. Otherwise the pair stays a review item: "PSA" of a story defining a
 * "production-sharing arrangement (PSA)" is not the Public Servants Association of another.
 */
function uniqueExpansionEdges(expansions: ReadonlyMap<number, ReadonlyArray<{ full: number; reason: string; shared: number }>>, nodes: readonly Node[]): Edge[] {
  const out: Edge[] = []
  for (const [acr, cands] of [...expansions.entries()].sort((p, q) => p[0] - q[0])) {
    const node = nodes[acr]!
    const letters = (node.names.find((n) => isAcronym(n.trim())) ?? '').replace(/[^A-Za-z]/g, '')
    if (letters.length < MIN_JOINED_ACRONYM || node.kbActor !== undefined) continue
    const keys = new Set(cands.map((c) => nodes[c.full]!.key))
    const first = [...cands].sort((p, q) => q.shared - p.shared || p.full - q.full)[0]!
    if (keys.size !== 1 || first.shared < 1 || cands.some((c) => nodes[c.full]!.kbActor !== undefined)) continue
    out.push({ a: acr, b: first.full, score: MERGE_THRESHOLD, reason: `${first.reason}; the only full name in the store it spells`, by: 'model', forced: false })
  }
  return out
}

/**
 * Is one side's name the last two or more parts of a longer name of the other ("Suu Kyi" / "Aung San Suu Kyi",
 * "Del Ponte" / "Carla Del Ponte"): a surname of several parts written alone?
 */
export function multiPartSurname(xs: readonly string[], ys: readonly string[]): boolean {
  const tail = (short: string, long: string) => {
    const s = nameUnits(short, 'PER')
    const l = nameUnits(long, 'PER')
    return s.length >= 2 && l.length > s.length && l.slice(-s.length).every((u, i) => u === s[i])
  }
  return xs.some((x) => ys.some((y) => tail(x, y) || tail(y, x)))
}

/** The state qualifying each state-body mention, article by article (see `qualifiedBodyStates`). */
function qualifiedStates(mentions: readonly Mention[], countries: ReadonlyMap<string, KbActor>): Map<string, string> {
  const byArticle = new Map<string, Mention[]>()
  for (const m of mentions) {
    const l = byArticle.get(m.articleId)
    if (l) l.push(m)
    else byArticle.set(m.articleId, [m])
  }
  const out = new Map<string, string>()
  for (const ms of byArticle.values()) {
    for (const [id, c] of qualifiedBodyStates(ms, (m) => judgementKey(m.text, m.type), countries)) out.set(id, c)
  }
  return out
}

/** A node's names, or for one linked to its actor through the state written before it, the alias it was read as. */
function namesOfLink(n: Node, viaState: ReadonlyMap<number, KbMatch>): readonly string[] {
  const via = viaState.get(n.idx)
  return via !== undefined && n.kbActor === via.actor.id ? [via.alias] : n.names
}

/**
 * The knowledge-base actor of each node some of whose bodies are written right after their state ("Iraq’s Security
 * Forces"; `possessiveStateActor`), when its mentions agree on one. `mentions` are sorted by article and offset.
 */
function possessiveStateActors(mentions: readonly Mention[], nodeOf: ReadonlyMap<string, number>, countries: ReadonlyMap<string, KbActor>, kb: KbIndex): Map<number, KbMatch> {
  const found = new Map<number, KbMatch | null>()
  mentions.forEach((m, k) => {
    const node = nodeOf.get(m.id)
    const match = node !== undefined ? possessiveStateActor(m, mentions[k - 1], countries, kb) : undefined
    if (match === undefined) return
    const prev = found.get(node!)
    found.set(node!, prev === undefined || prev?.actor.id === match.actor.id ? match : null)
  })
  return new Map([...found].flatMap(([n, m]) => (m !== null ? [[n, m] as const] : [])))
}

/**
 * The state of a body named without it whose article names states near it, none clearly its own ("Congress" between
 * "Spain" and "Iran" in a digest: the Philippine Congress, its state named only in "Philippine President …").
 */
const TIED_STATE = '?'

/** Two state bodies named without their states are two bodies when their articles name two different states, or
 *  when one article names several and none clearly (a tied body is its article's own). */
function bodyStatesDiffer(a: string | undefined, b: string | undefined): boolean {
  return a === TIED_STATE || b === TIED_STATE || (a !== undefined && b !== undefined && a !== b)
}

/** Does a person's name match the head of a role reference ("Farouki" in "the Farouki regime" names Hamid Farouki)? */
function namesPerson(name: string, head: string): boolean {
  return compareNames(name, head, 'PER').score >= 0.8
}

/** Blocks up to this size compare every pair of nodes; larger ones compare names, not occurrences (see compareLargeBlock). */
const SMALL_BLOCK = 200
/** A spelling variant the actor dictionary denies scores no higher than this: below a merge, a person decides. */
const VARIANT_DENIED = 0.85

/** A large block compares its distinct names pairwise only up to this many names (e.g. a one-letter skeleton carries no signal). */
const MAX_BLOCK_NAMES = 200

/**
 * A frequent name (a leader named in thousands of articles) fills its blocks with occurrences of a few names. Comparing
 * every pair would be quadratic in the corpus, and skipping the block would leave each occurrence its own entity. So:
 * every occurrence of a name key meets the first occurrence of that key (same key, same entity unless a guard fires),
 * and each pair of distinct names in the block is compared once, through their first occurrences.
 */
function compareLargeBlock<N extends { readonly idx: number; readonly key: string }>(list: readonly N[], compare: (x: N, y: N) => void): void {
  const byKey = new Map<string, N[]>()
  for (const n of [...list].sort((p, q) => p.idx - q.idx)) {
    const l = byKey.get(n.key)
    if (l) l.push(n)
    else byKey.set(n.key, [n])
  }
  const firsts = [...byKey.values()].map((l) => l[0]!).sort((p, q) => p.idx - q.idx)
  for (const l of byKey.values()) for (let i = 1; i < l.length; i++) compare(l[0]!, l[i]!)
  if (firsts.length > MAX_BLOCK_NAMES) return
  for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) compare(firsts[i]!, firsts[j]!)
}

function dedupeMatches<T extends { actor: { id: string }; score: number }>(matches: readonly T[]): T[] {
  const best = new Map<string, T>()
  for (const m of matches) {
    const prev = best.get(m.actor.id)
    if (!prev || prev.score < m.score) best.set(m.actor.id, m)
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.actor.id.localeCompare(b.actor.id))
}

/** The fullest, most used name: most name parts, then most mentions, then the shortest surface (fewest titles), then alphabetical. */
function chooseCanonical(names: readonly string[], counts: ReadonlyMap<string, number>, type: NameType): string {
  const pool = names.length > 0 ? [...new Set(names)] : [...counts.keys()]
  const nonAcr = pool.filter((n) => !isAcronym(n.trim()))
  const candidates = nonAcr.length > 0 ? nonAcr : pool
  return [...candidates].sort((a, b) =>
    nameUnits(b, type).length - nameUnits(a, type).length ||
    (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
    a.length - b.length || a.localeCompare(b))[0]!
}

/**
 * Whether a short form's mentions all come before the first mention of the name its coreference chain leads to
 * (`own`, `root`: the mention ids of the short form's and the full name's nodes; only `m`'s article counts).
 * Used by resolution (such a link goes to review) and by coreference (coref.syntax since v8 does not make the link).
 * Mentions for which `inTitle` holds (the article's title line) do not count.
 */
export function opensBeforeItsName(m: Mention, own: readonly string[], root: readonly string[], byId: ReadonlyMap<string, Mention>, inTitle?: (start: number) => boolean): boolean {
  const starts = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((x): x is Mention => x?.articleId === m.articleId).map((x) => x.start)
  const rootFirst = Math.min(...starts(root))
  // a headline's short form ("Cruz Has 'To Come a Long Way'") is shorthand for the person the story names in full
  const body = starts(own).filter((s) => inTitle === undefined || !inTitle(s))
  return body.length > 0 && body.every((s) => s < rootFirst)
}

/** Kinds of bodies by the head noun that names them; words of one kind may refer to each other ("the department" / "Ministry"). */
const BODY_KIND = new Map<string, string>([
  ['ministry', 'ministry'], ['ministries', 'ministry'], ['department', 'ministry'], ['office', 'ministry'],
  ['council', 'council'], ['committee', 'committee'], ['commission', 'commission'], ['court', 'court'], ['tribunal', 'court'],
  ['agency', 'agency'], ['army', 'army'], ['navy', 'navy'], ['guard', 'guard'], ['police', 'police'], ['party', 'party'],
  ['parliament', 'parliament'], ['assembly', 'parliament'], ['company', 'company'], ['firm', 'company'], ['corporation', 'company'],
  ['bank', 'bank'], ['university', 'university'], ['school', 'university'],
  // an armed group: "the militia" is a "… Army" or "… Brigades", never a "World Bank" or a "Foreign Ministry"
  ['militia', 'army'], ['militias', 'army'], ['brigade', 'army'], ['brigades', 'army'],
])

/**
 * Whether a nominal ("the ministry") may refer to a body with these names: yes unless the nominal's head names a
 * kind of body and the names say the body is of another kind only ("California National Guard"). A name with no
 * such word ("CNN", "Hezbollah") says nothing against it.
 */
export function bodyKindsAgree(nominal: string, names: readonly string[]): boolean {
  const kind = BODY_KIND.get(nominal.trim().split(/\s+/).pop()!.toLowerCase())
  if (kind === undefined) return true
  const kinds = new Set(names.flatMap((n) => n.split(/[\s-]+/).flatMap((w) => BODY_KIND.get(w.toLowerCase()) ?? [])))
  return kinds.size === 0 || kinds.has(kind)
}

/** The nodes the stated-alias links of the articles join, group by group (the links read both ways, transitively). */
export function statedAliasGroups(links: ReadonlyArray<readonly [number, number]>): number[][] {
  const groupOf = new Map<number, Set<number>>()
  for (const [a, b] of links) {
    const ga = groupOf.get(a) ?? new Set([a])
    const gb = groupOf.get(b) ?? new Set([b])
    for (const x of gb) ga.add(x)
    for (const x of ga) groupOf.set(x, ga)
  }
  return [...new Set(groupOf.values())].map((g) => [...g].sort((p, q) => p - q)).sort((p, q) => p[0]! - q[0]!)
}
