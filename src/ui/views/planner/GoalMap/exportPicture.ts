/**
 * The goal map as a file: the SVG with its theme colours written into each element (classes
 * and CSS variables do not travel with a file), and a PNG drawn from that SVG on a canvas.
 * User text stays text: XMLSerializer escapes it, nothing is parsed as markup.
 */

const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'opacity',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

function inline(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  const computed = view?.getComputedStyle(source);
  if (computed) {
    const style = INLINED.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (style) target.setAttribute('style', style);
  }
  target.removeAttribute('class');
  const from = Array.from(source.children);
  const to = Array.from(target.children);
  from.forEach((child, i) => {
    const twin = to[i];
    if (twin) inline(child, twin);
  });
}

/** A standalone SVG document of the picture, colours and fonts as the screen shows them. */
export function serializeSvg(svg: SVGSVGElement, label: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone);
  clone.setAttribute('xmlns', SVG_NS);
  clone.removeAttribute('focusable');
  const title = svg.ownerDocument.createElementNS(SVG_NS, 'title');
  title.textContent = label;
  clone.insertBefore(title, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Draws the SVG on a canvas at `scale` times its size and gives the PNG. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('no 2d canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG from the canvas'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the SVG did not load as an image'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
