import { isDossierError } from '../model/index.js'
import { formatTable } from '../eval/report.js'
import { connectStore, type Store } from '../store/index.js'

export const DEFAULT_DB = process.env['DOSSIER_DB'] ?? './dossier.db'

/** Exit codes: 0 success, 1 some inputs failed (the rest done), 2 usage or configuration error. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const

/** Run with a store open; `mustExist` for commands that only read (no new empty database at a mistyped path). */
export async function withStore<T>(db: string, fn: (store: Store) => Promise<T>, opts: { mustExist?: boolean } = {}): Promise<T> {
  const store = await connectStore(db, opts)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

/** Run a command body; errors become `code: message (hint)` on stderr and an exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await fn(...args)
      process.exitCode = code ?? EXIT.ok
    } catch (e) {
      if (isDossierError(e)) {
        // one line, printable: messages may quote a bad input verbatim (a binary file's bytes)
        process.stderr.write(`${e.toLine().replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?').slice(0, 2000)}\n`)
        const issues = (e as { issues?: unknown }).issues
        if (issues && typeof issues === 'object') {
          for (const [where, list] of Object.entries(issues as Record<string, unknown>)) {
            for (const msg of Array.isArray(list) ? list : [list]) process.stderr.write(`  ${where}: ${String(msg)}\n`)
          }
        }
        const usage = ['E_USAGE', 'E_CONFIG', 'E_PIPELINE_UNMET', 'E_UNKNOWN_STAGE', 'E_INPUT_MISSING', 'E_EVAL_FORMAT', 'E_MODEL', 'E_NOT_FOUND', 'E_STORE', 'E_QUERY']
        process.exitCode = usage.includes(e.code) ? EXIT.usage : EXIT.partial
      } else {
        process.stderr.write(`E_INTERNAL: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
        process.exitCode = EXIT.partial
      }
    }
  }
}

/** An aligned text table (the same format the evals print). */
export const table = formatTable

/**
 * `dossier entities | head`: when the reader of stdout goes away, stop quietly (as `cat` does) instead of
 * crashing with EPIPE. Installed once, by main.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
    process.exit(process.exitCode ?? 0)
  })
}
