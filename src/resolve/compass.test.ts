import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { isRelativeCompassName } from './compass.js'
import { resolveEntities, type ResolveOutput } from './resolve.js'

function resolve(docs: readonly AnnotatedDoc[]): ResolveOutput {
  return resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], now: '2026-01-01T00:00:00.000Z' })
}

function entityAt(out: ResolveOutput, doc: AnnotatedDoc, text: string, nth = 0): string | undefined {
  const m = (doc.mentions ?? []).filter((x) => x.text === text)[nth]
  return m ? out.mentionEntity.get(m.id) : undefined
}

describe('compass names', () => {
  it('isRelativeCompassName reads a bare North or South only', () => {
    expect(isRelativeCompassName('North')).toBe(true)
    expect(isRelativeCompassName('the South')).toBe(true)
    expect(isRelativeCompassName('North Zembla')).toBe(false)
    expect(isRelativeCompassName('West')).toBe(false)
  })
  it('resolve joins "the North" to the one place of the article named with that word, never across articles', () => {
    const a = docBuilder('North Zembla freed the prisoners, who were sent back to the North.', {
      mentions: [{ text: 'North Zembla', type: 'LOC' }, { text: 'North', type: 'LOC', nth: 1 }],
    })
    const b = docBuilder('Southern Quarvia will vote on independence from the North.', {
      mentions: [{ text: 'Southern Quarvia', type: 'LOC' }, { text: 'North', type: 'LOC' }],
    })
    const out = resolve([a, b])
    expect(entityAt(out, a, 'North')).toBe(entityAt(out, a, 'North Zembla'))
    expect(entityAt(out, b, 'North')).not.toBe(entityAt(out, a, 'North'))
  })
  it('resolve leaves "the South" alone in an article naming two places with that word', () => {
    const a = docBuilder('South Zembla and South Quarvia met; the South said no.', {
      mentions: [{ text: 'South Zembla', type: 'LOC' }, { text: 'South Quarvia', type: 'LOC' }, { text: 'South', type: 'LOC', nth: 2 }],
    })
    const out = resolve([a])
    expect(entityAt(out, a, 'South')).not.toBe(entityAt(out, a, 'South Zembla'))
    expect(entityAt(out, a, 'South')).not.toBe(entityAt(out, a, 'South Quarvia'))
  })
})
