import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evalEvents, parsePetrarchRecords } from './events.js'

const RECORDS = `<Validation>
<!-- a comment with <Sentence> inside it -->
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>
<Text>Arnor attacked Gondor on Sunday.</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="19950101" id="T-02" category="DEMO" sentence="true">
<EventCoding sourcecode="GONMIL" targetcode="ARNGOV" eventcode="173"></EventCoding>
<Text>Gondor soldiers arrested three Arnor officials.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Gondor praised Arnor for the weather.</Text>
</Sentence>
</Sentences>
</Validation>`

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-events-'))
  writeFileSync(join(dir, 'records.xml'), RECORDS)
  mkdirSync(join(dir, 'dictionaries'))
  writeFileSync(join(dir, 'dictionaries', 'toy.actors.txt'), 'ARNOR [ARN]\nGONDOR [GON]\n')
  writeFileSync(join(dir, 'dictionaries', 'toy.agents.txt'), 'SOLDIER [~MIL]\nOFFICIAL [~GOV]\n')
  return join(dir, 'records.xml')
}

describe('evalEvents', () => {
  it('eval events parses PETRARCH records, skipping comments and reading noevents', () => {
    const r = parsePetrarchRecords(RECORDS)
    expect(r.map((x) => [x.id, x.codings.length, x.noEvents])).toEqual([['T-01', 1, false], ['T-02', 1, false], ['T-03', 0, true]])
    expect(r[1]!.codings[0]).toEqual({ source: 'GONMIL', target: 'ARNGOV', code: '173' })
  })

  it('eval events scores root, code and dyad with the dictionaries passed over the shipped ones', async () => {
    const records = fixture()
    const dicts = join(records, '..', 'dictionaries')
    const report = await evalEvents(records, { actors: `${join(dicts, 'toy.actors.txt')},${join(dicts, 'toy.agents.txt')}` })
    const m = report.metrics as Record<string, number>
    expect(m['sentences']).toBe(3)
    expect(m['rootAccuracy']).toBe(1)
    expect(m['dyadAccuracy']).toBe(1)
    // "praised" on the noevents sentence is a system event matching no gold coding
    expect(m['precision']).toBeCloseTo(2 / 3, 5)
    expect(report.table).toContain('toy.actors.txt + toy.agents.txt + shipped')
  })

  it('eval events with the shipped dictionaries alone codes real actors but not fictional ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-events-'))
    writeFileSync(join(dir, 'r.xml'), `<Sentence date="20150301" id="R-1"><EventCoding sourcecode="ISRCOP" targetcode="PSE" eventcode="173"></EventCoding>
<Text>Israeli police arrested three Palestinians in Hebron.</Text></Sentence>
${RECORDS}`)
    const report = await evalEvents(join(dir, 'r.xml'), {})
    const m = report.metrics as Record<string, number>
    expect(m['dyadAccuracy']).toBeCloseTo(1 / 3, 5)
    expect(report.table).toContain('shipped')
  })

  it('eval events rejects a file without records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-events-'))
    writeFileSync(join(dir, 'x.xml'), '<nothing/>')
    await expect(evalEvents(join(dir, 'x.xml'), {})).rejects.toThrow(/no <Sentence> records/)
  })
})
