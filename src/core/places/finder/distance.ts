// The great-circle distance between two points of the gazetteer, in kilometres.

const R_EARTH_KM = 6371;

/** Haversine distance between two points given as { x: longitude, y: latitude }, in km. */
export function distanceKm(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const toRad = Math.PI / 180;
  const dLat = (b.y - a.y) * toRad;
  const dLon = (b.x - a.x) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.y * toRad) * Math.cos(b.y * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R_EARTH_KM * Math.asin(Math.sqrt(h));
}
