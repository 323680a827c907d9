import { talksEn } from '../../ui/i18n/talks.en';
import { talksNl } from '../../ui/i18n/talks.nl';
import { exportPupil } from '../retention';
import { renderPupilExportHtml } from './exportHtml';
import { aTalk } from './fixtures';

const MARKUP = '<img src=x onerror=alert(1)> & "quotes"';

function data() {
  const talk = aTalk({
    parents: [{ name: `Sanne ${MARKUP}`, email: 'sanne@example.nl', household: 1 }],
    agenda: [{ title: { key: 'welcome' }, minutes: 2 }, { title: { text: `Lezen ${MARKUP}` }, minutes: 5 }],
  });
  return exportPupil(
    { id: 'pupil-1', firstName: 'Emma', group: 7, leftOn: '2027-07-09' },
    {
      talks: [talk],
      records: [{ talkId: talk.id, pupilId: 'pupil-1', notes: [{ id: 'n1', text: `Intern ${MARKUP}`, visibility: 'internal' }], agreements: [] }],
      agreements: [
        {
          id: 'a1', talkId: talk.id, pupilId: 'pupil-1', owner: 'school', text: `Bericht ${MARKUP}`, madeOn: '2026-10-05',
          dueDate: '2026-11-02', status: 'open', whatWorked: '', whatWasHard: '', supportWanted: false,
        },
      ],
    },
    new Date('2027-08-01T10:00:00Z'),
  );
}

describe('renderPupilExportHtml', () => {
  it('prints everything kept, internal notes included, in Dutch', () => {
    const html = renderPupilExportHtml(data(), talksNl.ui.pupils.print, talksNl);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Gegevens van Emma in Driehoek</h1>');
    expect(html).toContain('Deze gegevens worden verwijderd op 9 juli 2029.');
    expect(html).toContain('Welkom en waarom we vandaag praten (2 min.)');
    expect(html).toContain('(alleen voor school)');
    expect(html).toContain('klaar op 2 november 2026');
    expect(html).toContain('Mirjam Jansen (leerkracht)');
  });

  it('escapes every stored text: nothing typed can run or add markup', () => {
    const html = renderPupilExportHtml(data(), talksEn.ui.pupils.print, talksEn);
    expect(html).not.toContain('<img');
    expect(html).toContain('Sanne &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; (parent)');
    expect(html).toContain('Lezen &lt;img');
    expect(html).toContain('Intern &lt;img');
    expect(html).toContain('Bericht &lt;img');
    expect(html).toContain('<html lang="en">');
  });
});
