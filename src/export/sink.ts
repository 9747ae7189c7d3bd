/**
 * Writing to a Node stream with backpressure, so an export never buffers more than one record ahead of a slow
 * reader (a pipe, an HTTP response).
 * @module
 */
import { once } from 'node:events'

export interface Sink {
  write(chunk: string): Promise<void>
}

export function sinkOf(out: NodeJS.WritableStream): Sink {
  return {
    async write(chunk) {
      if (!out.write(chunk, 'utf8')) await once(out as unknown as NodeJS.EventEmitter, 'drain')
    },
  }
}

/** Progress in articles read so far, out of the store's total. */
export type ExportProgress = (p: { readonly done: number; readonly total: number }) => void

/** Counts articles as a stream ordered by article passes them. */
export function articleCounter(total: number, onProgress?: ExportProgress): (articleId: string) => void {
  let last: string | undefined
  let done = 0
  return (articleId) => {
    if (articleId === last) return
    last = articleId
    done++
    onProgress?.({ done: Math.min(done, total), total })
  }
}
