/**
 * A grade must not say "only denials" when outlets report the event in their own voice: aggregation passes each
 * outlet's own report to the grader as a source (of unknown reliability).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore } from '../src/store/index.js'

const reports: Array<[string, { outlet: string; published: string }, string]> = [
  ['a.txt', { outlet: 'Helmand Herald', published: '2019-05-06' },
    'Police post attacked\n\nTaliban fighters attacked a police post in Kandahar on Monday. A Taliban spokesman denied the report.\n'],
  ['b.txt', { outlet: 'Kabul Ledger', published: '2019-05-06' },
    'Kandahar post hit\n\nTaliban militants attacked a police checkpoint in Kandahar on Monday morning.\n'],
]

describe('grades with outlets reporting in their own voice', () => {
  it('a denial beside two outlets that report the attack is not graded as "only denials"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-grade-'))
    for (const [name, meta, text] of reports) {
      writeFileSync(join(dir, name), text)
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify(meta))
    }
    const store = new SqliteStore(join(dir, 'd.db'))
    const s = await ingest(store, [dir])
    expect(s.failures).toEqual([])
    const attacks = (await store.clusters()).filter((c) => c.cameoRoot === '18' || c.cameoRoot === '19')
    expect(attacks).toHaveLength(1)
    const grade = attacks[0]!.grade!
    expect(grade.reasons.join(' ')).not.toMatch(/only denials/)
    expect(grade.reasons.join(' ')).toMatch(/Kabul Ledger/)
    await store.close()
  })
})
