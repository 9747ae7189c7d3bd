/**
 * Count events, not reports: differently worded reports of one occurrence become one cluster.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore } from '../src/store/index.js'

const reports: Array<[string, { outlet: string; published: string }, string]> = [
  ['a.txt', { outlet: 'Wire One', published: '2016-03-15' },
    'Strike on Khan Younis\n\nIsraeli aircraft struck a Hamas training camp in Khan Younis on Tuesday, the Israeli military said. No casualties were reported.\n'],
  ['b.txt', { outlet: 'Gaza Daily', published: '2016-03-15' },
    'Air raid hits Hamas base\n\nThe Israeli air force bombed a Hamas base near Khan Younis on Tuesday night, according to witnesses in the southern Gaza Strip.\n'],
  ['c.txt', { outlet: 'Regional Times', published: '2016-03-16' },
    'Israel hits Hamas site\n\nIsrael attacked a Hamas position in Khan Younis on Tuesday, Hamas officials said, adding that the site was empty.\n'],
]

describe('event clusters', () => {
  it('three differently worded reports of one air strike become one cluster with three reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cluster-'))
    for (const [name, meta, text] of reports) {
      writeFileSync(join(dir, name), text)
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify(meta))
    }
    // an unrelated event that must stay apart
    writeFileSync(join(dir, 'd.txt'), 'Talks in Cairo\n\nEgypt hosted Hamas leaders in Cairo on Tuesday for talks on the Rafah crossing, officials said.\n')
    const store = new SqliteStore(join(dir, 'd.db'))
    const s = await ingest(store, [dir])
    expect(s.failures).toEqual([])
    const clusters = await store.clusters()
    const violent = clusters.filter((c) => ['18', '19', '20'].includes(c.cameoRoot))
    expect(violent).toHaveLength(1)
    expect(violent[0]!.reports).toBe(3)
    expect(violent[0]!.independentSources).toBeGreaterThanOrEqual(3)
    const entities = new Map((await store.listEntities()).map((e) => [e.id, e.canonicalName]))
    expect(entities.get(violent[0]!.targetEntityId ?? '')).toBe('Hamas')
    expect(violent[0]!.grade?.reasons.length).toBeGreaterThan(0)
    await store.close()
  })
})
