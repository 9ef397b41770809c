// Reading what GMT writes: `gmt coast -M` segments, each headed by `>` (with
// the river's level in "Level N"), then `lon lat` lines. Pure.
import type { Feature, FeatureCollection, LineString } from 'geojson';

export interface WaterProps {
  kind: 'river' | 'lake';
  level: number;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** GMT's multi-segment text as lines; segments of fewer than two points are left out. */
export function parseGmtLines(text: string, kind: WaterProps['kind']): FeatureCollection<LineString, WaterProps> {
  const features: Feature<LineString, WaterProps>[] = [];
  let level = 0;
  let points: [number, number][] = [];
  const flush = () => {
    if (points.length >= 2) {
      features.push({
        type: 'Feature',
        properties: { kind, level },
        geometry: { type: 'LineString', coordinates: points },
      });
    }
    points = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      flush();
      level = Number(/Level (\d+)/.exec(line)?.[1] ?? 0);
      continue;
    }
    const [x, y] = line.trim().split(/\s+/).map(Number);
    if (Number.isFinite(x) && Number.isFinite(y) && line.trim() !== '') points.push([round(x!), round(y!)]);
  }
  flush();
  return { type: 'FeatureCollection', features };
}
