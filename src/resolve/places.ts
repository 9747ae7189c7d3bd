/**
 * Place names the gazetteer reads as one place: transliteration variants
 * ("Ar Raqqah" / "Raqqa", "Dayr Az Zawr" / "Deir ez-Zor") and a name with or
 * without its place word ("Anbar Province" / "Anbar"). A place name that the
 * gazetteer puts where a knowledge-base place is joins that actor.
 * @module
 */
import type { KbActor } from '../kb/actors.js'
import { countryOfInitialism, geocode, type Place } from '../places/index.js'

export interface PlaceNode {
  readonly idx: number
  readonly type: string
  readonly names: readonly string[]
  readonly kbActor?: string | undefined
}

export interface PlaceEdge {
  readonly a: number
  /** Another node naming the same place… */
  readonly b?: number
  /** …or the KB actor at that place. */
  readonly actor?: KbActor
  readonly score: number
  readonly reason: string
}

/** Identity of a gazetteer place: its source, name and country. */
function placeKey(p: Place): string {
  return `${p.source}|${p.kind}|${p.name}|${p.country ?? ''}`
}

/** Place words news add to a name and drop at will ("Hasaka Province" / "Hasaka"). */
const PLACE_WORDS = /\s+(province|governorate|district|region|city|town|village|area)$/i

/**
 * Only places the gazetteer knows well: our regions and countries, and cities (GeoNames) for names of 4+ letters (a
 * shorter name only as a country's initialism).
 * A name it does not know is tried without its place word and with the other spelling of a final long vowel, which
 * transliterations write with or without h ("Falluja" / "Fallujah", "Qayyara" / "Qayyarah").
 */
export function placeOf(name: string): Place | undefined {
  const trimmed = name.trim()
  // a short name is looked up only as a country's initialism in capitals ("DRC", "UAE")
  if (trimmed.replace(/[^A-Za-z]/g, '').length < 4) return countryOfInitialism(trimmed) !== undefined ? geocode(trimmed) : undefined
  for (const v of spellings(trimmed)) {
    const p = geocode(v)
    if (p) return p
  }
  return undefined
}

function spellings(name: string): string[] {
  const bare = name.replace(PLACE_WORDS, '')
  const out = [name]
  for (const n of bare !== name && bare.replace(/[^A-Za-z]/g, '').length >= 4 ? [bare] : []) out.push(n)
  for (const n of [...out]) {
    if (/[a-z]ah$/.test(n)) out.push(n.slice(0, -1))
    else if (/[a-z]a$/.test(n)) out.push(`${n}h`)
  }
  return out
}

/** Edges between LOC nodes (and KB places) that the gazetteer resolves to one place. */
export function samePlaceEdges(nodes: readonly PlaceNode[], kb: readonly KbActor[]): PlaceEdge[] {
  const kbAt = new Map<string, KbActor | null>()
  for (const actor of kb) {
    if (actor.type !== 'LOC') continue
    for (const n of new Set([actor.name, ...actor.aliases])) {
      const p = placeOf(n)
      if (!p) continue
      const k = placeKey(p)
      const prev = kbAt.get(k)
      kbAt.set(k, prev === undefined || prev?.id === actor.id ? actor : null) // null: two actors at one place, no link
    }
  }
  const out: PlaceEdge[] = []
  const first = new Map<string, number>()
  for (const n of nodes) {
    if (n.type !== 'LOC') continue
    const p = n.names.map(placeOf).find((x) => x !== undefined)
    if (!p) continue
    const k = placeKey(p)
    const actor = kbAt.get(k)
    if (actor && n.kbActor === undefined) {
      out.push({ a: n.idx, actor, score: 0.95, reason: `gazetteer: "${n.names[0]}" is ${p.name} (${p.country ?? p.kind}), the place of ${actor.id}` })
      continue
    }
    const f = first.get(k)
    if (f === undefined) first.set(k, n.idx)
    else out.push({ a: n.idx, b: f, score: 0.92, reason: `gazetteer: "${n.names[0]}" is ${p.name} (${p.country ?? p.kind})` })
  }
  return out
}
