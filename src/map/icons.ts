import { PALETTES, type Palette } from './layers.ts';

/** The crossing symbol: a diamond in the border's colour with a white edge, drawn at 2× for sharpness. */
export function crossingIcon(palette: Palette = PALETTES.light, size = 36): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  // A CPU-backed canvas: we read it back once, which stalls a GPU canvas.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return new ImageData(size, size);
  const h = size / 2;
  drawCrossing(ctx, h, h, h - 3, palette.border, palette.halo, 4);
  return ctx.getImageData(0, 0, size, size);
}

/** The crossing's diamond with a dot in its middle, centred on (x, y) with half-diagonal `r`. */
export function drawCrossing(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  fill: string,
  edge: string,
  edgeWidth: number,
): void {
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - r, y);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.strokeStyle = edge;
  ctx.lineWidth = edgeWidth;
  ctx.stroke();
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, r / 3, 0, Math.PI * 2);
  ctx.fillStyle = edge;
  ctx.fill();
}
