// The pointer on the map: which place it is over (points and lines within a
// few pixels, the smallest area under it), hovered and clicked.
import type { MapMouseEvent, PointLike } from 'maplibre-gl';
import { factsOf } from '../../core/places/place-data.ts';
import { isPicking, pointPicked } from '../../corrections/ui-store.ts';
import { hover, select } from '../../store/selection.ts';
import { useLibraryView } from '../../store/library-view.ts';
import { requestReveal } from '../../store/view.ts';
import { HIT_LAYERS } from '../layers.ts';
import { placeById } from '../../core/places/gazetteer.ts';
import { pickPlace, type Candidate } from '../pick.ts';
import type { MapSession } from '../session.ts';

/** Pixels around the pointer within which a point or line counts as hit. */
const HIT_RADIUS = 6;

/**
 * How far from its point a symbol counts as hit: the icon, not the label
 * beside it (a crossing's name can lie over a town's dot).
 */
const SYMBOL_HIT_PX = 9 + HIT_RADIUS;

export function attachPointer({ map }: MapSession): () => void {
  const candidatesAt = (p: { x: number; y: number }): Candidate[] => {
    const box: [PointLike, PointLike] = [
      [p.x - HIT_RADIUS, p.y - HIT_RADIUS],
      [p.x + HIT_RADIUS, p.y + HIT_RADIUS],
    ];
    const out: Candidate[] = [];
    const near = map.queryRenderedFeatures(box, { layers: [...HIT_LAYERS.points, ...HIT_LAYERS.lines] });
    for (const f of near) {
      const id = String(f.properties.id);
      const geometry = f.geometry.type === 'Point' ? 'point' : 'line';
      let distancePx = 0;
      if (f.geometry.type === 'Point') {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const q = map.project([lon, lat]);
        distancePx = Math.hypot(q.x - p.x, q.y - p.y);
        // A symbol's hit box holds its label too; only its icon counts.
        if (f.layer.type === 'symbol' && distancePx > SYMBOL_HIT_PX) continue;
      }
      out.push({ id, geometry, areaKm2: 0, distancePx });
    }
    for (const f of map.queryRenderedFeatures([p.x, p.y], { layers: [...HIT_LAYERS.areas] })) {
      const id = String(f.properties.id);
      out.push({ id, geometry: 'area', areaKm2: factsOf(id)?.areaKm2 ?? Infinity, distancePx: 0 });
    }
    return out;
  };

  const listeners = [
    map.on('mousemove', (e: MapMouseEvent) => {
      // The library view answers the pointer itself (concerns/library.ts).
      if (useLibraryView.getState().open) return;
      // Picking a new place's point: every spot of the map is a target.
      if (isPicking()) {
        map.getCanvas().style.cursor = 'crosshair';
        return;
      }
      const id = pickPlace(candidatesAt(e.point));
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      hover(id, 'map');
    }),
    map.on('mouseout', () => {
      map.getCanvas().style.cursor = '';
      hover(null, 'map');
    }),
    map.on('click', (e: MapMouseEvent) => {
      if (isPicking()) {
        map.getCanvas().style.cursor = '';
        pointPicked([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      if (useLibraryView.getState().open) return;
      const id = pickPlace(candidatesAt(e.point));
      if (!id) return;
      const choose = () => {
        select(id, null, 'user');
        // The panel opens over the map: keep what the reader clicked in sight.
        const facts = factsOf(id);
        const at = facts?.geometry === 'point' ? facts.anchor : ([e.lngLat.lng, e.lngLat.lat] as [number, number]);
        requestReveal(id, at);
      };
      // A town of the map's detail is a place of the regional gazetteer: its list comes first.
      if (placeById(id)) choose();
      else
        void import('../../places/finder/load.ts')
          .then((m) => m.loadGazetteer())
          .then(() => placeById(id) && choose())
          .catch(() => undefined);
    }),
  ];
  return () => {
    for (const l of listeners) l.unsubscribe();
  };
}
