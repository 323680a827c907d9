import { ruleError } from '../../domain/rules';
import { createI18n } from '../i18n';
import { errorsByField, fieldErrorText } from './fieldErrors';

describe('field errors in words', () => {
  const nl = createI18n('nl-NL');
  const en = createI18n('en-GB');

  it('fills the limits into the generic texts', () => {
    expect(fieldErrorText({ field: 'title', code: 'tooLong', params: { max: 255 } }, nl)).toBe('Dit is te lang: maximaal 255 tekens.');
    expect(fieldErrorText({ field: 'score', code: 'outOfRange', params: { min: 0, max: 10 } }, en)).toBe('Choose a value from 0 to 10.');
  });

  it('explains a rule of the method instead of just refusing', () => {
    expect(fieldErrorText(ruleError('step', 'notReached', { step: 4, current: 2 }), nl)).toBe(
      'Rond eerst stap 2 af; de stappen bouwen op elkaar voort.',
    );
  });

  it('keeps the first error per field', () => {
    const map = errorsByField(
      [
        { field: 'title', code: 'required' },
        { field: 'title', code: 'tooLong', params: { max: 1 } },
        { field: 'dueDate', code: 'invalidDate' },
      ],
      en,
    );
    expect([...map]).toEqual([
      ['title', 'Please fill this in.'],
      ['dueDate', 'Please enter a valid date.'],
    ]);
  });
});
