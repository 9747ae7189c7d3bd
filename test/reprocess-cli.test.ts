/**
 * issue-14 from the command line: an article over the per-article budget is stored and its failure
 * listed (`dossier failures`, `dossier status`); `dossier reprocess --failed` with a larger budget
 * analyses it, and the failure is gone.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dossier, root } from './helpers.js'

const seeds = join(root, 'fixtures/seeds')

describe('dossier failures, status and reprocess', () => {
  it('issue-14 an article over the budget is stored, listed as E_TOO_LARGE, and reprocess --failed mends it', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dossier-rp-')), 'd.db')
    // the seeds are 2,058 and 2,281 bytes: a budget of 2,200 characters refuses the larger one
    const first = dossier(['ingest', '--db', db, '--no-progress', seeds], root, { DOSSIER_MAX_ARTICLE_CHARS: '2200' })
    expect(first.code, 'exit 1: some inputs failed').toBe(1)
    expect(first.stdout).toMatch(/2 new, .* 0 failed, 1 stage failure\(s\)/)
    expect(first.stderr).toMatch(/E_TOO_LARGE: .*characters is over the 2,200/)

    const failures = dossier(['failures', '--db', db, '--json'])
    const list = JSON.parse(failures.stdout) as Array<{ code: string; stage: string; articleId: string }>
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ code: 'E_TOO_LARGE', stage: 'pipeline' })

    const status = JSON.parse(dossier(['status', '--db', db, '--json']).stdout) as { articles: number; failedArticles: number; stages: Array<{ stage: string; articles: number }> }
    expect(status.articles).toBe(2)
    expect(status.failedArticles).toBe(1)
    expect(status.stages.find((s) => s.stage === 'events.cameo.v28')?.articles).toBe(1)

    const r = dossier(['reprocess', '--db', db, '--failed', '--no-progress'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/reprocessed 1 of 1 selected article\(s\), 0 stage failure\(s\); \d+ entities/)
    expect(dossier(['failures', '--db', db]).stdout).toBe('no failures recorded\n')
    const after = JSON.parse(dossier(['status', '--db', db, '--json']).stdout) as typeof status
    expect(after.failedArticles).toBe(0)
    expect(after.stages.every((s) => s.articles === 2)).toBe(true)
    expect(dossier(['reprocess', '--db', db, '--stage', 'nope.v1']).stderr).toMatch(/^E_USAGE: --stage nope.v1 is not a stage of the pipeline/)
  }, 180_000)
})
