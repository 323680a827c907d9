import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TeamScanOverview } from '../../../../data/api';
import { ValidationError } from '../../../../data/errors';
import type { StaffMember } from '../../../../domain/people';
import { type SelfAssessment, trend } from '../../../../domain/teamScan/selfAssessment';
import { fakeDataApi } from '../../../data/testing';
import { renderTracker } from '../../promises/testing/render';
import { AssessmentPanel } from './AssessmentPanel';

const sanne: StaffMember = { upn: 'sanne@school.example', displayName: 'Sanne Jansen', role: 'leerkracht', bouw: 'onderbouw', group: 1 };

const stored: SelfAssessment[] = [
  { id: 'a1', kind: 'maturity', at: '2026-09-15', value: 'M1', rationale: 'Ieder werkt voor de eigen groep.' },
  { id: 'a2', kind: 'maturity', at: '2026-11-10', value: 'M2', rationale: 'De bouwen pakken <b>samen</b> dingen op.' },
];

const overview = (all: readonly SelfAssessment[]): TeamScanOverview => ({
  scans: [],
  latest: null,
  approach: null,
  movements: [],
  maturity: trend(all, 'maturity'),
  schoolType: trend(all, 'schoolType'),
});

/** The fake keeps what it saved, so the panel reads the new point back. */
function setup(me: StaffMember | null = sanne, refusal?: ValidationError) {
  let all = [...stored];
  const assess = jest.fn(async (a: SelfAssessment) => {
    if (refusal) throw refusal;
    all = [...all, a];
    return { value: a, itemId: '9', etag: '"9"' };
  });
  const read = jest.fn(async () => overview(all));
  renderTracker(<AssessmentPanel me={me} />, fakeDataApi({ teamScan: { overview: read, assess } }));
  return { assess, read };
}

const form = () => screen.getByRole('form', { name: 'Een zelfevaluatie vastleggen' });

describe('AssessmentPanel', () => {
  it('shows where the team stands, how it moved and the leadership that fits, user text as text', async () => {
    setup();
    const maturity = await screen.findByRole('region', { name: 'Teamvolwassenheid' });
    expect(maturity).toHaveTextContent('M2 – actieve subgroepen');
    expect(maturity).toHaveTextContent('1 stap(pen) vooruit sinds di 15 september 2026');
    expect(maturity).toHaveTextContent('Leiderschapsstijl die past: Begeleiden');
    const history = within(maturity).getByRole('table', { name: 'Verloop: Teamvolwassenheid' });
    expect(within(history).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      'di 10 november 2026M2 – actieve subgroepen (+1)De bouwen pakken <b>samen</b> dingen op.',
      'di 15 september 2026M1 – losse individuen Ieder werkt voor de eigen groep.',
    ]);
    expect(maturity.querySelector('b')).toBeNull();
    expect(screen.getByRole('region', { name: 'Partnerschapsprofiel' })).toHaveTextContent('Nog geen zelfevaluatie');
  });

  it('refuses in words what the rules refuse, before anything is written', async () => {
    const { assess } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe zelfevaluatie' }));
    await userEvent.clear(within(form()).getByLabelText(/^Datum/));
    await userEvent.type(within(form()).getByRole('textbox', { name: /^Toelichting/ }), '   ');
    await userEvent.click(within(form()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form()).findByText('Vul een geldige datum in.')).toBeInTheDocument();
    expect(within(form()).getByText('Kies een van de mogelijkheden.')).toBeInTheDocument();
    expect(within(form()).getByText('Vul dit in.')).toBeInTheDocument();
    expect(assess).not.toHaveBeenCalled();
  });

  it('shows a refusal of the data layer under its field', async () => {
    setup(sanne, ValidationError.fromFieldErrors([{ field: 'rationale', code: 'tooLong', params: { max: 4000 } }], 'self-assessment'));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe zelfevaluatie' }));
    await userEvent.click(within(form()).getByRole('radio', { name: /^M3 – teamgevoel/ }));
    await userEvent.type(within(form()).getByRole('textbox', { name: /^Toelichting/ }), 'We nemen samen besluiten.');
    await userEvent.click(within(form()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form()).findByText('Dit is te lang: maximaal 4000 tekens.')).toBeInTheDocument();
  });

  it('saves a partnership profile with its rationale and shows the new point', async () => {
    const { assess, read } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe zelfevaluatie' }));
    await userEvent.selectOptions(within(form()).getByRole('combobox', { name: 'Waarover' }), 'Partnerschapsprofiel');
    // The scale follows the kind: school types now, no maturity levels.
    expect(within(form()).queryByRole('radio', { name: /^M1/ })).toBeNull();
    await userEvent.click(within(form()).getByRole('radio', { name: /^Informatiegericht/ }));
    await userEvent.type(within(form()).getByRole('textbox', { name: /^Toelichting/ }), 'Ouders horen vooral over hun eigen kind.');
    await userEvent.click(within(form()).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(assess).toHaveBeenCalledTimes(1));
    expect(assess.mock.calls[0]![0]).toMatchObject({
      kind: 'schoolType',
      value: 'informationOriented',
      rationale: 'Ouders horen vooral over hun eigen kind.',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      id: expect.any(String),
    });
    expect(await screen.findByText('De zelfevaluatie is opgeslagen.')).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('region', { name: 'Partnerschapsprofiel' })).toHaveTextContent('Informatiegericht');
    expect(screen.queryByRole('form', { name: 'Een zelfevaluatie vastleggen' })).toBeNull();
  });

  it('offers no form to someone who is not on the staff list', async () => {
    setup(null);
    expect(await screen.findByRole('region', { name: 'Teamvolwassenheid' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe zelfevaluatie' })).toBeNull();
  });
});
