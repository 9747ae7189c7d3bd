/**
 * The per-actor dossier on the founding seeds: what an analyst reads in `dossier show`.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../src/service/ingest.js'
import { entityDossier } from '../src/service/queries.js'
import { SqliteStore } from '../src/store/index.js'

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
let store: SqliteStore
beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-show-')), 'd.db'))
  await ingest(store, [seeds])
})
afterAll(async () => { await store.close() })

describe('entity dossier', () => {
  it('the Hamas dossier shows its adversaries, its cooperation with Egypt and its member, each with evidence', async () => {
    const d = await entityDossier(store, 'Hamas')
    const lines = d.relationGroups.map((g) => `${g.label}: ${g.otherName}`)
    expect(lines).toContain('hostile: Islamic State')
    expect(lines).toContain('cooperative: Egypt')
    expect(lines.some((l) => l.startsWith('has member: Mousa Abu Mar'))).toBe(true)
    expect(d.relationGroups.find((g) => g.otherName === 'Islamic State' && g.label === 'hostile')!.events).toBeGreaterThan(0)
  })

  it('every mention in a dossier is shown inside the sentence it came from', async () => {
    const d = await entityDossier(store, 'Dugmash')
    expect(d.entity.aliases).toContain('Dugmash')
    for (const m of d.mentions) {
      const s = m.sentence
      expect(s.start <= m.mention.start && m.mention.end <= s.end).toBe(true)
      expect(s.text.slice(m.mention.start - s.start, m.mention.end - s.start)).toBe(m.mention.text)
    }
    expect(d.mentions.map((m) => m.mention.text)).toEqual(expect.arrayContaining(['Mumtaz Dugmush', 'Dugmash']))
  })

  it('an ambiguous or unknown name is an error that lists the candidates or says how to list entities', async () => {
    await expect(entityDossier(store, 'Nobody Atall')).rejects.toMatchObject({ code: 'E_NOT_FOUND' })
  })
})
