import { describe, expect, it } from 'vitest'
import { parsedDoc } from '../testing/parsed.js'
import { sentenceViews } from '../sentence-view.js'
import { antecedentNames, pronounRoles } from './pronouns.js'
import { eventCandidates, partyContext } from './candidates.js'
import type { AnnotatedDoc, Event } from '../../model/index.js'

/** The unlinked pronouns of sentence `s` as (pronoun text → name text). */
function rolesOf(doc: AnnotatedDoc, s: number): string[] {
  const text = doc.article.text
  const words = (doc.tokens ?? []).map((t) => text.slice(t.start, t.end).toLowerCase())
  const v = sentenceViews(doc, words, () => true)[s]!
  return pronounRoles(doc, v, antecedentNames(doc)).map((c) => `${c.role.text} → ${c.name.text}`)
}

describe('unlinked pronouns as parties', () => {
  it('pronoun party: a subject "he" stands for the person named before it, "it" for the organisation; an object pronoun for nobody', () => {
    const doc = parsedDoc('Hamas fired rockets at Sderot on Monday. Mahmoud Abbas said he condemned them. It said the attacks would go on.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Mahmoud Abbas', type: 'PER' }],
    })
    expect(rolesOf(doc, 1)).toEqual(['he → Mahmoud Abbas'])
    expect(rolesOf(doc, 2)).toEqual(['It → Hamas'])
  })

  it('pronoun party: the last subject name before the pronoun wins over a later name that is no subject', () => {
    const doc = parsedDoc('Hamas accused Fatah of a plot on Monday. It said the talks were over.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Fatah', type: 'ORG' }],
    })
    expect(rolesOf(doc, 1)).toEqual(['It → Hamas'])
  })

  it('pronoun party: no name more than two sentences back, and "he" never takes an organisation', () => {
    const doc = parsedDoc('Hamas fired rockets on Monday. The weather was cold. The roads were closed. Then he urged calm.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }],
    })
    expect(rolesOf(doc, 3)).toEqual([])
  })

  it('pronoun party: a pronoun the coreference linked (a role mention) is not composed again', () => {
    const doc = parsedDoc('Mahmoud Abbas spoke on Monday. He urged calm.', {
      mentions: [{ text: 'Mahmoud Abbas', type: 'PER' }, { text: 'He', type: 'PER', kind: 'pronoun' }],
    })
    const linked = { ...doc, mentions: doc.mentions!.map((m) => (m.kind === 'pronoun' ? { ...m, antecedentId: doc.mentions![0]!.id } : m)) }
    expect(rolesOf(linked, 1)).toEqual([])
  })

  it('pronoun party: the ranker gets "He" standing for Mahmoud Abbas as an actor candidate', () => {
    const text = 'Mahmoud Abbas spoke on Monday. He urged Israel to stop the raids.'
    const doc = parsedDoc(text, { mentions: [{ text: 'Mahmoud Abbas', type: 'PER' }, { text: 'Israel', type: 'ORG' }] })
    const at = text.indexOf('urged')
    const s = text.indexOf('He')
    const e = { id: 'e1', articleId: doc.article.id, cameo: '020', cameoRoot: '02', modality: 'asserted', cue: { start: at, end: at + 5, text: 'urged' },
      sentence: { start: s, end: text.length, text: text.slice(s) } } as unknown as Event
    const cs = eventCandidates(partyContext(doc, [e]), e)
    const abbas = doc.mentions!.find((m) => m.text === 'Mahmoud Abbas')!
    const he = cs.actor.find((c) => c.role?.text === 'He')
    expect(he?.role?.mentionId).toBe(abbas.id)
    expect(he?.features).toContain('Ak=pron/PER')
  })
})
