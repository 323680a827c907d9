import { glossaryEn } from '../../ui/i18n/glossary.en';
import { glossaryNl } from '../../ui/i18n/glossary.nl';
import { GLOSSARY_KEYS, jargonIn } from './glossary';

describe('glossary', () => {
  it('explains every term in both languages', () => {
    for (const key of GLOSSARY_KEYS) {
      for (const catalog of [glossaryNl, glossaryEn]) {
        expect(catalog[key].term.trim()).not.toBe('');
        expect(catalog[key].plain.length).toBeGreaterThan(30);
      }
    }
    expect(Object.keys(glossaryNl).sort()).toEqual([...GLOSSARY_KEYS].sort());
    expect(Object.keys(glossaryEn).sort()).toEqual([...GLOSSARY_KEYS].sort());
  });

  it('covers the words parents trip over most', () => {
    for (const key of ['opp', 'tlv', 'groepsplan', 'handelingsplan', 'ib', 'zorgteam', 'passendOnderwijs', 'swv'] as const) {
      expect(GLOSSARY_KEYS).toContain(key);
    }
  });

  it('finds jargon by abbreviation or full form', () => {
    expect(jargonIn('We stellen een OPP op en vragen een TLV aan.', glossaryNl)).toEqual(['opp', 'tlv']);
    expect(jargonIn('Het ontwikkelingsperspectief en het Groepsplan', glossaryNl)).toEqual(['opp', 'groepsplan']);
    expect(jargonIn('Bespreken met de intern begeleider', glossaryNl)).toEqual(['ib']);
  });

  it('does not mistake everyday words for abbreviations', () => {
    expect(jargonIn('Zo gaat het goed, so far so good; mr. Jansen komt ook', glossaryNl)).toEqual([]);
    expect(jargonIn('Een shopping-list en de OPPASSER', glossaryNl)).toEqual([]);
  });
});
