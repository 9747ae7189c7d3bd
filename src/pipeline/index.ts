export * from './doc.js'
export * from './stage.js'
export * from './pipeline.js'
export * from './registry.js'
