import { escapeRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from './words';

/**
 * Pupil records must not hold diagnoses or health details (AVG: special category data). Staff
 * mean well and write them anyway, so the record form reminds them while they type. This is a
 * hint, never a block: a word list cannot judge context, the teacher can.
 */

/** Case-insensitive stems matched at the start of a word ("autis" → autisme, autistisch). */
const WORD_STARTS = [
  'adhd', 'autis', 'dyslex', 'dyslect', 'dyscalc', 'dyspra', 'medicat', 'medicijn',
  'medicine', 'ritalin', 'concerta', 'diagnos', 'gediagnos', 'ziek', 'illness', 'epileps',
  'diabet', 'depress', 'anxiety', 'astma', 'asthma', 'allergi', 'psychiat',
  'psychose', 'disorder', 'syndroom', 'syndrome', 'therapie', 'therapy',
];
/** Case-insensitive parts of Dutch compounds ("gedragsstoornis", "suikerziekte"). */
const WORD_PARTS = ['stoornis', 'ziekte', 'medicatie', 'diagnose'];
/** Abbreviations that are ordinary words in lower case ("add", "ass"), so matched as written. */
const ABBREVIATIONS = ['ADD', 'ASS', 'PDD-NOS', 'ODD', 'DCD', 'TOS', 'GGZ'];

const WORD = '[\\p{L}\\p{N}-]*';

const STARTS = new RegExp(`${NOT_AFTER_LETTER}(?:${WORD_STARTS.map(escapeRegExp).join('|')})${WORD}`, 'giu');
const PARTS = new RegExp(`${NOT_AFTER_LETTER}${WORD}(?:${WORD_PARTS.map(escapeRegExp).join('|')})${WORD}`, 'giu');
const ABBR = new RegExp(`${NOT_AFTER_LETTER}(?:${ABBREVIATIONS.map(escapeRegExp).join('|')})${NOT_BEFORE_LETTER}`, 'gu');

export interface HealthHint {
  code: 'healthDetails';
  /** The words that triggered the hint, as written, each once, in order of appearance. */
  terms: string[];
}

export function mentionsHealthOrDiagnosis(text: string): HealthHint | null {
  const found = [STARTS, PARTS, ABBR]
    .flatMap((pattern) => [...text.matchAll(pattern)])
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((m) => m[0]);
  const terms = [...new Set(found)];
  return terms.length ? { code: 'healthDetails', terms } : null;
}
