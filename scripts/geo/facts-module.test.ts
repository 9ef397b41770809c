import { describe, expect, it } from 'vitest';
import geoFacts from '../../src/core/places/geo-facts.ts';
import { factsModule } from './facts-module.ts';

describe('the facts module the pipeline writes', () => {
  it('writes the committed facts as they are', () => {
    expect(factsModule(geoFacts)).toContain(`"lengthKm": ${geoFacts.places['durand-line']!.lengthKm}`);
  });
  it('fails the build, naming the fault, when the facts do not fit the schema', () => {
    const broken = {
      ...geoFacts,
      places: { ...geoFacts.places, torkham: { ...geoFacts.places.torkham!, anchor: [191, 34] } },
    };
    expect(() => factsModule(broken)).toThrow('geo facts do not fit their schema at places.torkham.anchor.0');
    const unknownKey = { ...geoFacts, places: { kabul: { ...geoFacts.places.kabul!, colour: 'red' } } };
    expect(() => factsModule(unknownKey)).toThrow(/places\.kabul/);
  });
});
