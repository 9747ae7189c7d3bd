import { describe, expect, it } from 'vitest'
import { docBuilder } from '../text/testing/doc-builder.js'
import type { AnnotatedDoc } from '../model/index.js'
import { extractAffiliations } from './affiliations.js'
import { seedDoc } from './testing/seed-docs.js'

function triples(doc: AnnotatedDoc): Array<[string, string, string, string]> {
  const byId = new Map((doc.mentions ?? []).map((m) => [m.id, m.text]))
  return extractAffiliations(doc).map((a) => [byId.get(a.personMentionId)!, a.kind, byId.get(a.orgMentionId)!, a.role])
}

describe('extractAffiliations', () => {
  it('affiliations read "X, commander of ORG" as member_of with role', () => {
    expect(triples(seedDoc('002_11856984715dfee0.txt'))).toContainEqual(['Mumtaz Dugmush', 'member_of', 'Army of Islam', 'commander'])
  })
  it('affiliations keep the unit in "the deputy chief of the Hamas politburo"', () => {
    expect(triples(seedDoc('000_fd7dbad812d8e2ee.txt'))).toContainEqual(['Mousa Abu Marzook', 'member_of', 'Hamas', 'deputy chief of the Hamas politburo'])
  })
  it('affiliations read "X, an ORG operative"', () => {
    expect(triples(seedDoc('000_fd7dbad812d8e2ee.txt'))).toContainEqual(['Abu Baker Almuhajer', 'member_of', 'Islamic State', 'operative'])
  })
  it('affiliations read a title before the name, also after "ORG and"', () => {
    expect(triples(seedDoc('002_11856984715dfee0.txt'))).toContainEqual(['Abu Bakr al-Baghdadi', 'member_of', 'IS', 'senior leader'])
    const doc = docBuilder('Hamas leader Ismail Haniyeh spoke in Doha.', { mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Ismail Haniyeh', type: 'PER' }] })
    expect(triples(doc)).toEqual([['Ismail Haniyeh', 'member_of', 'Hamas', 'leader']])
  })
  it('affiliations read "ORG, a local offshoot of ORG" as part_of', () => {
    expect(triples(seedDoc('000_fd7dbad812d8e2ee.txt'))).toContainEqual(['Wilayat Sinai', 'part_of', 'IS', 'local offshoot'])
    expect(triples(seedDoc('002_11856984715dfee0.txt'))).toContainEqual(['Wilyat Sinai', 'part_of', 'Islamic State organization', 'egyptian branch'])
  })
  it('affiliations need a role word: an apposition without one states nothing', () => {
    const doc = docBuilder('Ahmed Yusuf, a resident of Gaza near Hamas offices, said.', { mentions: [{ text: 'Ahmed Yusuf', type: 'PER' }, { text: 'Hamas', type: 'ORG' }] })
    expect(triples(doc)).toEqual([])
    const doc2 = docBuilder('Hamas and Ahmed Yusuf met.', { mentions: [{ text: 'Ahmed Yusuf', type: 'PER' }, { text: 'Hamas', type: 'ORG' }] })
    expect(triples(doc2)).toEqual([])
  })
})
