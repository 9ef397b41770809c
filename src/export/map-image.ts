// The exported map image: the map's picture with the key and the credits
// drawn in, as the reader sees them, at the picture's scale.
import { DURAND_NOTE, legendEntries, SWATCH, type LegendEntry, type Shape } from '../legend/entries.ts';
import { drawCrossing } from '../map/icons.ts';
import type { Palette } from '../map/layers.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

function drawShape(ctx: CanvasRenderingContext2D, shape: Shape) {
  const { width: W, height: H } = SWATCH;
  ctx.save();
  switch (shape.type) {
    case 'rect':
      ctx.globalAlpha = shape.opacity ?? 1;
      if (shape.fill !== 'none') {
        ctx.fillStyle = shape.fill;
        ctx.fillRect(0.5, 0.5, W - 1, H - 1);
      }
      if (shape.stroke) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = shape.stroke;
        ctx.lineWidth = shape.strokeWidth ?? 1;
        ctx.strokeRect(0.5, 0.5, W - 1, H - 1);
      }
      break;
    case 'line':
      ctx.strokeStyle = shape.color;
      ctx.lineWidth = shape.width;
      ctx.lineCap = shape.dash ? 'butt' : 'round';
      ctx.setLineDash(shape.dash?.map((d) => d * shape.width) ?? []);
      ctx.beginPath();
      ctx.moveTo(3, H / 2);
      ctx.lineTo(W - 3, H / 2);
      ctx.stroke();
      break;
    case 'circle':
      ctx.beginPath();
      ctx.arc(W / 2, H / 2, shape.r, 0, Math.PI * 2);
      ctx.fillStyle = shape.fill;
      ctx.fill();
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = shape.strokeWidth;
      ctx.stroke();
      break;
    case 'diamond':
      drawCrossing(ctx, W / 2, H / 2, H / 2 - 2, shape.fill, shape.stroke, 2);
      break;
    case 'text':
      ctx.font = `600 12px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineWidth = 3;
      ctx.strokeStyle = shape.halo;
      ctx.strokeText(shape.text, W / 2, H / 2);
      ctx.fillStyle = shape.color;
      ctx.fillText(shape.text, W / 2, H / 2);
      break;
  }
  ctx.restore();
}

/** Lines of `text` that fit `width` at the context's font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Colours {
  palette: Palette;
  /** The panel's surface, text and muted text colours. */
  surface: string;
  text: string;
  muted: string;
}

/** The key, bottom left, as on screen; `entries` drawn in CSS pixels × `scale`. */
function drawKey(ctx: CanvasRenderingContext2D, entries: readonly LegendEntry[], c: Colours, scale: number) {
  const pad = 10;
  const row = 22;
  ctx.save();
  ctx.scale(scale, scale);
  ctx.font = `12px ${FONT}`;
  // As wide as the longest label, within the picture.
  const labels = Math.max(...entries.map((e) => ctx.measureText(e.label).width));
  const width = Math.min(pad * 2 + SWATCH.width + 8 + labels, ctx.canvas.width / scale - 24);
  ctx.font = `11px ${FONT}`;
  const note = wrap(ctx, DURAND_NOTE, width - 2 * pad);
  const height = pad * 2 + 18 + entries.length * row + 6 + note.length * 15;
  const x = 12;
  const y = ctx.canvas.height / scale - height - 34;
  ctx.fillStyle = c.surface;
  ctx.globalAlpha = 0.95;
  ctx.fillRect(x, y, width, height);
  ctx.globalAlpha = 1;
  ctx.fillStyle = c.text;
  ctx.font = `600 13px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText('Key', x + pad, y + pad + 8);
  ctx.font = `12px ${FONT}`;
  entries.forEach((e, i) => {
    const top = y + pad + 20 + i * row;
    ctx.save();
    ctx.translate(x + pad, top);
    for (const s of e.shapes) drawShape(ctx, s);
    ctx.restore();
    ctx.fillStyle = c.text;
    ctx.fillText(e.label, x + pad + SWATCH.width + 8, top + SWATCH.height / 2);
  });
  ctx.fillStyle = c.muted;
  ctx.font = `11px ${FONT}`;
  note.forEach((l, i) => ctx.fillText(l, x + pad, y + pad + 20 + entries.length * row + 6 + i * 15));
  ctx.restore();
}

/** The credits, bottom right, on the surface colour. */
function drawCredits(ctx: CanvasRenderingContext2D, credits: string, c: Colours, scale: number) {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.font = `11px ${FONT}`;
  const w = ctx.canvas.width / scale;
  const h = ctx.canvas.height / scale;
  const text = `Map data: ${credits}`;
  const width = Math.min(ctx.measureText(text).width + 12, w);
  ctx.fillStyle = c.surface;
  ctx.globalAlpha = 0.9;
  ctx.fillRect(w - width, h - 18, width, 18);
  ctx.globalAlpha = 1;
  ctx.fillStyle = c.text;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillText(text, w - 6, h - 9, w - 12);
  ctx.restore();
}

/** The map's picture with the key and the credits drawn in; the same canvas. */
export function composeMapImage(
  picture: HTMLCanvasElement,
  scale: number,
  colours: Colours,
  credits: string,
): HTMLCanvasElement {
  const ctx = picture.getContext('2d')!;
  drawKey(ctx, legendEntries(colours.palette), colours, scale);
  drawCredits(ctx, credits, colours, scale);
  return picture;
}
