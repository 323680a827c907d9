import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../../i18n';
import { StageView } from './StageView';

function renderStage(search: string, locale = 'nl-NL') {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>
        <StageView search={search} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe('StageView', () => {
  it('shows the shared talk type, its agenda and the chosen words, in Dutch', () => {
    renderStage('?view=stage&type=zorg&agenda=welcome.3,parentsView.8&terms=opp,tlv');
    expect(screen.getByRole('heading', { level: 1, name: 'Gesprek over extra ondersteuning' })).toBeInTheDocument();
    const agenda = screen.getByRole('region', { name: 'Waar we het over hebben' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Welkom en waarom we vandaag praten3 minuten', 'Hoe ziet u het?8 minuten']);
    expect(within(agenda).getByText('Samen ongeveer 11 minuten')).toBeInTheDocument();
    const words = screen.getByRole('region', { name: 'Woorden die we op school gebruiken' });
    expect(within(words).getByText('OPP (ontwikkelingsperspectief)')).toBeInTheDocument();
    expect(within(words).getByText('TLV (toelaatbaarheidsverklaring)')).toBeInTheDocument();
    expect(within(words).queryByText(/SBO/)).not.toBeInTheDocument();
  });

  it('speaks the viewer’s language: the same URL in English', () => {
    renderStage('?view=stage&type=voortgang&agenda=positiveStart.2&terms=ib', 'en-US');
    expect(screen.getByRole('heading', { level: 1, name: 'Progress talk' })).toBeInTheDocument();
    expect(screen.getByText('There is no information about your child on it.', { exact: false })).toBeInTheDocument();
  });

  it('opened on the stage without a share: a general heading and the whole glossary', () => {
    renderStage('?view=tab');
    expect(screen.getByRole('heading', { level: 1, name: 'Samen in gesprek' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Waar we het over hebben' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('term').length).toBeGreaterThan(20);
  });

  it('shows nothing of a URL that is not catalog keys: no typed text reaches the screen', () => {
    const { container } = renderStage('?view=stage&type=Emma&agenda=Emma%20leest.3&terms=<img src=x onerror=alert(1)>');
    expect(container.textContent).not.toContain('Emma');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Samen in gesprek' })).toBeInTheDocument();
  });
});
