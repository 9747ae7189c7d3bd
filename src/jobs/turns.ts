/**
 * Turns inside one worker process: ingest jobs run side by side (`shared`), aggregation runs alone (`exclusive`).
 * Both are chains of awaits on one event loop, so without turns an article's analysis would interleave with an
 * aggregation run in the same process, and a long run would push the article past the pipeline's time budget
 * (its stages left unrun). Aggregation waits for the jobs in hand to finish; new jobs wait for aggregation.
 * @module
 */
export class Turns {
  private active = 0
  private exclusiveRun: Promise<void> | undefined
  private drained: (() => void) | undefined

  /** Run fn beside other shared turns, once no exclusive turn holds the process. */
  async shared<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusiveRun) await this.exclusiveRun
    this.active++
    try {
      return await fn()
    } finally {
      if (--this.active === 0) this.drained?.()
    }
  }

  /** Run fn alone: after the shared turns running now end, before any other starts. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusiveRun) await this.exclusiveRun
    let release: () => void = () => undefined
    this.exclusiveRun = new Promise<void>((res) => { release = res })
    try {
      if (this.active > 0) await new Promise<void>((res) => { this.drained = res })
      return await fn()
    } finally {
      this.drained = undefined
      this.exclusiveRun = undefined
      release()
    }
  }
}
