import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DEMO_GUEST, DEMO_STAFF } from '../../../demo/people';
import type { StaffMember } from '../../../domain/people';
import { renderInApp } from '../../shell/testing';
import { StaffPicker } from './StaffPicker';

const staff: StaffMember[] = [...DEMO_STAFF, { upn: DEMO_GUEST.upn, displayName: DEMO_GUEST.displayName, role: 'guest' }];

function Harness({ initial = [] as string[], max }: { initial?: string[]; max?: number }) {
  const [selected, setSelected] = useState(initial);
  return (
    <>
      <StaffPicker staff={staff} selected={selected} onChange={setSelected} label="Leden" meUpn={DEMO_STAFF[3]!.upn} {...(max ? { max } : {})} />
      <output data-testid="chosen">{selected.join(',')}</output>
    </>
  );
}

const chosen = () => screen.getByTestId('chosen').textContent;

describe('StaffPicker', () => {
  it('filters by name, whatever the accents, and picks with the keyboard', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Leden' });
    await user.click(input);
    await user.keyboard('yilmaz');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Ahmed Yılmaz')]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chosen()).toBe('ahmed.yilmaz@delinde.example'));
    expect(screen.getByRole('option', { name: 'Ahmed Yılmaz verwijderen' })).toBeInTheDocument();
  });

  it('never offers guests, marks the signed-in person, and says when nobody matches', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness />);
    await user.click(screen.getByRole('combobox', { name: 'Leden' }));
    const names = (await screen.findAllByRole('option')).map((o) => o.textContent ?? '');
    expect(names.some((n) => n.includes('ouder'))).toBe(false);
    expect(names.some((n) => n.includes('Sanne Jansen (jij)'))).toBe(true);
    await user.keyboard('zzz');
    expect(await screen.findByRole('option', { name: 'Geen collega gevonden met deze naam.' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(chosen()).toBe('');
  });

  it('removes with a click on the tag, or with the keyboard on a focused tag', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness initial={[DEMO_STAFF[3]!.upn, DEMO_STAFF[4]!.upn]} />);
    await user.click(screen.getByRole('option', { name: 'Lotte Visser verwijderen' }));
    expect(chosen()).toBe(DEMO_STAFF[3]!.upn);
    screen.getByRole('option', { name: 'Sanne Jansen (jij) verwijderen' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chosen()).toBe(''));
  });

  it('offers nobody more once the maximum is reached', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness initial={DEMO_STAFF.slice(3, 5).map((s) => s.upn)} max={2} />);
    await user.click(screen.getByRole('combobox', { name: 'Leden' }));
    // Only the two chosen tags; no one else is offered.
    expect(screen.queryAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual(['Sanne Jansen (jij) verwijderen', 'Lotte Visser verwijderen']);
    expect(screen.getByText('2 gekozen')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness initial={[DEMO_STAFF[4]!.upn]} />, 'en-GB');
    expect(screen.getByRole('option', { name: 'Remove Lotte Visser' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Leden' }));
    await user.keyboard('qqq');
    expect(await screen.findByRole('option', { name: 'No colleague found with this name.' })).toBeInTheDocument();
  });
});
