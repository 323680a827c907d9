import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderPlanner } from '../testing/render';
import { LinesEditor } from './LinesEditor';

function Harness({ initial, errors }: { initial: string[]; errors?: Map<string, string> }) {
  const [lines, setLines] = useState(initial);
  return (
    <>
      <LinesEditor legend="Team" itemLabel="Voordeel" lines={lines} onChange={setLines} field="benefits.team" errors={errors} />
      <output data-testid="lines">{JSON.stringify(lines)}</output>
    </>
  );
}

describe('LinesEditor', () => {
  it('adds a line and puts the cursor in it, removes one and keeps the keyboard in the list', async () => {
    const u = userEvent.setup();
    renderPlanner(<Harness initial={['Eén', 'Twee']} />);
    const group = screen.getByRole('group', { name: 'Team' });
    await u.click(within(group).getByRole('button', { name: 'Regel toevoegen' }));
    const third = within(group).getByRole('textbox', { name: 'Voordeel 3' });
    expect(third).toHaveFocus();
    await u.type(third, 'Drie ✨');
    await u.click(within(group).getByRole('button', { name: 'Voordeel 1 weghalen' }));
    expect(screen.getByTestId('lines')).toHaveTextContent('["Twee","Drie ✨"]');
    expect(within(group).getByRole('textbox', { name: 'Voordeel 1' })).toHaveFocus();
    expect(within(group).getByRole('textbox', { name: 'Voordeel 1' })).toHaveValue('Twee');
  });

  it('shows each line’s message under it', () => {
    renderPlanner(<Harness initial={['', 'ok']} errors={new Map([['benefits.team.0', 'Vul dit in.']])} />);
    expect(screen.getByRole('textbox', { name: 'Voordeel 1' })).toHaveAccessibleDescription('Vul dit in.');
    expect(screen.getByRole('textbox', { name: 'Voordeel 2' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the lines as text when read-only', () => {
    renderPlanner(<LinesEditor legend="Team" itemLabel="Voordeel" lines={['<b>vet</b>']} onChange={() => {}} field="items" readOnly />);
    expect(screen.getByRole('group', { name: 'Team' })).toHaveTextContent('<b>vet</b>');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
