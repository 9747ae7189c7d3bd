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
