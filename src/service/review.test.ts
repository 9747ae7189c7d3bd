/**
 * A user's verdict (accept, reject, undo, split) applied in a process that aggregated before, or in a fresh one as the
 * CLI does, re-resolving only its component, leaves exactly the store a full rebuild (`aggregate --full` from another
 * connection) gives afterwards.
 * The articles are invented.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aggregate } from './aggregate.js'
import { ingest } from './ingest.js'
import { decide, judgeNames, reviewQueue, undo } from './review.js'
import { SqliteStore, type Store } from '../store/index.js'

const REPORTS = [
  'Fighters of the Northern Shield Brigade attacked positions of the Coastal Defence Council near Qarnah on Monday, General Hamid Serraji said. Serraji told reporters that four shells had hit the market.',
  'The Coastal Defence Council shelled Tel Ramad on Tuesday. General Serraji said the Northern Shield Brigade would respond. Hamid Serraji met officials in Bir Hasan.',
  'Colonel Leyla Haddadin of the Valley Liberation Front said her forces withdrew from Wadi Suran. Haddadin accused the Coastal Defence Council of shelling Qarnah.',
  'The Valley Liberation Front (VLF) attacked the Northern Shield Brigade near Kafr Nimrin on Thursday, Leyla Haddadin said. The VLF denied entering Qarnah.',
  'Spokesman Nabil Sarrouf of the Coastal Defence Council said Serraji had lied. Sarrouf said the Northern Shield Brigade attacked Qarnah on Monday.',
  'A shopkeeper in Qarnah said his shop was destroyed when the Northern Shield Brigade attacked the market on Monday. Serraji denied it.',
]

/** What a user sees of aggregation, grades included, without times. */
async function picture(store: Store) {
  const sorted = <T,>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort()
  const clusters: unknown[] = []
  for await (const c of store.iterateClusters()) clusters.push(c)
  return {
    entities: sorted((await store.listEntities({ limit: 1_000_000 })).map((e) => ({ ...e, aliases: [...e.aliases].sort() }))),
    judgements: sorted((await store.judgements()).map((j) => ({ a: j.a, b: j.b, verdict: j.verdict, score: j.score, by: j.by }))),
    relations: sorted(await store.relations()),
    clusters: sorted(clusters),
    mentionEntity: sorted([...(await store.mentionEntities()).entries()]),
  }
}

/**
 * The verdicts of the test, applied to `store` (`on` gives the connection to apply each through), each compared with
 * a full rebuild from another connection; returns how resolution ran for each verdict.
 */
async function verdictsEqualFull(root: string, on: (store: Store) => Promise<Store>): Promise<string[]> {
  const dir = join(root, 'in')
  mkdirSync(dir)
  REPORTS.forEach((text, i) => {
    writeFileSync(join(dir, `r${i}.txt`), `Report ${i + 1}\n\n${text}\n`)
    writeFileSync(join(dir, `r${i}.txt.meta.json`), JSON.stringify({ outlet: 'Valley Post', published: `2024-03-0${i + 1}` }))
  })
  const first = new SqliteStore(join(root, 'd.db'))
  const other = new SqliteStore(join(root, 'd.db'))
  expect((await ingest(first, [dir])).failures).toEqual([])
  let store: Store = first
  const paths: string[] = []
  const opts = { onResolve: (how: string) => paths.push(how) }
  const sameAsFull = async (what: string) => {
    const incremental = await picture(store)
    await aggregate(other, { full: true }) // another connection, nothing carried over: from scratch
    expect(await picture(other), what).toEqual(incremental)
    return incremental
  }
  const next = async () => { store = await on(store); return store }
  const start = await sameAsFull('after ingest')
  const holder = async (name: string) => (await store.listEntities({ type: 'PER' })).find((e) => [e.canonicalName, ...e.aliases].includes(name))?.id

  // split a merge the user thinks wrong: "Serraji" alone is not the general
  expect(await holder('Serraji')).toBe(await holder('Hamid Serraji'))
  const split = await judgeNames(await next(), 'Hamid Serraji', 'Serraji', 'different', opts)
  const apart = await sameAsFull('after split')
  expect(await holder('Serraji')).toBeDefined()
  expect(await holder('Serraji')).not.toBe(await holder('Hamid Serraji'))
  // merge two entities by name, then take it back
  const merged = await judgeNames(await next(), 'Valley Liberation Front', 'Coastal Defence Council', 'same', opts)
  const one = await sameAsFull('after merge')
  expect(one.entities.length).toBeLessThan(apart.entities.length)
  await undo(await next(), merged.id, opts)
  expect(await sameAsFull('after undoing the merge')).toEqual(apart)
  // accept and reject an open review item, when the resolver left one
  const [item] = await reviewQueue(store)
  expect(item).toBeDefined()
  if (item) {
    const accepted = await decide(await next(), item.judgement.id, 'same', opts)
    await sameAsFull('after accept')
    await undo(await next(), accepted.id, opts)
    const rejected = await decide(await next(), item.judgement.id, 'different', opts)
    await sameAsFull('after reject')
    await undo(await next(), rejected.id, opts)
  }
  await undo(await next(), split.id, opts)
  expect(await sameAsFull('after undoing the split')).toEqual(start)
  await store.close()
  await other.close()
  return paths
}

describe('a verdict re-resolves its component and gives what a full rebuild gives', () => {
  it('in a process that aggregated before: accept, reject, split and undo', async () => {
    const paths = await verdictsEqualFull(mkdtempSync(join(tmpdir(), 'dossier-verdict-')), async (s) => s)
    expect(paths.length).toBe(8)
    expect(paths.filter((p) => p.startsWith('component')).length, paths.join('\n')).toBeGreaterThan(0)
  }, 240_000)

  it('in a fresh process per verdict (the CLI): accept, reject, split and undo', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-verdict-'))
    const paths = await verdictsEqualFull(root, async (s) => { await s.close(); return new SqliteStore(join(root, 'd.db')) })
    expect(paths.filter((p) => p.startsWith('component')).length, paths.join('\n')).toBeGreaterThan(0)
  }, 240_000)
})
