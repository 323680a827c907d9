import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderTimeline } from '../testing/render';
import { PlanNext } from './PlanNext';

const suggestion = { date: '2025-11-24', type: 'team' as const, round: 1, steps: [6, 7, 8] as (6 | 7 | 8)[] };

describe('PlanNext', () => {
  it('tells the suggestion in one sentence and plans on click', async () => {
    const onPlan = jest.fn();
    renderTimeline(<PlanNext cycle={{ round: 1 }} suggestion={{ ...suggestion, steps: [6, 7, 8] }} buttonId="plan" onPlan={onPlan} />);
    const region = screen.getByRole('region', { name: 'Volgende bijeenkomst' });
    expect(within(region).getByText('Voorstel: ma 24 november 2025, voor stap 6, 7 en 8')).toBeInTheDocument();
    const button = within(region).getByRole('button', { name: 'Volgende bijeenkomst plannen' });
    expect(button).toHaveAttribute('id', 'plan');
    await userEvent.click(button);
    expect(onPlan).toHaveBeenCalledTimes(1);
  });

  it('says when every step is planned, and when a new round is next', () => {
    const { unmount } = renderTimeline(
      <PlanNext cycle={{ round: 1 }} suggestion={{ ...suggestion, steps: [] }} buttonId="plan" onPlan={jest.fn()} />,
    );
    expect(screen.getByText('Alle stappen van deze ronde staan al op de planning.')).toBeInTheDocument();
    unmount();
    renderTimeline(<PlanNext cycle={{ round: 1 }} suggestion={{ ...suggestion, round: 2, steps: [2, 3, 4] }} buttonId="plan" onPlan={jest.fn()} />);
    expect(screen.getByText('Voorstel: start van ronde 2')).toBeInTheDocument();
  });

  it('speaks English', () => {
    renderTimeline(<PlanNext cycle={{ round: 1 }} suggestion={{ ...suggestion, steps: [5] }} buttonId="plan" onPlan={jest.fn()} />, {
      locale: 'en-GB',
    });
    expect(screen.getByRole('region', { name: 'Next meeting' })).toHaveTextContent('Suggestion: Mon, 24 November 2025, for step 5');
    expect(screen.getByRole('button', { name: 'Plan the next meeting' })).toBeInTheDocument();
  });
});
