import { escapeRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from './words';

/**
 * School jargon that parents meet in talks and letters, explained in plain words in the
 * glossary catalogs (src/ui/i18n/glossary.nl.ts, glossary.en.ts). Seed 003: words such as OPP
 * and TLV leave parents behind, and few parents ask. The side panel shows these to staff; the
 * invite editor can warn when a typed text uses one.
 */
export const GLOSSARY_KEYS = [
  'opp',
  'uitstroomprofiel',
  'tlv',
  'passendOnderwijs',
  'zorgplicht',
  'swv',
  'sop',
  'basisondersteuning',
  'arrangement',
  'sbo',
  'so',
  'ib',
  'zorgteam',
  'groepsplan',
  'handelingsplan',
  'handelingsgerichtWerken',
  'onderwijsbehoefte',
  'ondersteuningsbehoefte',
  'groepsbespreking',
  'leerlingbespreking',
  'leerlingvolgsysteem',
  'citoToetsen',
  'leerlijn',
  'rt',
  'schooladvies',
  'doorstroomtoets',
  'mr',
] as const;
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

export interface GlossaryEntry {
  /** The word as school uses it, with the full form of an abbreviation: "OPP (ontwikkelingsperspectief)". */
  term: string;
  /** What it means, in everyday words. */
  plain: string;
}

export type GlossaryTexts = Record<GlossaryKey, GlossaryEntry>;

/**
 * The glossary entries whose words appear in a text. Both the abbreviation and the full form
 * count ("OPP" and "ontwikkelingsperspectief"); abbreviations match only as capitals, since
 * "so" and "mr" are everyday words in lower case.
 */
export function jargonIn(text: string, glossary: GlossaryTexts): GlossaryKey[] {
  return GLOSSARY_KEYS.filter((key) => wordsOf(glossary[key].term).some((word) => word.test(text)));
}

function wordsOf(term: string): RegExp[] {
  const match = /^(.*?)\s*\((.*)\)$/.exec(term);
  const forms = match ? [match[1] as string, match[2] as string] : [term];
  return forms.map((form) => {
    const abbreviation = form === form.toUpperCase();
    const body = escapeRegExp(form.trim());
    return new RegExp(`${NOT_AFTER_LETTER}${body}${NOT_BEFORE_LETTER}`, abbreviation ? 'u' : 'iu');
  });
}
