import { isValidEmail } from './email';

describe('isValidEmail', () => {
  it.each([
    'ouder@example.nl',
    'Sanne.de.Vries@Example.NL',
    "o'brien@example.com",
    'fatma+school@mail.example.org',
    'a@b.co',
    'ouder@xn--mller-kva.de',
    'ouder@müller.de',
    'x'.repeat(64) + '@example.nl',
  ])('accepts %s', (email) => expect(isValidEmail(email)).toBe(true));

  it.each([
    '',
    'ouder',
    '@example.nl',
    'ouder@',
    'ouder@example',
    'ouder@@example.nl',
    'ou der@example.nl',
    'ouder@exa mple.nl',
    '.ouder@example.nl',
    'ouder.@example.nl',
    'ou..der@example.nl',
    'ouder@-example.nl',
    'ouder@example-.nl',
    'ouder@example..nl',
    'ouder@example.n',
    'ouder@example.123',
    'ouder@[127.0.0.1]',
    '"ouder"@example.nl',
    'Sanne <sanne@example.nl>',
    '<script>@example.nl',
    'sanne@example.nl\n',
    'x'.repeat(65) + '@example.nl',
    'a@' + 'b'.repeat(250) + '.nl',
    'ouder@example.nl,tweede@example.nl',
  ])('refuses %j', (email) => expect(isValidEmail(email)).toBe(false));
});
