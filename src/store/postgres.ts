/**
 * PostgreSQL adapter of the Store interface; see postgres/store.ts.
 * @module
 */
export { PostgresStore } from './postgres/store.js'
export { redactUrl } from './postgres/db.js'
export { PG_MIGRATIONS } from './postgres/schema.js'
