/**
 * A body's post named by the place that hosts it: "the U.S. Embassy in Jakarta" and "the U.S. Embassy in Caracas"
 * are two embassies, though their names are spelled alike. The host (the country the gazetteer puts the place in,
 * else the place's own name key) is kept on the node key (`ORG:u.s. embassy#in:id`), so signatures tell the two
 * apart, and two clusters whose posts have different hosts never join (resolution's `host-place` conflict). A post
 * written without its host ("the U.S. Embassy") keeps the plain key and joins either.
 * @module
 */
import type { Mention } from '../model/index.js'
import { placeOf } from './places.js'
import { nameKey } from './translit.js'

/** Head words of a body's post in another place (an embassy, a consulate, a mission, a branch office). */
const POST_HEAD = /(?:^|\s)(?:embassy|consulate(?:[- ]general)?|mission|office|bureau|branch|delegation|legation)$/i
/** Mention offsets only: " in " (or " at ", " to ") between the post and its place is this many characters. */
const PREPOSITION_GAP = 4
/** The separator of a host on a node key. */
const HOST_MARK = '#in:'

/** Is this a name whose head says it is one post of a body ("U.S. Embassy", "UNHCR office")? */
export function isPostName(text: string): boolean {
  return POST_HEAD.test(text.trim())
}

/** The host of a place name: its country when the gazetteer knows the place, else its own key. */
export function hostOf(place: string): string {
  return placeOf(place)?.country?.toLowerCase() ?? nameKey(place, 'LOC')
}

/**
 * The host of each post mention of one article named right before a place ("the U.S. Embassy in Jakarta"), and of
 * the article's other mentions of the same post name when the article names just one host for it. The mentions must
 * be those of one article.
 */
export function postHosts(mentions: readonly Mention[]): Map<string, string> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)
  const places = sorted.filter((m) => m.type === 'LOC')
  const posts = sorted.filter((m) => m.type === 'ORG' && isPostName(m.text))
  const out = new Map<string, string>()
  const byName = new Map<string, Set<string>>()
  for (const m of posts) {
    const place = places.find((p) => p.articleId === m.articleId && p.start - m.end === PREPOSITION_GAP)
    if (place === undefined) continue
    const host = hostOf(place.text)
    out.set(m.id, host)
    const name = m.text.trim().toLowerCase()
    byName.set(name, (byName.get(name) ?? new Set()).add(host))
  }
  // the same post written without its place: the article's one host for that name, if it names just one
  for (const m of posts) {
    const hosts = byName.get(m.text.trim().toLowerCase())
    if (!out.has(m.id) && hosts?.size === 1) out.set(m.id, [...hosts][0]!)
  }
  return out
}

/** A node key that carries the host of its post ("ORG:u.s. embassy", "id" → "ORG:u.s. embassy#in:id"). */
export function keyWithHost(key: string, host: string | undefined): string {
  return host === undefined ? key : `${key}${HOST_MARK}${host}`
}

/** The host a node key carries, if any. */
export function hostOfKey(key: string): string | undefined {
  const i = key.indexOf(HOST_MARK)
  return i < 0 ? undefined : key.slice(i + HOST_MARK.length)
}

/** `postHosts` of every article of a mention list. */
export function postHostsByArticle(mentions: readonly Mention[]): Map<string, string> {
  const byArticle = new Map<string, Mention[]>()
  for (const m of mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m])
  const out = new Map<string, string>()
  for (const ms of byArticle.values()) for (const [id, host] of postHosts(ms)) out.set(id, host)
  return out
}
