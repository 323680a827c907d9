import { partName, partsOf, totalGzip } from './bundleParts';

describe('what the initial chunk is made of', () => {
  it('names a module by its package, scoped or not, or by its source folder', () => {
    expect(partName('./node_modules/react-dom/cjs/react-dom.production.min.js')).toBe('react-dom');
    expect(partName('./node_modules/@fluentui/react-button/lib/index.js')).toBe('@fluentui/react-button');
    expect(partName('./src/ui/shell/Shell.tsx + 12 modules')).toBe('src/ui/shell');
    expect(partName('webpack/runtime/jsonp chunk loading')).toBe('webpack/runtime/jsonp chunk loading');
  });

  it('adds sizes per part, largest first', () => {
    const parts = partsOf([
      { name: './node_modules/react-dom/a.js', size: 100 },
      { name: './src/ui/app/AppRoot.tsx', size: 30 },
      { name: './node_modules/react-dom/b.js', size: 50 },
    ]);
    expect(parts).toEqual([
      { part: 'react-dom', bytes: 150 },
      { part: 'src/ui/app', bytes: 30 },
    ]);
  });

  it('sums the gzip sizes of the files', () => {
    expect(totalGzip([{ name: 'a.js', bytes: 10, gzipBytes: 4 }, { name: 'b.js', bytes: 20, gzipBytes: 6 }])).toBe(10);
  });
});
