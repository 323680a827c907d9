import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ScorePoint, scoreTrend } from '../../../../domain/meetings';
import { meetings } from '../testing/fixtures';
import { renderTimeline } from '../testing/render';
import { CHART_HEIGHT, CHART_MIN_WIDTH, chartGeometry, LABEL_GAP } from './chartGeometry';
import { ScoreChart } from './ScoreChart';

const point = (date: string, score: number, meetingId = date): ScorePoint => ({ date, score, meetingId });

describe('chartGeometry', () => {
  it('puts 0 on the bottom and 10 (the dream) on top, time left to right in proportion', () => {
    const g = chartGeometry([point('2025-09-01', 0), point('2025-09-11', 5), point('2025-10-01', 10)], 500);
    expect(g.width).toBe(500);
    expect(g.height).toBe(CHART_HEIGHT);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    const [a, b, c] = g.points as [typeof g.points[0], typeof g.points[0], typeof g.points[0]];
    expect(a.y).toBe(g.plot.bottom);
    expect(c.y).toBe(g.plot.top);
    expect(b.y).toBeCloseTo((g.plot.top + g.plot.bottom) / 2, 0);
    // 10 of 30 days: a third of the way.
    expect((b.x - a.x) / (c.x - a.x)).toBeCloseTo(1 / 3, 2);
    expect(a.x).toBeGreaterThan(g.plot.left);
    expect(c.x).toBeLessThan(g.plot.right);
    expect(g.line).toBe(`M${a.x} ${a.y} L${b.x} ${b.y} L${c.x} ${c.y}`);
  });

  it('centres a single point and draws no line', () => {
    const g = chartGeometry([point('2025-09-01', 6)], 400);
    expect(g.points[0]?.x).toBeCloseTo((g.plot.left + g.plot.right) / 2, 0);
    expect(g.points[0]?.labelled).toBe(true);
    expect(g.line).toBe('');
  });

  it('never draws narrower than its minimum width', () => {
    expect(chartGeometry([point('2025-09-01', 6)], 100).width).toBe(CHART_MIN_WIDTH);
  });

  it('leaves out labels that would collide, but always labels the latest score', () => {
    const daily = Array.from({ length: 30 }, (_, i) => point(`2025-09-${String(i + 1).padStart(2, '0')}`, 5));
    const g = chartGeometry(daily, 320);
    const labelled = g.points.filter((p) => p.labelled);
    expect(labelled.length).toBeGreaterThan(1);
    expect(labelled.length).toBeLessThan(daily.length);
    expect(g.points.at(-1)?.labelled).toBe(true);
    for (let i = 1; i < labelled.length; i++) {
      expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(LABEL_GAP);
    }
  });
});

describe('ScoreChart', () => {
  const trend = scoreTrend(meetings);

  it('is an image named by a sentence, labelled with short dates and scores', () => {
    renderTimeline(<ScoreChart points={trend} meetings={meetings} />);
    const img = screen.getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img).toHaveAccessibleName(/2 cijfers, van 4 op ma 15 september 2025 tot 4,5 op ma 29 september 2025/);
    expect(within(img).getByText('15 sep')).toBeInTheDocument();
    expect(within(img).getByText('4,5')).toBeInTheDocument();
    expect(within(img).getByText('10')).toBeInTheDocument(); // the top of the axis
  });

  it('keeps the table for screen readers and shows it instead of the chart on request', async () => {
    renderTimeline(<ScoreChart points={trend} meetings={meetings} />);
    const table = screen.getByRole('table', { name: 'Cijfers per bijeenkomst' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const toggle = screen.getByRole('button', { name: 'Toon als tabel' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('table', { name: 'Cijfers per bijeenkomst' })).toBeInTheDocument();

    await userEvent.click(toggle);
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('names a single score in its own words', () => {
    renderTimeline(<ScoreChart points={trend.slice(0, 1)} meetings={meetings} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Lijndiagram van het cijfer richting de droom, van 0 tot 10: één cijfer, 4 op ma 15 september 2025.',
    );
  });

  it('explains that there are no scores yet, without a chart or a toggle', () => {
    renderTimeline(<ScoreChart points={[]} meetings={meetings} />);
    expect(screen.getByText(/^Nog geen cijfers\./)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('draws at the width its container has', () => {
    let callback: ResizeObserverCallback = () => {};
    const observe = jest.fn();
    const original = window.ResizeObserver;
    window.ResizeObserver = class {
      constructor(cb: ResizeObserverCallback) {
        callback = cb;
      }
      observe = observe;
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      renderTimeline(<ScoreChart points={trend} meetings={meetings} />);
      expect(observe).toHaveBeenCalled();
      act(() => callback([{ contentRect: { width: 333.4 } } as ResizeObserverEntry], {} as ResizeObserver));
      expect(screen.getByRole('img')).toHaveAttribute('viewBox', `0 0 333 ${CHART_HEIGHT}`);
    } finally {
      window.ResizeObserver = original;
    }
  });

  it('draws its colours from theme tokens only', () => {
    const { container } = renderTimeline(<ScoreChart points={trend} meetings={meetings} />);
    for (const element of container.querySelectorAll('svg *')) {
      expect(element.getAttribute('fill')).toBeNull();
      expect(element.getAttribute('stroke')).toBeNull();
      expect(element.getAttribute('style')).toBeNull();
    }
  });
});
