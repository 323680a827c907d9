import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Versioned } from '../../../../data/api';
import type { Goal } from '../../../../domain/goals';
import { fakeApi, fakePlanner, type FakePlanner } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { GoalList } from './GoalList';

function Harness({ initial, onDirtyChange = () => {} }: { initial: Versioned<Goal>[]; onDirtyChange?: (dirty: boolean) => void }) {
  const [goals, setGoals] = useState(initial);
  return (
    <GoalList
      mode="goal"
      goals={goals}
      cycleId="cycle-1"
      round={1}
      readOnly={false}
      onGoalSaved={(g) => setGoals((list) => (list.some((x) => x.value.id === g.value.id) ? list.map((x) => (x.value.id === g.value.id ? g : x)) : [...list, g]))}
      onGoalDeleted={(id) => setGoals((list) => list.filter((x) => x.value.id !== id))}
      onDirtyChange={onDirtyChange}
      onReload={() => {}}
    />
  );
}

async function stored(planner: FakePlanner) {
  return (await planner.load('cycle-1')).goals;
}

describe('GoalList', () => {
  it('moves a goal down: both get their new priority, and the focus stays with the moved goal', async () => {
    const planner = fakePlanner();
    renderPlanner(<Harness initial={await stored(planner)} />, { api: fakeApi(planner) });
    const first = screen.getByRole('article', { name: 'Doel 1' });
    await userEvent.click(within(first).getByRole('button', { name: 'Lager op de lijst' }));

    await waitFor(() => expect(planner.store.goals.get('goal-1')?.value.priority).toBe(2));
    expect(planner.store.goals.get('goal-2')?.value.priority).toBe(1);
    const moved = screen.getByRole('article', { name: 'Doel 2' });
    expect(within(moved).getByRole('textbox', { name: /^Doel/ })).toHaveValue('Elk kind start met een startgesprek');
    await waitFor(() => expect(within(moved).getByRole('button', { name: 'Hoger op de lijst' })).toHaveFocus());
  });

  it('adds a goal at the end and tells the step while something is not saved', async () => {
    const planner = fakePlanner();
    const onDirtyChange = jest.fn();
    renderPlanner(<Harness initial={await stored(planner)} onDirtyChange={onDirtyChange} />, { api: fakeApi(planner) });
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    const added = screen.getByRole('article', { name: 'Doel 3' });
    await u.type(within(added).getByRole('textbox', { name: /^Doel/ }), 'Ouders zijn welkom in de klas');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await u.click(within(added).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onDirtyChange).toHaveBeenLastCalledWith(false));
    expect([...planner.store.goals.values()].find((g) => g.value.title === 'Ouders zijn welkom in de klas')?.value.priority).toBe(3);
    // Saved, the same card now moves like the others.
    expect(within(screen.getByRole('article', { name: 'Doel 3' })).getByRole('button', { name: 'Hoger op de lijst' })).toBeEnabled();
  });

  it('drops a new goal on cancel, and says so when there are no goals', async () => {
    renderPlanner(<Harness initial={[]} />);
    expect(screen.getByText(/Nog geen doelen/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('article')).toBeNull();
  });
});
