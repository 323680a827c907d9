import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TabConfig, TabInstanceConfig } from '../../host/types';
import { renderInApp } from '../shell/testing';
import { ConfigPage } from './ConfigPage';
import { InfoPage } from './InfoPage';

function fakeTabConfig() {
  let handler: (() => TabInstanceConfig | Promise<TabInstanceConfig>) | undefined;
  const config: TabConfig & { save(): Promise<TabInstanceConfig> } = {
    setValid: jest.fn(),
    onSave: (next) => {
      handler = next;
    },
    save: async () => {
      if (!handler) throw new Error('no save handler');
      return handler();
    },
  };
  return config;
}

describe('ConfigPage', () => {
  it('enables Save and stores the tab for the chosen section', async () => {
    const tabConfig = fakeTabConfig();
    renderInApp(<ConfigPage tabConfig={tabConfig} origin="https://driehoek.example" />);
    expect(tabConfig.setValid).toHaveBeenCalledWith(true);
    await expect(tabConfig.save()).resolves.toMatchObject({
      contentUrl: 'https://driehoek.example/index.html?view=tab#tijdspad',
      entityId: 'driehoek-tijdspad',
      suggestedDisplayName: 'Driehoek: Tijdspad',
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Dashboard' }));
    await expect(tabConfig.save()).resolves.toMatchObject({ contentUrl: 'https://driehoek.example/index.html?view=tab#dashboard' });
  });
});

describe('InfoPage', () => {
  it('tells parents-facing facts about privacy in plain words, with a way back', () => {
    renderInApp(<InfoPage kind="privacy" appHref="index.html" />);
    expect(screen.getByRole('heading', { name: 'Privacy' })).toBeInTheDocument();
    expect(screen.getByText(/Twee jaar nadat een leerling de school heeft verlaten/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar Driehoek' })).toHaveAttribute('href', 'index.html');
  });
});
