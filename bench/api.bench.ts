/**
 * The HTTP API under load, on loopback only: a store of 10,000 articles made from the seed fixtures
 * (bench/api-store.ts), `dossier serve` in a child process, then
 *  1. p50 / p95 latency of the dossier, search and graph routes (sequential requests, each response computed:
 *     `Cache-Control: no-cache` skips the kept responses), with the trivial /api/stats route as the baseline;
 *  2. 200 concurrent clients for 30 s with autocannon over a mix of those routes, as clients that do NOT accept
 *     gzip read an unchanged store (kept responses served): requests/s, errors, p99, bytes per response, CPU per
 *     request of the server (from /proc) and of the client;
 *  3. the same, with clients that accept gzip (as browsers do): large bodies go out compressed;
 *  4. the same mix for 10 s with every response computed, to show what the cache hides;
 * then a summary line per client kind. The read model after a write: bench/read-model.bench.ts.
 * `npm run bench -- api`; API_BENCH_SECONDS and API_BENCH_CONNECTIONS change the load phase, API_BENCH_UNIQUE and
 * API_BENCH_COPIES the store.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { benchStore } from './api-store.js'

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number }
  throughput: { average: number }
  errors: number
  timeouts: number
  non2xx: number
  '2xx': number
}
const require = createRequire(import.meta.url)
const autocannon = require('autocannon') as (o: Record<string, unknown>) => Promise<AutocannonResult>

const root = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env['API_BENCH_SECONDS'] ?? 30)
const CONNECTIONS = Number(process.env['API_BENCH_CONNECTIONS'] ?? 200)

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => { const a = s.address(); s.close(() => resolve(typeof a === 'object' && a ? a.port : 0)) })
  })
}

async function startServer(db: string, port: number): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${root}src/cli/main.ts`, 'serve', '--db', db, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root, env: { ...process.env, DOSSIER_TOKEN: '' } /* read-only: writes refused */, stdio: ['ignore', 'ignore', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 120 s')), 120_000)
    child.stderr.on('data', (b: Buffer) => {
      if (b.toString().includes('serving')) { clearTimeout(timer); resolve() } else process.stderr.write(b)
    })
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)) })
  })
  return { pid: child.pid ?? 0, stop: () => { child.kill('SIGTERM') } }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 elsewhere. */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100 // utime, stime in clock ticks (USER_HZ = 100)
  } catch { return 0 }
}

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! }

async function timeRoute(base: string, paths: readonly string[], n: number): Promise<{ p50: number; p95: number; bytes: number }> {
  const ms: number[] = []
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    const res = await fetch(`${base}${paths[i % paths.length]}`, { headers: { 'cache-control': 'no-cache' } }) // computed, not a kept response
    const body = await res.arrayBuffer()
    ms.push(performance.now() - t0)
    if (res.status !== 200) throw new Error(`${paths[i % paths.length]} → ${res.status}`)
    bytes += body.byteLength
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), bytes: Math.round(bytes / n) }
}

// 100 × 100 = 10,000 articles; API_BENCH_UNIQUE / API_BENCH_COPIES make a smaller store for a quick check
const store = await benchStore(Number(process.env['API_BENCH_UNIQUE'] ?? 100), Number(process.env['API_BENCH_COPIES'] ?? 100))
process.stdout.write(`store: ${store.articles} articles at ${store.path}${store.built ? ` (built: pipeline on 100 recombined articles ${store.seconds.pipeline.toFixed(1)} s, ` +
  `insert of copies ${store.seconds.insert.toFixed(1)} s, aggregate ${store.seconds.aggregate.toFixed(1)} s)` : ' (reused)'}\n`)
const port = await freePort()
const server = await startServer(store.path, port)
const base = `http://127.0.0.1:${port}`
try {
  let t0 = performance.now()
  await (await fetch(`${base}/api/stats`)).arrayBuffer()
  process.stdout.write(`cold: first read (read model built) ${(performance.now() - t0).toFixed(0)} ms\n`)
  t0 = performance.now()
  await (await fetch(`${base}/api/entities?q=Hamas`)).arrayBuffer()
  process.stdout.write(`cold: entity index built ${(performance.now() - t0).toFixed(0)} ms\n`)

  const routes: Record<string, readonly string[]> = {
    'baseline /api/stats': ['/api/stats'],
    'dossier /api/entities/:id': ['/api/entities/Hamas', '/api/entities/Islamic%20State', '/api/entities/Mumtaz%20Dughmush', '/api/entities/Egypt'],
    'search /api/articles?q=': ['/api/articles?q=smuggled', '/api/articles?q=tunnels%20Sinai', '/api/articles?q=Hamas%20arms', '/api/articles?q=Egyp'],
    'search /api/entities?q=': ['/api/entities?q=Dugmash', '/api/entities?q=ISIL', '/api/entities?q=Bagdadi'],
    'graph /api/graph (2 hops)': ['/api/graph?center=Hamas&hops=2', '/api/graph/path?source=Abu%20Bakr%20al-Baghdadi&target=Hamas'],
  }
  const rows: string[] = []
  let baseline = 0
  for (const [name, paths] of Object.entries(routes)) {
    await timeRoute(base, paths, paths.length) // warm
    const r = await timeRoute(base, paths, 60)
    if (!baseline) baseline = r.p50
    rows.push(`${name.padEnd(30)} p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  ${String(r.bytes).padStart(7)} B  ×${(r.p50 / baseline).toFixed(1)} baseline`)
  }
  process.stdout.write(`latency, sequential, 60 requests each:\n${rows.join('\n')}\n`)

  const mix = [...routes['dossier /api/entities/:id']!, ...routes['search /api/articles?q=']!, ...routes['search /api/entities?q=']!, ...routes['graph /api/graph (2 hops)']!]
  const phases = [
    // clients that do not accept gzip (scripts, curl without --compressed): the bytes go out as they are
    ['kept responses, clients NOT accepting gzip', SECONDS, {}],
    // what browsers and HTTP libraries send: large bodies then go out gzipped (made once per kept response)
    ['kept responses, clients accepting gzip', SECONDS, { 'accept-encoding': 'gzip, deflate' }],
    ['every response computed', Math.min(10, SECONDS), { 'cache-control': 'no-cache' }],
  ] as const
  const summary: string[] = []
  for (const [label, seconds, headers] of phases) {
    const cpu0 = { server: cpuOf(server.pid), client: process.cpuUsage() }
    const r = await autocannon({ url: base, connections: CONNECTIONS, duration: seconds, requests: mix.map((path) => ({ method: 'GET', path, headers })) })
    const client = process.cpuUsage(cpu0.client)
    const perRequest = (s: number) => (r.requests.total ? (s * 1000) / r.requests.total : 0).toFixed(2)
    const ok = r.errors + r.timeouts + r.non2xx === 0
    process.stdout.write(`load (${label}): ${CONNECTIONS} clients for ${seconds} s over ${mix.length} URLs: ${r.requests.average.toFixed(0)} requests/s (${r.requests.total} in all, ${Math.round(r.throughput.average / 1024)} KB/s, ` +
      `${Math.round(r.throughput.average / Math.max(1, r.requests.average) / 1024)} KB per response on the wire), ` +
      `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
      `CPU per request: server ${perRequest(cpuOf(server.pid) - cpu0.server)} ms, client ${perRequest((client.user + client.system) / 1e6)} ms ` +
      `(goals 0 errors: ${ok ? 'met' : 'NOT met'}; p99 < 200 ms: ${r.latency.p99 < 200 ? 'met' : 'NOT met'})\n`)
    summary.push(`${label.padEnd(48)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p99 ${String(r.latency.p99).padStart(6)} ms  errors+timeouts ${r.errors + r.timeouts + r.non2xx}  p99 < 200 ms: ${r.latency.p99 < 200 ? 'met' : 'NOT met'}`)
  }
  process.stdout.write(`summary (${CONNECTIONS} clients; load average at the end ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores):\n${summary.join('\n')}\n`)
} finally {
  server.stop()
}
