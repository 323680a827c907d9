import { act, getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TimelineSnapshot } from '../../../../data/api';
import { ThrottledError, UnavailableError } from '../../../../data/errors';
import { cycle, fakeApi, meetings, setToday, snapshot } from '../testing/fixtures';
import { renderTimeline } from '../testing/render';
import { TimelineView } from '..';

const loadWith = (value: TimelineSnapshot) => jest.fn(() => Promise.resolve(value));
const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent));

beforeEach(() => setToday('2025-10-20'));
afterEach(() => jest.useRealTimers());

describe('TimelineView', () => {
  it('shows the cycle, planned vs held, the score table and the meetings per month', async () => {
    renderTimeline(<TimelineView />, { api: fakeApi(loadWith(snapshot)) });

    const region = await screen.findByRole('region', { name: 'Tijdspad Samen sterk met ouders' });
    expect(within(region).getByRole('heading', { level: 1, name: 'Samen sterk met ouders' })).toBeInTheDocument();
    expect(screen.getByText('2025-2026')).toBeInTheDocument();
    // Line breaks of the dream are kept in one text node (white-space: pre-line).
    const asTyped = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(screen.getByText(cycle.dream, asTyped)).toBeInTheDocument();

    // At a glance: m1, m2 held and m4 still to come; m3 cancelled.
    const glance = screen.getByRole('region', { name: 'In één oogopslag' });
    expect(within(glance).getByText('2 van 3 gehouden')).toBeInTheDocument();
    expect(within(glance).getByRole('progressbar', { name: '2 van 3 gehouden' })).toBeInTheDocument();

    // The chart is an image with a sentence, and its data table lists every score.
    const chart = screen.getByRole('region', { name: 'Cijfer richting de droom' });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(
      'Lijndiagram van het cijfer richting de droom, van 0 tot 10: 2 cijfers, van 4 op ma 15 september 2025 tot 4,5 op ma 29 september 2025.',
    );
    expect(rowTexts(within(chart).getByRole('table', { name: 'Cijfers per bijeenkomst' }))).toEqual([
      [],
      ['ma 15 september 2025', 'Aftrap veranderteam', '4'],
      ['ma 29 september 2025', 'Teambijeenkomst doelen', '4,5'],
    ]);

    // School year (h2) → months (h3) → a named list per month.
    expect(screen.getByRole('heading', { level: 2, name: 'Bijeenkomsten in schooljaar 2025-2026' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'september 2025',
      'oktober 2025',
    ]);
    const september = screen.getByRole('list', { name: 'september 2025' });
    const october = screen.getByRole('list', { name: 'oktober 2025' });
    expect(within(september).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Aftrap veranderteam',
      'Teambijeenkomst doelen',
    ]);
    expect(within(october).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Bouwvergadering onderbouw',
      'Vooruitgang tot nu toe',
    ]);
    expect(screen.getByText('2 van 2 gehouden')).toBeInTheDocument(); // september
    expect(screen.getByText('0 van 1 gehouden')).toBeInTheDocument(); // oktober

    // Type labels and status labels in Dutch.
    expect(within(september).getByText('Veranderteambijeenkomst')).toBeInTheDocument();
    expect(within(september).getByText('Teambijeenkomst')).toBeInTheDocument();
    expect(within(october).getByText('Bouwvergadering')).toBeInTheDocument();
    expect(within(september).getAllByText('Gehouden')).toHaveLength(2);
    expect(within(october).getByText('Vervallen')).toBeInTheDocument();
    expect(within(october).getByText('Gepland')).toBeInTheDocument();
    expect(screen.getByText('Stap 3: Supporters werven')).toBeInTheDocument();
  });

  it('flags a planned meeting whose date has passed as not updated', async () => {
    setToday('2025-11-10');
    renderTimeline(<TimelineView />, { api: fakeApi(loadWith(snapshot)) });
    const october = await screen.findByRole('list', { name: 'oktober 2025' });
    const item = within(october).getByRole('heading', { name: 'Vooruitgang tot nu toe' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Niet bijgewerkt')).toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'In één oogopslag' });
    expect(within(glance).getByText('Niet bijgewerkt').nextSibling).toHaveTextContent('1');
  });

  it('renders HTML and script in user text as literal text', async () => {
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(1)</script>';
    const load = loadWith({
      cycle: { ...cycle, title: `Plan ${img}`, dream: script },
      meetings: [{ ...meetings[0]!, title: img, purpose: script, minutes: `<b>vet</b> ${img}` }],
    });
    const { container } = renderTimeline(<TimelineView />, { api: fakeApi(load) });

    expect(await screen.findByRole('heading', { level: 1, name: `Plan ${img}` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: img })).toBeInTheDocument();
    expect(screen.getAllByText(script)).toHaveLength(2); // dream and purpose
    expect(screen.getByText(`<b>vet</b> ${img}`)).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText(img)).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('shows a friendly empty state when there is no cycle', async () => {
    renderTimeline(<TimelineView />, { api: fakeApi(loadWith({ cycle: null, meetings: [] })) });
    const region = await screen.findByRole('region', { name: 'Tijdspad' });
    expect(within(region).getByText(/Er is nog geen actief veranderplan/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('tells when a cycle has no meetings or scores yet', async () => {
    renderTimeline(<TimelineView />, { api: fakeApi(loadWith({ cycle, meetings: [] })) });
    expect(await screen.findByText('Er staan nog geen bijeenkomsten op het tijdspad.')).toBeInTheDocument();
    expect(screen.getByText(/^Nog geen cijfers\./)).toBeInTheDocument();
    expect(screen.getByText('Voor dit schooljaar staan nog geen bijeenkomsten op de planning.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows a spinner with a label while loading', () => {
    renderTimeline(<TimelineView />, { api: fakeApi(() => new Promise(() => {})) });
    expect(screen.getByRole('progressbar', { name: 'Het tijdspad wordt geladen…' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Tijdspad' })).toHaveAttribute('aria-busy', 'true');
  });

  it('shows the failure and loads again on retry', async () => {
    const load = jest
      .fn<Promise<TimelineSnapshot>, []>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValueOnce(snapshot);
    renderTimeline(<TimelineView />, { api: fakeApi(load) });

    expect(await screen.findByText('Er ging iets mis')).toBeInTheDocument();
    expect(screen.getByText(/De gegevens konden niet worden geladen/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen sterk met ouders' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['throttled', new ThrottledError('slow down', { status: 429, retryAfterSeconds: 2 })],
    ['unavailable', new UnavailableError('no answer', { status: 503 })],
  ])('gives the busy text when the service is %s', async (_, error) => {
    renderTimeline(<TimelineView />, { api: fakeApi(() => Promise.reject(error)) });
    expect(await screen.findByText('SharePoint is even druk. We proberen het zo opnieuw.')).toBeInTheDocument();
  });

  it('speaks English for an English locale', async () => {
    renderTimeline(<TimelineView />, { locale: 'en-GB', api: fakeApi(loadWith(snapshot)) });
    expect(await screen.findByRole('region', { name: 'Timeline Samen sterk met ouders' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'At a glance' })).toHaveTextContent('2 of 3 held');
    expect(screen.getByRole('heading', { level: 2, name: 'Meetings in school year 2025-2026' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'October 2025' })).toBeInTheDocument();
    expect(screen.getAllByText('Change-team meeting')).toHaveLength(2);
    expect(within(screen.getByRole('list', { name: 'October 2025' })).getByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText('Step 2: Choose goals')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Score' })).toBeInTheDocument();
  });

  it('drops a late answer after the view is gone', async () => {
    let resolve: (value: TimelineSnapshot) => void = () => {};
    const { unmount } = renderTimeline(<TimelineView />, {
      api: fakeApi(() => new Promise((r) => (resolve = r))),
    });
    unmount();
    await act(async () => resolve(snapshot));
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
  });
});
