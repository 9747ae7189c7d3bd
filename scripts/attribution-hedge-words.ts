/**
 * `npx tsx scripts/attribution-hedge-words.ts --parts P[,P…] [--out src/claims/learned-hedges.ts]`
 *
 * Learns the words that make a reported statement a hedge from the VOA training golds: for every gold claim coded
 * assert or hedge, the first CONTENT_WORDS words of its content (from the gold content's start to the end of its
 * sentence). A greedy decision list: claims the stance rules already hedge (a modal or adverb of likelihood in the
 * content, a verb of the reporting table's hedge row) are covered from the start; then, while some word gains, the
 * word with the most hedges minus assertions among the claims not yet covered is taken, when it has at least MIN_GAIN
 * more hedges than assertions and a precision of at least MIN_PRECISION there. Prints the table (word, hedges,
 * assertions) and with `--out` writes it as a TypeScript module. The check group and held-out parts are refused.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DossierError } from '../src/model/index.js'
import { CONTENT_WORDS, contentWords } from '../src/claims/learned-hedges.js'
import { suffixLemmas } from '../src/claims/lexicon.js'
import { reportingStance } from '../src/claims/reporting-verbs.js'
import { POSSIBILITY_MODALS } from '../src/text/english.js'
import { goldContentSentence, voaArticles } from './voa-news-texts.js'
import { runScript, scriptArgs } from './script-args.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const REFUSED = /^(vfinal|vtrain(78|79|80|90|94|95|96|97|118|119|120))$/
const MIN_GAIN = 3
const MIN_PRECISION = 0.6
/** What the stance rules hedge already (stance.ts): modals and adverbs of likelihood. */
const COVERED = new Set([...POSSIBILITY_MODALS, 'possibly', 'perhaps', 'probably', 'likely', 'allegedly', 'reportedly', 'apparently', 'seemingly', 'presumably', 'purportedly', 'supposedly'])

interface Sample { readonly hedge: boolean; readonly words: ReadonlySet<string> }

interface GoldClaim { readonly doc: string; readonly stance: string; readonly verb: string; readonly anchor: string; readonly content: string }

/** The gold claim's content words, from its content's start to the end of its sentence; undefined when not found. */
function sampleOf(c: GoldClaim, text: string): Sample | undefined {
  const sentence = goldContentSentence(text, c.anchor, c.content)
  if (sentence === undefined) return undefined
  return { hedge: c.stance === 'hedge', words: new Set(contentWords(sentence)) }
}

/** Does a rule of stance.ts hedge this claim already (a hedge verb of the table, a modal or adverb in the content)? */
function covered(c: GoldClaim, s: Sample): boolean {
  const verbs = c.verb.toLowerCase().split(/\s+/)
  if (verbs.some((w) => [w, ...suffixLemmas(w)].some((l) => reportingStance(l) === 'hedge'))) return true
  return [...s.words].some((w) => COVERED.has(w))
}

function samples(parts: readonly string[]): Sample[] {
  const texts = new Map(voaArticles().map((a) => [a.file, a.text]))
  const out: Sample[] = []
  for (const p of parts) {
    const f = join(root, 'eval-gold', 'voa-news', `${p}.json`)
    if (!existsSync(f)) throw new DossierError('E_USAGE', `--parts ${p}: no gold file ${f}`, { hint: 'name VOA training parts (vtrain3, vtrain81, …)' })
    const gold = JSON.parse(readFileSync(f, 'utf8')) as { claims: GoldClaim[] }
    for (const c of gold.claims) {
      const text = texts.get(c.doc)
      const s = text && (c.stance === 'hedge' || c.stance === 'assert') ? sampleOf(c, text) : undefined
      if (s && !covered(c, s)) out.push(s)
    }
  }
  return out
}

/** The greedy decision list over the samples not covered yet. */
function learn(all: readonly Sample[]): [string, number, number][] {
  let left = [...all]
  const table: [string, number, number][] = []
  for (;;) {
    const counts = new Map<string, [number, number]>()
    for (const s of left) for (const w of s.words) { const k = counts.get(w) ?? [0, 0]; k[s.hedge ? 0 : 1]++; counts.set(w, k) }
    const best = [...counts].filter(([, [h, a]]) => h - a >= MIN_GAIN && h / (h + a) >= MIN_PRECISION).sort((x, y) => (y[1][0] - y[1][1]) - (x[1][0] - x[1][1]) || (x[0] < y[0] ? -1 : 1))[0]
    if (!best) return table
    table.push([best[0], best[1][0], best[1][1]])
    left = left.filter((s) => !s.words.has(best[0]))
  }
}

function moduleText(table: readonly [string, number, number][], parts: readonly string[], n: number): string {
  const src = readFileSync(join(root, 'src', 'claims', 'learned-hedges.ts'), 'utf8')
  const rows = table.map(([w, h, a]) => `  ['${w}', ${h}, ${a}],`).join('\n')
  const body = `export const LEARNED_HEDGES: ReadonlyArray<readonly [string, number, number]> = [\n${rows}\n]`
  const note = `/** Learned by scripts/attribution-hedge-words.ts from ${n} gold claims of ${parts.length} VOA training parts (${parts[0]} … ${parts[parts.length - 1]}): word, hedges, assertions. */`
  return src.replace(/\/\*\* Learned by [^\n]*\n[^]*?\n\]/, `${note}\n${body}`)
}

function main(): void {
  const o = scriptArgs(process.argv.slice(2), ['parts', 'out'])
  const parts = String(o['parts'] ?? '').split(',').filter(Boolean)
  if (parts.length === 0) throw new DossierError('E_USAGE', 'no --parts', { hint: 'the VOA training parts to learn from, e.g. --parts vtrain3,vtrain4' })
  const bad = parts.find((p) => REFUSED.test(p))
  if (bad) throw new DossierError('E_USAGE', `--parts ${bad}: a check-group or held-out part`, { hint: 'learn from training parts only' })
  const all = samples(parts)
  const table = learn(all)
  for (const [w, h, a] of table) process.stdout.write(`${w} ${h} ${a}\n`)
  process.stdout.write(`${all.length} claims not hedged by the rules (${all.filter((s) => s.hedge).length} hedges); first ${CONTENT_WORDS} words of each content\n`)
  if (typeof o['out'] === 'string') writeFileSync(resolve(o['out']), moduleText(table, parts, all.length))
}

runScript(main)
