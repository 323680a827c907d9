import { LINE_CHART_HEIGHT, lineChartGeometry } from './lineChart';

describe('lineChartGeometry', () => {
  it('spaces the points evenly, higher values higher up, the last one labelled', () => {
    const g = lineChartGeometry(
      [
        { x: '1 sep', y: 2 },
        { x: '1 okt', y: 4 },
        { x: '1 nov', y: 10 },
      ],
      0,
      10,
    );
    const [a, b, c] = g.points;
    expect(b!.x - a!.x).toBeCloseTo(c!.x - b!.x, 0);
    expect(a!.y).toBeGreaterThan(b!.y);
    expect(c!.y).toBe(g.plot.top);
    expect(c!.labelled).toBe(true);
    expect(g.path.startsWith(`M${a!.x} ${a!.y}`)).toBe(true);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(g.height).toBe(LINE_CHART_HEIGHT);
  });

  it('leaves out labels that would collide on a long series, never the last', () => {
    const points = Array.from({ length: 60 }, (_, i) => ({ x: `d${i}`, y: i % 10 }));
    const g = lineChartGeometry(points, 0, 10);
    const labelled = g.points.filter((p) => p.labelled);
    expect(labelled.length).toBeLessThan(20);
    expect(g.points.at(-1)!.labelled).toBe(true);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(60);
  });

  it('draws one point in the middle, without a line', () => {
    const g = lineChartGeometry([{ x: 'vandaag', y: 5 }], 0, 10);
    expect(g.path).toBe('');
    expect(g.points[0]!.x).toBe((g.plot.left + g.plot.right) / 2);
  });
});
