// Where the detailed map (online, on request) comes from: a build-time
// setting, read by the build (the app and its Content Security Policy) from
// the environment. A deployment points it at its own tile server with:
//   VITE_ONLINE_MAP_LIGHT, VITE_ONLINE_MAP_DARK  the vector style for each theme (style JSON URLs)
//   VITE_ONLINE_MAP_TERRAIN                      Terrarium-encoded elevation tiles ({z}/{x}/{y})
//   VITE_ONLINE_MAP_ATTRIBUTION                  the credits the style's data requires (HTML)
//   VITE_ONLINE_MAP_HOSTS                        further origins the style's tiles, glyphs or sprites come from
//   VITE_ONLINE_MAP=off                          no detailed map at all (and no host in the policy)

/** OpenFreeMap's styles (no key, no registration) and the AWS open Terrarium tiles. */
export const ONLINE_MAP_DEFAULTS = {
  light: 'https://tiles.openfreemap.org/styles/positron',
  dark: 'https://tiles.openfreemap.org/styles/dark',
  terrain: 'https://s3.amazonaws.com/elevation-tiles-prod/terrarium/{z}/{x}/{y}.png',
  attribution:
    '<a href="https://openfreemap.org" target="_blank" rel="noopener noreferrer">OpenFreeMap</a> ' +
    '<a href="https://www.openmaptiles.org/" target="_blank" rel="noopener noreferrer">© OpenMapTiles</a> ' +
    'Data from <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap</a>',
  terrainAttribution:
    'Relief: <a href="https://github.com/tilezen/joerd/blob/master/docs/attribution.md" target="_blank" rel="noopener noreferrer">Mapzen Terrain Tiles</a> (SRTM, GMTED2010, ETOPO1 and others)',
  hosts: [],
};

/**
 * The setting as the environment gives it, or null when a deployment turned
 * the detailed map off.
 * @param {Record<string, string | undefined>} env
 */
export function onlineMapSettings(env = process.env) {
  if (env.VITE_ONLINE_MAP === 'off') return null;
  const d = ONLINE_MAP_DEFAULTS;
  const settings = {
    light: env.VITE_ONLINE_MAP_LIGHT || d.light,
    dark: env.VITE_ONLINE_MAP_DARK || env.VITE_ONLINE_MAP_LIGHT || d.dark,
    terrain: env.VITE_ONLINE_MAP_TERRAIN || d.terrain,
    attribution: env.VITE_ONLINE_MAP_ATTRIBUTION || d.attribution,
    terrainAttribution: env.VITE_ONLINE_MAP_TERRAIN ? '' : d.terrainAttribution,
    hosts: (env.VITE_ONLINE_MAP_HOSTS ?? '').split(/[\s,]+/).filter(Boolean),
  };
  for (const url of [settings.light, settings.dark, settings.terrain, ...settings.hosts]) {
    if (new URL(url).protocol !== 'https:') throw new Error(`The detailed map must come over https: ${url}`);
  }
  return settings;
}

/**
 * The origins the detailed map may reach, and no others: those of its styles,
 * its terrain and the further hosts named.
 * @param {ReturnType<typeof onlineMapSettings>} settings
 */
export function onlineOrigins(settings) {
  if (!settings) return [];
  const urls = [settings.light, settings.dark, settings.terrain, ...settings.hosts];
  return [...new Set(urls.map((u) => new URL(u).origin))];
}
