/**
 * Draws Driehoek's two Teams icons with pngjs, so the committed PNGs can be regenerated and
 * reviewed as code: `npx tsx scripts/package/icons.ts` writes appPackage/color.png (192×192)
 * and appPackage/outline.png (32×32).
 *
 * The picture is the triangle the app is named after: three people — the child on top, the
 * parent and the school at the base — joined by the sides of one triangle. The colour icon
 * shows it white on the accent colour with a warm node for the child and the parent; the
 * outline icon is the same figure in pure white on a transparent background, as Teams asks.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const ACCENT_COLOR = '#1E6F6A';

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const CHILD: Rgb = [0xf2, 0x8c, 0x6b]; // warm coral
const PARENT: Rgb = [0xf4, 0xbf, 0x4f]; // warm yellow

export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** A figure in unit coordinates (0..1 across the icon), painted in order; later shapes win. */
interface Shape {
  contains(x: number, y: number): boolean;
  color: Rgb;
}

function disc(cx: number, cy: number, r: number, color: Rgb): Shape {
  return { color, contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

function ring(cx: number, cy: number, r: number, width: number, color: Rgb): Shape {
  return {
    color,
    contains: (x, y) => {
      const d = Math.hypot(x - cx, y - cy);
      return d <= r && d >= r - width;
    },
  };
}

/** A line segment with round caps and the given full width. */
function segment(ax: number, ay: number, bx: number, by: number, width: number, color: Rgb): Shape {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return {
    color,
    contains: (x, y) => {
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const px = ax + t * dx - x;
      const py = ay + t * dy - y;
      return px * px + py * py <= (width / 2) ** 2;
    },
  };
}

/** The three corners of the triangle: child (top), parent (bottom left), school (bottom right). */
function corners(size: number, centerY: number): { child: [number, number]; parent: [number, number]; school: [number, number] } {
  const h = (Math.sqrt(3) / 2) * size;
  const top = centerY - (2 / 3) * h;
  const base = centerY + (1 / 3) * h;
  return { child: [0.5, top], parent: [0.5 - size / 2, base], school: [0.5 + size / 2, base] };
}

function colourFigure(): Shape[] {
  const { child, parent, school } = corners(0.56, 0.54);
  const line = 0.045;
  const r = 0.085;
  return [
    segment(...child, ...parent, line, WHITE),
    segment(...parent, ...school, line, WHITE),
    segment(...school, ...child, line, WHITE),
    disc(...child, r, CHILD),
    ring(...child, r, 0.022, WHITE),
    disc(...parent, r, PARENT),
    ring(...parent, r, 0.022, WHITE),
    disc(...school, r, WHITE),
  ];
}

function outlineFigure(): Shape[] {
  // At 32 px lines need whole pixels: sides ~2 px, nodes ~9 px across.
  const { child, parent, school } = corners(0.6, 0.58);
  const line = 2.2 / 32;
  const r = 4.2 / 32;
  return [
    segment(...child, ...parent, line, WHITE),
    segment(...parent, ...school, line, WHITE),
    segment(...school, ...child, line, WHITE),
    disc(...child, r, WHITE),
    disc(...parent, r, WHITE),
    disc(...school, r, WHITE),
  ];
}

/**
 * Rasterises shapes with n×n supersampling. Each output pixel is the average of its samples;
 * samples that hit no shape take the background (or stay transparent when there is none).
 */
function render(sizePx: number, shapes: Shape[], background: Rgb | null, n = 6): PNG {
  const png = new PNG({ width: sizePx, height: sizePx, colorType: 6 });
  for (let py = 0; py < sizePx; py += 1) {
    for (let px = 0; px < sizePx; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = (px + (sx + 0.5) / n) / sizePx;
          const y = (py + (sy + 0.5) / n) / sizePx;
          let hit: Rgb | null = null;
          for (const shape of shapes) if (shape.contains(x, y)) hit = shape.color;
          const c = hit ?? background;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered += 1;
          }
        }
      }
      const i = (py * sizePx + px) * 4;
      if (covered === 0) {
        png.data[i] = 0;
        png.data[i + 1] = 0;
        png.data[i + 2] = 0;
        png.data[i + 3] = 0;
      } else {
        png.data[i] = Math.round(r / covered);
        png.data[i + 1] = Math.round(g / covered);
        png.data[i + 2] = Math.round(b / covered);
        png.data[i + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return png;
}

/** 192×192 full-colour icon on the accent colour. */
export function renderColorIcon(): Buffer {
  return PNG.sync.write(render(192, colourFigure(), hexToRgb(ACCENT_COLOR)));
}

/** 32×32 outline icon: white figure, transparent everywhere else. */
export function renderOutlineIcon(): Buffer {
  return PNG.sync.write(render(32, outlineFigure(), null));
}

export function writeIcons(dir: string): void {
  writeFileSync(join(dir, 'color.png'), renderColorIcon());
  writeFileSync(join(dir, 'outline.png'), renderOutlineIcon());
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, '..', '..', 'appPackage');
  writeIcons(dir);
  console.log(`wrote color.png and outline.png to ${dir}`);
}
