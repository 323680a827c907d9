/** Renders a talks component the way the app does: Fluent theme, i18n, a host and a DataApi. */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DataApi } from '../../../../data/api';
import type { Host, HostContext } from '../../../../host/types';
import { HostProvider } from '../../../app/HostContext';
import { DataApiProvider } from '../../../data/DataApiContext';
import { I18nProvider } from '../../../i18n';

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true, writable: true });
}

export interface RenderOptions {
  locale?: string;
  host?: Partial<HostContext>;
  /** Width of the frame the component is drawn in, e.g. 280 for the side panel. */
  width?: number;
}

export function fakeHost(context: Partial<HostContext> = {}): Host {
  const full: HostContext = { kind: 'teams', frameContext: 'content', locale: 'nl-NL', theme: 'default', ...context };
  return { context: full, onThemeChange: () => () => undefined, notifySuccess: () => undefined };
}

export function renderTalks(ui: ReactElement, api: DataApi, options: RenderOptions = {}): RenderResult {
  const locale = options.locale ?? 'nl-NL';
  const host = fakeHost({ locale, ...options.host });
  return render(
    <FluentProvider theme={teamsLightTheme} style={options.width ? { width: `${options.width}px` } : undefined}>
      <HostProvider host={host}>
        <I18nProvider locale={locale}>
          <DataApiProvider api={api}>{ui}</DataApiProvider>
        </I18nProvider>
      </HostProvider>
    </FluentProvider>,
  );
}
