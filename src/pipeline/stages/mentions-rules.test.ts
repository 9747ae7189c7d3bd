import { describe, expect, it } from 'vitest'
import { runStageConformance } from '../testing/conformance.js'
import { docBuilder } from '../../text/testing/doc-builder.js'
import { rulesMentionsStage } from './mentions-rules.js'

const text = 'Mousa Abu Marzook traveled to Egypt. The Islamic State group clashed with Hamas in the Gaza Strip.'

describe('mentions.rules', () => {
  it('mentions.rules types countries, region words, organisation heads and multi-word names', () => {
    const out = rulesMentionsStage.run(docBuilder(text), { resources: {} })
    const got = Object.fromEntries(('then' in out ? [] : out.mentions ?? []).map((m) => [m.text, m.type]))
    expect(got).toMatchObject({ 'Mousa Abu Marzook': 'PER', Egypt: 'LOC', 'Islamic State': 'ORG', 'Gaza Strip': 'LOC' })
  })

  it('mentions.rules skips boilerplate spans', () => {
    const t = 'Hamas said so.\n\nFollow Breitbart News on Twitter.'
    const start = t.indexOf('Follow')
    const doc = docBuilder(t, { meta: { boilerplate: [{ start, end: t.length }] } })
    const out = rulesMentionsStage.run(doc, { resources: {} })
    const names = ('then' in out ? [] : out.mentions ?? []).map((m) => m.text)
    expect(names).toContain('Hamas')
    expect(names).not.toContain('Breitbart News')
  })
})

runStageConformance(rulesMentionsStage, () => [docBuilder(text), docBuilder('')])
