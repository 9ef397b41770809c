// A key entry's swatch as SVG, from the shapes in entries.ts.
import { SWATCH, type Shape } from './entries.ts';

const { width: W, height: H } = SWATCH;

function ShapeSvg({ shape }: { shape: Shape }) {
  switch (shape.type) {
    case 'rect':
      return (
        <rect
          x={0.5}
          y={0.5}
          width={W - 1}
          height={H - 1}
          rx={2}
          fill={shape.fill}
          fillOpacity={shape.opacity ?? 1}
          stroke={shape.stroke ?? 'none'}
          strokeWidth={shape.strokeWidth ?? 0}
        />
      );
    case 'line':
      return (
        <line
          x1={3}
          y1={H / 2}
          x2={W - 3}
          y2={H / 2}
          stroke={shape.color}
          strokeWidth={shape.width}
          strokeLinecap={shape.dash ? 'butt' : 'round'}
          strokeDasharray={shape.dash?.map((d) => d * shape.width).join(' ')}
        />
      );
    case 'circle':
      return (
        <circle
          cx={W / 2}
          cy={H / 2}
          r={shape.r}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
        />
      );
    case 'diamond': {
      const r = H / 2 - 2;
      const [x, y] = [W / 2, H / 2];
      return (
        <>
          <path
            d={`M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`}
            fill={shape.fill}
            stroke={shape.stroke}
            strokeWidth={2}
          />
          <circle cx={x} cy={y} r={r / 3} fill={shape.stroke} />
        </>
      );
    }
    case 'text':
      return (
        <text
          x={W / 2}
          y={H / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={12}
          fontWeight={600}
          fill={shape.color}
          stroke={shape.halo}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {shape.text}
        </text>
      );
  }
}

export function Swatch({ shapes }: { shapes: readonly Shape[] }) {
  return (
    <svg className="swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {shapes.map((s, i) => (
        <ShapeSvg key={i} shape={s} />
      ))}
    </svg>
  );
}
