import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError, networkError } from '../../../data/errors';
import { memoryStorage, Outbox } from '../../../data/graph/outbox';
import { renderInApp } from '../testing';
import { PendingChanges } from './PendingChanges';

function outboxWith(queued: number) {
  const state = { up: false };
  const outbox = new Outbox({ storage: memoryStorage(), now: () => new Date('2026-11-23T10:00:00Z') });
  const save = outbox.wrap('notes.save', async (text: string) => {
    if (!state.up) throw networkError(new TypeError('Failed to fetch'));
    return text;
  });
  return {
    outbox,
    state,
    queue: async () => {
      for (let i = 0; i < queued; i += 1) await save(`edit ${i}`).catch(() => undefined);
    },
  };
}

describe('PendingChanges', () => {
  it('shows nothing while nothing waits, but keeps its polite live region', () => {
    const { outbox } = outboxWith(0);
    renderInApp(<PendingChanges source={outbox} />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('counts the waiting changes and saves them on "try again now"', async () => {
    const { outbox, state, queue } = outboxWith(2);
    renderInApp(<PendingChanges source={outbox} />);
    await act(queue);
    expect(screen.getByRole('status')).toHaveTextContent('2 wijzigingen nog niet opgeslagen — wordt opnieuw geprobeerd');
    state.up = true;
    await userEvent.click(screen.getByRole('button', { name: 'Nu opnieuw proberen' }));
    expect(await screen.findByRole('status')).toBeEmptyDOMElement();
    expect(outbox.state().pending).toBe(0);
  });

  it('says one change in English', async () => {
    const { outbox, queue } = outboxWith(1);
    renderInApp(<PendingChanges source={outbox} />, 'en-GB');
    await act(queue);
    expect(screen.getByText('1 change not saved yet — will be tried again')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again now' })).toBeEnabled();
  });

  it('tells about a waiting change that met a colleague’s change, until dismissed', async () => {
    const outbox = new Outbox({ storage: memoryStorage() });
    let up = false;
    const update = outbox.wrap('notes.update', async () => {
      if (!up) throw networkError(new TypeError('Failed to fetch'));
      throw new ConflictError('412', { status: 412 });
    });
    renderInApp(<PendingChanges source={outbox} />);
    await act(() => update().catch(() => undefined));
    up = true;
    await act(() => outbox.retryNow());
    expect(screen.getByText(/iemand anders had dit intussen veranderd/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByText(/iemand anders/)).not.toBeInTheDocument();
  });

  it('renders nothing at all without an outbox', () => {
    renderInApp(<PendingChanges />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
