import { escapeHtml, fillTemplate } from './text';

describe('escapeHtml', () => {
  it('makes a script tag inert', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });

  it('escapes quotes so values are safe inside attributes', () => {
    expect(escapeHtml(`" onmouseover='steal()'`)).toBe('&quot; onmouseover=&#39;steal()&#39;');
  });

  it('escapes the ampersand first, so existing entities are shown as typed', () => {
    expect(escapeHtml('&lt; Tom & Jerry')).toBe('&amp;lt; Tom &amp; Jerry');
  });

  it('keeps emoji and non-Latin text intact', () => {
    const text = 'Ouders 👪 مرحبا Ğüç 你好 — Noor’s groep';
    expect(escapeHtml(text)).toBe(text);
  });

  it('leaves the empty string empty', () => expect(escapeHtml('')).toBe(''));
});

describe('fillTemplate', () => {
  it('fills named placeholders, repeatedly', () => {
    expect(fillTemplate('{n} van {total} ({n})', { n: 3, total: 5 })).toBe('3 van 5 (3)');
  });

  it('leaves unknown placeholders visible and does not read the prototype', () => {
    expect(fillTemplate('{missing} {toString}', {})).toBe('{missing} {toString}');
  });

  it('inserts values literally, even if they look like placeholders', () => {
    expect(fillTemplate('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
});
