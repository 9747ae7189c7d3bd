import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { curatedActors } from '../kb/actors.js'
import { buildKbIndex } from './kb-match.js'
import { linkDescriptions } from './definite-descriptions.js'

const kb = buildKbIndex(curatedActors())

/** [description, antecedent] pairs for a text with hand-placed name mentions. */
async function links(text: string, mentions: MentionSpec[]): Promise<Array<[string, string]>> {
  const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions }), { resources: {} })
  const out = linkDescriptions(doc.article, doc.tokens!, doc.syntax!, doc.mentions ?? [], 'test', kb)
  const byId = new Map(out.mentions.map((m) => [m.id, m]))
  for (const l of out.links) expect(text.slice(l.span!.start, l.span!.end)).toBe(byId.get(l.from)!.text)
  return out.links.map((l) => [byId.get(l.from)!.text, byId.get(l.to)!.text])
}

describe('definite descriptions', () => {
  it('definite descriptions give "the group" the subject named before it, not a company or a name that modifies a noun', async () => {
    const l = await links('Activists protested against the search engine Google after the company accepted the restrictions. ' +
      'Students For a Free Tibet said Tuesday that thousands have stopped using the Google service. The group also organized a march.', [
      { text: 'Google', type: 'ORG' }, { text: 'Students For a Free Tibet', type: 'ORG' },
    ])
    expect(l).toEqual([['the company', 'Google'], ['The group', 'Students For a Free Tibet']])
  })

  it('definite descriptions take the body whose name holds the noun when two are named ("the agency")', async () => {
    const l = await links('The U.S. Agency for International Development and Mercy Corps sent food to the region. The agency says more is needed.', [
      { text: 'U.S. Agency for International Development', type: 'ORG' }, { text: 'Mercy Corps', type: 'ORG' },
    ])
    expect(l).toEqual([['The agency', 'U.S. Agency for International Development']])
  })

  it('definite descriptions link a modified group noun and the members of a group ("the rebel group", "the rebels")', async () => {
    const l = await links('The Niger Movement for Justice attacked an army post on Sunday. The rebel group says it killed three soldiers. ' +
      'The government blamed the rebels for the attack.', [{ text: 'Niger Movement for Justice', type: 'ORG' }])
    expect(l).toEqual([['The rebel group', 'Niger Movement for Justice'], ['the rebels', 'Niger Movement for Justice']])
  })

  it('definite descriptions never link generic plurals, contrasted groups or two bodies that fit equally', async () => {
    const l = await links('Hamas and Fatah met in Cairo on Monday. Many groups attended. Rebels said they would come. The group said it would respond. ' +
      'The other group stayed away.', [{ text: 'Hamas', type: 'ORG' }, { text: 'Fatah', type: 'ORG' }])
    expect(l).toEqual([])
    const rival = await links('The rights group wants ISAF to stop all prisoner handovers. The group says the troops broke the agreement.', [{ text: 'ISAF', type: 'ORG' }])
    expect(rival).toEqual([])
  })

  it('definite descriptions never make "the group" a force, a ministry or a body the knowledge base calls a government', async () => {
    const force = await links('The International Security Assistance Force hands prisoners to Afghan authorities. The group says the transfers must stop.', [
      { text: 'International Security Assistance Force', type: 'ORG' },
    ])
    expect(force).toEqual([])
    const kbKind = await links('The Palestinian Authority arrested two men in Ramallah. The group says they were spies.', [{ text: 'Palestinian Authority', type: 'ORG' }])
    expect(kbKind).toEqual([])
    const ministry = await links('The Ruritania Defence Ministry deployed troops to the border. The ministry said the move was routine.', [{ text: 'Ruritania Defence Ministry', type: 'ORG' }])
    expect(ministry).toEqual([['The ministry', 'Ruritania Defence Ministry']])
  })
})
