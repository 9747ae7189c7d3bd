/**
 * Dependencies only point down: model (schemas, the annotated doc and the stage contract) ← text (segmenter, English lexicon) ← ner / resolve / events / claims / places / kb /
 * ingest / store ← pipeline (runner, registry, stages) ← service / eval ← cli. A violation names the file and the
 * import; the layer graph must have no cycle. Test support (`testing/` folders, `*.test.ts`) is exempt.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../src', import.meta.url))

/** What each layer may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  // the English text library: segmenter and the one closed-class lexicon every folder shares
  text: ['model'],
  store: ['model', 'kb'],
  kb: ['model'],
  places: ['model', 'kb'],
  ingest: ['model'],
  syntax: ['model', 'text'],
  ner: ['model', 'text', 'places', 'kb'],
  resolve: ['model', 'text', 'kb', 'places'],
  events: ['model', 'text', 'places', 'kb', 'resolve'],
  claims: ['model', 'text', 'resolve', 'kb', 'events'],
  pipeline: ['model', 'text', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'syntax'],
  service: ['model', 'text', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'syntax'],
  eval: ['model', 'text', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'service', 'syntax'],
  export: ['model', 'text', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'service', 'syntax'],
  cli: ['model', 'text', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'service', 'eval', 'export', 'syntax', 'api', 'jobs'],
  // the HTTP surface: parse → call service → render
  api: ['model', 'store', 'service', 'export'],
  // ingest jobs on a PostgreSQL queue: workers run the service's ingest path
  jobs: ['model', 'text', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'service', 'syntax'],
}

function layerOf(file: string): string {
  const rel = relative(src, file)
  return rel.split('/')[0]!
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'testing' ? [] : files(p)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : []
  })
}

function imports(): Array<{ from: string; to: string; file: string; spec: string }> {
  const out: Array<{ from: string; to: string; file: string; spec: string }> = []
  for (const f of files(src)) {
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(f), m[1]!).replace(/\.js$/, '.ts')
      out.push({ from: layerOf(f), to: layerOf(target), file: relative(src, f), spec: m[1]! })
    }
  }
  return out
}

describe('layers', () => {
  it('layers: every import points down the layer order', () => {
    const violations: string[] = []
    for (const i of imports()) {
      const allowed = ALLOWED[i.from]
      if (!allowed) violations.push(`${i.file}: layer "${i.from}" has no rule in test/layers.test.ts`)
      else if (i.to !== i.from && !allowed.includes(i.to)) violations.push(`${i.file} imports ${i.spec} (${i.from} → ${i.to})`)
    }
    expect(violations).toEqual([])
  })

  it('layers: the layer graph has no cycle', () => {
    const edges = new Map<string, Set<string>>()
    for (const i of imports()) if (i.from !== i.to) edges.set(i.from, (edges.get(i.from) ?? new Set()).add(i.to))
    const state = new Map<string, 'visiting' | 'done'>()
    const cycles: string[] = []
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === 'done') return
      if (state.get(n) === 'visiting') { cycles.push([...path.slice(path.indexOf(n)), n].join(' → ')); return }
      state.set(n, 'visiting')
      for (const m of edges.get(n) ?? []) visit(m, [...path, n])
      state.set(n, 'done')
    }
    for (const n of edges.keys()) visit(n, [])
    expect(cycles).toEqual([])
  })
})
