/**
 * Expanding the user's inputs into batch items, and loading one item into
 * articles. Items are strings: an absolute file path or a URL.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { DossierError } from '../model/index.js'

/** File extensions treated as articles when a directory is expanded. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom'])

/**
 * Largest input read, a local file or a (decompressed) fetched body: 10 MiB. A 50 MB page is refused
 * rather than read; HTML extraction refuses more than 10 M characters anyway.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/** Is this batch item a URL (as opposed to a file path)? */
export function isUrl(item: string): boolean {
  return /^https?:\/\//i.test(item)
}

export interface InputProblem {
  readonly input: string
  readonly error: DossierError
}

/** Expand paths and URLs into a sorted, de-duplicated list of items, with one problem per bad input. */
export function collectInputs(inputs: readonly string[]): { items: string[]; problems: InputProblem[] } {
  const items = new Set<string>()
  const problems: InputProblem[] = []
  for (const input of inputs) {
    if (isUrl(input)) { items.add(input); continue }
    const abs = resolve(input)
    let st
    try {
      st = statSync(abs)
    } catch (e) {
      problems.push({ input, error: new DossierError('E_INPUT_MISSING', `${input}: no such file or directory`, { cause: e, context: { path: abs }, hint: 'check the path' }) })
      continue
    }
    if (st.isDirectory()) {
      const found = walk(abs)
      if (found.length === 0) {
        problems.push({ input, error: new DossierError('E_INPUT_NO_ARTICLES', `${input}: directory holds no article files`, {
          context: { path: abs }, hint: `articles are files ending in ${[...ARTICLE_EXTENSIONS].join(' ')}`,
        }) })
      }
      for (const f of found) items.add(f)
    } else {
      items.add(abs)
    }
  }
  return { items: [...items].sort(), problems }
}

function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const p = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(p))
    else if ((entry.isFile() || (entry.isSymbolicLink() && isFileLink(p))) && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(p)
  }
  return out
}

/** A symbolic link to a regular file (links to folders are not followed: no cycles). */
function isFileLink(p: string): boolean {
  try { return statSync(p).isFile() } catch { return false }
}

/** Read a file's bytes with the size cap and the empty-file check. */
export function readInputFile(path: string): Buffer {
  const st = statSync(path)
  if (st.size > MAX_FILE_BYTES) {
    throw new DossierError('E_INPUT_TOO_LARGE', `${path}: ${(st.size / 1048576).toFixed(1)} MiB is over the ${MAX_FILE_BYTES / 1048576} MiB limit`, {
      context: { path, bytes: st.size }, hint: 'split the file or check it is an article',
    })
  }
  const bytes = readFileSync(path)
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new DossierError('E_INPUT_EMPTY', `${path}: file is empty`, { context: { path }, hint: 'remove it or add the article text' })
  }
  return bytes
}
