import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Versioned } from '../../../../data/api';
import type { Goal } from '../../../../domain/goals';
import { fakeApi, fakePlanner, goals } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { inDialog } from '../../../shell/testing';
import { GoalCard } from './GoalCard';
import { fieldsOf, mergeOnto } from './useGoalCard';

const stored = (goal: Goal): Versioned<Goal> => ({ value: goal, itemId: '101', etag: '"101,1"' });

function card(extra: Partial<Parameters<typeof GoalCard>[0]> = {}) {
  return (
    <GoalCard
      mode="goal"
      goal={stored(goals[0] as Goal)}
      cycleId="cycle-1"
      round={1}
      priority={1}
      readOnly={false}
      index={0}
      count={2}
      onSaved={() => {}}
      onDeleted={() => {}}
      onDirtyChange={() => {}}
      onReload={() => {}}
      {...extra}
    />
  );
}

describe('GoalCard', () => {
  it('shows a stored goal with its tags and their meaning; the first cannot move up', () => {
    renderPlanner(card());
    const article = screen.getByRole('article', { name: 'Doel 1' });
    expect(within(article).getByRole('textbox', { name: /^Doel/ })).toHaveValue('Elk kind start met een startgesprek');
    expect(within(article).getByRole('combobox', { name: 'Voorwaarde' })).toHaveDisplayValue('Structuur');
    expect(within(article).getByText(/Heldere afspraken, procedures en taken/)).toBeInTheDocument();
    expect(within(article).getByRole('button', { name: 'Hoger op de lijst' })).toBeDisabled();
    expect(within(article).getByRole('button', { name: 'Lager op de lijst' })).toBeEnabled();
    expect(within(article).queryByText('Nog niet opgeslagen')).toBeNull();
  });

  it('deletes after a confirmation', async () => {
    const planner = fakePlanner();
    const current = (await planner.load('cycle-1')).goals[0] as Versioned<Goal>;
    const onDeleted = jest.fn();
    renderPlanner(card({ goal: current, onDeleted }), { api: fakeApi(planner) });
    await userEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    const dialog = screen.getByRole('alertdialog', inDialog);
    expect(within(dialog).getByText('Dit doel verwijderen?')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByText('Verwijderen'));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('goal-1'));
    expect(planner.store.goals.has('goal-1')).toBe(false);
  });

  it('clears a tag when “no choice” is picked, and says it is not saved yet', async () => {
    const onDirtyChange = jest.fn();
    renderPlanner(card({ onDirtyChange }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Lijn' }), '');
    expect(screen.getByText('Nog niet opgeslagen')).toBeInTheDocument();
    expect(onDirtyChange).toHaveBeenLastCalledWith('goal-1', true);
  });

  it('shows benefits and signs as text when read-only', () => {
    renderPlanner(card({ mode: 'benefits', readOnly: true }));
    const article = screen.getByRole('article', { name: 'Elk kind start met een startgesprek' });
    expect(within(article).getByRole('group', { name: 'Persoonlijk' })).toHaveTextContent('Ik ken de kinderen eerder');
    expect(within(article).getByRole('group', { name: 'Team' })).toHaveTextContent('Nog niets vastgelegd.');
    expect(within(article).queryByRole('button')).toBeNull();
  });

  it('keeps mine on top of theirs: only what I changed', () => {
    const base = fieldsOf(goals[0]);
    const theirs = { ...base, title: 'Hun titel', signsOfProgress: ['Hun teken'] };
    const mine = { ...base, benefits: { ...base.benefits, team: ['Mijn voordeel'] } };
    const { line: _line, ...withoutLine } = mine;
    expect(mergeOnto(theirs, mine, base)).toEqual({ ...theirs, benefits: mine.benefits });
    expect(mergeOnto(theirs, withoutLine, base).line).toBeUndefined();
  });
});
