import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { describe, loadGazetteer } from './load.ts';
import type { GazetteerEntry, GazetteerFile } from '../../core/places/finder/gazetteer-file.ts';
import { allPlaces, placeById } from '../../core/places/gazetteer.ts';
import { factsOf } from '../../core/places/place-data.ts';

const body = readFileSync(join(import.meta.dirname, '../../../public/geo/gazetteer.json'), 'utf8');
const file = JSON.parse(body) as GazetteerFile;
const byId = new Map<string, GazetteerEntry>(file.places.map((e) => [e.i, e]));

suite('describing a place of the regional gazetteer', () => {
  it('names its district, province and country', () => {
    expect(describe(byId.get('parachinar')!, byId)).toBe('Town in Kurram district, Khyber Pakhtunkhwa, Pakistan.');
  });
  it('does not repeat a seat’s own name', () => {
    expect(describe(byId.get('lashkar-gah')!, byId)).toBe(
      'Town in Helmand, Afghanistan; the seat of Lashkar Gah district.',
    );
  });
});

suite('loading the gazetteer', () => {
  it('refuses a damaged file with a message and can be retried', async () => {
    const bad = () => Promise.resolve(new Response('{"version": 1}'));
    await expect(loadGazetteer(bad as typeof fetch)).rejects.toThrow('The list of places (gazetteer) is damaged.');
    const down = () => Promise.resolve(new Response('', { status: 503 }));
    await expect(loadGazetteer(down as typeof fetch)).rejects.toThrow('could not be loaded: the server answered 503');
  });
  it('adds its places and their facts to the ones the app knows, the seed’s unchanged', async () => {
    const seedKabul = placeById('kabul');
    const g = await loadGazetteer(() => Promise.resolve(new Response(body)));
    expect(g.version).toBe(file.version);
    expect(placeById('wana')).toMatchObject({ name: 'Wana', kind: 'town', country: 'PK' });
    expect(factsOf('ghulam-khan')).toMatchObject({ geometry: 'point', pointNote: 'line' });
    expect(placeById('kabul')).toBe(seedKabul);
    expect(allPlaces().length).toBe(file.places.length);
    expect(g.find('Clashes in Wana').map((m) => m.placeId)).toEqual(['wana']);
    // A town of the map's detail: how far from the border, and which crossing is nearest.
    expect(factsOf('jamrud')).toMatchObject({ borderDistanceKm: expect.any(Number) });
    expect(factsOf('jamrud')!.borderDistanceKm!).toBeGreaterThan(15);
    expect(factsOf('jamrud')!.borderDistanceKm!).toBeLessThan(35);
    expect(factsOf('jamrud')!.nearestCrossing).toEqual({ id: 'torkham', km: expect.any(Number) });
    expect(factsOf('wana')!.nearestCrossing!.id).toBe('angoor-adda');
  });
});
