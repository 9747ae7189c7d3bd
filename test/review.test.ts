/**
 * The review loop: a user's verdict splits or merges entities and survives re-resolution and re-ingest.
 */
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/service/ingest.js'
import { judgeNames, undo } from '../src/service/review.js'
import { importActors } from '../src/service/actors.js'
import { SqliteStore } from '../src/store/index.js'

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
const tmp = () => mkdtempSync(join(tmpdir(), 'dossier-review-'))

async function entityNames(store: SqliteStore, type: string): Promise<string[][]> {
  return (await store.listEntities({ type })).map((e) => [e.canonicalName, ...e.aliases].sort())
}

describe('review', () => {
  it('review undo restores the state before a verdict: the earlier verdict, then none (the pair is together again)', async () => {
    const dir = tmp()
    copyFileSync(join(seeds, '000_fd7dbad812d8e2ee.txt'), join(dir, 'a.txt'))
    const store = new SqliteStore(join(dir, 'd.db'))
    await ingest(store, [join(dir, 'a.txt')])
    const almuhajer = () => entityNames(store, 'PER').then((all) => all.filter((n) => n.some((x) => x.includes('Almuhajer'))))
    const together = await almuhajer()
    expect(together).toHaveLength(1)

    const split = await judgeNames(store, 'Abu Baker Almuhajer', 'Almuhajer', 'different')
    expect(await almuhajer()).toHaveLength(2)
    const merged = await judgeNames(store, 'Abu Baker Almuhajer', 'Almuhajer', 'same')
    expect(merged.id).toBe(split.id) // one verdict per pair: the later one replaced the earlier
    expect(await almuhajer()).toHaveLength(1)

    const first = await undo(store, merged.id.slice(10, 18))
    expect([first.removed.verdict, first.restored?.verdict]).toEqual(['same', 'different'])
    expect(await almuhajer()).toHaveLength(2)
    const second = await undo(store, merged.id)
    expect([second.removed.verdict, second.restored]).toEqual(['different', undefined])
    expect(await almuhajer()).toEqual(together)
    expect(await store.judgements('user')).toEqual([])
    await expect(undo(store, merged.id)).rejects.toMatchObject({ code: 'E_NOT_FOUND' })
    await store.close()
  }, 120_000)

  it('a user "different" judgement splits two names of one entity and they stay split after re-ingest', async () => {
    const dir = tmp()
    copyFileSync(join(seeds, '000_fd7dbad812d8e2ee.txt'), join(dir, 'a.txt'))
    const store = new SqliteStore(join(dir, 'd.db'))
    await ingest(store, [join(dir, 'a.txt')])
    const together = (await entityNames(store, 'PER')).find((n) => n.includes('Almuhajer'))
    expect(together).toContain('Abu Baker Almuhajer')

    await judgeNames(store, 'Abu Baker Almuhajer', 'Almuhajer', 'different')
    const apart = () => entityNames(store, 'PER').then((all) => all.filter((n) => n.includes('Almuhajer') || n.includes('Abu Baker Almuhajer')))
    expect(await apart()).toHaveLength(2)

    // a new article mentioning both names, ingested after the verdict
    writeFileSync(join(dir, 'b.txt'), 'Jihadist speaks\n\nAbu Baker Almuhajer spoke to reporters in Gaza on Monday. Almuhajer said the group would fight on.\n')
    await ingest(store, [join(dir, 'a.txt'), join(dir, 'b.txt')])
    const after = await apart()
    expect(after).toHaveLength(2)
    expect(after.every((names) => !(names.includes('Almuhajer') && names.includes('Abu Baker Almuhajer')))).toBe(true)
    await store.close()
  })

  it('a user "same" judgement merges two entities the resolver kept apart', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), 'Report\n\nThe Army of Islam said Mumtaz Dugmush met Hamas officials in Gaza on Monday.\n')
    writeFileSync(join(dir, 'b.txt'), 'Another report\n\nAbu Mohammed, a commander, told reporters in Rafah that the shipment was seized.\n')
    const store = new SqliteStore(join(dir, 'd.db'))
    await ingest(store, [dir])
    const before = await entityNames(store, 'PER')
    expect(before.some((n) => n.includes('Abu Mohammed') && n.includes('Mumtaz Dugmush'))).toBe(false)
    await judgeNames(store, 'Mumtaz Dugmush', 'Abu Mohammed', 'same')
    const after = await entityNames(store, 'PER')
    expect(after.some((n) => n.includes('Abu Mohammed') && n.some((x) => /Dug/.test(x)))).toBe(true)
    await store.close()
  })

  it('actors import adds a user dictionary actor that resolution then links mentions to', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), 'Clashes\n\nThe Black Banner Brigade attacked an army post near Deir ez-Zor on Friday.\n')
    writeFileSync(join(dir, 'actors.json'), JSON.stringify({ actors: [
      { id: 'black_banner', type: 'ORG', kind: 'armed_group', name: 'Black Banner Brigade', aliases: ['Liwa al-Raya al-Sawda', 'BBB'] },
    ] }))
    const store = new SqliteStore(join(dir, 'd.db'))
    await ingest(store, [join(dir, 'a.txt')])
    const r = await importActors(store, join(dir, 'actors.json'))
    expect(r.format).toBe('dossier')
    const orgs = await entityNames(store, 'ORG')
    // the dictionary's other names are no seen aliases (issue 17), but they still find the entity
    expect(orgs.find((n) => n.includes('Black Banner Brigade'))).not.toContain('Liwa al-Raya al-Sawda')
    expect((await store.findEntities('Liwa al-Raya al-Sawda')).map((e) => e.canonicalName)).toEqual(['Black Banner Brigade'])
    await store.close()
  })
})

describe('review queue', () => {
  it('review lists an unsure pair with both entities named, and accepting it merges them', async () => {
    const dir = tmp()
    // "Army of Islam" with no context that tells the Gaza group from the Syrian one is sent to review
    writeFileSync(join(dir, 'a.txt'), 'Statement\n\nThe Army of Islam issued a statement on Friday, its spokesman said.\n')
    const store = new SqliteStore(join(dir, 'd.db'))
    await ingest(store, [dir])
    const { reviewQueue, decide } = await import('../src/service/review.js')
    const queue = await reviewQueue(store)
    expect(queue.length).toBeGreaterThan(0)
    const item = queue[0]!
    expect(item.a ?? item.b).toBeDefined()
    await decide(store, item.judgement.id, 'same')
    expect((await reviewQueue(store)).some((q) => q.judgement.id === item.judgement.id)).toBe(false)
    const users = await store.judgements('user')
    expect(users).toHaveLength(1)
    expect(users[0]!.verdict).toBe('same')
    await store.close()
  })
})
