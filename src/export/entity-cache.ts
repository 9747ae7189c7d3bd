/**
 * A bounded cache of entities by id (least recently used out first): exports look the same few thousand actors up
 * again and again, and a bound keeps memory flat however many entities the store holds.
 * @module
 */
import type { Entity } from '../model/index.js'
import type { Store } from '../store/index.js'

export class EntityCache {
  private readonly map = new Map<string, Entity | null>()
  constructor(private readonly store: Store, private readonly max = 5000) {}

  async get(id: string | undefined): Promise<Entity | undefined> {
    if (!id) return undefined
    const hit = this.map.get(id)
    if (hit !== undefined) {
      this.map.delete(id)
      this.map.set(id, hit)
      return hit ?? undefined
    }
    const e = (await this.store.getEntity(id)) ?? null
    this.map.set(id, e)
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!)
    return e ?? undefined
  }
}
