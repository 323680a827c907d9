import { screen, within } from '@testing-library/react';
import { timelineCounts } from '../../../../domain/timeline';
import { cycle, meetings } from '../testing/fixtures';
import { renderTimeline } from '../testing/render';
import { PlannedHeld } from './PlannedHeld';

const countsOf = (region: HTMLElement) =>
  Object.fromEntries(
    within(region)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

describe('PlannedHeld', () => {
  it('shows held of planned, a bar and the four counts of the school year', () => {
    const [year] = timelineCounts(meetings, cycle.id, '2025-11-10');
    renderTimeline(<PlannedHeld figures={year!.figures} schoolYear="2025-2026" />);
    const region = screen.getByRole('region', { name: 'In één oogopslag' });
    expect(within(region).getByText('Schooljaar 2025-2026')).toBeInTheDocument();
    expect(within(region).getByRole('progressbar', { name: '2 van 3 gehouden' })).toHaveAttribute(
      'aria-valuenow',
      String(2 / 3),
    );
    expect(countsOf(region)).toEqual({ Gepland: '3', Gehouden: '2', Vervallen: '1', 'Niet bijgewerkt': '1' });
  });

  it('says that nothing is planned yet, without a bar', () => {
    renderTimeline(<PlannedHeld figures={null} schoolYear="2025-2026" />);
    expect(screen.getByText('Voor dit schooljaar staan nog geen bijeenkomsten op de planning.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(countsOf(screen.getByRole('region'))).toEqual({
      Gepland: '0',
      Gehouden: '0',
      Vervallen: '0',
      'Niet bijgewerkt': '0',
    });
  });

  it('speaks English', () => {
    const [year] = timelineCounts(meetings, cycle.id, '2025-10-20');
    renderTimeline(<PlannedHeld figures={year!.figures} schoolYear="2025-2026" />, { locale: 'en-GB' });
    expect(screen.getByRole('region', { name: 'At a glance' })).toHaveTextContent('2 of 3 held');
    expect(screen.getByText('School year 2025-2026')).toBeInTheDocument();
  });
});
