import { describe, expect, it } from 'vitest'
import { curatedActors } from '../kb/actors.js'
import type { Mention } from '../model/index.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { buildKbIndex } from './kb-match.js'
import { linkWithinDoc } from './within-doc.js'

const kb = buildKbIndex(curatedActors())

function link(text: string, mentions: MentionSpec[]) {
  const doc = docBuilder(text, { mentions })
  const r = linkWithinDoc(doc.article, doc.mentions!, kb)
  const byId = new Map(r.mentions.map((m) => [m.id, m]))
  const antecedent = (m: Mention) => (m.antecedentId ? byId.get(m.antecedentId) : undefined)
  return { ...r, antecedent }
}

describe('linkWithinDoc', () => {
  it('within-doc links a short form to the nearest earlier full name, and an acronym to its expansion', () => {
    const text = 'Mumtaz Dugmush met Islamic State envoys. Later Dugmash denied it, and IS said nothing.'
    const r = link(text, [{ text: 'Mumtaz Dugmush', type: 'PER' }, { text: 'Dugmash', type: 'PER' }, { text: 'Islamic State', type: 'ORG' }, { text: 'IS', type: 'ORG', kind: 'acronym' }])
    expect(r.antecedent(r.mentions.find((m) => m.text === 'Dugmash')!)?.text).toBe('Mumtaz Dugmush')
    expect(r.antecedent(r.mentions.find((m) => m.text === 'IS')!)?.text).toBe('Islamic State')
  })

  it('within-doc links an acronym defined in parentheses to a name ending in a generic word ("Organization")', () => {
    const text = 'The Marovian Trade Organization (MTO) says exports fell. The MTO blamed the drought.'
    const r = link(text, [{ text: 'Marovian Trade Organization', type: 'ORG' }, { text: 'MTO', type: 'ORG' }, { text: 'MTO', type: 'ORG', nth: 2 }])
    const acronyms = r.mentions.filter((m) => m.text === 'MTO')
    expect(acronyms).toHaveLength(2)
    for (const m of acronyms) expect(r.antecedent(m)?.text).toBe('Marovian Trade Organization')
  })

  it('within-doc links an acronym to the core of a name written with its parent body and a complement ("COI")', () => {
    const text = 'The UN Commission of Inquiry on Marovia published a report. The COI must be allowed to go on.'
    const r = link(text, [{ text: 'UN Commission of Inquiry on Marovia', type: 'ORG' }, { text: 'Marovia', type: 'LOC' }, { text: 'COI', type: 'ORG' }])
    expect(r.antecedent(r.mentions.find((m) => m.text === 'COI')!)?.text).toBe('UN Commission of Inquiry on Marovia')
  })

  it('within-doc links an acronym to a name led by its state\'s code ("FDA" after "U.S. Food and Drug Administration")', () => {
    const text = 'The U.S. Food and Drug Administration approved the drug. The FDA said it was safe.'
    const r = link(text, [{ text: 'U.S. Food and Drug Administration', type: 'ORG' }, { text: 'FDA', type: 'ORG' }])
    expect(r.antecedent(r.mentions.find((m) => m.text === 'FDA')!)?.text).toBe('U.S. Food and Drug Administration')
  })

  it('within-doc links an acronym in brackets clipped from the name before it, and no other clipped acronym', () => {
    const text = "The frigate joined Zembla Naval Forces Northern Command's (NAVNORTH) fleet. NAVNORTH patrols the gulf. Later NAVNOR met."
    const r = link(text, [{ text: 'Zembla Naval Forces Northern Command', type: 'ORG' }, { text: 'NAVNORTH', type: 'ORG' }, { text: 'NAVNORTH', type: 'ORG', nth: 2 }, { text: 'NAVNOR', type: 'ORG' }])
    const first = r.mentions.find((m) => m.text === 'NAVNORTH')!
    expect(r.antecedent(first)?.text).toBe('Zembla Naval Forces Northern Command')
    // not in brackets: the clipped reading is not trusted
    expect(r.mentions.find((m) => m.text === 'NAVNOR')?.antecedentId).toBeUndefined()
  })

  it('within-doc leaves a short form unlinked when two different people fit it', () => {
    const text = 'Ismail Haniyeh and Hazem Haniyeh spoke. Haniyeh left.'
    const r = link(text, [{ text: 'Ismail Haniyeh', type: 'PER' }, { text: 'Hazem Haniyeh', type: 'PER' }, { text: 'Haniyeh', type: 'PER', nth: 2 }])
    expect(r.mentions.find((m) => m.text === 'Haniyeh')?.antecedentId).toBeUndefined()
  })

  it('issue-14 within-doc on a long article links each short form to the full name nearest before it', () => {
    // 1,500 paragraphs: the indexed linking must give what the pairwise scan gave, paragraph by paragraph
    const para = (i: number) => `Report ${i}: Mumtaz Dugmush met Egyptian officials in Cairo. Dugmush said the Egyptians agreed.\n`
    const text = Array.from({ length: 1500 }, (_, i) => para(i)).join('')
    const r = link(text, [{ text: 'Mumtaz Dugmush', type: 'PER' }, { text: 'Dugmush', type: 'PER' }, { text: 'Egyptian', type: 'NORP' }, { text: 'Cairo', type: 'LOC' }])
    const shorts = r.mentions.filter((m) => m.text === 'Dugmush' && !text.slice(0, m.start).endsWith('Mumtaz '))
    expect(shorts).toHaveLength(1500)
    for (const s of shorts) {
      const a = r.antecedent(s)!
      expect(a.text).toBe('Mumtaz Dugmush')
      expect(s.start - a.start, 'the full name of the same paragraph').toBeLessThan(60)
    }
  })
})

describe('linkWithinDoc, given names and alias constructions', () => {
  it('within-doc links a lone first name to the one full name that opens with it, family name first or given name', () => {
    const text = 'Lin Tarao scored twice. Lin said the team was tired. Karim Vessadi spoke later; Karim denied it.'
    const r = link(text, [{ text: 'Lin Tarao', type: 'PER' }, { text: 'Lin', type: 'PER', nth: 1 }, { text: 'Karim Vessadi', type: 'PER' }, { text: 'Karim', type: 'PER', nth: 1 }])
    expect(r.antecedent(r.mentions.find((m) => m.text === 'Lin')!)?.text).toBe('Lin Tarao')
    expect(r.antecedent(r.mentions.find((m) => m.text === 'Karim')!)?.text).toBe('Karim Vessadi')
  })

  it('within-doc leaves a lone first name unlinked when two people open with it', () => {
    const text = 'Lin Tarao and Lin Weshu met. Lin said nothing.'
    const r = link(text, [{ text: 'Lin Tarao', type: 'PER' }, { text: 'Lin Weshu', type: 'PER' }, { text: 'Lin', type: 'PER', nth: 2 }])
    expect(r.mentions.find((m) => m.text === 'Lin')?.antecedentId).toBeUndefined()
  })

  it('within-doc links a place the text calls by another name', () => {
    const text = 'Storms hit Varnapur, also known as Velaport. Velaport lost power.'
    const r = link(text, [{ text: 'Varnapur', type: 'LOC' }, { text: 'Velaport', type: 'LOC' }])
    const velaport = r.mentions.filter((m) => m.text === 'Velaport')
    expect(velaport).toHaveLength(2)
    expect(r.antecedent(velaport[0]!)?.text).toBe('Varnapur')
    // the link says why it was made, so resolution trusts it over its name guards
    expect(velaport[0]!.linkedBy).toBe('alias')
    expect(r.mentions.find((m) => m.text === 'Varnapur')!.linkedBy).toBeUndefined()
  })

  it('within-doc marks no other link as an alias', () => {
    const text = 'Lin Tarao scored twice. Lin said the team was tired.'
    const r = link(text, [{ text: 'Lin Tarao', type: 'PER' }, { text: 'Lin', type: 'PER', nth: 1 }])
    expect(r.mentions.find((m) => m.text === 'Lin')!.linkedBy).toBeUndefined()
  })
})
