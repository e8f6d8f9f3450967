import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPlaceIndex, lookupPostcode, parseGeoNames, placeIndex } from '../../../scripts/lib/places.ts';
import { distanceKm, type OutlineGeometry } from '../../../src/content-check/geo.ts';

const geoLine = (name: string, lat: number, lon: number, feature: string, commune: string, pop = 0) =>
  ['1', name, name, '', lat, lon, 'P', feature, 'FR', '', '11', commune.slice(0, 2), '', commune, pop].join('\t');

describe('placeIndex and lookupPostcode (small data)', () => {
  const communes = [
    {
      code: '91228',
      nom: 'Évry-Courcouronnes',
      type: 'commune-actuelle',
      departement: '91',
      codesPostaux: ['91000', '91080'],
      population: 66919,
    },
    {
      code: '91272',
      nom: 'Gif-sur-Yvette',
      type: 'commune-actuelle',
      departement: '91',
      codesPostaux: ['91190'],
      population: 22544,
    },
    {
      code: '91538',
      nom: 'Saint-Aubin',
      type: 'commune-actuelle',
      departement: '91',
      codesPostaux: ['91190'],
      population: 700,
    },
    {
      code: '75113',
      nom: 'Paris 13e Arrondissement',
      type: 'arrondissement-municipal',
      departement: '75',
      codesPostaux: ['75013'],
    },
  ];
  const places = parseGeoNames(
    [
      geoLine('Courcouronnes', 48.614, 2.407, 'PPL', '91228', 14000),
      geoLine('Évry', 48.632, 2.44, 'PPLA2', '91228', 50000),
      geoLine('Gif-sur-Yvette', 48.683, 2.133, 'PPL', '91272'),
      geoLine('Somewhere', 1, 1, 'PPL', ''),
    ].join('\n'),
  );
  const index = placeIndex(communes, [{ code: '91', nom: 'Essonne' }], places);

  it('reads only French places with a commune code', () => {
    expect(places.map((p) => p.name)).toEqual(['Courcouronnes', 'Évry', 'Gif-sur-Yvette']);
  });

  it('gives the department, the town and the point of its most central place', () => {
    const { town } = lookupPostcode(index, '91080');
    expect(town).toMatchObject({ name: 'Évry-Courcouronnes', department: '91', departmentName: 'Essonne' });
    expect(town?.point).toEqual({ lat: 48.632, lon: 2.44, from: 'GeoNames place "Évry"' });
  });

  it('chooses the most populous town of a shared postcode, or the one named (accents, case, hyphens ignored)', () => {
    expect(lookupPostcode(index, '91190').town?.name).toBe('Gif-sur-Yvette');
    expect(lookupPostcode(index, '91190').towns.map((t) => t.name)).toEqual(['Gif-sur-Yvette', 'Saint-Aubin']);
    const aubin = lookupPostcode(index, '91190', 'saint aubin');
    expect(aubin.town?.name).toBe('Saint-Aubin');
    expect(aubin.town?.point).toBeUndefined();
    expect(lookupPostcode(index, '91190', 'Orsay')).toMatchObject({ cityNotFound: true });
  });

  it('knows no postcode that is not in the data, and ignores arrondissements', () => {
    expect(lookupPostcode(index, '99999')).toEqual({ towns: [] });
    expect(lookupPostcode(index, '75013')).toEqual({ towns: [] });
  });
});

describe('loadPlaceIndex (the packaged data)', () => {
  const index = loadPlaceIndex();
  const outlines = Object.fromEntries(
    (
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data/departments.geojson'), 'utf8')) as {
        features: { properties: { code: string }; geometry: OutlineGeometry }[];
      }
    ).features.map((f) => [f.properties.code, f.geometry]),
  );

  it.each([
    ['75013', 'Paris', '75'],
    ['77420', 'Champs-sur-Marne', '77'],
    ['78530', 'Buc', '78'],
    ['91000', 'Évry-Courcouronnes', '91'],
    ['92100', 'Boulogne-Billancourt', '92'],
    ['93200', 'Saint-Denis', '93'],
    ['94800', 'Villejuif', '94'],
    ['95000', 'Cergy', '95'],
  ])('postcode %s: %s in %s, with a point inside that department', (postcode, name, department) => {
    const { town } = lookupPostcode(index, postcode, name);
    expect(town).toMatchObject({ name, department });
    const point: [number, number] = [town!.point!.lon, town!.point!.lat];
    expect(distanceKm(outlines[department]!, point)).toBe(0);
  });
});
