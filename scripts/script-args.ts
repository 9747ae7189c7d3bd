import { DossierError } from '../src/model/index.js'

/** A script's flags: `--name value` for the options listed in `valued`, `--name` alone for the others (true). */
export function scriptArgs(argv: readonly string[], valued: readonly string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (!a.startsWith('--')) continue
    const next = argv[i + 1]
    if (valued.includes(a.slice(2)) && next !== undefined) { out[a.slice(2)] = next; i++ } else out[a.slice(2)] = true
  }
  return out
}

/** Runs a script's main, sync or async: a DossierError becomes its one line on stderr and exit code 1; anything else is thrown. */
export function runScript(main: () => void | Promise<void>): void {
  const fail = (e: unknown): void => {
    if (!(e instanceof DossierError)) throw e
    process.stderr.write(`${e.toLine()}\n`)
    process.exitCode = 1
  }
  try {
    void Promise.resolve(main()).catch(fail)
  } catch (e: unknown) {
    fail(e)
  }
}
