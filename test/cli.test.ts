/**
 * The `dossier` command as a user runs it: exit codes, one-line errors naming the file, idempotent re-ingest.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dossier, root } from './helpers.js'

const seeds = join(root, 'fixtures', 'seeds')

const work = () => mkdtempSync(join(tmpdir(), 'dossier-cli-'))

describe('dossier ingest', () => {
  it('ingest reports each bad input on one line naming the file, ingests the rest, and exits 1', () => {
    const dir = work()
    const inputs = join(dir, 'in')
    mkdirSync(inputs)
    copyFileSync(join(seeds, '000_fd7dbad812d8e2ee.txt'), join(inputs, 'good.txt'))
    writeFileSync(join(inputs, 'empty.txt'), '')
    writeFileSync(join(inputs, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]))
    mkdirSync(join(dir, 'nothing-here'))
    const db = join(dir, 'd.db')
    const r = dossier(['ingest', '--db', db, '--no-progress', inputs, join(dir, 'missing.txt'), join(dir, 'nothing-here')])
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/^E_INPUT_EMPTY: .*empty\.txt/)
    expect(lines.find((l) => l.includes('image.txt'))).toMatch(/^E_INPUT_BINARY: .*image\.txt/)
    expect(lines.find((l) => l.includes('missing.txt'))).toMatch(/^E_INPUT_MISSING: .*missing\.txt/)
    expect(lines.find((l) => l.includes('nothing-here'))).toMatch(/^E_INPUT_NO_ARTICLES: .*nothing-here/)
    expect(r.stdout).toMatch(/1 new/)
    const list = dossier(['entities', '--db', db, '--json'])
    expect(list.code).toBe(0)
    const names = (JSON.parse(list.stdout) as Array<{ canonicalName: string }>).map((e) => e.canonicalName)
    expect(names).toContain('Hamas')
  })

  it('ingest decodes a Latin-1 file with a warning naming it instead of failing', () => {
    const dir = work()
    const p = join(dir, 'latin1.txt')
    writeFileSync(p, Buffer.from('Caf\xe9 owners in Gaza said the strike hit the market on Sunday.\n', 'latin1'))
    const r = dossier(['ingest', '--db', join(dir, 'd.db'), '--no-progress', p])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/1 new/)
  })

  it('ingest of the same articles twice changes nothing the second time', () => {
    const dir = work()
    const db = join(dir, 'd.db')
    const first = dossier(['ingest', '--db', db, '--no-progress', seeds])
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/2 new/)
    const before = dossier(['entities', '--db', db, '--json']).stdout
    const second = dossier(['ingest', '--db', db, '--no-progress', seeds])
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/0 new, 2 unchanged/)
    expect(dossier(['entities', '--db', db, '--json']).stdout).toBe(before)
  })

  it('events page with --offset and say where the next page starts; a month 13 is a usage error, not an empty list', () => {
    const dir = work()
    const db = join(dir, 'd.db')
    writeFileSync(join(dir, 'raid.txt'), 'Troops raided a camp near Goma on Monday, the army said. Rebels attacked a convoy on Tuesday, ' +
      'officials said. Police arrested two men in Bukavu, a spokesman said. The rebels denied attacking the convoy.\n')
    expect(dossier(['ingest', '--db', db, '--no-progress', join(dir, 'raid.txt')]).code).toBe(0)
    const first = dossier(['events', '--db', db, '--limit', '1'])
    const total = Number(/^(\d+) events, 1-1:$/.exec(first.stdout.split('\n')[0]!)?.[1])
    expect(total).toBeGreaterThan(1)
    expect(first.stderr).toMatch(/next page: --offset 1 --limit 1/)
    const second = JSON.parse(dossier(['events', '--db', db, '--limit', '1', '--offset', '1', '--json']).stdout)
    expect(second).toMatchObject({ total, offset: 1, limit: 1 })
    expect(second.items).toHaveLength(1)
    const bad = dossier(['events', '--db', db, '--from', '2026-13-45'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^E_USAGE: --from "2026-13-45" is not a date/)
    expect(dossier(['events', '--db', db, '--root', '33']).stderr).toMatch(/^E_USAGE: --root "33" is not a CAMEO root/)
  }, 300_000)

  it('an unknown command or entity type is a usage error with exit code 2', () => {
    expect(dossier(['frobnicate']).code).toBe(2)
    const dir = work()
    const r = dossier(['entities', '--db', join(dir, 'd.db'), '--type', 'ALIEN'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^E_USAGE: unknown entity type "ALIEN"/)
  })

  it('search "" is a query error as show "" is, pointing to entities; nothing is listed', () => {
    const r = dossier(['search', '  ', '--db', join(work(), 'd.db')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^E_QUERY: the search is empty .*dossier entities/)
    expect(r.stdout).toBe('')
  })

  it('a read-only command on a missing database says so and creates nothing', () => {
    const dir = work()
    const db = join(dir, 'typo.db')
    const r = dossier(['show', 'Hamas', '--db', db])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^E_STORE: no database at .*typo\.db/)
    expect(existsSync(db)).toBe(false)
  })

  it('serve with writes off on a mistyped database path refuses instead of serving a new empty store', () => {
    const dir = work()
    const db = join(dir, 'typo.db')
    const r = dossier(['serve', '--db', db, '--port', '0'], root, { DOSSIER_TOKEN: '' })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^E_STORE: no database at .*typo\.db/)
    expect(existsSync(db)).toBe(false)
  })

  it('ingest of only bad paths reports each one without a stack trace and exits 1', () => {
    const dir = work()
    const r = dossier(['ingest', '--db', join(dir, 'd.db'), '--no-progress', join(dir, 'nope.txt')])
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^E_INPUT_MISSING: .*nope\.txt: no such file or directory \(check the path\)$/)])
  })
})
