import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { resolveEntities, type ResolveOutput } from './resolve.js'
import { buildKbIndex } from './kb-match.js'
import { isPostName, postHosts } from './host-place.js'
import { articleSignatures } from '../service/signatures.js'

function resolve(docs: readonly AnnotatedDoc[]): ResolveOutput {
  return resolveEntities({ mentions: docs.flatMap((d) => d.mentions ?? []), articles: docs.map((d) => ({ id: d.article.id })), kb: [], now: '2026-01-01T00:00:00.000Z' })
}

const entityOf = (out: ResolveOutput, doc: AnnotatedDoc, text: string) => out.mentionEntity.get((doc.mentions ?? []).find((m) => m.text === text)!.id)

const embassy = (host: string, more = '') => docBuilder(`The Zemblan Embassy in ${host} issued a warning on Friday.${more}`, {
  mentions: [{ text: 'Zemblan Embassy', type: 'ORG' }, { text: host, type: 'LOC' }],
})

describe('a post named by its host place', () => {
  it('reads post names and their hosts, not other bodies nor a place further on', () => {
    expect(isPostName('Zemblan Embassy')).toBe(true)
    expect(isPostName('the Kestrel consulate-general')).toBe(true)
    expect(isPostName('Zemblan Navy')).toBe(false)
    const d = docBuilder('The Zemblan Embassy in Velloria closed. Later the Zemblan Embassy said it was safe.', {
      mentions: [{ text: 'Zemblan Embassy', type: 'ORG' }, { text: 'Velloria', type: 'LOC' }, { text: 'Zemblan Embassy', type: 'ORG', nth: 1 }],
    })
    const hosts = [...postHosts(d.mentions!).values()]
    expect(hosts).toHaveLength(2)
    expect(hosts[0]).toBe(hosts[1])
    const far = docBuilder('The Zemblan Navy in Velloria closed.', { mentions: [{ text: 'Zemblan Navy', type: 'ORG' }, { text: 'Velloria', type: 'LOC' }] })
    expect(postHosts(far.mentions!).size).toBe(0)
  })

  it('keeps one state\'s embassies in two cities apart and joins the one city\'s across articles', () => {
    const a = embassy('Velloria')
    const b = embassy('Port Ostran')
    const c = embassy('Velloria', ' Its staff were safe.')
    const out = resolve([a, b, c])
    expect(entityOf(out, a, 'Zemblan Embassy')).not.toBe(entityOf(out, b, 'Zemblan Embassy'))
    expect(entityOf(out, a, 'Zemblan Embassy')).toBe(entityOf(out, c, 'Zemblan Embassy'))
  })

  it('a post named without its host joins one of them, never both', () => {
    const a = embassy('Velloria')
    const b = embassy('Port Ostran')
    const bare = docBuilder('A spokesman for the Zemblan Embassy declined to comment.', { mentions: [{ text: 'Zemblan Embassy', type: 'ORG' }] })
    const out = resolve([bare, a, b])
    expect(entityOf(out, a, 'Zemblan Embassy')).not.toBe(entityOf(out, b, 'Zemblan Embassy'))
    expect([entityOf(out, a, 'Zemblan Embassy'), entityOf(out, b, 'Zemblan Embassy')]).toContain(entityOf(out, bare, 'Zemblan Embassy'))
  })

  it('signs the two embassies apart', () => {
    const kb = buildKbIndex([])
    const sig = (d: AnnotatedDoc) => articleSignatures(d.article.id, d.mentions!, [], kb).rows.find((r) => r.key.startsWith('ORG:'))!
    expect(sig(embassy('Velloria')).key).not.toBe(sig(embassy('Port Ostran')).key)
  })
})
