import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import { cycle, fakeApi, fakePlanner, staff } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { CycleForm } from './CycleForm';
import { mergeCycle } from './useCycleForm';

describe('CycleForm', () => {
  it('edits a cycle: only the next status is offered, and bad input is refused per field', async () => {
    const planner = fakePlanner();
    const current = (await planner.cycles())[0] as Versioned<ChangeCycle>;
    const onSaved = jest.fn();
    renderPlanner(
      <CycleForm mode="edit" current={current} staff={staff} today="2025-10-20" onSaved={onSaved} onCancel={() => {}} onReload={() => {}} />,
      { api: fakeApi(planner) },
    );
    const u = userEvent.setup();
    const form = screen.getByRole('region', { name: 'Cyclus bewerken' });
    const status = within(form).getByRole('combobox', { name: 'Status' });
    expect(Array.from((status as HTMLSelectElement).options, (o) => o.textContent)).toEqual(['Actief', 'Gearchiveerd']);
    const years = within(form).getByRole('combobox', { name: 'Schooljaar' }) as HTMLSelectElement;
    expect(Array.from(years.options, (o) => o.value)).toEqual(['2024-2025', '2025-2026', '2026-2027', '2027-2028']);

    const title = within(form).getByRole('textbox', { name: /^Titel/ });
    await u.clear(title);
    await u.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(title).toHaveAccessibleDescription('Vul dit in.');
    expect(planner.calls).not.toContain('updateCycle');

    await u.type(title, 'Samen sterker 💪');
    await u.click(within(form).getByRole('checkbox', { name: 'Ahmed Yılmaz' }));
    await u.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(planner.store.cycles.get('cycle-1')?.value).toMatchObject({
      title: 'Samen sterker 💪',
      memberUpns: ['ingrid@delinde.example', 'sanne@delinde.example', 'ahmed@delinde.example'],
      stepsDone: [1, 2, 3],
    });
  });

  it('keeps mine on top of theirs: only the fields I changed', () => {
    const { id: _id, ...opened } = cycle;
    const theirs: ChangeCycle = { ...cycle, dream: 'Hun droom', memberUpns: ['x@delinde.example'] };
    expect(mergeCycle(theirs, { ...opened, title: 'Mijn titel' }, cycle)).toEqual({
      ...opened,
      title: 'Mijn titel',
      dream: 'Hun droom',
      memberUpns: ['x@delinde.example'],
    });
  });
});
