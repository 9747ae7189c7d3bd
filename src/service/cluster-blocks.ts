/**
 * Event clustering split into independent groups: items that share no link key (type family with actor or with
 * target), directly or through other items, can never join one cluster, so each linked group is clustered on its
 * own (`clusterEvents`), with the same clusters as one call over every item. A new article then costs the size of
 * the groups it touches, not the square of the store's events; an unchanged group is taken from `memo` (the
 * previous run's groups, by fingerprint of their items) without clustering it again.
 * @module
 */
import { clusterEvents, type ClusterItem } from '../events/index.js'
import { clusterLinkKeys } from '../events/cluster.js'
import { hashId } from '../model/index.js'
import type { EventCluster } from '../model/index.js'

/** Linked groups of items: union-find over their link keys; an item with no key is a group of its own. */
export function linkedGroups(items: readonly ClusterItem[]): ClusterItem[][] {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r)!
    for (let y = x; y !== r;) { const next = parent.get(y)!; parent.set(y, r); y = next }
    return r
  }
  const keysOf = items.map((it) => clusterLinkKeys(it))
  for (const keys of keysOf) {
    for (const k of keys) if (!parent.has(k)) parent.set(k, k)
    for (let i = 1; i < keys.length; i++) { const a = find(keys[0]!); const b = find(keys[i]!); if (a !== b) parent.set(a, b) }
  }
  const groups = new Map<string, ClusterItem[]>()
  const alone: ClusterItem[][] = []
  items.forEach((it, i) => {
    const k = keysOf[i]![0]
    if (k === undefined) { alone.push([it]); return }
    const root = find(k)
    const g = groups.get(root)
    if (g) g.push(it)
    else groups.set(root, [it])
  })
  return [...groups.values(), ...alone]
}

/** What clustering reads of a group, as one key: equal keys give equal clusters. */
function fingerprint(items: readonly ClusterItem[]): string {
  const parts = items.map((it) => JSON.stringify([it.event, it.articleId, it.actorEntityId, it.targetEntityId, it.published,
    it.nearDupOf, it.sourceKeys, it.lat, it.lon])).sort()
  return hashId('cluster-group', ...parts)
}

/** Clusters of each fingerprint from the last run in this process. */
export type ClusterMemo = Map<string, EventCluster[]>

/**
 * `clusterEvents(items)` group by group; groups whose fingerprint is in `memo` are not clustered again. Returns the
 * clusters and the memo of this run (only the groups it saw, so the memo never outgrows the store).
 */
export function clusterByGroups(items: readonly ClusterItem[], memo: ClusterMemo = new Map()): { clusters: EventCluster[]; memo: ClusterMemo; clustered: number } {
  const next: ClusterMemo = new Map()
  const clusters: EventCluster[] = []
  let clustered = 0
  for (const group of linkedGroups(items)) {
    const key = group.length > 1 ? fingerprint(group) : undefined
    let found = key ? memo.get(key) : undefined
    if (!found) { found = clusterEvents(group); if (key) clustered += group.length }
    if (key) next.set(key, found)
    clusters.push(...found)
  }
  return { clusters, memo: next, clustered }
}
