import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder, type MentionSpec } from '../text/testing/doc-builder.js'
import { linkDescriptions } from './definite-descriptions.js'
import { linkBySyntax } from './within-doc-syntax.js'

/** [mention, antecedent] pairs the syntax rules add, for a text with hand-placed name mentions. */
async function links(text: string, mentions: MentionSpec[]): Promise<Array<[string, string]>> {
  const doc: AnnotatedDoc = await syntaxStage.run(docBuilder(text, { mentions }), { resources: {} })
  // as the stage runs them: definite descriptions first, then roles and pronouns
  const described = linkDescriptions(doc.article, doc.tokens!, doc.syntax!, doc.mentions ?? [], 'test')
  const out = linkBySyntax(doc.article, doc.tokens!, doc.syntax!, described.mentions)
  const byId = new Map(out.mentions.map((m) => [m.id, m]))
  return [...described.links, ...out.links].map((l) => [byId.get(l.from)!.text, byId.get(l.to)!.text])
}

describe('coreference from syntax', () => {
  it('within-doc syntax links a role nominal to the person named with that title, and an object pronoun away from its own subject', async () => {
    const l = await links('Defense Secretary Ash Carter met Prime Minister Haider al-Abadi in Baghdad. The secretary thanked him for the support.', [
      { text: 'Ash Carter', type: 'PER' }, { text: 'Haider al-Abadi', type: 'PER' }, { text: 'Baghdad', type: 'LOC' },
    ])
    expect(l).toContainEqual(['The secretary', 'Ash Carter'])
    expect(l).toContainEqual(['him', 'Haider al-Abadi'])
  })

  it('within-doc syntax gives a subject pronoun the subject of the sentence before', async () => {
    const l = await links('Colonel Dan Price visited the base with Tom Hale. He said the runway would reopen.', [
      { text: 'Dan Price', type: 'PER' }, { text: 'Tom Hale', type: 'PER' },
    ])
    expect(l).toEqual([['He', 'Dan Price']])
  })

  it('within-doc syntax lets a subject pronoun continue the subject pronoun of the sentence before, not the person that sentence names after it', async () => {
    const l = await links('Ana Kask met Tom Hale in Paris. On Sunday, she is to meet Ivan Petrov in Rome. Before arriving, she told reporters the talks would go well.', [
      { text: 'Ana Kask', type: 'PER' }, { text: 'Tom Hale', type: 'PER' }, { text: 'Paris', type: 'LOC' }, { text: 'Ivan Petrov', type: 'PER' }, { text: 'Rome', type: 'LOC' },
    ])
    expect(l).toEqual([['she', 'Ana Kask'], ['she', 'she']])
  })

  it('within-doc syntax prefers a person whose title agrees in gender', async () => {
    const l = await links('John Brown met Mrs. Jane Smith in Paris. She said the talks went well.', [
      { text: 'John Brown', type: 'PER' }, { text: 'Jane Smith', type: 'PER' }, { text: 'Paris', type: 'LOC' },
    ])
    expect(l).toEqual([['She', 'Jane Smith']])
  })

  it('within-doc syntax gives "he" the subject of its own sentence, not a man of the sentence before whose title says "Mr."', async () => {
    const l = await links('Mr. Tom Hale left Paris. Russian President Ivan Petrov says he will visit Rome.', [
      { text: 'Tom Hale', type: 'PER' }, { text: 'Paris', type: 'LOC' }, { text: 'Ivan Petrov', type: 'PER' }, { text: 'Rome', type: 'LOC' },
    ])
    expect(l).toEqual([['he', 'Ivan Petrov']])
  })

  it('within-doc syntax gives a pronoun that opens the text the person named next as a subject, and an object none', async () => {
    const l = await links('He said the talks would resume. Mr. Tom Hale spoke in Paris on Monday.', [
      { text: 'Tom Hale', type: 'PER' }, { text: 'Paris', type: 'LOC' },
    ])
    expect(l).toEqual([['He', 'Tom Hale']])
    const none = await links('Police detained him on Sunday. Tom Hale said the arrest was unlawful.', [{ text: 'Tom Hale', type: 'PER' }])
    expect(none).toEqual([])
  })

  it('within-doc syntax links "the group" only when one organisation was named', async () => {
    const one = await links('Hamas held a rally in Gaza. The group said it would respond.', [{ text: 'Hamas', type: 'ORG' }, { text: 'Gaza', type: 'LOC' }])
    expect(one.filter(([a]) => a === 'The group')).toEqual([['The group', 'Hamas']])
    const two = await links('Hamas and Fatah met in Cairo. The group said it would respond.', [{ text: 'Hamas', type: 'ORG' }, { text: 'Fatah', type: 'ORG' }])
    expect(two.filter(([a]) => a === 'The group')).toEqual([])
  })

  it('within-doc syntax never links "the ministry" to a body whose name says another kind (a link resolution refuses)', async () => {
    const guard = await links('The Ruritania National Guard deployed troops to the border. The ministry said the move was routine.', [{ text: 'Ruritania National Guard', type: 'ORG' }])
    expect(guard.filter(([a]) => a === 'The ministry')).toEqual([])
    const ministry = await links('The Ruritania Defence Ministry deployed troops to the border. The ministry said the move was routine.', [{ text: 'Ruritania Defence Ministry', type: 'ORG' }])
    expect(ministry.filter(([a]) => a === 'The ministry')).toEqual([['The ministry', 'Ruritania Defence Ministry']])
  })

  it('within-doc syntax never links "the militia" to a bank named before it, and links it to an armed group', async () => {
    const bank = await links('Orla Venn is a former Varnish Bank economist. The militia attacked the rebels after they seized one of its members.', [
      { text: 'Orla Venn', type: 'PER' }, { text: 'Varnish Bank', type: 'ORG' },
    ])
    expect(bank.filter(([a]) => a === 'The militia')).toEqual([])
    const army = await links('The Kestrel Army moved into the valley. The militia attacked the rebels at dawn.', [{ text: 'Kestrel Army', type: 'ORG' }])
    expect(army.filter(([a]) => a === 'The militia')).toEqual([['The militia', 'Kestrel Army']])
  })

  it('within-doc syntax links "it" and "they" to a group only with no common noun of their number between', async () => {
    const l = await links('Hamas said on Monday that it would release the prisoners. The Kurds said they had retaken the town. The officials said they were pleased.', [
      { text: 'Hamas', type: 'ORG' }, { text: 'Kurds', type: 'NORP' },
    ])
    expect(l).toEqual([['it', 'Hamas'], ['they', 'Kurds']])
  })

  it('within-doc syntax gives "the Iranian president" the president whose titles say Iranian, not the nearer U.S. president, and a president whose titles name no country', async () => {
    const l = await links('Iranian President Mahmoud Ahmadinejad has issued a defiant message to U.S. President George Bush. The Iranian president also mocked Mr. Bush.', [
      { text: 'Iranian', type: 'NORP' }, { text: 'Mahmoud Ahmadinejad', type: 'PER' }, { text: 'U.S.', type: 'LOC' }, { text: 'George Bush', type: 'PER' }, { text: 'Bush', type: 'PER', nth: 1 },
    ])
    expect(l.filter(([a]) => a === 'The Iranian president')).toEqual([['The Iranian president', 'Mahmoud Ahmadinejad']])
    const plain = await links('Aides to President Mahmoud Abbas said he canceled the meeting. The Palestinian president has accused Hamas of violating the deal.', [
      { text: 'Mahmoud Abbas', type: 'PER' }, { text: 'Palestinian', type: 'NORP' }, { text: 'Hamas', type: 'ORG' },
    ])
    expect(plain.filter(([a]) => a === 'The Palestinian president')).toEqual([['The Palestinian president', 'Mahmoud Abbas']])
  })

  it('within-doc syntax never gives "the president" the vice president named nearer, nor "the deputy minister" the minister', async () => {
    const l = await links('President Alan Voss fired Vice President Peter Grund on Monday. The two men have feuded since the president left the party.', [
      { text: 'Alan Voss', type: 'PER' }, { text: 'Peter Grund', type: 'PER' },
    ])
    expect(l).toContainEqual(['the president', 'Alan Voss'])
    expect(l).not.toContainEqual(['the president', 'Peter Grund'])
    const d = await links('Minister Tom Hale met Deputy Minister Ivo Lind in Oslo. The deputy minister said the talks went well.', [
      { text: 'Tom Hale', type: 'PER' }, { text: 'Ivo Lind', type: 'PER' }, { text: 'Oslo', type: 'LOC' },
    ])
    expect(d).toContainEqual(['The deputy minister', 'Ivo Lind'])
    expect(d).not.toContainEqual(['The deputy minister', 'Tom Hale'])
  })

  it('within-doc syntax reads no title across another name, and gives "his own" the subject of its clause over a man titled "Mr."', async () => {
    const l = await links('President Alan Voss and Mr. Peter Grund were running mates in 2004, but have feuded since the president quit the party to set up his own party.', [
      { text: 'Alan Voss', type: 'PER' }, { text: 'Peter Grund', type: 'PER' },
    ])
    expect(l).toEqual([['the president', 'Alan Voss'], ['his', 'the president']])
  })

  it('within-doc syntax leaves a role with no titled antecedent unlinked', async () => {
    const l = await links('John Brown spoke first. The secretary left the room.', [{ text: 'John Brown', type: 'PER' }])
    expect(l.filter(([a]) => a === 'The secretary')).toEqual([])
  })
})
