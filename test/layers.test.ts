/**
 * Dependencies only point down: model ← pipeline / ner / resolve / events / claims / places / kb / ingest / store
 * ← service / eval ← cli. A violation names the file and the import.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../src', import.meta.url))

/** What each top-level folder may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  store: ['model', 'kb'],
  kb: ['model'],
  places: ['model', 'kb'],
  ingest: ['model'],
  ner: ['model', 'pipeline', 'places', 'kb'],
  resolve: ['model', 'pipeline', 'kb', 'places'],
  events: ['model', 'pipeline', 'places', 'kb', 'resolve'],
  claims: ['model', 'pipeline', 'resolve', 'kb', 'events'],
  // pipeline/registry.ts and pipeline/stages/* bind the analysis folders into stages
  pipeline: ['model', 'ner', 'resolve', 'events', 'claims', 'places', 'kb'],
  service: ['model', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store'],
  eval: ['model', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'service'],
  cli: ['model', 'pipeline', 'ner', 'resolve', 'events', 'claims', 'places', 'kb', 'ingest', 'store', 'service', 'eval'],
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    return e.isDirectory() ? files(p) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : []
  })
}

describe('layers', () => {
  it('layers: every import points down the layer order', () => {
    const violations: string[] = []
    for (const f of files(src)) {
      const layer = relative(src, f).split('/')[0]!
      const allowed = ALLOWED[layer]
      if (!allowed) { violations.push(`${relative(src, f)}: folder "${layer}" has no layer rule in test/layers.test.ts`); continue }
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = relative(src, resolve(dirname(f), m[1]!)).split('/')[0]!
        if (target !== layer && !allowed.includes(target)) violations.push(`${relative(src, f)} imports ${m[1]} (${layer} → ${target})`)
      }
    }
    expect(violations).toEqual([])
  })
})
