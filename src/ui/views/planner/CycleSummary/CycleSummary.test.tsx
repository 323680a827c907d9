import { getDefaultNormalizer, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import { cycle, fakeApi, fakePlanner, records, staff } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { CycleSummary } from './CycleSummary';

const v = (value: ChangeCycle): Versioned<ChangeCycle> => ({ value, itemId: '100', etag: '"100,1"' });
const recs = records.map((value, i) => ({ value, itemId: String(i), etag: '"r,1"' }));

function summary(value: ChangeCycle, extra: Partial<Parameters<typeof CycleSummary>[0]> = {}) {
  return (
    <CycleSummary
      cycle={v(value)}
      staff={staff}
      goals={[]}
      records={recs}
      readOnly={value.status === 'archived'}
      today="2025-10-20"
      headingId="h"
      eyebrowId="e"
      onEdit={() => {}}
      onCycleSaved={() => {}}
      onCycleCreated={() => {}}
      onReload={() => {}}
      {...extra}
    />
  );
}

describe('CycleSummary', () => {
  it('shows the title, status, round, who and the dream, as text', () => {
    const dream = 'Eerste alinea.\n\n<script>alert(1)</script> 学校';
    const { container } = renderPlanner(summary({ ...cycle, dream }));
    expect(screen.getByRole('heading', { level: 1, name: 'Samen sterk met ouders' })).toHaveAttribute('id', 'h');
    expect(screen.getByText('Actief')).toBeInTheDocument();
    expect(screen.getByText('Ronde 1')).toBeInTheDocument();
    expect(screen.getByText('Schooljaar').nextSibling).toHaveTextContent('2025-2026');
    expect(screen.getByText('Coach (intern begeleider)').nextSibling).toHaveTextContent('Ingrid Bakker');
    expect(screen.getByText('Veranderteam').nextSibling).toHaveTextContent('Ingrid Bakker, Sanne Jansen');
    expect(screen.getByText(dream, { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) })).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('button', { name: 'Archiveren' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actief maken' })).toBeNull();
  });

  it('makes a draft active', async () => {
    const draft = { ...cycle, status: 'draft' as const };
    const planner = fakePlanner({ cycles: [draft] });
    const onCycleSaved = jest.fn();
    const stored = (await planner.cycles())[0] as Versioned<ChangeCycle>;
    renderPlanner(<CycleSummary {...summary(draft).props} cycle={stored} onCycleSaved={onCycleSaved} />, { api: fakeApi(planner) });
    await userEvent.click(screen.getByRole('button', { name: 'Actief maken' }));
    await waitFor(() => expect(onCycleSaved).toHaveBeenCalled());
    expect(planner.store.cycles.get('cycle-1')?.value.status).toBe('active');
  });

  it('offers nothing to change on an archived cycle but a next cycle', () => {
    renderPlanner(summary({ ...cycle, status: 'archived' }));
    expect(screen.getByText(/Deze cyclus is gearchiveerd/)).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Nieuwe cyclus starten vanuit deze doelen']);
  });
});
