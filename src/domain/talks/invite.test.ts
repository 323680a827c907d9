import { talksEn } from '../../ui/i18n/talks.en';
import { talksNl } from '../../ui/i18n/talks.nl';
import { aTalk } from './fixtures';
import { inviteSubject, preTalkSubject, renderInviteHtml, renderPreTalkHtml } from './invite';

const hostile = `<script>alert("x")</script> & 'quotes'`;

describe('renderInviteHtml', () => {
  const talk = aTalk();
  const html = renderInviteHtml(talk, talksNl);

  it('tells parents the purpose, the time and the way of meeting', () => {
    expect(html).toContain('Beste Sanne de Vries en Joost Bakker,');
    expect(html).toContain(talksNl.types.voortgang.purpose);
    expect(html).toContain('maandag 5 oktober 2026, 15:00–15:15');
    expect(html).toContain('Online in Microsoft Teams.');
  });

  it('says who attends and in what role, the child included', () => {
    expect(html).toContain('<li>Sanne de Vries (ouder)</li>');
    expect(html).toContain('<li>Mirjam Jansen (leerkracht)</li>');
    expect(html).toContain('<li>Peter Visser (intern begeleider (coördineert de extra hulp op school))</li>');
    expect(html).toContain('Emma is er ook bij.');
    expect(renderInviteHtml(aTalk({ childJoins: false }), talksNl)).not.toContain('is er ook bij');
  });

  it('lists the agenda with clock times, and the preparation questions', () => {
    expect(html).toContain('<li>15:00–15:02 Eerst: wat gaat er goed?</li>');
    expect(html).toContain('<li>15:13–15:15 Afspraken: wie doet wat, wanneer, en wanneer praten we weer</li>');
    expect(html).toContain('<li>Wat is u opgevallen sinds ons vorige gesprek?</li>');
    expect(html).toContain(talksNl.invite.plainLanguage);
  });

  it('escapes every value staff typed', () => {
    const evil = renderInviteHtml(
      aTalk({
        mode: 'inPerson',
        location: hostile,
        parents: [{ name: hostile, email: 'a@example.nl', household: 1 }],
        staff: [{ name: hostile, email: 'b@example.nl', role: 'leerkracht' }],
        agenda: [{ title: { text: hostile }, minutes: 5 }],
        preparationQuestions: [{ text: hostile }],
      }),
      talksNl,
    );
    expect(evil).not.toContain('<script>');
    expect(evil).not.toMatch(/"x"|'quotes'/);
    expect(evil.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;quotes&#39;/g)).toHaveLength(6);
  });

  it('keeps emoji and names in any script intact', () => {
    const out = renderInviteHtml(
      aTalk({
        pupil: { id: 'p', firstName: 'Çağla', group: 6 },
        parents: [
          { name: 'Ayşe Yılmaz', email: 'ayse@example.com', household: 1 },
          { name: 'محمد العلي', email: 'm@example.com', household: 2 },
        ],
        agenda: [{ title: { text: 'Koffie ☕ en kennismaken 👋' }, minutes: 5 }],
      }),
      talksNl,
    );
    expect(out).toContain('Beste Ayşe Yılmaz en محمد العلي,');
    expect(out).toContain('Koffie ☕ en kennismaken 👋');
    expect(out).toContain('Çağla is er ook bij.');
  });

  it('names the room for a talk at school, or just "at school"', () => {
    expect(renderInviteHtml(aTalk({ mode: 'inPerson', location: 'Lokaal 4' }), talksNl)).toContain('Op school: Lokaal 4');
    expect(renderInviteHtml(aTalk({ mode: 'inPerson' }), talksNl)).toContain('Op school</p>');
  });

  it('tells parents about the staff pre-talk, so nothing surprises them', () => {
    const out = renderInviteHtml(aTalk({ type: 'zorgteam', durationMinutes: 45, withPreTalk: true }), talksNl);
    expect(out).toContain('vanaf 14:45 een kwartier samen voor');
    expect(html).not.toContain('kwartier');
  });

  it('follows the reader’s language', () => {
    const en = renderInviteHtml(talk, talksEn);
    expect(en).toContain('Dear Sanne de Vries and Joost Bakker,');
    expect(en).toContain('Monday, 5 October 2026, 15:00–15:15');
    expect(en).toContain('<li>Mirjam Jansen (teacher)</li>');
  });
});

describe('invite subjects and the pre-talk', () => {
  it('builds plain-text subjects', () => {
    expect(inviteSubject(aTalk(), talksNl)).toBe('Voortgangsgesprek – Emma');
    expect(preTalkSubject(aTalk({ type: 'zorgteam' }), talksEn)).toBe('Preparation Talk with the care team – Emma');
  });

  it('renders the staff-only pre-talk, escaped', () => {
    const talk = aTalk({
      type: 'zorgteam',
      durationMinutes: 45,
      withPreTalk: true,
      staff: [{ name: hostile, email: 'b@example.nl', role: 'orthopedagoog' }],
    });
    const out = renderPreTalkHtml(talk, talksNl) as string;
    expect(out).toContain('14:45–15:00');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('Sanne');
    expect(renderPreTalkHtml(aTalk(), talksNl)).toBeNull();
  });
});
