import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { SqliteStore } from '../store/index.js'
import { importActors, readActorFile } from './actors.js'

/** A small Phoenix-style dictionary with the kinds of malformed lines the real files carry. */
const ACTORS = `# test actors
ARNOR_  [ARN]
+ARNORIAN_
GONDOR_
+MINAS_TIRITH_
\t[GONGOV >2010051101]
ROHAN_  [ROH]
HOUSING_DEPARTMENT_
+HOUSING_MINISTRY_

SHIRE_ [SHR]
\t[SHRGOV 19820101]
MORDOR_ [MOR]
`
const AGENTS = `POLICE {} [~COP]
ENVIRONMENT_DEPARTMENT [~ENV}
SOLDIER [~MIL]
`

function files(): { dir: string; actors: string; gz: string; agents: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-actors-'))
  writeFileSync(join(dir, 'toy.actors.txt'), ACTORS)
  writeFileSync(join(dir, 'toy.actors.txt.gz'), gzipSync(ACTORS))
  writeFileSync(join(dir, 'toy.agents.txt'), AGENTS)
  return { dir, actors: join(dir, 'toy.actors.txt'), gz: join(dir, 'toy.actors.txt.gz'), agents: join(dir, 'toy.agents.txt') }
}

describe('actors import', () => {
  it('a .json file holding a bare array is told to put it under "actors", not that it is "not JSON"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-actors-'))
    writeFileSync(join(dir, 'list.json'), '[{"name": "Coordination of Azawad Movements", "type": "ORG"}]')
    writeFileSync(join(dir, 'cut.json'), '[{"name": "Coordination of Az')
    expect(() => readActorFile(join(dir, 'list.json'))).toThrow(/list\.json: a JSON array, not an object \{"actors": \[\.\.\.\]\}/)
    expect(() => readActorFile(join(dir, 'cut.json'))).toThrow(/cut\.json: not JSON \(/)
  })

  it('actors import skips malformed lines with a warning naming file, line and problem, and imports the rest', () => {
    const f = files()
    const r = readActorFile(f.actors)
    expect(r.issues).toEqual([
      `${f.actors}:6: cannot read code block [GONGOV >2010051101]: date 2010051101 is neither YYMMDD nor YYYYMMDD`,
      `${f.actors}:8: entry "HOUSING_DEPARTMENT_" has no [CODE] block`,
      `${f.actors}:12: cannot read code block [SHRGOV 19820101]: date 19820101 needs <, > or a range (CODE <date, CODE >date, CODE date-date)`,
    ])
    expect(r.actors.map((a) => a.id)).toEqual(['petrarch:ARN', 'petrarch:MOR', 'petrarch:ROH', 'petrarch:SHR'])
    expect(r.entries).toBe(4)
  })

  it('actors import reads gzipped dictionaries the same as plain ones', () => {
    const f = files()
    const gz = readActorFile(f.gz)
    expect(gz.actors).toHaveLength(4)
    expect(gz.issues.map((i) => i.replace(f.gz, 'F'))).toEqual(readActorFile(f.actors).issues.map((i) => i.replace(f.actors, 'F')))
  })

  it('actors import --strict refuses the whole file, listing every malformed line', async () => {
    const f = files()
    const store = new SqliteStore(join(f.dir, 'd.db'))
    await expect(importActors(store, f.actors, { strict: true })).rejects.toThrowError(/3 malformed line\(s\).*nothing imported/)
    expect(await store.actors()).toEqual([])
    await store.close()
  })

  it('actors import reads an agent dictionary (with its bad line skipped) without adding roles as actors', async () => {
    const f = files()
    const store = new SqliteStore(join(f.dir, 'd.db'))
    const r = await importActors(store, f.agents)
    expect([r.entries, r.agents, r.actors.length]).toEqual([2, 2, 0])
    expect(r.issues).toEqual([`${f.agents}:2: unbalanced brackets in "ENVIRONMENT_DEPARTMENT [~ENV}"`])
    expect(await store.actors()).toEqual([])
    await store.close()
  })
})
