/**
 * "The North", "the South": a bare compass word read as a place names part of a country the article itself names
 * ("North Korea … sent back to the North"; "Southern Sudan … independence from the North"). What it names changes
 * from one article to the next, so it never joins across articles by its spelling; within an article it joins the
 * one place named with that word ("North Korea").
 * @module
 */
import { foldAscii } from './translit.js'

const RELATIVE = new Set(['north', 'south'])

function bare(name: string): string {
  return foldAscii(name).trim().replace(/^the\s+/, '')
}

/** Is a place name a bare compass word whose referent depends on the article ("North", "the South")? */
export function isRelativeCompassName(name: string): boolean {
  return RELATIVE.has(bare(name))
}

export interface CompassNode {
  readonly idx: number
  readonly articleId: string
  readonly type: string
  readonly names: readonly string[]
}

/** Within each article, a bare "North"/"South" place and the one place named "North …"/"South …" there. */
export function compassEdges(nodes: readonly CompassNode[]): Array<{ a: number; b: number; reason: string }> {
  const out: Array<{ a: number; b: number; reason: string }> = []
  for (const n of nodes) {
    if (n.type !== 'LOC' || !n.names.every(isRelativeCompassName)) continue
    const word = bare(n.names[0]!)
    const named = nodes.filter((o) => o.articleId === n.articleId && o.type === 'LOC' && o.names.some((x) => {
      const w = bare(x).split(/\s+/)
      return w.length >= 2 && w[0] === word
    }))
    if (named.length !== 1) continue
    out.push({ a: n.idx, b: named[0]!.idx, reason: `"${n.names[0]}" in an article that names "${named[0]!.names[0]}"` })
  }
  return out
}
