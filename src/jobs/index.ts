/**
 * Ingest jobs on a PostgreSQL queue (pg-boss): enqueue, workers, dead letters.
 * @module
 */
export * from './queue.js'
export * from './enqueue.js'
export * from './run-item.js'
export * from './status.js'
export * from './worker.js'
