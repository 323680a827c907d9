/** Pure parts of the bundle figure: sizes per package or source folder, gzip totals (bundleParts.test.ts). */

export interface JsFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** Groups module sizes by package (node_modules/@scope/name) or by source folder (src/ui/…). */
export function partsOf(modules: ReadonlyArray<{ name: string; size: number }>): Array<{ part: string; bytes: number }> {
  const totals = new Map<string, number>();
  for (const m of modules) {
    const part = partName(m.name);
    totals.set(part, (totals.get(part) ?? 0) + m.size);
  }
  return [...totals].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes);
}

export function partName(moduleName: string): string {
  // Concatenated modules are named after their root module, e.g. "./src/ui/main.tsx + 120 modules".
  const path = moduleName.replace(/ \+ \d+ modules?$/, '');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1]!;
  const inSource = /\.\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(path);
  return inSource ? inSource[1]! : path;
}

export function totalGzip(files: readonly JsFile[]): number {
  return files.reduce((sum, f) => sum + f.gzipBytes, 0);
}
