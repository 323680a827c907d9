import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { roundProgress } from '../../../../domain/guidedPath';
import { meetings, records } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { StepPath } from './StepPath';

const versioned = meetings.map((m, i) => ({ value: m, itemId: String(i), etag: '"x,1"' }));

describe('StepPath', () => {
  it('lists the steps with their state, when and where they were done, and opens one on click', async () => {
    const revisited = [...records, { ...records[2]!, id: 'r3b', date: '2025-10-06', meetingId: undefined }];
    const onSelect = jest.fn();
    renderPlanner(
      <StepPath progress={roundProgress(revisited, 1)} round={1} selected={3} onSelect={onSelect} meetings={versioned} />,
    );
    expect(screen.getByRole('navigation', { name: 'Stappen' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Stappen van ronde 1' })).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Stap 1: De droom beschrijvenGedaanGedaan op ma 15 september 2025 tijdens Aftrap veranderteam',
      'Stap 2: Doelen kiezenGedaanGedaan op ma 29 september 2025 tijdens Teambijeenkomst doelen',
      'Stap 3: Supporters wervenGedaanGedaan op ma 6 oktober 20252 keer gedaan',
      'Stap 4: Voordelen onderzoekenNu aan de beurt',
      ...[
        'Vooruitgang erkennen',
        'Komende vooruitgang schetsen',
        'Erkennen dat het lastig is',
        'Redenen voor vertrouwen vinden',
        'Iets beloven',
        'Vooruitgang evalueren',
        'Succes vieren',
      ].map((title, i) => `Stap ${i + 5}: ${title}Komt nog`),
    ]);
    expect(items[2]).toHaveAttribute('aria-current', 'true');
    expect(items.filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);
    await userEvent.click(items[6]!);
    expect(onSelect).toHaveBeenCalledWith(7);
  });

  it('shows ten steps in a later round', () => {
    renderPlanner(<StepPath progress={roundProgress([], 2)} round={2} selected={2} onSelect={() => {}} meetings={[]} />);
    expect(screen.getByText('Ronde 2')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Stappen van ronde 2' })).getAllByRole('button')).toHaveLength(10);
  });
});
