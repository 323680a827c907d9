import { teamScanEn } from '../../ui/i18n/teamScan.en';
import { teamScanNl } from '../../ui/i18n/teamScan.nl';
import { LEADERSHIP_STYLES } from './leadership';
import { MATURITY_LEVELS } from './maturity';
import { defaultStatements, validateRound } from './overDeStreep';
import { SCHOOL_TYPES } from './schoolTypes';
import { CLIENT_RELATIONSHIPS, STAGE_KEYS } from './stages';

describe.each([
  ['nl', teamScanNl],
  ['en', teamScanEn],
])('the %s team-scan catalog', (_, catalog) => {
  it('labels and describes every stage, relationship, style, level and school type', () => {
    const entries = [
      ...STAGE_KEYS.map((k) => catalog.stages[k]),
      ...CLIENT_RELATIONSHIPS.map((k) => catalog.clients[k]),
      ...LEADERSHIP_STYLES.map((k) => catalog.leadership[k]),
      ...MATURITY_LEVELS.map((k) => catalog.maturity[k]),
      ...SCHOOL_TYPES.map((k) => catalog.schoolTypes[k]),
    ];
    for (const e of entries) {
      expect(e.label.trim()).not.toBe('');
      expect(e.description.trim()).not.toBe('');
    }
  });

  it('starts with default statements that pass the statement rules', () => {
    const statements = defaultStatements(catalog.overDeStreep.defaults);
    expect(new Set(statements.map((s) => s.text)).size).toBe(statements.length);
    expect(validateRound({ heldAt: '2026-10-08', statements, votes: [] }).ok).toBe(true);
  });
});
