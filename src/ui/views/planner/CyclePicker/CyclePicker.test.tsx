import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { archivedCycle, cycle } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { CyclePicker } from './CyclePicker';

const cycles = [cycle, archivedCycle].map((value, i) => ({ value, itemId: String(i + 1), etag: `"${i},1"` }));

describe('CyclePicker', () => {
  it('names each cycle with its year and status, and reports the choice', async () => {
    const onSelect = jest.fn();
    const onNew = jest.fn();
    renderPlanner(<CyclePicker cycles={cycles} selectedId="cycle-1" onSelect={onSelect} onNew={onNew} creating={false} />);
    const picker = screen.getByRole('combobox', { name: 'Cyclus' });
    expect(Array.from((picker as HTMLSelectElement).options, (o) => o.textContent)).toEqual([
      'Samen sterk met ouders (2025-2026, Actief)',
      'Eerste verkenning (2024-2025, Gearchiveerd)',
    ]);
    await userEvent.selectOptions(picker, 'cycle-0');
    expect(onSelect).toHaveBeenCalledWith('cycle-0');
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe cyclus' }));
    expect(onNew).toHaveBeenCalled();
  });

  it('does not offer a second new cycle while one is being written, nor a picker without cycles', () => {
    renderPlanner(<CyclePicker cycles={[]} selectedId={null} onSelect={() => {}} onNew={() => {}} creating />);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks English', () => {
    renderPlanner(<CyclePicker cycles={cycles} selectedId="cycle-1" onSelect={() => {}} onNew={() => {}} creating={false} />, {
      locale: 'en-GB',
    });
    expect(screen.getByRole('combobox', { name: 'Cycle' })).toHaveDisplayValue('Samen sterk met ouders (2025-2026, Active)');
    expect(screen.getByRole('button', { name: 'New cycle' })).toBeInTheDocument();
  });
});
