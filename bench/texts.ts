/**
 * The pipeline bench's texts, shared by the benches that time or compare stages on them: the seed fixtures, then the
 * demo news (title, blank line, text) when ../shared/data is present. Benches only; the product never reads it.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Each text with a name (`seed/<file>`, `demo/<line>`); `demoLimit` keeps the first demo articles only. */
export function namedBenchTexts(demoLimit = Infinity): Array<[string, string]> {
  const seedDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
  const demo = fileURLToPath(new URL('../../shared/data/demo-news-conflict-pd/articles.jsonl', import.meta.url))
  const out: Array<[string, string]> = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => [`seed/${f}`, readFileSync(seedDir + f, 'utf8')])
  if (!existsSync(demo)) return out
  readFileSync(demo, 'utf8').split('\n').filter(Boolean).slice(0, demoLimit).forEach((l, i) => {
    const a = JSON.parse(l) as { title?: string; text: string }
    out.push([`demo/${i}`, a.title ? `${a.title}\n\n${a.text}` : a.text])
  })
  return out
}

/** The texts alone. */
export const benchTexts = (demoLimit = Infinity): string[] => namedBenchTexts(demoLimit).map(([, t]) => t)

/** The options every A/B bench reads: `--against DIR` (another checkout), `--rounds`, `--passes`, `--published`. */
export function abOptions(argv: readonly string[] = process.argv.slice(2)): { against?: string; rounds: number; passes: number; published?: string } {
  const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined }
  const against = opt('against')
  const published = opt('published')
  return { ...(against ? { against } : {}), rounds: Number(opt('rounds') ?? 10), passes: Number(opt('passes') ?? 3), ...(published ? { published } : {}) }
}
