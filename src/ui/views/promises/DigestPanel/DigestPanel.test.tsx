import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CommitmentView } from '../../../../data/api';
import { context, ingrid, noorOpen, noorReported, promise, sanneOverdue, setToday, snapshotOf, trackerApi } from '../testing/fixtures';
import { findDialog, inDialog, renderTracker } from '../testing/render';
import { DigestPanel } from './DigestPanel';

beforeEach(() => setToday());
afterEach(() => jest.useRealTimers());

const evil = promise('c-evil', { text: '<img src=x onerror=alert(1)> ouders 🎉', dueDate: '2026-03-20', dueMeetingId: undefined });

function setup(postToChannel = jest.fn(() => Promise.resolve({ id: 'msg-1', webUrl: 'https://teams.example/msg-1' }))) {
  const load = jest.fn((_: string, view: CommitmentView) =>
    Promise.resolve(
      snapshotOf(view.kind === 'group' ? [noorOpen, noorReported, sanneOverdue, evil].filter((c) => c.bouw === view.bouw) : []),
    ),
  );
  renderTracker(<DigestPanel context={context(ingrid)} />, trackerApi(ingrid, { commitments: { load }, digest: { postToChannel } }));
  return { load, postToChannel };
}

describe('DigestPanel', () => {
  it('builds the weekly digest from every bouw, as plain text to read and copy', async () => {
    const { load } = setup();
    const text = await screen.findByRole('textbox', { name: 'Tekst van het overzicht' });
    expect(load.mock.calls.map((c) => c[1])).toEqual([
      { kind: 'group', bouw: 'onderbouw' },
      { kind: 'group', bouw: 'middenbouw' },
      { kind: 'group', bouw: 'bovenbouw' },
    ]);
    const value = (text as HTMLTextAreaElement).value;
    expect(value.split('\n')[0]).toBe('Beloftes: overzicht van ma 2 maart 2026');
    expect(value).toContain('Over de datum (1)\n- Sanne Jansen: Ik nodig ouders uit in de klas (klaar op vr 20 februari 2026)');
    expect(value).toContain('Middenbouw\nGeen open beloftes.');
    expect(value).toContain('- Noor Hendriks: <img src=x onerror=alert(1)> ouders 🎉 (klaar op vr 20 maart 2026)');
    expect(value).toContain('Vragen om ondersteuning: 1');
    expect(value).not.toContain(noorReported.text);
    expect(text).toHaveAttribute('readonly');
  });

  it('copies the text for the newsletter', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    setup();
    const text = await screen.findByRole('textbox', { name: 'Tekst van het overzicht' });
    await userEvent.click(screen.getByRole('button', { name: 'Kopiëren voor de nieuwsbrief' }));
    expect(await screen.findByText('Gekopieerd. Plak het overzicht in de nieuwsbrief.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith((text as HTMLTextAreaElement).value);
  });

  it('selects the text to copy by hand when the browser refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    setup();
    const text = (await screen.findByRole('textbox', { name: 'Tekst van het overzicht' })) as HTMLTextAreaElement;
    await userEvent.click(screen.getByRole('button', { name: 'Kopiëren voor de nieuwsbrief' }));
    expect(await screen.findByText(/^Kopiëren lukte niet vanuit de browser/)).toBeInTheDocument();
    expect(text).toHaveFocus();
    expect(text.selectionEnd - text.selectionStart).toBe(text.value.length);
  });

  it('posts to the team channel after a confirmation, with every user text escaped', async () => {
    const { postToChannel } = setup();
    await screen.findByRole('textbox', { name: 'Tekst van het overzicht' });
    await userEvent.click(screen.getByRole('button', { name: 'Plaatsen in het teamkanaal' }));
    const dialog = await findDialog('Overzicht in het teamkanaal plaatsen?');
    expect(postToChannel).not.toHaveBeenCalled();
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Plaatsen' }));
    await waitFor(() => expect(postToChannel).toHaveBeenCalledTimes(1));
    const [html, subject] = postToChannel.mock.calls[0] as unknown as [string, string];
    expect(subject).toBe('Beloftes: overzicht van ma 2 maart 2026');
    expect(html).toContain('<h2>Beloftes: overzicht van ma 2 maart 2026</h2>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; ouders 🎉');
    expect(html).not.toContain('<img');
    expect(await screen.findByText('Het overzicht staat in het teamkanaal.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bericht bekijken in Teams' })).toHaveAttribute('href', 'https://teams.example/msg-1');
  });

  it('says so when posting fails, and nothing else changes', async () => {
    setup(jest.fn(() => Promise.reject(new Error('down'))));
    await screen.findByRole('textbox', { name: 'Tekst van het overzicht' });
    await userEvent.click(screen.getByRole('button', { name: 'Plaatsen in het teamkanaal' }));
    await userEvent.click(await within(await screen.findByRole('dialog', inDialog)).findByRole('button', { ...inDialog, name: 'Plaatsen' }));
    expect(await screen.findByText('Plaatsen lukte niet. Er is niets geplaatst; probeer het opnieuw.')).toBeInTheDocument();
  });

  it('cancels the post from the confirmation', async () => {
    const { postToChannel } = setup();
    await screen.findByRole('textbox', { name: 'Tekst van het overzicht' });
    await userEvent.click(screen.getByRole('button', { name: 'Plaatsen in het teamkanaal' }));
    await userEvent.click(await within(await screen.findByRole('dialog', inDialog)).findByRole('button', { ...inDialog, name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog', inDialog)).toBeNull());
    expect(postToChannel).not.toHaveBeenCalled();
  });
});
