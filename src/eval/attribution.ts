/**
 * `dossier eval attribution <brat-dir>` — attribution quality on a brat
 * corpus in the PolNeAR layout (`text/<article>.txt`, `attributions/<article>_<annotator>.ann`
 * with Source / Cue / Content text-bound annotations joined by `E` lines).
 *
 * Scoring (DESIGN.md, eval contract): gold and system attributions are paired
 * one-to-one, greedily by largest token overlap of their Content spans.
 * contentF1 from token counts: overlap summed over pairs ÷ all system content
 * tokens (precision) and ÷ all gold content tokens (recall). sourceF1: a pair's
 * source is right when the spans overlap (or both have none), or when both
 * resolve to the same entity; precision ÷ system attributions, recall ÷ gold
 * attributions. cueF1 likewise on cue spans (overlap only). sourceCueRecall: pairs
 * whose source and cue are both right ÷ gold attributions — "source and verb right", the
 * measure the real-news gold reads on claims, here on a second corpus. When
 * several annotators' files exist for one article, the first in name order is
 * the gold. Tokens are runs of letters and digits, so punctuation at span edges
 * does not count either way.
 *
 * The system side is the claims stage's attribution finder (docAttributions without the speaker rule:
 * the word patterns, with inverted orders the parse reads otherwise put right),
 * scored with its content parts as found: a quote interrupted by its
 * attribution ("“A,” he said. “B.”") is two parts here, while the Claim the
 * stage stores carries the one span that covers both.
 *
 * "Resolve to the same entity" uses Dossier's own within-document resolution
 * only: each article is run through segment.wink.v1, syntax.parser.v2, mentions.ner.v17 and
 * coref.syntax.v15 (pronouns and role nominals linked from the parse), and a side's source resolves to an entity key, the
 * coreference root's type and `nameKey` (so a short form coref links to
 * "Barack Obama" meets it, and two unlinked "Mr. Obama" / "Obama" meet):
 * - a source span resolves through its head mention (headMention): the mention
 *   that ends the span's head phrase (the span cut at its first comma,
 *   parenthesis or preposition), not followed by a possessive, or, when the
 *   head before a comma holds no name, the name that makes up the next comma
 *   segment ("Aras's campaign manager, Ruth Alder,"); a head joining
 *   two names ("Trump and Clinton") resolves to nothing; a span that is just a
 *   relative pronoun ("who", "which", "that") resolves through the mention
 *   right before it ("Jeff Weaver, who");
 * - the system side uses the claim's `source.mentionId` when the claims step
 *   sets one (for "he" / "the source" it is the mention that first named the
 *   speaker), else the head-mention rule on its source span;
 * - a gold source that is just "he", "she", "him", "his" or "her" and has no
 *   mention takes the entity of the nearest preceding gold source (by offset)
 *   that resolved directly to a person (PER); "they", "them", "their" the
 *   nearest preceding one that resolved to anything else (ORG / NORP / LOC /
 *   MISC). This uses gold spans and our own mention resolution only, never the
 *   system's answer. Other pronouns ("I", "you", "we", "it") resolve to nothing.
 * Nothing else changes: pairing, content and cue scoring are as above.
 * `sentencesPerSec` times the whole per-article work (the three resolution
 * stages, attribution finding, claims and scoring), not attribution finding alone.
 *
 * `--sample heldout|tune|all` picks the articles: the held-out sample is the
 * 100 articles whose SHA-1 of the file name (without `.txt`) sorts first; it
 * was fixed before any tuning and the tune sample is the rest.
 * @module
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DossierError, hashId } from '../model/index.js'
import type { AnnotatedDoc, Article, Mention, Span } from '../model/index.js'
import type { Attribution } from '../claims/attributions.js'
import { docAttributions, type DocAttributionOptions } from '../claims/doc-attributions.js'
import { claimsFromAttributions } from '../claims/extract.js'
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js'
import { nameKey, type NameType } from '../resolve/translit.js'
import type { EvalTask } from './index.js'
import { formatTable, prf, type EvalReport } from './report.js'

/** A gold or system attribution reduced to what is scored. */
export interface ScoredAttribution {
  readonly source: readonly Span[]
  readonly cue: readonly Span[]
  readonly content: readonly Span[]
  /** The entity the source resolves to within the article (see sourceEntityKeys), when it resolves. */
  readonly sourceEntity?: string
}

export interface BratArticle {
  readonly name: string
  readonly text: string
  readonly gold: ScoredAttribution[]
}

export const HELDOUT_SIZE = 100

/** Parse one brat .ann file into attributions (E lines with their Source / Cue / Content parts). */
export function parseBratAttributions(ann: string, file = 'ann'): ScoredAttribution[] {
  const spans = new Map<string, Span[]>()
  const events: Array<Record<string, string>> = []
  const lines = ann.split(/\r?\n/)
  lines.forEach((line, n) => {
    // Lines that do not start with an id are continuations of a text field that spans a line break.
    if (/^T\d+\t/.test(line)) {
      const [id, typeAndRange] = line.split('\t')
      if (!id || !typeAndRange) throw new DossierError('E_EVAL_FORMAT', `bad text-bound line ${n + 1} in ${file}`, { context: { file, line: n + 1 }, hint: 'expected "T<n>\\t<Type> <start> <end>[;<start> <end>]\\t<text>"' })
      const sp = typeAndRange.indexOf(' ')
      const ranges = typeAndRange.slice(sp + 1).split(';').map((r) => {
        const [a, b] = r.trim().split(/\s+/).map(Number)
        return { start: a ?? NaN, end: b ?? NaN }
      })
      if (ranges.some((r) => !Number.isFinite(r.start) || !Number.isFinite(r.end))) {
        throw new DossierError('E_EVAL_FORMAT', `bad offsets on line ${n + 1} in ${file}`, { context: { file, line: n + 1 } })
      }
      spans.set(id, ranges)
    } else if (/^E\d+\t/.test(line)) {
      const roles: Record<string, string> = {}
      for (const part of (line.split('\t')[1] ?? '').trim().split(/\s+/)) {
        const [role, ref] = part.split(':')
        if (role && ref) roles[role] = ref
      }
      events.push(roles)
    }
  })
  const get = (roles: Record<string, string>, role: string): Span[] => {
    const ref = roles[role]
    return ref ? (spans.get(ref) ?? []) : []
  }
  return events
    .filter((r) => r['Content'] !== undefined)
    .map((r) => ({ source: get(r, 'Source'), cue: get(r, 'Cue'), content: get(r, 'Content') }))
}

function heldoutKey(name: string): string {
  return createHash('sha1').update(name).digest('hex')
}

/** Split article names into the fixed held-out sample and the tune rest. */
export function splitSample(names: readonly string[]): { heldout: Set<string>; tune: Set<string> } {
  const ranked = [...names].sort((a, b) => (heldoutKey(a) < heldoutKey(b) ? -1 : heldoutKey(a) > heldoutKey(b) ? 1 : 0))
  const heldout = new Set(ranked.slice(0, HELDOUT_SIZE))
  return { heldout, tune: new Set(ranked.filter((n) => !heldout.has(n))) }
}

/** Read a brat corpus: every text with its first annotator's attributions. */
export async function readBratCorpus(dir: string, sample: 'heldout' | 'tune' | 'all' = 'all'): Promise<BratArticle[]> {
  const textDir = join(dir, 'text')
  const annDir = join(dir, 'attributions')
  try {
    await stat(textDir)
    await stat(annDir)
  } catch (cause) {
    throw new DossierError('E_INPUT_MISSING', `no brat corpus at ${dir}`, { cause, context: { dir }, hint: 'pass a folder holding text/*.txt and attributions/*.ann (the PolNeAR layout)' })
  }
  const texts = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort()
  const anns = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort()
  const names = texts.map((t) => t.slice(0, -4))
  const { heldout, tune } = splitSample(names)
  const chosen = names.filter((n) => sample === 'all' || (sample === 'heldout' ? heldout.has(n) : tune.has(n)))
  const out: BratArticle[] = []
  for (const name of chosen) {
    const annFile = anns.find((a) => a.startsWith(`${name}_`) || a === `${name}.ann`)
    if (!annFile) continue
    const text = await readFile(join(textDir, `${name}.txt`), 'utf8')
    const gold = parseBratAttributions(await readFile(join(annDir, annFile), 'utf8'), annFile)
    out.push({ name, text, gold })
  }
  if (out.length === 0) throw new DossierError('E_INPUT_NO_ARTICLES', `no annotated articles in ${dir}`, { context: { dir, sample } })
  return out
}

/** Word-token index: token i covers [starts[i], ends[i]). */
interface TokenIndex { readonly starts: number[]; readonly ends: number[] }

function wordTokens(text: string): TokenIndex {
  const starts: number[] = []
  const ends: number[] = []
  const re = /[\p{L}\p{N}]+/gu
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) { starts.push(m.index); ends.push(m.index + m[0].length) }
  return { starts, ends }
}

/** Token indices a set of spans covers (a token counts when it overlaps a span). */
function tokensOf(idx: TokenIndex, spans: readonly Span[]): Set<number> {
  const out = new Set<number>()
  for (const s of spans) {
    // first token ending after s.start
    let lo = 0
    let hi = idx.ends.length
    while (lo < hi) { const mid = (lo + hi) >> 1; if (idx.ends[mid]! <= s.start) lo = mid + 1; else hi = mid }
    for (let i = lo; i < idx.starts.length && idx.starts[i]! < s.end; i++) out.add(i)
  }
  return out
}

function overlapCount(a: Set<number>, b: Set<number>): number {
  let n = 0
  const [small, big] = a.size < b.size ? [a, b] : [b, a]
  for (const x of small) if (big.has(x)) n++
  return n
}

function spansOverlap(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end))
}

export interface AttributionCounts {
  goldTokens: number
  systemTokens: number
  overlapTokens: number
  gold: number
  system: number
  pairs: number
  sourceRight: number
  cueRight: number
  /** Pairs whose source and cue are both right: "source and verb right", the measure the real-news gold reads. */
  sourceCueRight: number
}

/** Counts of nothing, to sum articles into. */
export function emptyCounts(): AttributionCounts {
  return { goldTokens: 0, systemTokens: 0, overlapTokens: 0, gold: 0, system: 0, pairs: 0, sourceRight: 0, cueRight: 0, sourceCueRight: 0 }
}

/** Score one article's system attributions against its gold (the contract's pairing). */
export function scoreArticle(text: string, gold: readonly ScoredAttribution[], system: readonly ScoredAttribution[]): AttributionCounts {
  const idx = wordTokens(text)
  const g = gold.map((a) => tokensOf(idx, a.content))
  const s = system.map((a) => tokensOf(idx, a.content))
  const cand: Array<{ gi: number; si: number; ov: number }> = []
  for (let gi = 0; gi < g.length; gi++) {
    for (let si = 0; si < s.length; si++) {
      const ov = overlapCount(g[gi]!, s[si]!)
      if (ov > 0) cand.push({ gi, si, ov })
    }
  }
  cand.sort((x, y) => y.ov - x.ov || x.gi - y.gi || x.si - y.si)
  const usedG = new Set<number>()
  const usedS = new Set<number>()
  const counts: AttributionCounts = {
    goldTokens: g.reduce((n, x) => n + x.size, 0), systemTokens: s.reduce((n, x) => n + x.size, 0),
    overlapTokens: 0, gold: gold.length, system: system.length, pairs: 0, sourceRight: 0, cueRight: 0, sourceCueRight: 0,
  }
  for (const c of cand) {
    if (usedG.has(c.gi) || usedS.has(c.si)) continue
    usedG.add(c.gi)
    usedS.add(c.si)
    counts.pairs++
    counts.overlapTokens += c.ov
    const ga = gold[c.gi]!
    const sa = system[c.si]!
    const sourceOk = (ga.source.length === 0 && sa.source.length === 0) || spansOverlap(ga.source, sa.source) ||
      (ga.sourceEntity !== undefined && ga.sourceEntity === sa.sourceEntity)
    const cueOk = spansOverlap(ga.cue, sa.cue)
    if (sourceOk) counts.sourceRight++
    if (cueOk) counts.cueRight++
    if (sourceOk && cueOk) counts.sourceCueRight++
  }
  return counts
}

/** System attributions in the scored shape. */
export function toScored(a: Attribution, sourceEntity?: string): ScoredAttribution {
  return { source: a.source ? [a.source] : [], cue: [a.cue], content: a.content, ...(sourceEntity !== undefined ? { sourceEntity } : {}) }
}

/** Words that end a source's head phrase: "Brian Fallon, a spokesman for …", "officials in the administration". */
const HEAD_END = /,|\(|\s(?:who|which|of|for|at|from|with|in|on|to|and|or)\s/i
const CONJUNCTION = /\s(?:and|or|&)\s/i
const GOLD_PRONOUN = /^(?:he|she|him|his|her|they|them|their)$/i
const PLURAL_PRONOUN = /^(?:they|them|their)$/i
const RELATIVE_PRONOUN = /^(?:who|whom|which|that)$/i

/** Mentions by id, to follow antecedent links. */
export type MentionIndex = ReadonlyMap<string, Mention>

/** The entity key of a mention: its coreference root's type and normalised name. */
export function mentionEntityKey(m: Mention, byId: MentionIndex): string {
  let root = m
  const seen = new Set<string>([m.id])
  while (root.antecedentId !== undefined) {
    const next = byId.get(root.antecedentId)
    if (!next || seen.has(next.id)) break
    seen.add(next.id)
    root = next
  }
  return `${root.type}|${nameKey(root.text, root.type as NameType)}`
}

/**
 * The mention a source span names: one that reaches the end of the span's
 * head phrase (the span cut at its first comma, parenthesis or preposition),
 * with no word after it in the head and not a possessive ("Obama's aide" and
 * "the Clinton campaign" name no one; "campaign spokesman Brian Fallon, 38"
 * names Brian Fallon). A head joining two names ("Trump and Clinton") names no one.
 * A head with no name before a comma takes the name that makes up the next
 * comma segment ("Aras's campaign manager, Ruth Alder,"); a relative
 * pronoun ("who", "which", "that") takes the mention right before it.
 */
export function headMention(text: string, span: readonly Span[], mentions: readonly Mention[]): Mention | undefined {
  const first = span[0]
  if (!first) return undefined
  const spanText = text.slice(first.start, first.end)
  // "Jeff Weaver, who said": a relative pronoun names the mention right before it.
  if (RELATIVE_PRONOUN.test(spanText.trim())) {
    return mentions.find((m) => m.end <= first.start && /^[\s,]*$/.test(text.slice(m.end, first.start)))
  }
  const cut = HEAD_END.exec(spanText)
  const head = (cut ? spanText.slice(0, cut.index) : spanText).replace(/[\s\p{P}]+$/u, '')
  if (head === '' || CONJUNCTION.test(head)) return undefined
  const headEnd = first.start + head.length
  let best: Mention | undefined
  for (const m of mentions) {
    if (m.start >= headEnd || m.end <= first.start) continue
    if (m.end < headEnd && /[\p{L}\p{N}]/u.test(text.slice(m.end, headEnd))) continue
    if (/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) continue
    if (!best || m.end - m.start > best.end - best.start) best = m
  }
  if (best || !cut || cut[0] !== ',') return best
  // "Aras's campaign manager, Ruth Alder,": a title, then the name it describes.
  const restStart = first.start + cut.index + 1
  const rest = text.slice(restStart, first.end)
  const lead = rest.length - rest.trimStart().length
  const name = rest.trimStart().split(',')[0]!.replace(/[\s\p{P}]+$/u, '')
  return mentions.find((m) => m.start === restStart + lead && m.end === restStart + lead + name.length)
}

/**
 * Entity keys of gold sources, in the order of `gold`: the head mention's
 * entity (headMention, mentionEntityKey); a bare "he" / "she" / "him" / "his" /
 * "her" with no mention takes the entity of the nearest preceding gold source
 * (by offset) that resolved to a person, and "they" / "them" / "their" the
 * nearest preceding one that resolved to anything else — gold information plus
 * our own mention resolution, never the system's answer.
 */
export function goldSourceEntities(text: string, gold: readonly ScoredAttribution[], mentions: readonly Mention[], byId: MentionIndex): Array<string | undefined> {
  const keys: Array<string | undefined> = gold.map((g) => {
    const m = headMention(text, g.source, mentions)
    return m ? mentionEntityKey(m, byId) : undefined
  })
  const order = gold.map((g, i) => ({ i, at: g.source[0]?.start ?? -1 })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)
  const direct = [...keys]
  order.forEach(({ i }, k) => {
    if (keys[i] !== undefined) return
    const src = gold[i]!.source[0]!
    const word = text.slice(src.start, src.end).trim()
    if (!GOLD_PRONOUN.test(word)) return
    const wantPerson = !PLURAL_PRONOUN.test(word)
    for (let j = k - 1; j >= 0; j--) {
      const e = direct[order[j]!.i]
      if (e !== undefined && e.startsWith('PER|') === wantPerson) { keys[i] = e; return }
    }
  })
  return keys
}

/** Entity key of a system source: the mention the claim names it by (pronouns: the speaker's first naming), else its head mention. */
export function systemSourceEntity(text: string, a: Attribution, mentionId: string | undefined, mentions: readonly Mention[], byId: MentionIndex): string | undefined {
  const named = mentionId !== undefined ? byId.get(mentionId) : undefined
  if (named) return mentionEntityKey(named, byId)
  const m = a.source ? headMention(text, [a.source], mentions) : undefined
  return m ? mentionEntityKey(m, byId) : undefined
}

/** The within-document resolution the entity rule uses: Dossier's own stages. */
export const RESOLUTION_STAGES = ['segment.wink.v1', 'syntax.parser.v2', 'mentions.ner.v17', 'coref.syntax.v15'] as const

/** Score one brat article: run the resolution stages, find attributions, resolve both sides' sources. */
export async function scoreBratArticle(art: BratArticle, pipeline: Pipeline = createPipeline({ stages: [...RESOLUTION_STAGES] })): Promise<{ counts: AttributionCounts; sentences: number }> {
  const id = hashId('article', art.name)
  const article: Article = { id, text: art.text, contentHash: id, boilerplate: [] }
  const doc = await pipeline.run(article)
  return { counts: scoreAttributionDoc(art, doc).counts, sentences: (doc.sentences ?? []).length }
}

/**
 * Score one analysed brat article: the system's attributions and the gold, both with resolved sources.
 * `opts.speakers` scores the claims stage's own attributions (sources read from syntax, fragments dropped, only
 * statements kept) instead of the finder's.
 */
export function scoreAttributionDoc(art: BratArticle, doc: AnnotatedDoc, opts: DocAttributionOptions = {}): { counts: AttributionCounts; gold: ScoredAttribution[]; sys: ScoredAttribution[] } {
  const mentions = doc.mentions ?? []
  const byId: MentionIndex = new Map(mentions.map((m) => [m.id, m]))
  const found = docAttributions(doc, opts)
  const claimMention = new Map<string, string | undefined>()
  for (const c of claimsFromAttributions(doc, found)) claimMention.set(`${c.cue.start}:${c.cue.end}`, c.source.mentionId)
  const sys = found.map((a) => toScored(a, a.source ? systemSourceEntity(art.text, a, claimMention.get(`${a.cue.start}:${a.cue.end}`), mentions, byId) : undefined))
  const goldKeys = goldSourceEntities(art.text, art.gold, mentions, byId)
  const gold = art.gold.map((g, i) => (goldKeys[i] !== undefined ? { ...g, sourceEntity: goldKeys[i] } : g))
  return { counts: scoreArticle(art.text, gold, sys), gold, sys }
}

function sampleOption(v: string | boolean | undefined): 'heldout' | 'tune' | 'all' {
  if (v === undefined || v === false) return 'all'
  if (v === 'heldout' || v === 'tune' || v === 'all') return v
  throw new DossierError('E_USAGE', `unknown --sample ${String(v)}`, { hint: 'use --sample heldout, tune or all' })
}

export const evalAttribution: EvalTask = async (path, options): Promise<EvalReport> => {
  const sample = sampleOption(options['sample'])
  const corpus = await readBratCorpus(path, sample)
  const total = emptyCounts()
  let sentences = 0
  const pipeline = createPipeline({ stages: [...RESOLUTION_STAGES] })
  const t0 = performance.now()
  for (const art of corpus) {
    const { counts: c, sentences: n } = await scoreBratArticle(art, pipeline)
    sentences += n
    for (const k of Object.keys(total) as Array<keyof AttributionCounts>) total[k] += c[k]
  }
  const ms = performance.now() - t0
  const content = prf(total.overlapTokens, total.systemTokens, total.goldTokens)
  const source = prf(total.sourceRight, total.system, total.gold)
  const cue = prf(total.cueRight, total.system, total.gold)
  const metrics = {
    contentF1: content.f1, contentPrecision: content.precision, contentRecall: content.recall,
    sourceF1: source.f1, sourcePrecision: source.precision, sourceRecall: source.recall,
    cueF1: cue.f1, cuePrecision: cue.precision, cueRecall: cue.recall,
    sourceCueRecall: total.gold > 0 ? total.sourceCueRight / total.gold : 0,
    relations: total.gold, systemRelations: total.system, pairedRelations: total.pairs,
    articles: corpus.length, sample, sentences, sentencesPerSec: ms > 0 ? (sentences / ms) * 1000 : 0,
  }
  const table = formatTable(['measure', 'precision', 'recall', 'F1'], [
    ['content (tokens)', content.precision, content.recall, content.f1],
    ['source', source.precision, source.recall, source.f1],
    ['cue', cue.precision, cue.recall, cue.f1],
  ]) + `\n\nsource and cue right: ${total.sourceCueRight} of ${total.gold} gold attributions (recall ${(total.gold > 0 ? total.sourceCueRight / total.gold : 0).toFixed(3)})` +
    `\n${corpus.length} articles (${sample}), ${total.gold} gold and ${total.system} system attributions, ${total.pairs} paired`
  return { task: 'attribution', metrics, table }
}
