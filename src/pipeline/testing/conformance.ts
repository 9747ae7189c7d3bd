/**
 * The conformance suite every stage passes (Hono's common.case.test.ts):
 * input unchanged, deterministic output, every span inside the text, and
 * `text.slice(start, end)` equal to any stored surface string.
 * @module
 */
import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../../model/index.js'
import type { Stage } from '../../model/index.js'

export interface ConformanceOptions {
  /** Checks to skip, each with a reason. */
  readonly skip?: ReadonlyArray<{ readonly check: 'unchanged' | 'deterministic' | 'spans'; readonly reason: string }>
}

/** Every {start, end(, text)} object in an annotation tree, with its path. */
export function collectSpans(value: unknown, path = 'doc'): Array<{ path: string; start: number; end: number; text?: string }> {
  const out: Array<{ path: string; start: number; end: number; text?: string }> = []
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, `${p}[${i}]`)); return }
    if (v === null || typeof v !== 'object') return
    const o = v as Record<string, unknown>
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number') {
      const span: { path: string; start: number; end: number; text?: string } = { path: p, start: o['start'], end: o['end'] }
      if (typeof o['text'] === 'string') span.text = o['text']
      out.push(span)
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`)
  }
  walk(value, path)
  return out
}

/** Problems with spans of a doc: out of bounds, reversed, or surface text that does not match. */
export function spanProblems(doc: AnnotatedDoc): string[] {
  const text = doc.article.text
  const { article, ...annotations } = doc
  const { text: _text, sourceMap, ...articleSpans } = article
  const problems: string[] = []
  for (const [i, m] of (sourceMap ?? []).entries()) {
    if (m.textStart < 0 || m.textEnd > text.length || m.textEnd < m.textStart) problems.push(`article.sourceMap[${i}]: [${m.textStart}, ${m.textEnd}) outside text`)
  }
  for (const s of [...collectSpans(articleSpans, 'article'), ...collectSpans(annotations)]) {
    if (s.start < 0 || s.end > text.length || s.end < s.start) problems.push(`${s.path}: span [${s.start}, ${s.end}) outside text of length ${text.length}`)
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      problems.push(`${s.path}: text "${s.text}" but text.slice gives "${text.slice(s.start, s.end)}"`)
    }
  }
  return problems
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v)
    for (const x of Object.values(v as object)) deepFreeze(x)
  }
  return v
}

/** Register the conformance tests for a stage over the given input docs. */
export function runStageConformance(stage: Stage, inputs: () => AnnotatedDoc[] | Promise<AnnotatedDoc[]>, opts: ConformanceOptions = {}): void {
  const skipped = new Map((opts.skip ?? []).map((s) => [s.check, s.reason]))
  const ctx = { resources: {} }
  describe(`${stage.key} conformance`, () => {
    const maybe = (check: 'unchanged' | 'deterministic' | 'spans') => {
      const reason = skipped.get(check)
      if (reason !== undefined && reason.trim() === '') throw new Error(`conformance skip of ${check} needs a reason`)
      return reason === undefined ? it : it.skip
    }
    maybe('unchanged')(`${stage.key} leaves its input unchanged`, async () => {
      for (const doc of await inputs()) {
        const before = JSON.stringify(doc)
        await stage.run(deepFreeze(doc), ctx)
        expect(JSON.stringify(doc)).toBe(before)
      }
    })
    maybe('deterministic')(`${stage.key} gives the same output on every run`, async () => {
      for (const doc of await inputs()) {
        const a = await stage.run(doc, ctx)
        const b = await stage.run(doc, ctx)
        expect(JSON.stringify(b)).toBe(JSON.stringify(a))
      }
    })
    maybe('spans')(`${stage.key} keeps every span inside the text with matching surface strings`, async () => {
      for (const doc of await inputs()) {
        const out = await stage.run(doc, ctx)
        for (const a of stage.assigns) {
          const key = a.replace('doc.', '') as keyof typeof out
          expect(out[key], `${stage.key} must assign ${a}`).toBeDefined()
        }
        expect(spanProblems(out)).toEqual([])
      }
    })
  })
}
