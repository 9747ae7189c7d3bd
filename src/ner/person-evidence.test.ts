import { describe, expect, it } from 'vitest'
import { CASE_BUCKET, GAZ, Lexicon } from './lexicon.js'
import { applyPersonEvidence } from './person-evidence.js'
import { span, stepOver } from './testing/spans.js'

const lexicon = new Lexicon({
  gazetteer: [['General', 1 << GAZ.TITLE], ['President', 1 << GAZ.TITLE], ['Foundation', 1 << GAZ.ORG_WORD], ['Brazil', 1 << GAZ.COUNTRY],
    ['Hong Kong', 1 << GAZ.CITY], ['King', 1 << GAZ.TITLE], ['Secretary of State', 1 << GAZ.TITLE],
    ['Lieutenant', 1 << GAZ.TITLE], ['Zemblan', 1 << GAZ.DEMONYM]],
  caseProfile: [['tomasz', CASE_BUCKET.CAP], ['motors', CASE_BUCKET.MOSTLY_LOWER]],
  orgKinds: [],
})
const run = stepOver(applyPersonEvidence, lexicon)

describe('person evidence', () => {
  it('person evidence retypes a name whose last word is a person of the document', () => {
    const text = ['Tomasz Ruvel Kestrani has been criticised .', 'Mr. Kestrani said he would stay .']
    expect(run(text, [span(0, 0, 3, 'ORG'), span(1, 1, 2, 'PER')])).toEqual(['PER Tomasz Ruvel Kestrani', 'PER Kestrani'])
    // without the person elsewhere, or with an organisation's head word, the model's type stays
    expect(run([text[0]!], [span(0, 0, 3, 'ORG')])).toEqual(['ORG Tomasz Ruvel Kestrani'])
    const body = ['The Kestrani Foundation said .', 'Mr. Kestrani said .']
    expect(run(body, [span(0, 1, 3, 'ORG'), span(1, 1, 2, 'PER')])).toEqual(['ORG Kestrani Foundation', 'PER Kestrani'])
  })

  it('person evidence cuts a title before one word that names a person elsewhere in the document', () => {
    const text = ['President Dravo Mellencort visited .', 'General Mellencort said the talks failed .']
    expect(run(text, [span(0, 1, 3, 'PER'), span(1, 0, 2, 'ORG')])).toEqual(['PER Dravo Mellencort', 'PER Mellencort'])
    // "General Motors": a common word after the title
    expect(run(['General Motors said .'], [span(0, 0, 2, 'ORG')])).toEqual(['ORG General Motors'])
    // a word the training text never saw after a title is a name, with or without the person elsewhere
    expect(run(['King Varendrath dissolved parliament .'], [span(0, 0, 2, 'ORG')])).toEqual(['PER Varendrath'])
    expect(run(['General Tomasz said .'], [span(0, 0, 2, 'ORG')])).toEqual(['ORG General Tomasz'])
  })

  it('person evidence cuts the end of a title from the holder\'s name', () => {
    const text = ['Assistant Secretary of State Ulvar Dremmick called for talks .']
    expect(run(text, [span(0, 3, 6, 'ORG')])).toEqual(['PER Ulvar Dremmick'])
    // "State Department" after "Secretary of" is no person
    expect(run(['a Secretary of State Foundation grant'], [span(0, 3, 5, 'ORG')])).toEqual(['ORG State Foundation'])
  })

  it('person evidence reads a given name before a surname in capitals as a person, but not a known place', () => {
    const text = ['Chief of state : President Tomasz KESTRANI ( since 1996 )', 'Hong Kong SAR is a region .']
    expect(run(text, [span(0, 5, 7, 'ORG'), span(1, 0, 3, 'LOC')])).toEqual(['PER Tomasz KESTRANI', 'LOC Hong Kong SAR'])
    // a line written all in capitals says nothing
    expect(run(['PRESIDENT TOMASZ KESTRANI'], [span(0, 1, 3, 'ORG')])).toEqual(['ORG TOMASZ KESTRANI'])
  })

  it('person evidence reads a name after a title of nobility as a person, and one of two words after a rank', () => {
    // "Tomasz" is a word the training text writes capitalised, like "Motors": a king's title still makes it a person
    expect(run(['King Tomasz dissolved parliament .'], [span(0, 0, 2, 'ORG')])).toEqual(['PER Tomasz'])
    expect(run(['The Zemblan King Tomasz spoke .'], [span(0, 1, 4, 'ORG')])).toEqual(['PER Tomasz'])
    expect(run(['Crown Prince Tomasz spoke .'], [span(0, 2, 3, 'ORG')])).toEqual(['PER Tomasz'])
    // a title of the shared table that the model's own title list lacks
    expect(run(['Emperor Tomasz opened the session .'], [span(0, 0, 2, 'ORG')])).toEqual(['PER Tomasz'])
    expect(run(['Lieutenant-General Orvo Tomasz took power .'], [span(0, 0, 3, 'ORG')])).toEqual(['PER Orvo Tomasz'])
    // a rank before one word, a body named after a king, and a place named after a prince stay as they were
    expect(run(['General Tomasz said .'], [span(0, 0, 2, 'ORG')])).toEqual(['ORG General Tomasz'])
    expect(run(['The King Tomasz Foundation said .'], [span(0, 1, 4, 'ORG')])).toEqual(['ORG King Tomasz Foundation'])
    expect(run(['They sailed to King Tomasz Island .'], [span(0, 3, 6, 'LOC')])).toEqual(['LOC King Tomasz Island'])
  })
})
