import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ACCENT_COLOR, renderColorIcon, renderOutlineIcon } from '../../scripts/package/icons';
import { APP_PACKAGE_DIR } from '../../scripts/package/lib';

const color = readFileSync(join(APP_PACKAGE_DIR, 'color.png'));
const outline = readFileSync(join(APP_PACKAGE_DIR, 'outline.png'));
const manifest = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'));

function pixels(png: PNG): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!]);
  return out;
}

describe('icons', () => {
  it('colour icon is 192×192, fully opaque, on the accent colour', () => {
    const png = PNG.sync.read(color);
    expect([png.width, png.height]).toEqual([192, 192]);
    const px = pixels(png);
    expect(px.every(([, , , a]) => a === 255)).toBe(true);
    const hex = (p: [number, number, number, number]) => `#${p.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(hex(px[0]!)).toBe(ACCENT_COLOR.toUpperCase()); // a corner is background
    expect(manifest.accentColor.toUpperCase()).toBe(ACCENT_COLOR.toUpperCase());
    expect(new Set(px.map(hex)).size).toBeGreaterThan(3); // there is a figure on it
  });

  it('outline icon is 32×32, white on transparent, with a visible figure', () => {
    const png = PNG.sync.read(outline);
    expect([png.width, png.height]).toEqual([32, 32]);
    const px = pixels(png);
    const visible = px.filter(([, , , a]) => a > 0);
    expect(visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(px.filter(([, , , a]) => a === 0).length).toBeGreaterThan(px.length / 2); // mostly transparent
    expect(visible.filter(([, , , a]) => a === 255).length).toBeGreaterThan(60); // solid strokes, not a haze
    // The border row and column stay clear, so Teams can draw its own frame.
    for (let i = 0; i < 32; i += 1) {
      for (const idx of [i, 31 * 32 + i, i * 32, i * 32 + 31]) expect(px[idx]![3]).toBeLessThan(64);
    }
  });

  it('the committed icons are what scripts/package/icons.ts draws', () => {
    expect(renderColorIcon().equals(color)).toBe(true);
    expect(renderOutlineIcon().equals(outline)).toBe(true);
  });
});
