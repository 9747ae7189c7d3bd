import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { collectInputs } from './batch.js'

const dir = mkdtempSync(join(tmpdir(), 'dossier-batch-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('collectInputs', () => {
  it('issue-14 collectInputs reports a broken link, a folder link and an unsupported extension instead of skipping them silently', () => {
    writeFileSync(join(dir, 'a.txt'), 'The army said it left.')
    writeFileSync(join(dir, 'a.txt.meta.json'), '{"outlet":"X"}')
    writeFileSync(join(dir, 'photo.jpg'), 'not an article')
    writeFileSync(join(dir, 'NOTES'), 'no extension')
    writeFileSync(join(dir, '.hidden.txt'), 'hidden files are not articles')
    mkdirSync(join(dir, 'sub'))
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'))
    symlinkSync(join(dir, 'sub'), join(dir, 'loop'))
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'))
    const { items, problems, skipped } = collectInputs([dir])
    expect(items).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')])
    expect(problems).toEqual([])
    expect(skipped.map((s) => s.warning)).toEqual([
      `${join(dir, 'NOTES')}: no extension is not an article format (.txt .text .md .html .htm .xhtml .xml .rss .atom); skipped`,
      `${join(dir, 'dangling.txt')}: broken symbolic link; skipped`,
      `${join(dir, 'loop')}: symbolic link to a folder (not followed); skipped`,
      `${join(dir, 'photo.jpg')}: extension .jpg is not an article format (.txt .text .md .html .htm .xhtml .xml .rss .atom); skipped`,
    ])
  })
})
