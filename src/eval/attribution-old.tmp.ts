/**
 * `dossier eval attribution <brat-dir>` — attribution quality on a brat
 * corpus in the PolNeAR layout (`text/<article>.txt`, `attributions/<article>_<annotator>.ann`
 * with Source / Cue / Content text-bound annotations joined by `E` lines).
 *
 * Scoring (DESIGN.md, eval contract): gold and system attributions are paired
 * one-to-one, greedily by largest token overlap of their Content spans.
 * contentF1 from token counts: overlap summed over pairs ÷ all system content
 * tokens (precision) and ÷ all gold content tokens (recall). sourceF1: a pair's
 * source is right when the spans overlap (or both have none); precision ÷ system
 * attributions, recall ÷ gold attributions. cueF1 likewise on cue spans. When
 * several annotators' files exist for one article, the first in name order is
 * the gold. Tokens are runs of letters and digits, so punctuation at span edges
 * does not count either way.
 *
 * The system side is the claims stage's attribution finder (findAttributions),
 * scored with its content parts as found: a quote interrupted by its
 * attribution ("“A,” he said. “B.”") is two parts here, while the Claim the
 * stage stores carries the one span that covers both.
 *
 * `--sample heldout|tune|all` picks the articles: the held-out sample is the
 * 100 articles whose SHA-1 of the file name (without `.txt`) sorts first; it
 * was fixed before any tuning and the tune sample is the rest.
 * @module
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DossierError } from '../model/index.js'
import type { Span } from '../model/index.js'
import { findAttributions, type Attribution } from '../claims/attributions.js'
import { segmentText } from '../pipeline/stages/segment.js'
import type { EvalTask } from './index.js'
import { formatTable, prf, type EvalReport } from './report.js'

/** A gold or system attribution reduced to what is scored. */
export interface ScoredAttribution {
  readonly source: readonly Span[]
  readonly cue: readonly Span[]
  readonly content: readonly Span[]
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
    overlapTokens: 0, gold: gold.length, system: system.length, pairs: 0, sourceRight: 0, cueRight: 0,
  }
  for (const c of cand) {
    if (usedG.has(c.gi) || usedS.has(c.si)) continue
    usedG.add(c.gi)
    usedS.add(c.si)
    counts.pairs++
    counts.overlapTokens += c.ov
    const ga = gold[c.gi]!
    const sa = system[c.si]!
    if ((ga.source.length === 0 && sa.source.length === 0) || spansOverlap(ga.source, sa.source)) counts.sourceRight++
    if (spansOverlap(ga.cue, sa.cue)) counts.cueRight++
  }
  return counts
}

/** System attributions in the scored shape. */
export function toScored(a: Attribution): ScoredAttribution {
  return { source: a.source ? [a.source] : [], cue: [a.cue], content: a.content }
}

function sampleOption(v: string | boolean | undefined): 'heldout' | 'tune' | 'all' {
  if (v === undefined || v === false) return 'all'
  if (v === 'heldout' || v === 'tune' || v === 'all') return v
  throw new DossierError('E_USAGE', `unknown --sample ${String(v)}`, { hint: 'use --sample heldout, tune or all' })
}

export const evalAttribution: EvalTask = async (path, options): Promise<EvalReport> => {
  const sample = sampleOption(options['sample'])
  const corpus = await readBratCorpus(path, sample)
  const total: AttributionCounts = { goldTokens: 0, systemTokens: 0, overlapTokens: 0, gold: 0, system: 0, pairs: 0, sourceRight: 0, cueRight: 0 }
  let sentences = 0
  let ms = 0
  for (const art of corpus) {
    const t0 = performance.now()
    const seg = segmentText(art.text)
    const sys = findAttributions(art.text, seg.sentences, seg.tokens).map(toScored)
    ms += performance.now() - t0
    sentences += seg.sentences.length
    const c = scoreArticle(art.text, art.gold, sys)
    for (const k of Object.keys(total) as Array<keyof AttributionCounts>) total[k] += c[k]
  }
  const content = prf(total.overlapTokens, total.systemTokens, total.goldTokens)
  const source = prf(total.sourceRight, total.system, total.gold)
  const cue = prf(total.cueRight, total.system, total.gold)
  const metrics = {
    contentF1: content.f1, contentPrecision: content.precision, contentRecall: content.recall,
    sourceF1: source.f1, sourcePrecision: source.precision, sourceRecall: source.recall,
    cueF1: cue.f1, cuePrecision: cue.precision, cueRecall: cue.recall,
    relations: total.gold, systemRelations: total.system, pairedRelations: total.pairs,
    articles: corpus.length, sample, sentences, sentencesPerSec: ms > 0 ? (sentences / ms) * 1000 : 0,
  }
  const table = formatTable(['measure', 'precision', 'recall', 'F1'], [
    ['content (tokens)', content.precision, content.recall, content.f1],
    ['source', source.precision, source.recall, source.f1],
    ['cue', cue.precision, cue.recall, cue.f1],
  ]) + `\n\n${corpus.length} articles (${sample}), ${total.gold} gold and ${total.system} system attributions, ${total.pairs} paired`
  return { task: 'attribution', metrics, table }
}
