/**
 * Expanding the user's inputs into batch items, and loading one item into
 * articles. Items are strings: an absolute file path or a URL.
 * @module
 */
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs'
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

/** A file in a folder that was not ingested, and why (a line for the user, not a failure). */
export interface SkippedInput {
  readonly input: string
  readonly warning: string
}

/**
 * Expand paths and URLs into a sorted, de-duplicated list of items, with one problem per bad input and one
 * `skipped` entry per file in a folder that is not read (unsupported extension, broken or folder link).
 */
export function collectInputs(inputs: readonly string[]): { items: string[]; problems: InputProblem[]; skipped: SkippedInput[] } {
  const items = new Set<string>()
  const problems: InputProblem[] = []
  const skipped: SkippedInput[] = []
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
      const found = walk(abs, skipped)
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
  return { items: [...items].sort(), problems, skipped: skipped.sort((a, b) => (a.input < b.input ? -1 : 1)) }
}

function walk(dir: string, skipped: SkippedInput[]): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const p = join(dir, entry.name)
    if (entry.isDirectory()) { out.push(...walk(p, skipped)); continue }
    if (isSidecar(p, entry.name)) continue // read with its article
    const why = skipReason(p, entry)
    if (why) skipped.push({ input: p, warning: `${p}: ${why}; skipped` })
    else out.push(p)
  }
  return out
}

/** Why a folder entry is not read as an article, or undefined when it is one. */
function skipReason(p: string, entry: Dirent): string | undefined {
  if (entry.isSymbolicLink()) {
    const target = statOrUndefined(p)
    if (!target) return 'broken symbolic link'
    if (!target.isFile()) return 'symbolic link to a folder (not followed)'
  } else if (!entry.isFile()) return 'not a regular file'
  if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) return undefined
  const ext = extname(entry.name)
  return `${ext ? `extension ${ext}` : 'no extension'} is not an article format (${[...ARTICLE_EXTENSIONS].join(' ')})`
}

/** `<article>.meta.json` beside its article. */
function isSidecar(p: string, name: string): boolean {
  return /\.meta\.json$/i.test(name) && statOrUndefined(p.replace(/\.meta\.json$/i, '')) !== undefined
}

function statOrUndefined(p: string): Stats | undefined {
  try { return statSync(p) } catch { return undefined }
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
