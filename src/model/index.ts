export * from './schemas.js'
export * from './errors.js'
export * from './ids.js'
export * from './span.js'
