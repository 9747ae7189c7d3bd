import { describe, expect, it } from 'vitest'
import { CASE_BUCKET, GAZ, Lexicon } from './lexicon.js'
import { typeShortForms } from './short-forms.js'
import { span, stepOver } from './testing/spans.js'

const lexicon = new Lexicon({
  gazetteer: [['Zemblan', 1 << GAZ.DEMONYM], ['Zembla', 1 << GAZ.COUNTRY], ['Corporation', 1 << GAZ.ORG_WORD], ['Chairman', 1 << GAZ.TITLE],
    ['Ostrid', 1 << GAZ.FIRST_NAME]],
  caseProfile: [['imperial', CASE_BUCKET.MOSTLY_LOWER]],
  orgKinds: [],
})
const run = stepOver(typeShortForms, lexicon)

describe('typeShortForms', () => {
  it('short forms: a body\'s distinctive last word alone, read as a person, is that body in every later sentence', () => {
    const text = ['Imperial Zemblan Varrow says a well caught fire .', 'Varrow says crews are at work .', 'Attacks forced Varrow to close a plant .']
    expect(run(text, [span(0, 0, 3, 'ORG'), span(1, 0, 1, 'PER'), span(2, 2, 3, 'PER')]))
      .toEqual(['ORG Imperial Zemblan Varrow', 'ORG Varrow', 'ORG Varrow'])
    // an organisation's head word marks the body too
    expect(run(['Kestrel Oil Corporation Lumo said .', 'Lumo said more .'], [span(0, 0, 4, 'ORG'), span(1, 0, 1, 'PER')]))
      .toEqual(['ORG Kestrel Oil Corporation Lumo', 'ORG Lumo'])
  })

  it('short forms: a person typed as a body in full keeps its surname a person', () => {
    // nothing in "Vantis Kelloran" says body: the model's ORG may be a person's name
    expect(run(['Vantis Kelloran won .', 'Kelloran ran well .'], [span(0, 0, 2, 'ORG'), span(1, 0, 1, 'PER')])).toEqual(['ORG Vantis Kelloran', 'PER Kelloran'])
    // a title or a given name inside the long form: an office holder's span read as a body
    expect(run(['Imperial Council Chairman Dravo spoke .', 'Dravo left .'], [span(0, 0, 4, 'ORG'), span(1, 0, 1, 'PER')]))
      .toEqual(['ORG Imperial Council Chairman Dravo', 'PER Dravo'])
    expect(run(['Imperial Ostrid Dravo spoke .', 'Dravo left .'], [span(0, 0, 3, 'ORG'), span(1, 0, 1, 'PER')]))
      .toEqual(['ORG Imperial Ostrid Dravo', 'PER Dravo'])
  })

  it('short forms: the document reading the word as a person, or two bodies ending with it, leave it a person', () => {
    const base = 'Imperial Zemblan Varrow says a well caught fire .'
    // an honorific before one of its mentions
    expect(run([base, 'Mr. Varrow said so .'], [span(0, 0, 3, 'ORG'), span(1, 1, 2, 'PER')])).toEqual(['ORG Imperial Zemblan Varrow', 'PER Varrow'])
    // the surname of a longer person span
    expect(run([base, 'Tomas Varrow said so .', 'Varrow left .'], [span(0, 0, 3, 'ORG'), span(1, 0, 2, 'PER'), span(2, 0, 1, 'PER')]))
      .toEqual(['ORG Imperial Zemblan Varrow', 'PER Tomas Varrow', 'PER Varrow'])
    // two body names end with it: which one the word names is not known
    expect(run([base, 'Imperial Kestrel Varrow said so .', 'Varrow left .'], [span(0, 0, 3, 'ORG'), span(1, 0, 3, 'ORG'), span(2, 0, 1, 'PER')]))
      .toContain('PER Varrow')
  })

  it('short forms: the word before the long form, a place-opened body and a kind of body stay as typed', () => {
    expect(run(['Varrow said .', 'Imperial Zemblan Varrow says .'], [span(0, 0, 1, 'PER'), span(1, 0, 3, 'ORG')])).toEqual(['PER Varrow', 'ORG Imperial Zemblan Varrow'])
    expect(run(['Zembla Imperial Varrow says .', 'Varrow said .'], [span(0, 0, 3, 'ORG'), span(1, 0, 1, 'PER')])).toEqual(['ORG Zembla Imperial Varrow', 'PER Varrow'])
    expect(run(['Imperial Zemblan Council says .', 'Council said .'], [span(0, 0, 3, 'ORG'), span(1, 0, 1, 'PER')])).toEqual(['ORG Imperial Zemblan Council', 'PER Council'])
  })
})
