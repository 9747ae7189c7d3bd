/**
 * Within-document coreference by rules: short forms to full names
 * ("Dugmash" → "Mumtaz Dugmush"), acronyms to their expansion ("IS" →
 * "Islamic State"), and nominal mentions licensed by the knowledge base
 * ("the Salafist group", "the ruling movement in Gaza", "the coastal
 * enclave", "the Egyptians") to the nearest earlier mention of a fitting actor.
 * @module
 */
import { hashId, type Article, type Mention } from '../model/index.js'
import type { CorefLink } from '../model/index.js'
import { inBoilerplate, stringMemo } from '../model/index.js'
import type { KbActor } from '../kb/actors.js'
import { compareNames, MERGE_THRESHOLD } from './compare.js'
import { matchKb, type KbIndex } from './kb-match.js'
import { aliasLinks } from './alias-constructions.js'
import { designationLinks } from './numbered-designation.js'
import { bracketedClippedName } from './clipped-acronym.js'
import { definedTranslatedName } from './translated-acronym.js'
import { judgementKey, opensBeforeItsName } from './resolve.js'
import { acronymsOfName, foldAscii, initialsVariants, isAcronym, nameKey, nameUnits, stripGenericSuffix, type NameType } from './translit.js'
import { firstSpanEndingAfter } from '../text/offsets.js'
import { orgShortForms } from './org-short-form.js'
import { countryOfDemonym } from './demonyms.js'

export const COREF_STAGE_KEY = 'coref.rules.v1'

export interface WithinDocResult {
  /** Every input mention (antecedentId filled where found) plus the nominal mentions added, in text order. */
  readonly mentions: Mention[]
  readonly links: CorefLink[]
}

const NAMED = new Set(['name', 'acronym'])

function isNamed(m: Mention): boolean {
  return NAMED.has(m.kind ?? 'name')
}

/** A function of a string, computed once per distinct string (per article: names repeat). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>()
  return (s) => {
    let v = cache.get(s)
    if (v === undefined && !cache.has(s)) { v = f(s); cache.set(s, v) }
    return v as T
  }
}

/** Per knowledge-base index: values that depend only on the index (and a string), kept while the index lives. */
function perKb<T>(make: (kb: KbIndex) => T): (kb: KbIndex) => T {
  const cache = new WeakMap<KbIndex, T>()
  return (kb) => {
    let v = cache.get(kb)
    if (v === undefined) { v = make(kb); cache.set(kb, v) }
    return v
  }
}

const personUnits = stringMemo((t) => nameUnits(t, 'PER'))
const personKey = stringMemo((t) => nameKey(t, 'PER'))
// with and without a generic last word: "IS" for "Islamic State group", "WHO" for "World Health Organization"
const initialsOfName = stringMemo((t) => acronymsOfName(t))
/** Is `long` a fuller name `short` may stand for (see nameTargets)? Keyed by the pair of texts. */
const fullerName = stringMemo((pair) => {
  const [short, long] = pair.split('\u0000') as [string, string]
  const n = personUnits(short).length
  if (personUnits(long).length <= n) return false
  const c = compareNames(short, long, 'PER')
  if (c.guard !== undefined) return false
  // a lone first name after the full name: a given name news use alone ("Saddam"), or a family name written first
  // ("Yao" of "Yao Ming"); ambiguity between several full names is checked where this is used
  if (n === 1 && personUnits(long)[0] === personUnits(short)[0]) return true
  return c.score >= 0.8 && (n > 1 || /last name|contained/.test(c.reason))
}, 200_000)
const samePerson = stringMemo((pair) => {
  const [a, b] = pair.split('\u0000') as [string, string]
  return personKey(a) === personKey(b) || compareNames(a, b, 'PER').score >= MERGE_THRESHOLD
}, 200_000)

/** The last index i < n with at(i) < limit, for `at` non-decreasing in i; -1 when there is none. */
function lastIndexBelow(n: number, limit: number, at: (i: number) => number): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (at(mid) < limit) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** Index of the last element of ascending `xs` below `limit` (by `at`), or -1. */
function lastBelow(xs: readonly number[], limit: number, at: (x: number) => number): number {
  return lastIndexBelow(xs.length, limit, (i) => at(xs[i]!))
}

/**
 * The antecedent among candidate mentions (indices into the text-ordered mentions, ascending):
 * the nearest one starting before `m`, else the first.
 */
function nearestCandidate(m: Mention, candidates: readonly number[], mentions: readonly Mention[]): Mention | undefined {
  if (candidates.length === 0) return undefined
  const i = lastBelow(candidates, m.start, (k) => mentions[k]!.start)
  return mentions[candidates[i >= 0 ? i : 0]!]
}

/**
 * Short forms and acronyms, indexed once per article: names are compared per distinct text, not per
 * pair of mentions, so a long page with many mentions of few names stays about linear.
 */
function nameTargets(mentions: readonly Mention[]): { shortForm(m: Mention): Mention | undefined; acronym(m: Mention): Mention | undefined } {
  const units = personUnits
  const initialsOf = initialsOfName
  const persons = new Map<string, number[]>()
  const byInitials = new Map<string, number[]>()
  mentions.forEach((o, k) => {
    if (!isNamed(o)) return
    if (o.type === 'PER') {
      const list = persons.get(o.text)
      if (list) list.push(k)
      else persons.set(o.text, [k])
    }
    if (isAcronym(o.text)) return
    for (const v of initialsOf(o.text)) {
      const key = `${o.type}\u0000${v}`
      const list = byInitials.get(key)
      if (list) list.push(k)
      else byInitials.set(key, [k])
    }
  })
  /** Mentions of the full names a short form may stand for, when they are all one person. */
  const fullNames = memo((short: string): number[] => {
    const n = units(short).length
    if (n === 0) return []
    const texts = [...persons.keys()].filter((t) => units(t).length > n && fullerName(`${short}\u0000${t}`))
    const found = texts.flatMap((t) => persons.get(t)!).sort((x, y) => x - y)
    if (found.length === 0) return []
    // all candidates must be one person (otherwise "Haniyeh" is ambiguous between two Haniyehs)
    const first = mentions[found[0]!]!.text
    const one = texts.every((t) => samePerson(`${t}\u0000${first}`))
    return one ? found : []
  })
  /** Mentions of the one name an acronym abbreviates (none when names of several keys fit). */
  const expansions = memo((key: string): number[] => {
    const found = byInitials.get(key) ?? []
    const keys = new Set(found.map((k) => nameKey(mentions[k]!.text, mentions[k]!.type as NameType)))
    return keys.size > 1 ? [] : found
  })
  return {
    shortForm: (m) => nearestCandidate(m, fullNames(m.text), mentions),
    acronym: (m) => {
      const letters = m.text.trim().replace(/^the\s+/i, '').replace(/[^A-Za-z]/g, '').toLowerCase()
      return nearestCandidate(m, expansions(`${m.type}\u0000${letters}`), mentions)
    },
  }
}

/** Words a nominal may carry besides its descriptors without changing what it refers to. */
const NEUTRAL_MODIFIERS = new Set(['same', 'very', 'whole'])

interface NominalPattern {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly modifiers: string[]
  readonly head: string
  readonly place?: string
}

function nominalHeads(kb: KbIndex): Set<string> {
  const heads = new Set<string>()
  for (const a of kb.actors) {
    for (const h of a.nominal_heads) heads.add(h.toLowerCase())
    for (const b of a.bare_nominals) heads.add(b.toLowerCase().split(/\s+/).pop()!)
  }
  return heads
}

/** The nominal pattern of a knowledge base: "the (mod )*head", heads longest first (built once per index). */
const nominalRegex = perKb((kb): RegExp | undefined => {
  const heads = nominalHeads(kb)
  if (heads.size === 0) return undefined
  const headAlt = [...heads].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  return new RegExp(`\\b[Tt]he\\s+((?:[A-Za-z][\\w-]*\\s+){0,3}?)(${headAlt})\\b`, 'g')
})

/** "the (mod )*head( in|of Place)" occurrences in the text; with a place first, then without. */
function findNominals(text: string, kb: KbIndex): NominalPattern[] {
  const re = nominalRegex(kb)
  if (!re) return []
  const placeRe = /^\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/
  const out: NominalPattern[] = []
  for (const m of text.matchAll(re)) {
    const start = m.index
    const end = start + m[0].length
    const modifiers = (m[1] ?? '').trim().split(/\s+/).filter((w) => w !== '')
    const head = m[2]!.toLowerCase()
    const pm = placeRe.exec(text.slice(end, end + 80))
    if (pm) out.push({ start, end: end + pm[0].length, text: text.slice(start, end + pm[0].length), modifiers, head, place: pm[1]! })
    out.push({ start, end, text: text.slice(start, end), modifiers, head })
  }
  return out
}

function regionFits(actor: KbActor, place: string, kb: KbIndex): boolean {
  const key = nameKey(place, 'LOC')
  if (actor.region.some((r) => nameKey(r, 'LOC') === key)) return true
  // a place that the KB knows under another alias ("the Strip" aside): compare through its actor
  return matchKb(place, 'LOC', kb).some((m) => actor.region.some((r) => matchKb(r, 'LOC', kb).some((x) => x.actor.id === m.actor.id)) || actor.country === m.actor.id)
}

/** Actors a nominal can refer to, judged from the KB's descriptors, heads and regions. */
function nominalActors(n: NominalPattern, kb: KbIndex): KbActor[] {
  const mods = n.modifiers.map((w) => foldAscii(w)).filter((w) => !NEUTRAL_MODIFIERS.has(w))
  const phrase = [...mods, n.head].join(' ')
  return kb.actors.filter((a) => {
    if (a.bare_nominals.some((b) => foldAscii(b) === phrase) && n.place === undefined) return true
    if (!a.nominal_heads.some((h) => h.toLowerCase() === n.head)) return false
    if (mods.length === 0 && n.place === undefined) return false
    const desc = new Set(a.descriptors.map((d) => foldAscii(d)))
    if (!mods.every((w) => desc.has(w))) return false
    if (n.place !== undefined && !regionFits(a, n.place, kb)) return false
    return true
  })
}

/**
 * Mentions a nominal may not overlap: names of actors. A NORP or MISC mention
 * inside it ("Salafist" in "the Salafist group", "Egyptians" in "the
 * Egyptians") is a modifier, not a competing reading.
 */
function blocks(m: Mention): boolean {
  return m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC'
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Does a span overlap any of these mentions? Binary search over the mentions by start, with the
 * largest end so far (so nested and overlapping mentions are all seen).
 */
function overlapsAny(spans: readonly Mention[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const maxEnd: number[] = []
  for (const [i, m] of sorted.entries()) maxEnd.push(Math.max(m.end, i > 0 ? maxEnd[i - 1]! : -1))
  return (span) => {
    const i = lastIndexBelow(sorted.length, span.end, (k) => sorted[k]!.start)
    return i >= 0 && maxEnd[i]! > span.start
  }
}

/** Spans that do not overlap, kept sorted; `add` refuses one that overlaps a span already there. */
function disjointSpans(): { add(span: { start: number; end: number }): boolean } {
  const spans: Array<{ start: number; end: number }> = []
  return {
    add(span) {
      // the first span ending after this one starts is the only one that can overlap it
      const lo = firstSpanEndingAfter(spans, span.start)
      if (lo < spans.length && overlaps(spans[lo]!, span)) return false
      spans.splice(lo, 0, span)
      return true
    },
  }
}

/**
 * The nearest named mention before a position that stands for one of some KB actors: the last one in
 * text order before the first mention that ends after the position. Indexed by actor, searched in log time.
 */
function nearestActorMention(mentions: readonly Mention[], actorsOf: (m: Mention) => ReadonlySet<string>): (pos: number, ids: ReadonlySet<string>) => Mention | undefined {
  const maxEnd: number[] = []
  const byActor = new Map<string, number[]>()
  mentions.forEach((m, k) => {
    maxEnd.push(Math.max(m.end, k > 0 ? maxEnd[k - 1]! : -1))
    if (!isNamed(m)) return
    for (const a of actorsOf(m)) {
      const list = byActor.get(a)
      if (list) list.push(k)
      else byActor.set(a, [k])
    }
  })
  return (pos, ids) => {
    // mentions before the first one that ends after pos (the scan this replaces stopped there)
    const stop = lastIndexBelow(maxEnd.length, pos + 1, (k) => maxEnd[k]!) + 1
    let best = -1
    for (const a of ids) {
      const list = byActor.get(a)
      if (!list) continue
      const i = lastBelow(list, stop, (k) => k)
      if (i >= 0) best = Math.max(best, list[i]!)
    }
    return best >= 0 ? mentions[best] : undefined
  }
}

/** KB actor ids a name ("TYPE\u0000text") stands for, per index. */
const kbActorIds = perKb((kb) => stringMemo((key: string) => {
  const [type, name] = key.split('\u0000') as [NameType, string]
  return new Set(matchKb(name, type, kb).map((x) => x.actor.id))
}))

/** Actors a nominal pattern (as JSON) can refer to, per index. */
const nominalActorsOf = perKb((kb) => stringMemo((key: string) => nominalActors(JSON.parse(key) as NominalPattern, kb)))

/** "the Egyptians": the country actors by demonym and the pattern that finds them, per index. */
const demonymsOf = perKb((kb) => {
  const demonyms = kb.actors.filter((a) => a.demonym !== undefined && a.kind === 'country')
  if (demonyms.length === 0) return undefined
  const byDemonym = new Map(demonyms.map((a) => [a.demonym!.toLowerCase(), a]))
  const alt = [...byDemonym.keys()].map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  return { byDemonym, re: new RegExp(`\\b[Tt]he\\s+(${alt})s\\b`, 'gi') }
})

export interface WithinDocOptions {
  /**
   * Leave a person's short form unlinked when every mention of it comes before the only full name it could join
   * ("Mr. Kestrel and his son … Orin Kestrel": the story may have named the father first). A short form that also
   * follows the full name is still linked, and so is one in the title line (`titleLine`). The test is resolution's
   * (`opensBeforeItsName`), on the same name keys.
   */
  readonly notBeforeName?: boolean
}

/** The knowledge base's and the dictionary's tests for `orgShortForms`, per index. */
export const orgShortFormTests = perKb((kb) => {
  const ids = kbActorIds(kb)
  return {
    knownName: (text: string) => ids(`ORG\u0000${text}`).size > 0,
    placeOrPeople: (word: string) => countryOfDemonym(word) !== undefined || ids(`LOC\u0000${word}`).size > 0,
  }
})

/** Resolution's judgement key of a name ("TYPE\u0000text"), once per distinct name (it was 16 MB of strings per 44k words). */
const judgementKeyOf = stringMemo((key: string) => {
  const i = key.indexOf('\u0000')
  return judgementKey(key.slice(i + 1), key.slice(0, i))
})

/** A mention's named mentions of its name key (resolution's node within one article), for `opensBeforeItsName`. */
function mentionsByKey(mentions: readonly Mention[]): (m: Mention) => string[] {
  const keyOf = (m: Mention) => judgementKeyOf(`${m.type}\u0000${m.text}`)
  const groups = new Map<string, string[]>()
  for (const m of mentions) {
    if (!isNamed(m)) continue
    const k = keyOf(m)
    const list = groups.get(k)
    if (list) list.push(m.id)
    else groups.set(k, [m.id])
  }
  return (m) => groups.get(keyOf(m)) ?? [m.id]
}

/**
 * The article's title line: its `titleSpan`, else a first line of its own written in title case ("Trump: Cruz Has
 * 'To Come a Long Way' On Ethanol") or without closing punctuation; an empty span when there is none (a lede
 * sentence is not a title).
 */
export function titleLine(article: Article): { start: number; end: number } {
  if (article.titleSpan) return article.titleSpan
  const text = article.text
  const end = text.indexOf('\n')
  if (end <= 0) return { start: 0, end: 0 }
  const words = (text.slice(0, end).match(/\p{L}[\p{L}'’.-]*/gu) ?? [])
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length
  // title case, or a line with no closing punctuation ("Clinton wins Democratic presidential primary in")
  const title = words.length >= 3 && (caps / words.length >= 0.7 || !/[.!?:;,"”'’)]$/.test(text.slice(0, end).trim()))
  return title ? { start: 0, end } : { start: 0, end: 0 }
}

/**
 * Link short forms, acronyms and KB-licensed nominals within one article.
 * Existing mentions keep their ids and offsets; an antecedent already set by
 * an earlier stage is kept.
 */
export function linkWithinDoc(article: Article, input: readonly Mention[], kb: KbIndex, stage: string = COREF_STAGE_KEY, options: WithinDocOptions = {}): WithinDocResult {
  const mentions = [...input].sort((a, b) => a.start - b.start || a.end - b.end)
  const links: CorefLink[] = []
  const antecedent = new Map<string, string>()
  const targets = nameTargets(mentions)
  const sameKey = options.notBeforeName ? mentionsByKey(mentions) : undefined
  const byId = sameKey ? new Map(mentions.map((m) => [m.id, m])) : undefined
  const title = titleLine(article)
  const opensBefore = (m: Mention, target: Mention) =>
    sameKey !== undefined && target.start > m.start && opensBeforeItsName(m, sameKey(m), sameKey(target), byId!, (s) => s >= title.start && s < title.end)
  // aliases the text states: "X, also known as Y", "Myanmar (Burma)", and a numbered designation's full forms ("Task Force (CTF) 50")
  const aliases = new Map([...designationLinks(article.text, mentions), ...aliasLinks(article.text, mentions)].map((l) => [l.from.id, l]))
  const bodyShortForm = orgShortForms(mentions, orgShortFormTests(kb))
  for (const [k, m] of mentions.entries()) {
    if (m.antecedentId !== undefined) { antecedent.set(m.id, m.antecedentId); continue }
    if (!isNamed(m)) continue
    let target: Mention | undefined
    let reason = ''
    const alias = aliases.get(m.id)
    if (alias) {
      target = alias.to
      reason = alias.reason
    } else if (m.type === 'PER') {
      target = targets.shortForm(m)
      if (target && opensBefore(m, target)) target = undefined
      reason = 'short form of a full name'
    } else if ((m.type === 'ORG' || m.type === 'LOC') && isAcronym(m.text.trim())) {
      target = targets.acronym(m)
      reason = 'acronym of a name in the article'
    }
    if (target === undefined && m.type === 'ORG' && alias === undefined) {
      target = bodyShortForm(m)
      reason = 'distinctive last word of a body named in the article'
    }
    if (target === undefined && (m.type === 'ORG' || m.type === 'LOC')) {
      target = bracketedClippedName(mentions, k, article.text)
      reason = 'acronym in brackets clipped from the name before it'
    }
    if (target === undefined && (m.type === 'ORG' || m.type === 'LOC') && alias === undefined) {
      target = definedTranslatedName(mentions, k, article.text)
      reason = 'acronym of the name before it in another language, defined beside it'
    }
    if (target) {
      antecedent.set(m.id, target.id)
      links.push({ from: m.id, to: target.id, reason })
    }
  }

  // KB actors each named mention stands for (for nominal antecedents)
  const kbIds = kbActorIds(kb)
  const actorsOf = new Map<string, Set<string>>()
  for (const m of mentions) {
    if (!isNamed(m) || (m.type !== 'ORG' && m.type !== 'LOC' && m.type !== 'PER')) continue
    const ids = kbIds(`${m.type}\u0000${m.text}`)
    if (ids.size > 0) actorsOf.set(m.id, ids)
  }
  const resolvedActors = (m: Mention): Set<string> => {
    let cur: string | undefined = m.id
    const seen = new Set<string>()
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur)
      const ids = actorsOf.get(cur)
      if (ids) return ids
      cur = antecedent.get(cur)
    }
    return new Set()
  }

  const added: Mention[] = []
  const text = article.text
  const taken = disjointSpans()
  const addNominal = (start: number, end: number, target: Mention, reason: string) => {
    if (!taken.add({ start, end })) return
    const id = hashId('mention', article.id, start, end)
    added.push({
      id, articleId: article.id, start, end, text: text.slice(start, end), type: target.type, kind: 'nominal',
      stage, antecedentId: target.id, ...(target.subtype !== undefined ? { subtype: target.subtype } : {}),
    })
    antecedent.set(id, target.id)
    links.push({ from: id, to: target.id, reason })
  }
  const nearestBefore = nearestActorMention(mentions, resolvedActors)
  const blocked = overlapsAny(mentions.filter(blocks))
  const actorsFor = nominalActorsOf(kb)

  for (const n of findNominals(text, kb)) {
    if (inBoilerplate(article, n.start, n.end)) continue
    // the head and its modifiers must not be part of a name mention ("the Islamic State group")
    const core = { start: n.start, end: n.place !== undefined ? n.end - n.place.length : n.end }
    if (blocked(core)) continue
    const actors = actorsFor(JSON.stringify({ modifiers: n.modifiers, head: n.head, place: n.place }))
    if (actors.length === 0) continue
    const target = nearestBefore(n.start, new Set(actors.map((a) => a.id)))
    if (target) addNominal(n.start, n.end, target, `nominal "${n.text}" fits ${[...resolvedActors(target)].join('/')}`)
  }

  // demonyms: "the Egyptians" → the nearest earlier mention of Egypt
  const dem = demonymsOf(kb)
  if (dem) {
    const { byDemonym, re } = dem
    for (const m of text.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (inBoilerplate(article, start, end) || blocked({ start, end })) continue
      const actor = byDemonym.get(m[1]!.toLowerCase())!
      if (!/^[A-Z]/.test(m[1]!)) continue
      const target = nearestBefore(start, new Set([actor.id]))
      if (target) addNominal(start, end, target, `demonym "${m[0]}" for ${actor.id}`)
    }
  }

  const out = [...mentions.map((m) => {
    const a = antecedent.get(m.id)
    if (a === undefined || m.antecedentId !== undefined) return m
    // an alias the text states is trusted over the name guards of resolution ("Q-West" is not read as a qualified "Qayyarah")
    return aliases.get(m.id)?.to.id === a ? { ...m, antecedentId: a, linkedBy: 'alias' as const } : { ...m, antecedentId: a }
  }), ...added].sort((a, b) => a.start - b.start || a.end - b.end)
  return { mentions: out, links }
}
