import type { Commitment } from './commitments';
import { buildDigest, type DigestMessages, renderDigestHtml, renderDigestText } from './digest';
import type { StaffMember } from './people';

const promise = (over: Partial<Commitment>): Commitment => ({
  id: 'p',
  cycleId: 'c1',
  ownerUpn: 'sanne@x',
  ownerName: 'Sanne',
  bouw: 'onderbouw',
  madeOn: '2026-10-05',
  dueDate: '2026-11-20',
  text: 'Positief bericht',
  status: 'open',
  whatWorked: '',
  whatWasHard: '',
  supportWanted: false,
  ...over,
});
const staff: StaffMember[] = [{ upn: 'SANNE@x', displayName: 'Sanne Jansen', role: 'leerkracht', bouw: 'onderbouw' }];
const today = '2026-11-16';

const messages: DigestMessages = {
  title: 'Beloftes, week van {date}',
  bouw: { onderbouw: 'Onderbouw', middenbouw: 'Middenbouw', bovenbouw: 'Bovenbouw' },
  overdueHeading: 'Over tijd ({count})',
  openHeading: 'Open ({count})',
  item: '{owner}: {text} (uiterlijk {due})',
  supportRequests: 'Vragen om ondersteuning: {count}',
  nothingOpen: 'Niets open.',
  closing: 'Succes!',
};

describe('buildDigest', () => {
  const digest = buildDigest(
    [
      promise({ id: 'due', dueDate: '2026-11-20' }),
      promise({ id: 'late', dueDate: '2026-11-09', ownerUpn: 'noor@x', ownerName: 'Noor' }),
      promise({ id: 'sooner', dueDate: '2026-11-17', ownerUpn: 'noor@x', ownerName: 'Noor' }),
      promise({ id: 'done', status: 'kept', supportWanted: true }),
      promise({ id: 'helped', status: 'kept', supportWanted: true, supportGivenOn: '2026-11-10' }),
      promise({ id: 'top', bouw: 'bovenbouw', dueDate: '2026-11-01' }),
    ],
    staff,
    today,
  );

  it('lists every bouw in order, overdue and open apart, soonest first', () => {
    expect(digest.today).toBe(today);
    expect(digest.groups.map((g) => [g.bouw, g.overdue.map((i) => i.commitmentId), g.open.map((i) => i.commitmentId)])).toEqual([
      ['onderbouw', ['late'], ['sooner', 'due']],
      ['middenbouw', [], []],
      ['bovenbouw', ['top'], []],
    ]);
  });

  it('counts support requests not yet arranged, and takes names from the staff list', () => {
    expect(digest.groups.map((g) => g.supportRequests)).toEqual([1, 0, 0]);
    expect(digest.groups[0]!.open[1]!.ownerName).toBe('Sanne Jansen');
    expect(digest.groups[0]!.overdue[0]!.ownerName).toBe('Noor');
  });
});

const hostile = buildDigest(
  [
    promise({
      id: 'x',
      ownerUpn: 'evil@x',
      ownerName: '<img src=x onerror=alert(1)>',
      text: '<script>alert("hi")</script> & \'quotes\' 👪 مرحبا',
    }),
  ],
  [],
  today,
);

describe('renderDigestText', () => {
  it('writes plain text for the newsletter, with dates formatted by the caller', () => {
    const text = renderDigestText(hostile, messages, (d) => d.split('-').reverse().join('-'));
    expect(text).toBe(
      [
        'Beloftes, week van 16-11-2026',
        '',
        'Onderbouw',
        'Open (1)',
        `- <img src=x onerror=alert(1)>: <script>alert("hi")</script> & 'quotes' 👪 مرحبا (uiterlijk 20-11-2026)`,
        '',
        'Middenbouw',
        'Niets open.',
        '',
        'Bovenbouw',
        'Niets open.',
        '',
        'Succes!',
      ].join('\n'),
    );
  });
});

describe('renderDigestHtml', () => {
  const html = renderDigestHtml(hostile, messages);

  it('escapes every user-entered value', () => {
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain(
      '<li>&lt;img src=x onerror=alert(1)&gt;: &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; 👪 مرحبا (uiterlijk 2026-11-20)</li>',
    );
  });

  it('uses only a few plain tags, lists closed', () => {
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['h2', 'h3', 'p', 'strong', 'ul', 'li']));
    expect(html.match(/<ul>/g)?.length).toBe(html.match(/<\/ul>/g)?.length);
    expect(html.startsWith('<h2>Beloftes, week van 2026-11-16</h2><h3>Onderbouw</h3><p><strong>Open (1)</strong></p><ul><li>')).toBe(true);
  });

  it('escapes catalog text too', () => {
    const sneaky = renderDigestHtml(hostile, { ...messages, closing: '<b>Succes</b>' });
    expect(sneaky.endsWith('<p>&lt;b&gt;Succes&lt;/b&gt;</p>')).toBe(true);
  });
});
