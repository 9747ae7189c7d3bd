/**
 * Event clustering by linked groups (src/service/cluster-blocks.ts) against one `clusterEvents` call over every
 * event, the baseline of the same run, on generated events (300 parties with a skewed frequency, ten CAMEO codes,
 * dates over 18 months): both give the same clusters (checked here by count and ids); prints both times, their
 * ratio, and a second grouped run with nothing new (every group from the memo of the first).
 *
 *   npx tsx bench/cluster-groups.bench.ts [--sizes 7000,20000]
 * @module
 */
import { clusterEvents, type ClusterItem } from '../src/events/index.js'
import { seededRandom } from '../src/model/index.js'
import type { Event } from '../src/model/index.js'
import { clusterByGroups } from '../src/service/cluster-blocks.js'

const CODES = ['190', '193', '183', '042', '036', '111', '173', '051', '020', '112']
const argSizes = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1]! : '7000,20000'

function items(n: number, parties: number): ClusterItem[] {
  const next = seededRandom(3)
  const P = Array.from({ length: parties }, (_, i) => `party ${i}`)
  const party = () => P[Math.min(parties - 1, Math.floor(parties * next() ** 3))]!
  return Array.from({ length: n }, (_, i) => {
    const cameo = CODES[Math.floor(next() * CODES.length)]!
    const role = (text: string) => ({ text, start: 0, end: text.length })
    const published = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 540) * 86_400_000).toISOString().slice(0, 10)
    const event = {
      id: `event_${i}`, articleId: `a${Math.floor(i / 7)}`, cameo, cameoRoot: cameo.slice(0, 2), cue: { text: 'x', start: 0, end: 1 },
      sentence: { start: 0, end: 1 }, modality: 'asserted', ...(next() < 0.8 ? { actor: role(party()) } : {}), ...(next() < 0.6 ? { target: role(party()) } : {}),
    } as Event
    return { event, articleId: event.articleId, published }
  })
}

const ms = (t0: number) => performance.now() - t0
const rows = []
for (const n of argSizes.split(',').map(Number)) {
  const its = items(n, 300)
  let t0 = performance.now()
  const one = clusterEvents(its)
  const tOne = ms(t0)
  t0 = performance.now()
  const grouped = clusterByGroups(its)
  const tGroups = ms(t0)
  t0 = performance.now()
  clusterByGroups(its, grouped.memo)
  const tMemo = ms(t0)
  const same = one.length === grouped.clusters.length && one.map((c) => c.id).sort().join() === grouped.clusters.map((c) => c.id).sort().join()
  rows.push({ n, clusters: one.length, oneCallMs: tOne, groupsMs: tGroups, memoMs: tMemo, same })
  console.log(`${n} events: one call ${Math.round(tOne)} ms, by linked groups ${Math.round(tGroups)} ms (${(tOne / tGroups).toFixed(1)}x), ` +
    `again with nothing new ${Math.round(tMemo)} ms; ${one.length} clusters${same ? ', identical' : ', DIFFERENT'}`)
  if (!same) process.exitCode = 1
}
console.log(JSON.stringify({ bench: 'cluster-groups', rows }))
