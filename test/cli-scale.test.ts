/**
 * issue-14: the CLI in pipes and at scale. `dossier entities | head` ends quietly; a list cut at its
 * limit says so on stderr with the next page; a whitespace-only or NUL query is a coded error.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Entity } from '../src/model/index.js'
import { SqliteStore } from '../src/store/index.js'
import { dossier, root } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'dossier-scale-'))
const db = join(dir, 'd.db')
const N = 12_000

beforeAll(async () => {
  // a store with more entities than the default page (10,000), made through the store itself
  const store = new SqliteStore(db)
  const entities: Entity[] = Array.from({ length: N }, (_, i) => ({
    id: `entity_${String(i).padStart(6, '0')}`, type: 'ORG', canonicalName: `Brigade ${i}`, aliases: [`Brigade ${i}`, `the ${i}th brigade`], origin: 'extracted',
  }))
  await store.saveResolution({ entities, mentionEntity: new Map(), judgements: [], relations: [] })
  await store.close()
})

describe('cli at scale', () => {
  it('issue-14 dossier entities | head ends quietly', () => {
    const cli = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(join(root, 'src/cli/main.ts'))}`
    const r = spawnSync('sh', ['-c', `${cli} entities --db ${JSON.stringify(db)} | head -n 3; echo "exit=\${PIPESTATUS:-}"`], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    expect(r.stdout.split('\n').slice(0, 3).join('\n')).toMatch(/^entity\s+type/)
    expect(r.stderr, 'no EPIPE stack trace').not.toMatch(/EPIPE|Error/)
  }, 120_000)

  it('issue-14 entities cut at the default limit says so on stderr and how to page', () => {
    const r = dossier(['entities', '--db', db, '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toHaveLength(10_000)
    expect(r.stderr).toContain('showing entities 1-10000 of 12000; next page: --offset 10000 --limit 10000')
    const next = dossier(['entities', '--db', db, '--json', '--offset', '10000'])
    const rest = JSON.parse(next.stdout) as Entity[]
    expect(rest).toHaveLength(2000)
    expect(next.stderr).toBe('')
    const first = JSON.parse(r.stdout) as Entity[]
    expect(new Set([...first, ...rest].map((e) => e.id)).size, 'the pages together hold every entity once').toBe(N)
    expect(dossier(['entities', '--db', db, '--limit', 'ten']).stderr).toMatch(/^E_USAGE: --limit "ten" is not a whole number/)
  }, 120_000)

  it('issue-14 a whitespace-only entity name is a coded error, not an SQLite one', () => {
    const r = dossier(['show', '   ', '--db', db])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^E_QUERY: the query is empty or only whitespace/)
  }, 60_000)

  it('issue-14 store queries refuse whitespace and NUL with E_QUERY', async () => {
    const store = new SqliteStore(db)
    try {
      for (const q of ['   ', '\t\n', 'Hamas\u0000', '\u0000']) {
        await expect(store.listArticles({ q })).rejects.toMatchObject({ code: 'E_QUERY' })
        await expect(store.listEntities({ q })).rejects.toMatchObject({ code: 'E_QUERY' })
      }
      expect(await store.listEntities({ q: 'Brigade 11999' })).toHaveLength(1)
      expect(await store.countEntities({ q: 'brigade 1199' })).toBe(11)
    } finally {
      await store.close()
    }
  })
})
