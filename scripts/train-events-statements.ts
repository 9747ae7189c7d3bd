/**
 * Statements about a violent act (issue #16, twenty-seventh session): "X condemned the attack", "denounced the bombing
 * of …", "accused Y of killing …". For every required gold coding of a statement root (04, 05, 10, 11, 12) whose
 * sentence holds a violent candidate (root 17–20) under the gold's own cue, the table says the cue's lemma, how the
 * violent word sits under it (the deprel path, with the case or mark word), what the coder proposes on both words and
 * whether the gold codes the violent act too. `npx tsx scripts/train-events-statements.ts --parts p,q,…` (tuning parts only).
 * @module
 */
import { anchorSentence, goldSentences } from '../src/eval/news-gold.js'
import { cueHead } from '../src/events/scorer/features.js'
import type { AnnotatedDoc, Event } from '../src/model/index.js'
import { recodedPartsOf, tally, type PartData } from './event-training-data.js'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runScript, scriptArgs } from './script-args.js'
import { stem } from './train-events-splits.js'

const STATEMENT_ROOTS = new Set(['04', '05', '10', '11', '12'])
const VIOLENT_ROOTS = new Set(['17', '18', '19', '20'])

/** One statement-about-violence gold coding. */
export interface StatementRow {
  readonly goldRoot: string; readonly cue: string; readonly path: string; readonly onCue: string; readonly onViolent: string
  readonly violentLemma: string; readonly goldViolent: boolean; readonly sentence: string
}

/** The deprel of token i with its case or mark word ("obl:of", "nmod:on"). */
function relOf(doc: AnnotatedDoc, i: number): string {
  const s = doc.syntax!.tokens
  const rel = s[i]!.deprel.split(':')[0]!
  const mark = s.findIndex((t, k) => t.head === i && k < i && (t.deprel === 'case' || t.deprel === 'mark'))
  return mark >= 0 ? `${rel}:${s[mark]!.lemma.toLowerCase()}` : rel
}

/**
 * The first ancestor of token i (at most four steps up) whose stem the gold paraphrase repeats and that is no violent
 * word itself ("terrorist" < "attack" < "condemned": the walk passes the attack), with the path to it.
 */
function statementHead(doc: AnnotatedDoc, i: number, said: ReadonlySet<string>, violentAt: (t: number) => boolean): { head: number; path: string } | undefined {
  const s = doc.syntax!.tokens
  const path: string[] = []
  for (let k = i, n = 0; n < 4; n++) {
    const h = s[k]!.head
    if (h < 0) return undefined
    path.push(relOf(doc, k))
    if (said.has(stem(s[h]!.lemma)) && s[h]!.lemma !== s[i]!.lemma && !violentAt(h)) return { head: h, path: path.join('<') }
    k = h
  }
  return undefined
}

const rootsAt = (doc: AnnotatedDoc, evs: readonly Event[], loose: ReadonlySet<string>, tok: number) =>
  [...new Set(evs.filter((e) => cueHead(doc, e) === tok).map((e) => `${e.cameoRoot}${loose.has(e.id) ? 'L' : ''}`))].sort().join(',') || 'none'

/** The rows of one (recoded) part. */
export function statementRows(d: PartData): StatementRow[] {
  const rows: StatementRow[] = []
  const byDoc = new Map(d.articles.map((a) => [d.sys.docOf.get(a.doc.article.id), a]))
  for (const g of d.gold.events) {
    if (g.optional || !STATEMENT_ROOTS.has(g.cameo_root)) continue
    const a = byDoc.get(g.doc)
    const text = d.texts.get(g.doc) ?? ''
    const s = anchorSentence(text, goldSentences(text), g.anchor)
    if (!a || !s) continue
    const loose = new Set(a.loose)
    const said = new Set(g.what.split(/[^A-Za-z]+/).filter(Boolean).map(stem))
    const inSentence = a.coded.filter((e) => s.start <= e.cue.start && e.cue.start < s.end)
    const violent = inSentence.filter((e) => VIOLENT_ROOTS.has(e.cameoRoot))
    const seen = new Set<number>()
    for (const v of violent) {
      const vt = cueHead(a.doc, v)
      if (seen.has(vt)) continue
      seen.add(vt)
      const st = statementHead(a.doc, vt, said, (t) => violent.some((x) => cueHead(a.doc, x) === t))
      if (!st) continue
      const goldViolent = d.gold.events.some((o) => o.doc === g.doc && o !== g && VIOLENT_ROOTS.has(o.cameo_root) && anchorSentence(text, goldSentences(text), o.anchor)?.start === s.start)
      rows.push({ goldRoot: g.cameo_root, cue: a.doc.syntax!.tokens[st.head]!.lemma.toLowerCase(), path: st.path, onCue: rootsAt(a.doc, inSentence, loose, st.head),
        onViolent: rootsAt(a.doc, inSentence, loose, vt), violentLemma: a.doc.syntax!.tokens[vt]!.lemma.toLowerCase(), goldViolent, sentence: text.slice(s.start, s.end).replace(/\s+/g, ' ') })
      break
    }
  }
  return rows
}

const count = (rows: readonly StatementRow[], key: (r: StatementRow) => string, top = 20): string => tally(rows, key, top)

/** The table: counts by gold root, cue lemma, path, what the coder proposes on the cue and on the violent word, and whether the gold codes the act too. */
export function statementReport(rows: readonly StatementRow[]): string {
  return [
    `statement codings over a violent candidate under their cue: ${rows.length}`,
    `by gold root: ${count(rows, (r) => r.goldRoot)}`,
    `by cue lemma: ${count(rows, (r) => r.cue, 30)}`,
    `by path (violent word < … < cue): ${count(rows, (r) => r.path)}`,
    `coder on the cue (L = loose only): ${count(rows, (r) => r.onCue)}`,
    `coder on the violent word: ${count(rows, (r) => r.onViolent)}`,
    `cue has a candidate of the gold root: ${count(rows, (r) => String(r.onCue.split(',').some((x) => x.slice(0, 2) === r.goldRoot)))}`,
    `gold codes a violent act in the sentence too: ${count(rows, (r) => String(r.goldViolent))}`,
    `by gold root and violent lemma: ${count(rows, (r) => `${r.goldRoot} ${r.violentLemma}`)}`,
  ].join('\n')
}

async function main(): Promise<void> {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'data'])
  const rows: StatementRow[] = []
  for await (const d of recodedPartsOf(o)) rows.push(...statementRows(d))
  process.stdout.write(`${statementReport(rows)}\n`)
  if (o['lines'] === true) for (const r of rows) process.stdout.write(`ROW ${r.goldRoot} ${r.cue} ${r.path} cue=${r.onCue} v=${r.violentLemma}:${r.onViolent} goldV=${r.goldViolent} | ${r.sentence}\n`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) runScript(main)
