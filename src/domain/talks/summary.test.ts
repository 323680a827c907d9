import { talksEn } from '../../ui/i18n/talks.en';
import { talksNl } from '../../ui/i18n/talks.nl';
import type { Agreement } from './agreements';
import { aTalk } from './fixtures';
import type { TalkRecord } from './record';
import { renderSummaryHtml, renderSummaryText, summarySubject } from './summary';

const agreement = (id: string, text: string, owner: Agreement['owner'], extra: Partial<Agreement> = {}): Agreement => ({
  id,
  talkId: 'talk-1',
  pupilId: 'pupil-1',
  text,
  owner,
  madeOn: '2026-10-05',
  dueDate: '2026-11-02',
  status: 'open',
  whatWorked: '',
  whatWasHard: '',
  supportWanted: false,
  ...extra,
});

const record: TalkRecord = {
  talkId: 'talk-1',
  pupilId: 'pupil-1',
  notes: [
    { id: 'n1', text: 'Emma leest thuis elke avond 15 minuten.\nZe kiest zelf het boek.', visibility: 'shareable' },
    { id: 'n2', text: 'GEHEIM: vader klonk gespannen', visibility: 'internal' },
  ],
  agreements: [
    agreement('a1', 'Leesmoment in de klas vier keer per week', 'school'),
    agreement('a2', 'Samen lezen, 15 minuten per dag', 'ouder', { dueDate: '2026-12-18' }),
    agreement('a3', 'Zelf een boek kiezen in de bieb', 'kind'),
    agreement('a4', 'Oude afspraak die is vervangen', 'school', { status: 'renegotiated' }),
  ],
  followUp: { talkId: 'talk-2', start: '2026-11-16T14:00:00.000Z' },
};

describe('the summary for parents', () => {
  const talk = aTalk();

  it('lists the agreements with who and by when, naming the child', () => {
    const html = renderSummaryHtml(talk, record, talksNl, 'Mirjam Jansen');
    expect(html).toContain('<tr><td>Leesmoment in de klas vier keer per week</td><td>School</td><td>2 november 2026</td></tr>');
    expect(html).toContain('<td>Ouder(s)</td><td>18 december 2026</td>');
    expect(html).toContain('<td>Zelf een boek kiezen in de bieb</td><td>Emma</td>');
    expect(html).not.toContain('Oude afspraak');
    expect(html).toContain('We spreken elkaar weer op maandag 16 november 2026, 15:00.');
    expect(html).toContain('Met vriendelijke groet,<br>Mirjam Jansen');
  });

  it('shares only the notes marked shareable, never internal ones', () => {
    const html = renderSummaryHtml(talk, record, talksNl, 'Mirjam');
    const text = renderSummaryText(talk, record, talksNl, 'Mirjam');
    expect(html).toContain('Emma leest thuis elke avond 15 minuten.<br>Ze kiest zelf het boek.');
    for (const out of [html, text]) {
      expect(out).not.toContain('GEHEIM');
      expect(out).not.toContain('gespannen');
    }
  });

  it('escapes every value in the HTML and leaves the text version as written', () => {
    const evil = `<img src=x onerror="alert(1)"> & 'zo'`;
    const hostileRecord: TalkRecord = {
      ...record,
      notes: [{ id: 'n', text: evil, visibility: 'shareable' }],
      agreements: [agreement('a', evil, 'ouder')],
    };
    const hostileTalk = aTalk({ parents: [{ name: evil, email: 'x@example.nl', household: 1 }] });
    const html = renderSummaryHtml(hostileTalk, hostileRecord, talksNl, evil);
    expect(html).not.toMatch(/<img|"alert|'zo'/);
    expect(html.match(/&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; &amp; &#39;zo&#39;/g)).toHaveLength(4);
    expect(renderSummaryText(hostileTalk, hostileRecord, talksNl, 'M')).toContain(evil);
  });

  it('says so when no agreements were made', () => {
    const empty = { ...record, agreements: [], notes: [], followUp: undefined };
    const html = renderSummaryHtml(talk, empty, talksNl, 'M');
    expect(html).toContain(talksNl.summary.noAgreements);
    expect(html).not.toContain('<table>');
    expect(html).not.toContain(talksNl.summary.notesHeading);
    expect(html).not.toContain('We spreken elkaar weer');
  });

  it('writes a readable plain-text version', () => {
    expect(renderSummaryText(talk, record, talksEn, 'Mirjam Jansen')).toBe(
      [
        'Dear Sanne de Vries and Joost Bakker,',
        'Thank you for our talk on Monday, 5 October 2026 (Progress talk). Below is what we agreed together.',
        'Our agreements\n' +
          '- Leesmoment in de klas vier keer per week\n  Who: School; Done by: 2 November 2026\n' +
          '- Samen lezen, 15 minuten per dag\n  Who: Parent(s); Done by: 18 December 2026\n' +
          '- Zelf een boek kiezen in de bieb\n  Who: Emma; Done by: 2 November 2026',
        'Also discussed\n\nEmma leest thuis elke avond 15 minuten.\nZe kiest zelf het boek.',
        'We will talk again on Monday, 16 November 2026, 15:00.',
        talksEn.summary.correction,
        'Kind regards,\nMirjam Jansen',
      ].join('\n\n'),
    );
  });

  it('keeps emoji and Turkish or Arabic names intact', () => {
    const talk2 = aTalk({
      pupil: { id: 'p', firstName: 'Yusuf', group: 6 },
      parents: [{ name: 'Gülşen Öztürk', email: 'g@example.com', household: 1 }, { name: 'أحمد', email: 'a@example.com', household: 1 }],
    });
    const html = renderSummaryHtml(talk2, { ...record, agreements: [agreement('a', 'Voetbal 🏆 na school', 'kind')] }, talksNl, 'M');
    expect(html).toContain('Beste Gülşen Öztürk en أحمد,');
    expect(html).toContain('<td>Voetbal 🏆 na school</td><td>Yusuf</td>');
  });

  it('dates the subject by the school’s calendar', () => {
    expect(summarySubject(aTalk({ start: '2026-10-05T22:30:00Z' }), talksNl)).toBe(
      'Afspraken uit ons gesprek over Emma (6 oktober 2026)',
    );
  });
});
