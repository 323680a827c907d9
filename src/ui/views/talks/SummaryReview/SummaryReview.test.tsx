import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { ConflictError } from '../../../../data/errors';
import { fakeDataApi } from '../../../data/testing';
import { scheduled } from '../testing/fixtures';
import { renderTalks } from '../testing/render';
import { SummaryReview } from './SummaryReview';

jest.setTimeout(30_000);

describe('SummaryReview', () => {
  it('after a lost answer, says an earlier attempt may still be on its way instead of sending again', async () => {
    const talk = scheduled();
    const marked: Versioned<ScheduledTalk> = {
      ...talk,
      etag: '"marked"',
      value: {
        ...talk.value,
        summarySending: { startedAt: '2026-10-05T14:00:00.000Z', subject: 'Afspraken', recipients: ['sanne@example.nl'], attempt: 'a1' },
      },
    };
    const sendSummary = jest.fn(() =>
      Promise.reject(new ConflictError('the summary may still be on its way', { status: 409, code: 'summarySending', current: marked })),
    );
    const onChanged = jest.fn();
    renderTalks(<SummaryReview talk={talk} agreements={[]} senderName="Noor Hendriks" onChanged={onChanged} />, fakeDataApi({ talks: { sendSummary } }), {
      width: 280,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Versturen naar de ouders' }));
    expect(await screen.findByText(/Een eerdere poging is misschien nog onderweg/)).toBeInTheDocument();
    expect(screen.queryByText(/De samenvatting was al verstuurd/)).not.toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledWith(marked);
    expect(sendSummary).toHaveBeenCalledTimes(1);
  });
});
