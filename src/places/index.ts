export { geocode, countryCode, foldName, type Place, type PlaceKind, type GeocodeOptions } from './gazetteer.js'
