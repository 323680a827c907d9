import { graphemes, measure, wrapInCircle } from './wrapLabel';

describe('wrapInCircle', () => {
  it('keeps a short label on one line', () => {
    expect(wrapInCircle('Ouderpanel', 70, 13)).toEqual({ lines: ['Ouderpanel'], lineHeight: 15.6, truncated: false });
  });

  it('wraps a goal over several lines that each fit the circle, and keeps every word', () => {
    const text = 'Elk kind begint het schooljaar met een startgesprek tussen ouders en leerkracht';
    const { lines, truncated } = wrapInCircle(text, 70, 13);
    expect(lines.length).toBeGreaterThan(2);
    expect(truncated).toBe(false);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measure(line, 13)).toBeLessThanOrEqual(2 * 62);
  });

  it('cuts off what does not fit with an ellipsis', () => {
    const text = 'woord '.repeat(80).trim();
    const { lines, truncated } = wrapInCircle(text, 50, 11);
    expect(truncated).toBe(true);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(lines.join(' ').length).toBeLessThan(text.length);
  });

  it('breaks a word longer than a line between graphemes, never inside an emoji', () => {
    const text = `${'👩‍👩‍👧'.repeat(12)} 学校と家庭`;
    const { lines } = wrapInCircle(text, 50, 11);
    const all = lines.join('').replace('…', '').replace(/-/g, '');
    for (const g of graphemes(all)) expect(['👩‍👩‍👧', '学', '校', 'と', '家', '庭', ' ']).toContain(g);
  });

  it('hyphenates a long word it has to break between letters', () => {
    const { lines } = wrapInCircle('voorbereidingsformulieren', 50, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/\p{L}-$/u);
    expect(lines.join('').replace(/-/g, '')).toBe('voorbereidingsformulieren');
  });

  it('uses the measure it is given', () => {
    const wide = (text: string, size: number) => text.length * size * 2;
    expect(wrapInCircle('een twee drie', 70, 13, 8, wide).lines).toEqual(['een', 'twee', 'drie']);
  });

  it('gives nothing for an empty label', () => {
    expect(wrapInCircle('   ', 50, 11).lines).toEqual([]);
  });
});
