/** A feature under (or near) the pointer, as the click rule needs it. */
export interface Candidate {
  id: string;
  geometry: 'point' | 'line' | 'area';
  /** For areas: size, so the smaller (more specific) wins. */
  areaKm2: number;
  /** Pixels from the pointer to the feature (0 when the pointer is on it). */
  distancePx: number;
}

const RANK = { point: 0, line: 1, area: 2 } as const;

/**
 * The most specific place under the pointer: points over lines over areas;
 * among points and lines the nearest; among areas the smallest. Ties go to
 * the id that sorts first, so the answer never depends on render order.
 */
export function pickPlace(candidates: readonly Candidate[]): string | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!best || better(c, best)) best = c;
  }
  return best?.id ?? null;
}

/** Whether `a` is more specific than `b`: its kind, then its size or distance, then its id. */
function better(a: Candidate, b: Candidate): boolean {
  const byKind = RANK[a.geometry] - RANK[b.geometry];
  if (byKind !== 0) return byKind < 0;
  const bySize = a.geometry === 'area' ? a.areaKm2 - b.areaKm2 : a.distancePx - b.distancePx;
  if (bySize !== 0) return bySize < 0;
  return a.id < b.id;
}
