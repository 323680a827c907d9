import { glossaryNl } from '../../ui/i18n/glossary.nl';
import { aTalk } from './fixtures';
import { STAGE_LIMITS, stageContentForTalk, stageContentOf, stageQuery, suggestedStageTerms } from './stage';

describe('meeting stage content', () => {
  it('round-trips a talk’s type, template agenda and chosen terms through the share URL', () => {
    const content = stageContentForTalk(aTalk({ type: 'zorg' }), ['opp', 'tlv']);
    const query = stageQuery(content);
    expect(query).toMatch(/^view=stage&type=zorg&agenda=welcome\.3,positiveStart\.3,/);
    expect(query).toContain('&terms=opp,tlv');
    expect(stageContentOf(`?${query}`)).toEqual(content);
  });

  it('leaves out agenda items staff typed themselves: typed text may name the child', () => {
    const talk = aTalk({
      agenda: [
        { title: { key: 'welcome' }, minutes: 2 },
        { title: { text: 'Emma en haar leesproblemen' }, minutes: 5 },
        { title: { key: 'agreements' }, minutes: 3 },
      ],
    });
    const query = stageQuery(stageContentForTalk(talk, []));
    expect(query).toBe('view=stage&type=voortgang&agenda=welcome.2,agreements.3');
    expect(query).not.toContain('Emma');
  });

  it('reads only catalog keys from a URL: anything else is dropped, never shown', () => {
    const content = stageContentOf(
      '?view=stage&type=<script>&agenda=welcome.3,Emma.5,lookBack.0,schoolView.999,advice.x,agreements.4&terms=opp,Emma,<b>,opp,tlv',
    );
    expect(content).toEqual({ type: null, agenda: [{ key: 'welcome', minutes: 3 }, { key: 'agreements', minutes: 4 }], terms: ['opp', 'tlv'] });
  });

  it('is empty for a stage opened without a share (Teams opening the app on the stage)', () => {
    expect(stageContentOf('?view=tab')).toEqual({ type: null, agenda: [], terms: [] });
    expect(stageContentOf('')).toEqual({ type: null, agenda: [], terms: [] });
  });

  it('caps what a URL can put on the screen', () => {
    const many = Array.from({ length: 30 }, () => 'welcome.1').join(',');
    const terms = 'opp,tlv,ib,sbo,so,swv,sop,mr,rt,arrangement,zorgteam';
    const content = stageContentOf(`agenda=${many}&terms=${terms}`);
    expect(content.agenda).toHaveLength(STAGE_LIMITS.agenda);
    expect(content.terms).toHaveLength(STAGE_LIMITS.terms);
  });

  it('suggests the jargon the talk’s own texts use', () => {
    expect(suggestedStageTerms(['We bespreken het OPP', 'Wat vindt de intern begeleider?'], glossaryNl)).toEqual(['opp', 'ib']);
    expect(suggestedStageTerms(['Hoe gaat het thuis?'], glossaryNl)).toEqual([]);
  });
});
