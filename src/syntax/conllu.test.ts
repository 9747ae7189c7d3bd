import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseConllu, readConllu, universalLabel } from './conllu.js'

const SAMPLE = [
  '# sent_id = s1',
  '# text = They don\'t know.',
  '1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_',
  '4.1\tit\tit\tPRON\tPRP\t_\t_\t_\t4:obj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n')

describe('CoNLL-U reader', () => {
  it('reads syntactic words, skipping multiword ranges and empty nodes', () => {
    const [s1, s2] = parseConllu(SAMPLE)
    expect(s1!.id).toBe('s1')
    expect(s1!.words.map((w) => w.form)).toEqual(['They', 'do', "n't", 'know', '.'])
    expect(s1!.words.map((w) => w.head)).toEqual([4, 4, 4, 0, 4])
    expect(s1!.words[2]).toMatchObject({ lemma: 'not', upos: 'PART', xpos: 'RB', deprel: 'advmod' })
    expect(s2!.words).toHaveLength(1)
  })

  it('reads gzipped files the same as plain ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conllu-'))
    writeFileSync(join(dir, 'a.conllu'), SAMPLE)
    writeFileSync(join(dir, 'a.conllu.gz'), gzipSync(SAMPLE))
    expect(readConllu(join(dir, 'a.conllu.gz'))).toEqual(readConllu(join(dir, 'a.conllu')))
  })

  it('rejects lines that are not CoNLL-U with a coded error, and a missing file likewise', () => {
    expect(() => parseConllu('1 They they PRON\n')).toThrow(/columns/)
    expect(() => readConllu('/nonexistent/file.conllu')).toThrow(/cannot read/)
  })

  it('scores labels by their universal part', () => {
    expect(universalLabel('nsubj:pass')).toBe('nsubj')
    expect(universalLabel('obj')).toBe('obj')
  })
})
