/**
 * A test hook for the crash-safety tests, and nothing else: with `DOSSIER_TEST_PAUSE_AT=<point>[:<n>]`
 * the process prints `paused at <point>` on stderr the n-th time (default 1st) it reaches that point and
 * waits there a minute, so a test can kill it with SIGKILL at a known place. Points: `article` (after an
 * article is saved by ingest), `reprocess` (after an article is re-saved), `aggregate` (entities saved,
 * clusters not yet). Unset, it does nothing.
 * @module
 */
const reached = new Map<string, number>()

export async function pauseAt(point: string): Promise<void> {
  const want = process.env['DOSSIER_TEST_PAUSE_AT']
  if (!want) return
  const [p, n] = want.split(':')
  if (p !== point) return
  const seen = (reached.get(point) ?? 0) + 1
  reached.set(point, seen)
  if (seen !== Number(n ?? 1)) return
  process.stderr.write(`paused at ${point}\n`)
  await new Promise((r) => setTimeout(r, 60_000))
}
