/**
 * Tests that need an outside service (Debian's chromium, a PostgreSQL server) ask here. Where the service is
 * missing they skip with a message naming it; under `bash .ci/run` (DOSSIER_REQUIRE_SERVICES=1) a missing
 * service fails the run instead, so CI always runs them.
 */
import { execFileSync } from 'node:child_process'

const REQUIRED = process.env['DOSSIER_REQUIRE_SERVICES'] === '1'

/** Present → true. Missing → a warning naming it and how to get it (false), or an error under CI. */
export function serviceAvailable(file: string, what: string, present: boolean, hint: string): boolean {
  if (present) return true
  const message = `${file}: skipping the tests that need ${what}: it is missing (${hint})`
  if (REQUIRED) throw new Error(`${message}; DOSSIER_REQUIRE_SERVICES=1 forbids skipping`)
  console.warn(message)
  return false
}

/** Path of Debian's chromium, if installed. */
export function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try { return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined } catch { /* not there */ }
  }
  return undefined
}

/**
 * The PostgreSQL server tests use: `DOSSIER_TEST_PG` (a postgres:// URL to a server where the tests may create
 * and drop databases). `bash .ci/run` starts a throwaway cluster and sets it; by hand:
 * `scripts/pg-cluster.sh start /tmp/pg/data` prints the URL to export.
 */
export function testPostgresUrl(file: string): string | undefined {
  const url = process.env['DOSSIER_TEST_PG']
  return serviceAvailable(file, 'PostgreSQL', Boolean(url), 'set DOSSIER_TEST_PG=postgres://…; scripts/pg-cluster.sh start DIR starts one') ? url : undefined
}
