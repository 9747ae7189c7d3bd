import { describe, expect, it } from 'vitest'
import { codeOn, guessDictionaryKind, parsePetrarchDictionary, parsePetrarchDictionaryLenient } from './petrarch-actors.js'

const ACTORS = `<!-- a test dictionary -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN
# a comment line
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
ISILDUR  [+++]
`

const AGENTS = `!PERSON! = MAN, MEN
POLICE {} [~COP]
CONGRESS!PERSON! [~LEG]
MSF {}  [NGO~]
`

describe('parsePetrarchDictionary', () => {
  it('petrarch-actors reads names, aliases, exact markers and null codes', () => {
    const d = parsePetrarchDictionary(ACTORS, 'actors.txt')
    expect(d.map((e) => e.code)).toEqual(['ARN', 'GON', 'HOBREB', ''])
    expect(d[1]!.names).toEqual(['GONDOR', 'MINAS TIRITH', 'ANORIEN'])
    expect(d[0]!.terms[0]).toEqual({ words: ['ARNOR'], exact: true })
    expect(d[1]!.source).toBe('actors.txt:3')
  })

  it('petrarch-actors picks the code valid on a date', () => {
    const gollum = parsePetrarchDictionary(ACTORS)[2]!
    expect(codeOn(gollum, '19940101')).toBe('HOB')
    expect(codeOn(gollum, '19970101')).toBe('HOBGOV')
    expect(codeOn(gollum, '2005-01-01')).toBe('HOBREB')
  })

  it('petrarch-actors reads agents with substitutions and prefix/suffix positions', () => {
    expect(guessDictionaryKind(AGENTS)).toBe('agent')
    const d = parsePetrarchDictionary(AGENTS, 'agents.txt')
    expect(d.find((e) => e.code === 'LEG')!.names).toEqual(['CONGRESSMAN', 'CONGRESSMEN'])
    expect(d.find((e) => e.code === 'NGO')!.agentPosition).toBe('prefix')
    expect(d.find((e) => e.code === 'COP')!.agentPosition).toBe('suffix')
  })

  it('petrarch-actors lets uncoded names run on into the next code, as PETRARCH does', () => {
    const d = parsePetrarchDictionary('JOHN_J MCCLOY_\n\tJOHN_MCCLOY_\t[IGOWBK 470301-490630]\n', 'x.txt')
    expect(d).toHaveLength(1)
    expect(d[0]!.names).toEqual(['JOHN J MCCLOY', 'JOHN MCCLOY'])
    expect(codeOn(d[0]!, '19480101')).toBe('IGOWBK')
  })

  it('petrarch-actors reports every malformed line as file:line', () => {
    const bad = 'HAMAS [PSEREB\n+ORPHAN_ALIAS_OK\nNOCODE_ENTRY\n\n[GON]\nGOOD [GOO]\nDATED [XXX 1995-01]\n'
    expect(() => parsePetrarchDictionary(bad, 'bad.txt')).toThrowError(/bad\.txt:1: unbalanced brackets/)
    const { entries, issues } = parsePetrarchDictionaryLenient(bad, 'bad.txt')
    expect(issues).toEqual([
      'bad.txt:1: unbalanced brackets in "HAMAS [PSEREB"',
      'bad.txt:2: alias "+ORPHAN_ALIAS_OK" has no entry above it',
      'bad.txt:5: code block "[GON]" has no name before it',
      'bad.txt:3: entry "NOCODE_ENTRY" has no [CODE] block',
      'bad.txt:7: cannot read code block [XXX 1995-01]: date 1995 is neither YYMMDD nor YYYYMMDD',
    ])
    expect(entries.map((e) => e.code)).toEqual(['GOO'])
  })
})
