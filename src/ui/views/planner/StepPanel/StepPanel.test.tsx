import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import { roundProgress, type StepProgress } from '../../../../domain/guidedPath';
import type { StepNumber } from '../../../../domain/steps';
import { cycle, fakeApi, fakePlanner, meetings, records } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { StepPanel } from './StepPanel';

const recs = (list = records) => list.map((value, i) => ({ value, itemId: String(i), etag: '"r,1"' }));
const mts = meetings.map((value, i) => ({ value, itemId: String(i), etag: '"m,1"' }));

function panel(step: StepNumber, current: Versioned<ChangeCycle>, extra: Record<string, unknown> = {}) {
  const progress = roundProgress(records, 1).find((p) => p.step === step) as StepProgress;
  return (
    <StepPanel
      cycle={current}
      step={step}
      progress={progress}
      currentStep={4}
      records={recs()}
      goals={[]}
      meetings={mts}
      readOnly={false}
      today="2025-09-29"
      onCompleted={() => {}}
      onGoalSaved={() => {}}
      onGoalDeleted={() => {}}
      onReload={() => {}}
      {...extra}
    />
  );
}

describe('StepPanel', () => {
  it('revisits a done step with its outputs filled in, in today’s meeting, and saves a new visit', async () => {
    const planner = fakePlanner();
    const current = (await planner.cycles())[0] as Versioned<ChangeCycle>;
    const onCompleted = jest.fn();
    renderPlanner(panel(3, current, { onCompleted }), { api: fakeApi(planner) });
    const region = screen.getByRole('region', { name: 'Stap 3: Supporters werven' });
    expect(within(region).getByText('Gedaan op ma 29 september 2025 tijdens Teambijeenkomst doelen')).toBeInTheDocument();
    expect(within(region).getAllByRole('listitem')).toHaveLength(4); // the prompts
    expect(within(region).getByRole('textbox', { name: 'Supporter, en hoe we die bereiken 1' })).toHaveValue(
      'De MR: meedenken over de plannen',
    );
    expect(within(region).getByRole('textbox', { name: 'Aantekeningen' })).toHaveValue('Via de nieuwsbrief.');
    expect(within(region).getByRole('combobox', { name: 'Bijeenkomst' })).toHaveValue('m2');

    await userEvent.click(within(region).getByRole('button', { name: 'Stap opnieuw doen' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    const visits = [...planner.store.records.values()].filter((r) => r.value.step === 3);
    expect(visits).toHaveLength(2);
  });

  it('links step 9 to the promise tracker', async () => {
    const current = (await fakePlanner().cycles())[0] as Versioned<ChangeCycle>;
    const progress: StepProgress = { step: 9, state: 'current', times: 0 };
    renderPlanner(panel(9, current, { progress, currentStep: 9 }));
    expect(screen.getByRole('link', { name: 'Naar Beloftes' })).toHaveAttribute('href', '#beloftes');
  });

  it('is read-only for an archived cycle: outputs as text, nothing to complete', async () => {
    const planner = fakePlanner({ cycles: [{ ...cycle, status: 'archived' }] });
    const current = (await planner.cycles())[0] as Versioned<ChangeCycle>;
    renderPlanner(panel(3, current, { readOnly: true }), { api: fakeApi(planner) });
    const region = screen.getByRole('region', { name: 'Stap 3: Supporters werven' });
    expect(within(region).queryByRole('textbox')).toBeNull();
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).getByText('De MR: meedenken over de plannen')).toBeInTheDocument();
    expect(within(region).getByText('Via de nieuwsbrief.')).toBeInTheDocument();
  });
});
