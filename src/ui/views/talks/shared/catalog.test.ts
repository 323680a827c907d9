import { talksEn } from '../../../i18n/talks.en';
import { talksNl } from '../../../i18n/talks.nl';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the talks catalogs', () => {
  it('have the same keys, no empty texts and the same placeholders in Dutch and English', () => {
    const dutch = leaves(talksNl);
    const english = new Map(leaves(talksEn));
    expect([...english.keys()]).toEqual(dutch.map(([k]) => k));
    for (const [key, text] of dutch) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(english.get(key) as string)]).toEqual([key, placeholders(text)]);
    }
  });
});
