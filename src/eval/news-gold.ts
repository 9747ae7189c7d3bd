/**
 * The real-news gold (`eval-gold/real-news/gold.json`): the seeds gold.json
 * format extended with sentence anchors, full CAMEO codes, modality and claim
 * stance/content, plus the split into a tuning part (`dev`) and a frozen
 * final check (`final`). This file reads it and turns anchors into sentence
 * spans of the article text; `news.ts` scores against it.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { DossierError } from '../model/index.js'

/** A document's part: `train` is the training part (eval-gold/real-news/train.json), in no other selection. */
const DocPart = z.enum(['dev', 'dev2', 'final', 'train'])
export type DocPart = z.infer<typeof DocPart>
/** `part`: an entity added with a later part (dev2, train) is known only when that part is scored, so the names it adds do not move the figures of the parts annotated before it. */
const NewsEntity = z.object({
  id: z.string(), type: z.string(), canonical: z.string(), aliases: z.array(z.string()).default([]), optional: z.boolean().optional(),
  part: DocPart.optional(),
})
export const NewsEvent = z.object({
  id: z.string(), doc: z.string(), actor: z.string().nullable(), target: z.string().nullable(),
  cameo_root: z.string(), cameo: z.string(), modality: z.string(), what: z.string(), anchor: z.string(),
  optional: z.boolean().optional(), bulletin: z.boolean().optional(),
})
export type NewsEvent = z.infer<typeof NewsEvent>
export const NewsClaim = z.object({
  id: z.string(), doc: z.string(), speaker: z.string(), verb: z.string(), stance: z.string(), anonymous: z.boolean().default(false),
  anchor: z.string(), content: z.string(), content_last: z.string().optional(), about: z.string().optional(), optional: z.boolean().optional(),
})
export type NewsClaim = z.infer<typeof NewsClaim>
const NewsDocument = z.object({ id: z.string(), part: DocPart, title: z.string().optional(), outlet: z.string().optional(), url: z.string().optional() })
export const NewsGold = z.object({
  documents: z.record(z.string(), NewsDocument),
  entities: z.array(NewsEntity),
  events: z.array(NewsEvent).default([]),
  claims: z.array(NewsClaim).default([]),
})
export type NewsGold = z.infer<typeof NewsGold>
/**
 * `dev` (the first 16 articles) and `dev2` (the next ones, annotated later) are tuning parts; `tune` is both;
 * `final` is the frozen final check; `all` is dev + dev2 + final. `train` (the short articles, annotated for
 * learned components) is selected only by itself: `tune` and `all` keep their meaning without it.
 */
export type Part = 'dev' | 'dev2' | 'tune' | 'final' | 'all' | 'train'
export const PARTS: readonly Part[] = ['dev', 'dev2', 'tune', 'final', 'all', 'train']

/** Whether a document of part `doc` belongs to the selected part. */
export function inPart(doc: DocPart, part: Part): boolean {
  if (doc === 'train' || part === 'train') return doc === part
  return part === 'all' || doc === part || (part === 'tune' && doc !== 'final')
}

export function parseNewsGold(raw: unknown, where: string): NewsGold {
  const parsed = NewsGold.safeParse(raw)
  if (!parsed.success) {
    throw new DossierError('E_EVAL_FORMAT', `${where}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      hint: 'follow the format of eval-gold/real-news/gold.json (docs/real-news-gold.md)',
    })
  }
  return parsed.data
}

export function readNewsGold(dir: string): NewsGold {
  const p = join(dir, 'gold.json')
  if (!existsSync(p)) throw new DossierError('E_EVAL_FORMAT', `${p} not found`, { hint: 'assemble the folder with `npm run eval:news`, which writes gold.json beside the articles' })
  return parseNewsGold(JSON.parse(readFileSync(p, 'utf8')), p)
}

/**
 * The gold restricted to one part's documents (and the entities known to that part: an entity entry of a later
 * part only there; the training part, annotated last, knows every entry).
 */
export function goldPart(gold: NewsGold, part: Part): NewsGold {
  const keep = new Set(Object.entries(gold.documents).filter(([, d]) => inPart(d.part, part)).map(([k]) => k))
  return {
    ...gold,
    documents: Object.fromEntries(Object.entries(gold.documents).filter(([k]) => keep.has(k))),
    entities: gold.entities.filter((e) => e.part === undefined || part === 'train' || inPart(e.part, part)),
    events: gold.events.filter((e) => keep.has(e.doc)),
    claims: gold.claims.filter((c) => keep.has(c.doc)),
  }
}

/**
 * A gold with a second file's documents, entities, events and claims added (the training part, kept in its own
 * file so that gold.json does not change). A document key or an event or claim id in both is an error.
 */
export function mergeNewsGold(base: NewsGold, extra: NewsGold, where: string): NewsGold {
  const clash = [
    ...Object.keys(extra.documents).filter((k) => k in base.documents),
    ...[...extra.events, ...extra.claims].map((x) => x.id).filter((id) => base.events.some((e) => e.id === id) || base.claims.some((c) => c.id === id)),
  ]
  if (clash.length > 0) throw new DossierError('E_EVAL_FORMAT', `${where}: already in the base gold: ${clash.slice(0, 5).join(', ')}`, { hint: 'give the added documents, events and claims ids of their own' })
  return {
    documents: { ...base.documents, ...extra.documents },
    entities: [...base.entities, ...extra.entities],
    events: [...base.events, ...extra.events],
    claims: [...base.claims, ...extra.claims],
  }
}

export interface Range { readonly start: number; readonly end: number }

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'lt', 'col', 'capt', 'brig', 'maj', 'sgt', 'adm',
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'gov', 'sen', 'rep', 'hon', 'jr', 'sr', 'inc', 'co', 'corp', 'ft', 'mt',
])

/**
 * Sentence spans of a text, independent of Dossier's own segmenter (so the gold does not move when it changes):
 * a line break ends a sentence; so does . ! or ? (and closing quotes) before white space and a capital,
 * digit or opening quote, unless the word before the period is a known abbreviation or a single letter ("U.S.").
 */
export function goldSentences(text: string): Range[] {
  const out: Range[] = []
  let start = 0
  const push = (end: number) => {
    const s = text.slice(start, end)
    const lead = s.length - s.trimStart().length
    if (s.trim() !== '') out.push({ start: start + lead, end: start + s.trimEnd().length })
    start = end
  }
  const re = /\n|[.!?]["”’')]*(?=[^\S\n]+["“‘(]?[A-Z0-9])/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[0] !== '\n' && m[0][0] === '.') {
      const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? ''
      if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue
    }
    push(m.index + m[0].length)
  }
  push(text.length)
  return out
}

/** The sentence holding the (first) occurrence of an anchor, or undefined when the anchor is not in the text. */
export function anchorSentence(text: string, sentences: readonly Range[], anchor: string): Range | undefined {
  const at = text.indexOf(anchor)
  if (at < 0) return undefined
  return sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at + anchor.length }
}

/** Join two ranges into the smallest range covering both. */
export function cover(a: Range, b: Range): Range {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }
}
