/**
 * The figures scripts/train-events.ts prints and chooses its thresholds by: which coded events a pair of thresholds keeps,
 * each part's metrics at them, the objective (per part, the harmonic mean of precision and of root accuracy, dyad accuracy
 * and event recall), and the report over the repeats (`--repeats`).
 * @module
 */
import type { Event } from '../src/model/index.js'
import { articleVoice, type Voice } from '../src/events/scorer/genre.js'
import { REAL_NEWS_PARTS, scorePart, type PartData } from './event-training-data.js'

const METRICS = ['rootAccuracy', 'codeAccuracy', 'dyadAccuracy', 'precision', 'eventRecall', 'spuriousPerGold'] as const
const f1 = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b))
export const r3 = (x: number) => Math.round(x * 1000) / 1000

/** A loose threshold: one for every article, or one per voice of article (src/events/scorer/genre.ts). */
export type LooseThreshold = number | Readonly<Record<Voice, number>>
/** The voice of each article (by article id), noted once the parts are read (`noteVoices`). */
const voiceOf = new Map<string, Voice>()
/** Notes the voice of every article of the parts, which per-voice thresholds read. */
export function noteVoices(parts: readonly PartData[]): void {
  for (const d of parts) for (const a of d.articles) voiceOf.set(a.doc.article.id, articleVoice(a.doc))
}
const looseMin = (tl: LooseThreshold, e: Event) => (typeof tl === 'number' ? tl : tl[voiceOf.get(e.articleId) ?? 'third'])

/** Which coded events the stage keeps at thresholds t (coder's own, one or per voice) and tl (loose). */
export const keeper = (p: ReadonlyMap<string, number>, t: LooseThreshold, tl: LooseThreshold, loose: ReadonlySet<string>, dropped: ReadonlySet<string> = new Set()) => (e: Event) =>
  !dropped.has(e.id) && (p.get(e.id) ?? 1) >= (loose.has(e.id) ? looseMin(tl, e) : looseMin(t, e))

export function figures(parts: readonly PartData[], p: ReadonlyMap<string, number>, t: LooseThreshold, tl: LooseThreshold = 1, loose: ReadonlySet<string> = new Set(), dropped: ReadonlySet<string> = new Set()): Record<string, Record<string, number>> {
  return Object.fromEntries(parts.map((d) => {
    const m = scorePart(d, keeper(p, t, tl, loose, dropped)).metrics
    return [d.part, Object.fromEntries(METRICS.map((k) => [k, r3(m[k] ?? 0)]))]
  }))
}

/** Per part, the harmonic mean of precision and the mean of root accuracy, dyad accuracy and event recall; summed. */
export const objective = (fig: Record<string, Record<string, number>>) =>
  Object.values(fig).reduce((s, m) => s + f1(m['precision']!, (m['rootAccuracy']! + m['dyadAccuracy']! + m['eventRecall']!) / 3), 0)

/** The objective of each genre apart (press releases, VOA newswire), each the mean over its parts. */
export function genres(fig: Record<string, Record<string, number>>): string {
  const mean = (ps: string[]) => (ps.length ? objective(Object.fromEntries(ps.map((p) => [p, fig[p]!]))) / ps.length : 0)
  const press = Object.keys(fig).filter((p) => (REAL_NEWS_PARTS as readonly string[]).includes(p))
  const wire = Object.keys(fig).filter((p) => !press.includes(p))
  return `mean per part: press ${mean(press).toFixed(4)}, newswire ${mean(wire).toFixed(4)}`
}

export type Figures = Record<string, Record<string, number>>
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
/** Each metric's mean per part over the parts `keep` says. */
const groupMeans = (fig: Figures, keep: (part: string) => boolean) =>
  METRICS.map((k) => mean(Object.entries(fig).filter(([p]) => keep(p)).map(([, m]) => m[k]!)))
/** One part's line of metrics, marked when it is a check part. */
const partLine = (p: string, check: ReadonlySet<string>, values: string) => `  ${p.padEnd(9)}${check.has(p) ? ' check' : '      '} ${values}`
/** Every part's line of its figures. */
export const partLines = (fig: Figures, check: ReadonlySet<string>) =>
  Object.entries(fig).map(([p, m]) => `${partLine(p, check, METRICS.map((k) => m[k]!.toFixed(3)).join(' / '))}\n`).join('')

/**
 * The one-code rows of every repeat: each group's (tuning, check) mean per part per repeat, their mean and spread
 * (max − min and standard deviation over the repeats), and each part averaged over the repeats.
 */
export function repeatReport(runs: readonly Figures[], check: ReadonlySet<string>): string {
  const line = (xs: readonly number[]) => xs.map((x) => x.toFixed(3)).join(' / ')
  const out: string[] = [`over ${runs.length} repeat(s), one code per reading, mean per part (${METRICS.join(' / ')}):`]
  for (const [name, keep] of [['tuning', (p: string) => !check.has(p)], ['check', (p: string) => check.has(p)]] as const) {
    const n = Object.keys(runs[0]!).filter(keep).length
    if (n === 0) continue
    const per = runs.map((f) => groupMeans(f, keep))
    per.forEach((m, r) => out.push(`  ${name} (${n} parts) repeat ${r}: ${line(m)}`))
    const cols = METRICS.map((_, i) => per.map((m) => m[i]!))
    out.push(`  ${name} (${n} parts) mean:     ${line(cols.map(mean))}`)
    if (runs.length > 1) {
      out.push(`  ${name} (${n} parts) range:    ${line(cols.map((c) => Math.max(...c) - Math.min(...c)))}`)
      out.push(`  ${name} (${n} parts) sd:       ${line(cols.map((c) => Math.sqrt(mean(c.map((x) => (x - mean(c)) ** 2)))))}`)
    }
  }
  if (runs.length > 1) {
    out.push('  each part, averaged over the repeats:')
    for (const p of Object.keys(runs[0]!)) out.push(partLine(p, check, line(METRICS.map((k) => mean(runs.map((f) => f[p]![k]!))))))
  }
  return `${out.join('\n')}\n`
}

/** The objective of the tuning parts alone (`inCheck`: of the check parts alone). */
export const groupObjective = (fig: Figures, check: ReadonlySet<string>, inCheck = false) => objective(Object.fromEntries(Object.entries(fig).filter(([p]) => check.has(p) === inCheck)))
/** Each group's objective and each genre's. */
export const groupsLine = (fig: Figures, check: ReadonlySet<string>) => `tuning ${r3(groupObjective(fig, check))}, check ${r3(groupObjective(fig, check, true))}; ${genres(fig)}`

