import { describe, expect, it } from 'vitest'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { designationKey, designationLinks } from './numbered-designation.js'

function links(text: string, mentions: MentionSpec[]): string[] {
  const doc = docBuilder(text, { mentions })
  const sorted = [...doc.mentions!].sort((a, b) => a.start - b.start)
  return designationLinks(text, sorted).map((l) => `${l.from.text} -> ${l.to.text}`)
}

const ORG = (text: string, occurrence?: number): MentionSpec => ({ text, type: 'ORG', ...(occurrence !== undefined ? { occurrence } : {}) })

describe('numbered designations', () => {
  it('designationKey reads a dash before the number as a space', () => {
    expect(designationKey('VTF-12')).toBe('VTF 12')
    expect(designationKey('the Varn Task Force  12')).toBe('VARN TASK FORCE 12')
  })

  it('links each full form, alone or after its country, to the name the construction brackets', () => {
    const text = 'Zembla Tasks in Varn Task Force 12. The frigate joined the fleet\'s Varn Task Force (VTF) 12 on Monday. VTF 12 sails. VTF-12 left.'
    expect(links(text, [ORG('Zembla'), ORG('Varn Task Force 12'), ORG('Varn Task Force', 1), ORG('VTF'), ORG('VTF 12'), ORG('VTF-12')]))
      .toEqual(['Varn Task Force 12 -> Varn Task Force', 'VTF 12 -> Varn Task Force', 'VTF-12 -> Varn Task Force'])
    // a country before the full form: "Zembla" is no country of the gazetteer, "France" is
    const t2 = 'France Varn Task Force 12 sailed. It joined the Varn Task Force (VTF) 12 on Monday.'
    expect(links(t2, [ORG('France Varn Task Force 12'), ORG('Varn Task Force', 1), ORG('VTF')])).toEqual(['France Varn Task Force 12 -> Varn Task Force'])
  })

  it('needs the number right after the bracket, and the same number', () => {
    const noNumber = 'It joined the Varn Task Force (VTF) on Monday. VTF 12 sails.'
    expect(links(noNumber, [ORG('Varn Task Force'), ORG('VTF'), ORG('VTF 12')])).toEqual([])
    const other = 'It joined the Varn Task Force (VTF) 12 on Monday. VTF 13 sails. Varn Task Force 120 waits.'
    expect(links(other, [ORG('Varn Task Force'), ORG('VTF'), ORG('VTF 13'), ORG('Varn Task Force 120')])).toEqual([])
    // a count after the bracket ("12,000 sailors") is no designation's number
    const count = 'It joined the Varn Task Force (VTF) 12,000 sailors strong. VTF 12 sails.'
    expect(links(count, [ORG('Varn Task Force'), ORG('VTF'), ORG('VTF 12')])).toEqual([])
  })
})
