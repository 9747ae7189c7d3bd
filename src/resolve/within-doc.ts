/**
 * Within-document coreference by rules: short forms to full names
 * ("Dugmash" → "Mumtaz Dugmush"), acronyms to their expansion ("IS" →
 * "Islamic State"), and nominal mentions licensed by the knowledge base
 * ("the Salafist group", "the ruling movement in Gaza", "the coastal
 * enclave", "the Egyptians") to the nearest earlier mention of a fitting actor.
 * @module
 */
import { hashId, type Article, type Mention } from '../model/index.js'
import type { CorefLink } from '../pipeline/doc.js'
import { inBoilerplate } from '../pipeline/doc.js'
import type { KbActor } from '../kb/actors.js'
import { compareNames, MERGE_THRESHOLD } from './compare.js'
import { matchKb, type KbIndex } from './kb-match.js'
import { foldAscii, initialsVariants, isAcronym, nameKey, nameUnits, stripGenericSuffix, type NameType } from './translit.js'

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

/** Full-name candidates a short PER form may stand for. */
function shortFormTarget(m: Mention, mentions: readonly Mention[]): Mention | undefined {
  const units = nameUnits(m.text, 'PER')
  if (units.length === 0) return undefined
  const candidates = mentions.filter((o) => o !== m && o.type === 'PER' && isNamed(o) && nameUnits(o.text, 'PER').length > units.length)
    .filter((o) => {
      const c = compareNames(m.text, o.text, 'PER')
      return c.guard === undefined && c.score >= 0.8 && (units.length > 1 || /last name|contained/.test(c.reason))
    })
  if (candidates.length === 0) return undefined
  // all candidates must be one person (otherwise "Haniyeh" is ambiguous between two Haniyehs)
  const first = candidates[0]!
  for (const c of candidates) {
    const same = nameKey(c.text, 'PER') === nameKey(first.text, 'PER') || compareNames(c.text, first.text, 'PER').score >= MERGE_THRESHOLD
    if (!same) return undefined
  }
  const before = candidates.filter((c) => c.start < m.start)
  return before.length > 0 ? before[before.length - 1] : candidates[0]
}

/** The expansion an acronym stands for, nearest earlier first. */
function acronymTarget(m: Mention, mentions: readonly Mention[]): Mention | undefined {
  const letters = m.text.trim().replace(/^the\s+/i, '').replace(/[^A-Za-z]/g, '').toLowerCase()
  const candidates = mentions.filter((o) => o !== m && o.type === m.type && isNamed(o) && !isAcronym(o.text) &&
    initialsVariants(stripGenericSuffix(o.text)).includes(letters))
  if (candidates.length === 0) return undefined
  const keys = new Set(candidates.map((c) => nameKey(c.text, c.type as NameType)))
  if (keys.size > 1) return undefined
  const before = candidates.filter((c) => c.start < m.start)
  return before.length > 0 ? before[before.length - 1] : candidates[0]
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

/** "the (mod )*head( in|of Place)" occurrences in the text; with a place first, then without. */
function findNominals(text: string, heads: ReadonlySet<string>): NominalPattern[] {
  if (heads.size === 0) return []
  const headAlt = [...heads].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const re = new RegExp(`\\b[Tt]he\\s+((?:[A-Za-z][\\w-]*\\s+){0,3}?)(${headAlt})\\b`, 'g')
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
 * Link short forms, acronyms and KB-licensed nominals within one article.
 * Existing mentions keep their ids and offsets; an antecedent already set by
 * an earlier stage is kept.
 */
export function linkWithinDoc(article: Article, input: readonly Mention[], kb: KbIndex, stage: string = COREF_STAGE_KEY): WithinDocResult {
  const mentions = [...input].sort((a, b) => a.start - b.start || a.end - b.end)
  const links: CorefLink[] = []
  const antecedent = new Map<string, string>()
  for (const m of mentions) {
    if (m.antecedentId !== undefined) { antecedent.set(m.id, m.antecedentId); continue }
    if (!isNamed(m)) continue
    let target: Mention | undefined
    let reason = ''
    if (m.type === 'PER') {
      target = shortFormTarget(m, mentions)
      reason = 'short form of a full name'
    } else if ((m.type === 'ORG' || m.type === 'LOC') && isAcronym(m.text.trim())) {
      target = acronymTarget(m, mentions)
      reason = 'acronym of a name in the article'
    }
    if (target) {
      antecedent.set(m.id, target.id)
      links.push({ from: m.id, to: target.id, reason })
    }
  }

  // KB actors each named mention stands for (for nominal antecedents)
  const words = new Set<string>()
  for (const m of mentions) for (const w of foldAscii(m.text).split(/[^a-z0-9]+/)) if (w) words.add(w)
  const actorsOf = new Map<string, Set<string>>()
  for (const m of mentions) {
    if (!isNamed(m) || (m.type !== 'ORG' && m.type !== 'LOC' && m.type !== 'PER')) continue
    const ids = new Set(matchKb(m.text, m.type, kb).map((x) => x.actor.id))
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
  const taken: Array<{ start: number; end: number }> = []
  const addNominal = (start: number, end: number, target: Mention, reason: string) => {
    const span = { start, end }
    if (taken.some((t) => overlaps(t, span))) return
    const id = hashId('mention', article.id, start, end)
    taken.push(span)
    added.push({
      id, articleId: article.id, start, end, text: text.slice(start, end), type: target.type, kind: 'nominal',
      stage, antecedentId: target.id, ...(target.subtype !== undefined ? { subtype: target.subtype } : {}),
    })
    antecedent.set(id, target.id)
    links.push({ from: id, to: target.id, reason })
  }
  const nearestBefore = (pos: number, ids: ReadonlySet<string>): Mention | undefined => {
    let best: Mention | undefined
    for (const m of mentions) {
      if (m.end > pos) break
      if (!isNamed(m)) continue
      const actors = resolvedActors(m)
      if ([...actors].some((a) => ids.has(a))) best = m
    }
    return best
  }

  for (const n of findNominals(text, nominalHeads(kb))) {
    if (inBoilerplate(article, n.start, n.end)) continue
    // the head and its modifiers must not be part of a name mention ("the Islamic State group")
    const core = { start: n.start, end: n.place !== undefined ? n.end - n.place.length : n.end }
    if (mentions.some((m) => blocks(m) && overlaps(m, core))) continue
    const actors = nominalActors(n, kb)
    if (actors.length === 0) continue
    const target = nearestBefore(n.start, new Set(actors.map((a) => a.id)))
    if (target) addNominal(n.start, n.end, target, `nominal "${n.text}" fits ${[...resolvedActors(target)].join('/')}`)
  }

  // demonyms: "the Egyptians" → the nearest earlier mention of Egypt
  const demonyms = kb.actors.filter((a) => a.demonym !== undefined && a.kind === 'country')
  if (demonyms.length > 0) {
    const byDemonym = new Map(demonyms.map((a) => [a.demonym!.toLowerCase(), a]))
    const alt = [...byDemonym.keys()].map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
    for (const m of text.matchAll(new RegExp(`\\b[Tt]he\\s+(${alt})s\\b`, 'gi'))) {
      const start = m.index
      const end = start + m[0].length
      if (inBoilerplate(article, start, end) || mentions.some((x) => blocks(x) && overlaps(x, { start, end }))) continue
      const actor = byDemonym.get(m[1]!.toLowerCase())!
      if (!/^[A-Z]/.test(m[1]!)) continue
      const target = nearestBefore(start, new Set([actor.id]))
      if (target) addNominal(start, end, target, `demonym "${m[0]}" for ${actor.id}`)
    }
  }

  const out = [...mentions.map((m) => {
    const a = antecedent.get(m.id)
    return a !== undefined && m.antecedentId === undefined ? { ...m, antecedentId: a } : m
  }), ...added].sort((a, b) => a.start - b.start || a.end - b.end)
  return { mentions: out, links }
}
