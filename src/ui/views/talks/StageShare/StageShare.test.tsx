import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aTalk } from '../../../../domain/talks/fixtures';
import { stageContentOf } from '../../../../domain/talks/stage';
import type { Talk } from '../../../../domain/talks/types';
import type { FrameContext, MeetingStage } from '../../../../host/types';
import { HostProvider } from '../../../app/HostContext';
import { I18nProvider } from '../../../i18n';
import { fakeHost } from '../testing/render';
import { StageShare } from './StageShare';

function stageFake(canShare = true): MeetingStage & { shared: string[] } {
  const shared: string[] = [];
  return {
    shared,
    canShare: jest.fn(async () => canShare),
    isSharing: jest.fn(async () => shared.length > 0),
    share: jest.fn(async (url: string) => void shared.push(url)),
  };
}

function renderShare(talk: Talk, stage: MeetingStage | undefined, frameContext: FrameContext = 'sidePanel') {
  const host = { ...fakeHost({ frameContext }), ...(stage ? { meetingStage: stage } : {}) };
  return render(
    <FluentProvider theme={teamsLightTheme} style={{ width: '280px' }}>
      <HostProvider host={host}>
        <I18nProvider locale="nl-NL">
          <StageShare talk={talk} />
        </I18nProvider>
      </HostProvider>
    </FluentProvider>,
  );
}

describe('StageShare', () => {
  it('checks the permission first, then shares a stage URL with catalog keys only', async () => {
    const stage = stageFake();
    const talk = aTalk({
      type: 'zorg',
      agenda: [
        { title: { key: 'welcome' }, minutes: 3 },
        { title: { text: 'Emma en het OPP' }, minutes: 10 },
        { title: { key: 'agreements' }, minutes: 4 },
      ],
    });
    renderShare(talk, stage);
    const button = await screen.findByRole('button', { name: 'Op het scherm delen' });
    expect(stage.canShare).toHaveBeenCalled();
    expect(screen.getByText('Agendapunten die je zelf hebt getypt, komen niet op het scherm.')).toBeInTheDocument();
    // The typed item mentions the OPP: suggested, and ticked.
    expect(screen.getByRole('checkbox', { name: 'OPP' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'TLV' }));
    await userEvent.click(button);
    await waitFor(() => expect(stage.share).toHaveBeenCalledTimes(1));

    const url = new URL(stage.shared[0]!);
    expect(url.pathname).toBe('/index.html');
    expect(url.searchParams.get('view')).toBe('stage');
    expect(stageContentOf(url.search)).toEqual({
      type: 'zorg',
      agenda: [
        { key: 'welcome', minutes: 3 },
        { key: 'agreements', minutes: 4 },
      ],
      terms: ['opp', 'tlv'],
    });
    // Nothing anyone typed, and no name, is in the URL.
    expect(decodeURIComponent(stage.shared[0]!)).not.toMatch(/Emma|Sanne|Joost|Mirjam|example/);
    expect(await screen.findByText(/^Staat op het scherm\./)).toBeInTheDocument();
  });

  it('says so when Teams does not allow this user to share', async () => {
    renderShare(aTalk(), stageFake(false));
    expect(await screen.findByText(/Teams staat delen op het scherm hier niet toe/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Op het scherm delen' })).not.toBeInTheDocument();
  });

  it('is not offered outside a meeting’s side panel', () => {
    const { container } = renderShare(aTalk(), undefined, 'content');
    expect(container.querySelector('.driehoek-StageShare')).toBeNull();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
