import { readBoolean, readCsv, readDateOnly, readLines, readNumber, writeCsv, writeDateOnly, writeLines } from './fields';

describe('fields', () => {
  it('reads date-only values stored at midnight in any zone within ±12 h', () => {
    expect(readDateOnly({ d: '2026-09-15T00:00:00Z' }, 'd')).toBe('2026-09-15');
    expect(readDateOnly({ d: '2026-09-14T22:00:00Z' }, 'd')).toBe('2026-09-15'); // Amsterdam, summer
    expect(readDateOnly({ d: '2026-09-15T07:00:00Z' }, 'd')).toBe('2026-09-15'); // Pacific
    expect(readDateOnly({ d: '2026-09-15' }, 'd')).toBe('2026-09-15');
    expect(readDateOnly({}, 'd')).toBeUndefined();
    expect(() => readDateOnly({ d: 'gisteren' }, 'd')).toThrow();
    expect(writeDateOnly('2026-09-15')).toBe('2026-09-15T00:00:00Z');
    expect(writeDateOnly(undefined)).toBeNull();
    expect(() => writeDateOnly('15-09-2026')).toThrow();
  });

  it('reads numbers sent as strings and booleans in their SharePoint spellings', () => {
    expect(readNumber({ n: '6.5' }, 'n')).toBe(6.5);
    expect(readNumber({ n: null }, 'n')).toBeUndefined();
    expect(() => readNumber({ n: 'zes' }, 'n')).toThrow();
    expect(readBoolean({ b: true }, 'b')).toBe(true);
    expect(readBoolean({ b: 1 }, 'b')).toBe(true);
    expect(readBoolean({}, 'b')).toBe(false);
  });

  it('keeps lines intact, including commas, newlines and emoji', () => {
    const lines = ['een, twee', 'drie\nvier', '🙂 ouders'];
    expect(readLines({ l: writeLines(lines) }, 'l')).toEqual(lines);
    expect(readLines({ l: 'a\nb' }, 'l')).toEqual(['a', 'b']);
    expect(readLines({}, 'l')).toEqual([]);
  });

  it('writes short lists as comma-separated text and refuses commas inside values', () => {
    expect(writeCsv([2, 3, 4])).toBe('2,3,4');
    expect(readCsv({ c: '2, 3,4' }, 'c')).toEqual(['2', '3', '4']);
    expect(() => writeCsv(['a,b'])).toThrow();
  });
});
