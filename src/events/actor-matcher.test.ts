import { describe, expect, it } from 'vitest'
import { segmentText } from '../text/segment.js'
import { parsePetrarchDictionary } from '../kb/petrarch-actors.js'
import { createActorMatcher } from './actor-matcher.js'

const DICT = [
  ...parsePetrarchDictionary('ARNOR_ [ARN]\nGONDOR [GON]\nERIADOR [ERI]\n+ERIADORIAN\nWHITE_HOUSE [USAGOV]\n', 'actors.txt', 'actor'),
  ...parsePetrarchDictionary('SECURITY_OFFICIALS [~GOV]\nSOLDIER [~MIL]\nGOVERNMENT [~GOV]\nMSF {} [NGO~]\nPOLICE {} [~COP]\n', 'agents.txt', 'agent'),
]

function codes(text: string): Array<[string, string]> {
  const { tokens } = segmentText(text)
  const { mentions, codes } = createActorMatcher(DICT).match('a', text, tokens)
  return mentions.map((m) => [m.text, codes.get(m.id)!])
}

describe('createActorMatcher', () => {
  it('actor matcher combines actors with agents as PETRARCH codes them', () => {
    expect(codes('Arnor security officials met Gondor police.')).toEqual([['Arnor security officials', 'ARNGOV'], ['Gondor police', 'GONCOP']])
    expect(codes('Soldiers from Gondor entered.')).toEqual([['Soldiers from Gondor', 'GONMIL']])
    expect(codes("Gondor's government spoke.")).toEqual([["Gondor's government", 'GONGOV']])
    expect(codes('MSF Arnor spoke.')).toEqual([['MSF Arnor', 'NGOARN']])
  })

  it('actor matcher gives a linked agent to every member of a list ("soldiers from Arnor and Gondor")', () => {
    expect(codes('Soldiers from Arnor, Eriador and Gondor entered.')).toEqual([['Soldiers from Arnor', 'ARNMIL'], ['Eriador', 'ERIMIL'], ['Gondor', 'GONMIL']])
  })

  it('actor matcher reads a leader\'s administration as the government of the leader\'s country, whatever his role that day', () => {
    const dict = [
      ...parsePetrarchDictionary('ELESSAR_\n+THE_ELESSAR_ADMINISTRATION\n\t[GONGOV 30190101 - 30200101]\n\t[GONELI > 30200101]\n', 'actors.txt', 'actor'),
      ...parsePetrarchDictionary('ADMINISTRATION [~GOV]\n', 'agents.txt', 'agent'),
    ]
    const text = 'The Elessar administration met Elessar.'
    const { mentions, codes } = createActorMatcher(dict).match('a', text, segmentText(text).tokens, '3025-01-01')
    expect(mentions.map((m) => [m.text, codes.get(m.id)])).toEqual([['The Elessar administration', 'GONGOV'], ['Elessar', 'GONELI']])
  })

  it('actor matcher does not repeat an agent code the actor already has', () => {
    expect(codes('White House security officials spoke.')).toEqual([['White House security officials', 'USAGOV']])
  })

  it('actor matcher honours exact words and matches plurals and demonyms otherwise', () => {
    expect(codes('The Arnorian envoy met Eriadorians and Gondors.')).toEqual([['Eriadorians', 'ERI'], ['Gondors', 'GON']])
  })

  it('actor matcher takes the longest of the terms sharing a first word, a plural on the last word included', () => {
    const dict = parsePetrarchDictionary('GONDOR [GON]\nGONDOR_RANGER [GONMIL]\nGONDOR_HIGH_COUNCIL [GONGOV]\nGONDOR_HIGH [GONELI]\n', 'actors.txt', 'actor')
    const text = 'Gondor rangers met the Gondor High Council, Gondor High officials and Gondor envoys.'
    const { mentions, codes } = createActorMatcher(dict).match('a', text, segmentText(text).tokens)
    expect(mentions.map((m) => [m.text, codes.get(m.id)])).toEqual([
      ['Gondor rangers', 'GONMIL'], ['Gondor High Council', 'GONGOV'], ['Gondor High', 'GONELI'], ['Gondor', 'GON'],
    ])
  })
})
