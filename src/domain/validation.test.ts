import { type FieldError, isIsoDate, optionalText, requiredText } from './validation';

describe('text rules', () => {
  it('keeps emoji and non-Latin text intact', () => {
    const errors: FieldError[] = [];
    expect(requiredText(errors, 't', '  Ouders 👪 مرحبا Ğ  ')).toBe('Ouders 👪 مرحبا Ğ');
    expect(errors).toEqual([]);
  });

  it('keeps markup as plain text; rendering makes it inert', () => {
    const errors: FieldError[] = [];
    expect(requiredText(errors, 't', '<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('names the maximum when text is too long', () => {
    const errors: FieldError[] = [];
    requiredText(errors, 'title', 'x'.repeat(256));
    optionalText(errors, 'notes', 'y'.repeat(11), 10);
    expect(errors).toEqual([
      { field: 'title', code: 'tooLong', params: { max: 255 } },
      { field: 'notes', code: 'tooLong', params: { max: 10 } },
    ]);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-11-23', '2028-02-29'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2026-02-30', '2027-02-29', '23-11-2026', '2026-11-23T10:00', ''])('refuses %s', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );
});
