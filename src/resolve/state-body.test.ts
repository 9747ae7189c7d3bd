import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { curatedActors } from '../kb/actors.js'
import { judgementKey, resolveEntities, type ResolveOutput } from './resolve.js'
import { bodyOfArticleState, stateReference } from './state-actor.js'

function resolve(docs: readonly AnnotatedDoc[]): ResolveOutput {
  return resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], now: '2026-01-01T00:00:00.000Z' })
}

function entityAt(out: ResolveOutput, doc: AnnotatedDoc, text: string): string | undefined {
  const m = (doc.mentions ?? []).find((x) => x.text === text)
  return m ? out.mentionEntity.get(m.id) : undefined
}

describe('state bodies named without their state', () => {
  it('bodyOfArticleState reads a body and the words for which body, nothing that names a state or anything else', () => {
    expect(bodyOfArticleState('the Foreign Ministry')).toBe('ministry')
    expect(bodyOfArticleState('Ministry of Housing and Planning')).toBe('ministry')
    expect(bodyOfArticleState('National Assembly')).toBe('assembly')
    expect(bodyOfArticleState('Congress')).toBe('congress')
    expect(bodyOfArticleState('Iraqi National Assembly')).toBeUndefined()
    expect(bodyOfArticleState('Zemblan Supreme Court')).toBeUndefined()
    expect(bodyOfArticleState('Kestrel Party')).toBeUndefined()
    expect(stateReference('Supreme Court')).toEqual({ head: '', role: 'court' })
  })

  it('resolve keeps the same body of two states apart across articles, and joins it for one state', () => {
    const a = docBuilder("Peru's National Assembly voted on Tuesday to remove the minister.", {
      mentions: [{ text: 'Peru', type: 'LOC' }, { text: 'National Assembly', type: 'ORG' }],
    })
    const b = docBuilder('Lawmakers in Kenya said the National Assembly would meet again after the recess.', {
      mentions: [{ text: 'Kenya', type: 'LOC' }, { text: 'National Assembly', type: 'ORG' }],
    })
    const c = docBuilder("Peru's National Assembly then approved the budget.", {
      mentions: [{ text: 'Peru', type: 'LOC' }, { text: 'National Assembly', type: 'ORG' }],
    })
    const out = resolve([a, b, c])
    expect(entityAt(out, a, 'National Assembly')).not.toBe(entityAt(out, b, 'National Assembly'))
    expect(entityAt(out, a, 'National Assembly')).toBe(entityAt(out, c, 'National Assembly'))
  })

  it('resolve joins the body of two articles that name no state, as before', () => {
    const a = docBuilder('The Senate passed the bill on Monday.', { mentions: [{ text: 'Senate', type: 'ORG' }] })
    const b = docBuilder('Members of the Senate left for the holiday.', { mentions: [{ text: 'Senate', type: 'ORG' }] })
    const out = resolve([a, b])
    expect(entityAt(out, a, 'Senate')).toBe(entityAt(out, b, 'Senate'))
  })
})

describe('context of articles read in part', () => {
  it('a name an article does not read counts as the KB actor it gives where resolution reads it', () => {
    const a = docBuilder('Hamas said Orin Vaskelis had left Gaza.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Orin Vaskelis', type: 'PER' }],
    })
    const b = docBuilder('Vaskelis spoke on Monday.', { mentions: [{ text: 'Vaskelis', type: 'PER' }] })
    const run = (context: Map<string, string[]>) => resolveEntities({
      mentions: [...(a.mentions ?? []), ...(b.mentions ?? [])], articles: [{ id: a.article.id }, { id: b.article.id }],
      kb: curatedActors(), context, now: '2026-01-01T00:00:00.000Z',
    })
    // article b also names Hamas, in a part resolution does not read: its key joins Hamas's KB actor as in article a
    const out = run(new Map([[b.article.id, [judgementKey('Hamas', 'ORG')]]]))
    expect(entityAt(out, b, 'Vaskelis')).toBe(entityAt(out, a, 'Orin Vaskelis'))
    expect(entityAt(run(new Map()), b, 'Vaskelis')).not.toBe(entityAt(run(new Map()), a, 'Orin Vaskelis'))
  })
})
