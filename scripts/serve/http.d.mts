export function requestPath(target: string | undefined): string | null;
export function relativeFile(path: string): string | null;
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null;
