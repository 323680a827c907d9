import { getDefaultNormalizer, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '../../../../domain/meetings';
import { meetings } from '../testing/fixtures';
import { renderTimeline } from '../testing/render';
import { MeetingItem } from './MeetingItem';

const [held, , cancelled, planned] = meetings as [Meeting, Meeting, Meeting, Meeting];
const inList = (meeting: Meeting, today = '2025-10-20', locale?: string) =>
  renderTimeline(
    <ul>
      <MeetingItem meeting={meeting} today={today} />
    </ul>,
    locale ? { locale } : {},
  );

describe('MeetingItem', () => {
  it('shows date, type, title, purpose, steps, score, status and minutes of a held meeting', () => {
    inList({ ...held, stepsCovered: [1, 2] });
    const item = screen.getAllByRole('listitem')[0] as HTMLElement;
    expect(within(item).getByRole('heading', { level: 4, name: 'Aftrap veranderteam' })).toBeInTheDocument();
    expect(within(item).getByText('ma 15 september 2025').tagName.toLowerCase()).toBe('time');
    expect(within(item).getByText('ma 15 september 2025')).toHaveAttribute('dateTime', '2025-09-15');
    expect(within(item).getByText('Veranderteambijeenkomst')).toBeInTheDocument();
    expect(within(item).getByText('De droom samen beschrijven.')).toBeInTheDocument();
    expect(within(item).getByText('Gehouden')).toBeInTheDocument();
    const steps = within(item).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(['Stap 1: De droom beschrijven', 'Stap 2: Doelen kiezen']);
    expect(within(item).getByText('Cijfer na afloop').nextSibling).toHaveTextContent('4');
    expect(
      within(item).getByText(held.minutes, { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) }),
    ).toBeInTheDocument();
  });

  it('writes half points the Dutch way', () => {
    inList({ ...held, score: 6.5 });
    expect(screen.getByText('Cijfer na afloop').nextSibling).toHaveTextContent('6,5');
  });

  it('leaves out what a meeting does not have', () => {
    inList(cancelled);
    expect(screen.getByText('Vervallen')).toBeInTheDocument();
    expect(screen.queryByText('Stappen')).toBeNull();
    expect(screen.queryByText('Cijfer na afloop')).toBeNull();
    expect(screen.queryByText('Verslag')).toBeNull();
  });

  it('flags a planned meeting only once its date has passed', () => {
    const { unmount } = inList(planned, '2025-10-27');
    expect(screen.getByText('Gepland')).toBeInTheDocument();
    expect(screen.queryByText('Niet bijgewerkt')).toBeNull();
    unmount();
    inList(planned, '2025-10-28');
    expect(screen.getByText('Niet bijgewerkt')).toBeInTheDocument();
  });

  it('offers an edit button named after the meeting when it may be edited', async () => {
    const onEdit = jest.fn();
    renderTimeline(
      <ul>
        <MeetingItem meeting={planned} today="2025-10-20" onEdit={onEdit} editButtonId="edit-m4" />
      </ul>,
    );
    const button = screen.getByRole('button', { name: 'Vooruitgang tot nu toe bewerken' });
    expect(button).toHaveTextContent('Bewerken');
    expect(button).toHaveAttribute('id', 'edit-m4');
    await userEvent.click(button);
    expect(onEdit).toHaveBeenCalledWith('m4');
  });

  it('is read-only without onEdit', () => {
    inList(planned);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks English', () => {
    inList(planned, '2025-10-20', 'en-GB');
    expect(screen.getByText('Change-team meeting')).toBeInTheDocument();
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(screen.getByText('Step 5: Recognise progress made')).toBeInTheDocument();
    expect(screen.getByText('Mon, 27 October 2025')).toBeInTheDocument();
  });
});
