import { PALETTES, type Palette } from './layers.ts';

/** The crossing symbol: a diamond in the border's colour with a white edge, drawn at 2× for sharpness. */
export function crossingIcon(palette: Palette = PALETTES.light, size = 36): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  // A CPU-backed canvas: we read it back once, which stalls a GPU canvas.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return new ImageData(size, size);
  const h = size / 2;
  const r = h - 3;
  ctx.beginPath();
  ctx.moveTo(h, h - r);
  ctx.lineTo(h + r, h);
  ctx.lineTo(h, h + r);
  ctx.lineTo(h - r, h);
  ctx.closePath();
  ctx.fillStyle = palette.border;
  ctx.strokeStyle = palette.halo;
  ctx.lineWidth = 4;
  ctx.stroke();
  ctx.fill();
  ctx.beginPath();
  ctx.arc(h, h, r / 3, 0, Math.PI * 2);
  ctx.fillStyle = palette.halo;
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}
