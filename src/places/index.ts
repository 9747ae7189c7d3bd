export { geocode, countryCode, countryOfInitialism, foldName, type Place, type PlaceKind, type GeocodeOptions } from './gazetteer.js'
