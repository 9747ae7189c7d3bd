/**
 * Checks a hand-made news gold file (the real-news gold format, docs/real-news-gold.md) against the texts it
 * annotates, without running Dossier: every anchor, content and content_last occurs in its document's text (and
 * an anchor starts a sentence of the gold's own splitter, else a warning), every actor, target, speaker and
 * `about` id exists, ids are unique, `cameo_root` is the start of `cameo`, codes are in the codebook (when given),
 * modalities and stances are known values, no alias names two entities, anchors and contents are at most 60
 * characters (the format keeps no article text), a claim's `about` event is in the claim's document, and no event
 * has the same entity as actor and target (a warning). Prints counts (articles, words, codings
 * required / optional by root and modality, claims by stance). Exit code 1 when an error is found.
 *
 *   npx tsx scripts/voa-news-texts.ts --out /tmp/voa --part vtune
 *   npx tsx scripts/check-news-gold.ts eval-gold/voa-news/vtune.json /tmp/voa [--codebook ../shared/data/cameo/CAMEO.eventcodes.gdelt-lookup.txt]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { goldSentences } from '../src/eval/news-gold.js'

interface GoldEvent {
  id: string; doc: string; actor: string | null; target: string | null; cameo_root: string; cameo: string
  modality: string; anchor: string; optional?: boolean
}
interface GoldClaim {
  id: string; doc: string; speaker: string; verb: string; stance: string; anchor: string; content: string
  content_last?: string; about?: string; optional?: boolean
}
interface GoldEntity { id: string; aliases?: string[]; canonical: string }
interface GoldFile { documents: Record<string, { title?: string }>; entities: GoldEntity[]; events?: GoldEvent[]; claims?: GoldClaim[] }

const MODALITIES = new Set(['asserted', 'attempted', 'planned', 'alleged', 'denied', 'negated', 'hypothetical', 'reported'])
const STANCES = new Set(['assert', 'confirm', 'deny', 'hedge'])
const ID_SHAPE = /^[a-z0-9_]+$/
/** The longest anchor or content the format allows: a prefix to find the sentence, never the article's text. */
const MAX_ANCHOR = 60

interface Report { errors: string[]; warnings: string[] }

function checkEntities(gold: GoldFile, r: Report): Set<string> {
  const ids = new Set<string>()
  const owner = new Map<string, string>()
  for (const e of gold.entities) {
    if (ids.has(e.id)) r.errors.push(`entity ${e.id}: duplicate id`)
    ids.add(e.id)
    for (const name of [e.canonical, ...(e.aliases ?? [])]) {
      const key = name.toLowerCase().replace(/^(the|a|an) /, '')
      const other = owner.get(key)
      if (other !== undefined && other !== e.id) r.warnings.push(`alias "${name}" names both ${other} and ${e.id}`)
      owner.set(key, e.id)
    }
  }
  return ids
}

function checkAnchor(text: string, starts: Set<number>, where: string, anchor: string, r: Report): void {
  const at = text.indexOf(anchor)
  if (anchor.length > MAX_ANCHOR) r.errors.push(`${where}: anchor over ${MAX_ANCHOR} characters`)
  if (at < 0) r.errors.push(`${where}: anchor not in text: "${anchor}"`)
  else if (!starts.has(at)) r.warnings.push(`${where}: anchor does not start a gold sentence: "${anchor}"`)
}

/**
 * What every event and claim is checked for first: a unique id, a known document, an anchor that starts one of its
 * sentences. Returns the document's text, or undefined when the document is unknown.
 */
function locate(x: { id: string; doc: string; anchor: string }, where: string, ids: Set<string>, texts: Map<string, string>, r: Report): string | undefined {
  if (ids.has(x.id)) r.errors.push(`${where}: duplicate id`)
  ids.add(x.id)
  const text = texts.get(x.doc)
  if (text === undefined) { r.errors.push(`${where}: unknown doc ${x.doc}`); return undefined }
  checkAnchor(text, sentenceStarts(text), where, x.anchor, r)
  return text
}

function checkEvents(gold: GoldFile, texts: Map<string, string>, ents: Set<string>, codes: Set<string> | undefined, r: Report): Map<string, string> {
  const ids = new Set<string>()
  const docOf = new Map<string, string>()
  for (const e of gold.events ?? []) {
    const where = `event ${e.id}`
    if (locate(e, where, ids, texts, r) === undefined) continue
    docOf.set(e.id, e.doc)
    for (const role of [e.actor, e.target]) if (role !== null && !ents.has(role)) r.errors.push(`${where}: unknown entity ${role}`)
    if (e.actor !== null && e.actor === e.target) r.warnings.push(`${where}: ${e.actor} is both actor and target`)
    if (!e.cameo.startsWith(e.cameo_root) || e.cameo_root.length !== 2) r.errors.push(`${where}: cameo_root ${e.cameo_root} vs cameo ${e.cameo}`)
    if (codes && !codes.has(e.cameo)) r.errors.push(`${where}: ${e.cameo} is not in the codebook`)
    if (!MODALITIES.has(e.modality)) r.errors.push(`${where}: unknown modality ${e.modality}`)
  }
  return docOf
}

function checkClaims(gold: GoldFile, texts: Map<string, string>, ents: Set<string>, events: Map<string, string>, r: Report): void {
  const ids = new Set<string>()
  for (const c of gold.claims ?? []) {
    const where = `claim ${c.id}`
    const text = locate(c, where, ids, texts, r)
    if (text === undefined) continue
    for (const part of [c.content, c.content_last]) {
      if (part === undefined) continue
      if (part.length > MAX_ANCHOR) r.errors.push(`${where}: content over ${MAX_ANCHOR} characters`)
      if (!text.includes(part)) r.errors.push(`${where}: content not in text: "${part}"`)
    }
    if (ID_SHAPE.test(c.speaker) && !ents.has(c.speaker)) r.errors.push(`${where}: unknown speaker id ${c.speaker}`)
    const aboutDoc = c.about === undefined ? undefined : events.get(c.about)
    if (c.about !== undefined && aboutDoc === undefined) r.errors.push(`${where}: unknown event ${c.about}`)
    else if (aboutDoc !== undefined && aboutDoc !== c.doc) r.errors.push(`${where}: its event ${c.about} is in another document`)
    if (!STANCES.has(c.stance)) r.errors.push(`${where}: unknown stance ${c.stance}`)
  }
}

/** Where each document's gold sentences start, split once per text. */
const STARTS = new Map<string, Set<number>>()
function sentenceStarts(text: string): Set<number> {
  let starts = STARTS.get(text)
  if (!starts) { starts = new Set(goldSentences(text).map((s) => s.start)); STARTS.set(text, starts) }
  return starts
}

function tally<T>(items: readonly T[], key: (t: T) => string): string {
  const m = new Map<string, number>()
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ')
}

function summary(gold: GoldFile, texts: Map<string, string>): string[] {
  const events = gold.events ?? []
  const claims = gold.claims ?? []
  const req = events.filter((e) => !e.optional)
  const words = [...texts.values()].reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0)
  return [
    `articles ${texts.size}, words ${words}, entities ${gold.entities.length}`,
    `event codings: ${req.length} required / ${events.length - req.length} optional`,
    `required by root: ${tally(req, (e) => e.cameo_root)}`,
    `optional by root: ${tally(events.filter((e) => e.optional), (e) => e.cameo_root)}`,
    `required by modality: ${tally(req, (e) => e.modality)}`,
    `claims: ${claims.filter((c) => !c.optional).length} required / ${claims.filter((c) => c.optional).length} optional; stance (required): ${tally(claims.filter((c) => !c.optional), (c) => c.stance)}`,
  ]
}

function main(): void {
  const args = process.argv.slice(2)
  const at = args.indexOf('--codebook')
  const codebook = at >= 0 ? args.splice(at, 2)[1] : undefined
  const [goldPath, textDir] = args
  if (!goldPath || !textDir) throw new Error('usage: check-news-gold.ts <gold.json> <texts-dir> [--codebook file]')
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile
  const r: Report = { errors: [], warnings: [] }
  const texts = new Map<string, string>()
  for (const [file, d] of Object.entries(gold.documents)) {
    const path = join(textDir, file)
    if (!existsSync(path)) { r.errors.push(`document ${file}: no text at ${path}`); continue }
    const text = readFileSync(path, 'utf8')
    texts.set(file, text)
    if (d.title !== undefined && d.title !== text.split('\n')[0]) r.errors.push(`document ${file}: title is not the first line`)
  }
  const codes = codebook ? new Set(readFileSync(codebook, 'utf8').split('\n').map((l) => l.split('\t')[0]?.trim() ?? '').filter((c) => /^\d+$/.test(c))) : undefined
  const ents = checkEntities(gold, r)
  const events = checkEvents(gold, texts, ents, codes, r)
  checkClaims(gold, texts, ents, events, r)
  for (const w of r.warnings) console.log(`warning: ${w}`)
  for (const e of r.errors) console.log(`error: ${e}`)
  for (const line of summary(gold, texts)) console.log(line)
  console.log(r.errors.length === 0 ? 'ok' : `${r.errors.length} errors`)
  if (r.errors.length > 0) process.exitCode = 1
}

main()
