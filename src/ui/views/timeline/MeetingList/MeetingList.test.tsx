import { screen, within } from '@testing-library/react';
import { emptyFigure } from '../../../../domain/dashboard/figure';
import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import { groupTimeline, type Meeting } from '../../../../domain/meetings';
import { meetings } from '../testing/fixtures';
import { renderTimeline } from '../testing/render';
import { MeetingList } from './MeetingList';

const figures = (planned: number, held: number): MeetingFigures => ({
  planned: { count: planned, ids: [] },
  held: { count: held, ids: [] },
  cancelled: emptyFigure(),
  notRecorded: emptyFigure(),
});

describe('MeetingList', () => {
  it('groups per school year (h2) and month (h3), each month a list named by it', () => {
    const nextYear: Meeting = { ...meetings[3]!, id: 'm5', date: '2026-09-07', title: 'Nieuw jaar' };
    renderTimeline(
      <MeetingList
        years={groupTimeline([...meetings, nextYear])}
        monthFigures={new Map([['2025-09', figures(2, 2)]])}
        today="2025-10-20"
      />,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Bijeenkomsten in schooljaar 2025-2026',
      'Bijeenkomsten in schooljaar 2026-2027',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'september 2025',
      'oktober 2025',
      'september 2026',
    ]);
    expect(within(screen.getByRole('list', { name: 'september 2025' })).getAllByRole('heading')).toHaveLength(2);
    expect(within(screen.getByRole('list', { name: 'september 2026' })).getByText('Nieuw jaar')).toBeInTheDocument();
    // Figures only where there are any.
    expect(screen.getAllByText(/gehouden$/)).toHaveLength(1);
    expect(screen.getByText('2 van 2 gehouden')).toBeInTheDocument();
  });

  it('says so when there are no meetings', () => {
    renderTimeline(<MeetingList years={[]} monthFigures={new Map()} today="2025-10-20" />);
    expect(screen.getByText('Er staan nog geen bijeenkomsten op het tijdspad.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
