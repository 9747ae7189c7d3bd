/**
 * `dossier export` and `dossier import` as a user runs them: stdout with `--out -`, a file with `--out`, one-line
 * usage errors with exit code 2, and an import that reports what it did and changes nothing the second time.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dossier, root } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'dossier-export-cli-'))
const db = join(dir, 'd.db')

beforeAll(() => {
  expect(dossier(['ingest', '--db', db, '--no-progress', join(root, 'fixtures', 'seeds')]).code).toBe(0)
}, 120_000)

describe('dossier export and import', () => {
  it('export writes the same bytes to stdout and to a file; import reads them back; a second import adds nothing', () => {
    const stdout = dossier(['export', '--db', db, '--format', 'jsonl'])
    expect(stdout.code).toBe(0)
    const file = join(dir, 'all.jsonl')
    const toFile = dossier(['export', '--db', db, '--format', 'jsonl', '--out', file])
    expect(toFile.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(stdout.stdout)
    const copy = join(dir, 'copy.db')
    const first = dossier(['import', file, '--db', copy])
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/imported 2 article\(s\): 2 new, 0 unchanged/)
    const second = dossier(['import', file, '--db', copy])
    expect(second.stdout).toMatch(/0 new, 2 unchanged.*unchanged/)
    expect(dossier(['export', '--db', copy, '--format', 'jsonl']).stdout).toBe(stdout.stdout)
  })

  it('usage errors are one line with exit code 2, and a failed export leaves no partial file', () => {
    const bad = dossier(['export', '--db', db, '--format', 'xlsx'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^E_USAGE: unknown export format "xlsx" \(use one of: jsonl, ftm, cameo-tsv/)
    const out = join(dir, 'none.jsonl')
    const filtered = dossier(['export', '--db', db, '--format', 'jsonl', '--root', '19', '--out', out])
    expect(filtered.code).toBe(2)
    expect(filtered.stderr).toMatch(/^E_USAGE: format jsonl does not apply --root/)
    expect(existsSync(out)).toBe(false)
    expect(dossier(['export', '--db', join(dir, 'typo.db'), '--format', 'ftm']).code).toBe(2)
    expect(dossier(['import', join(dir, 'missing.jsonl'), '--db', db]).code).toBe(2)
  })

  it('export with filters from the command line: --root and --min-grade', () => {
    const r = dossier(['export', '--db', db, '--format', 'plover-json', '--root', '17,18', '--min-grade', 'C'])
    expect(r.code).toBe(0)
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cameo: string; grade: string })
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      expect(['17', '18']).toContain(e.cameo.slice(0, 2))
      expect(e.grade).toMatch(/^[ABC]/)
    }
  })
})
