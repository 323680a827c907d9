/** Renders a tracker component the way the app does: Fluent theme, i18n and a DataApi. */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DataApi } from '../../../../data/api';
import { DataApiProvider } from '../../../data/DataApiContext';
import { I18nProvider } from '../../../i18n';

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Nothing to observe here. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true, writable: true });
}

/**
 * Inside dialogs, tests query with `inDialog` ({ hidden: true }): in jsdom, Fluent's focus manager
 * (tabster, one per window, outliving each test) may keep an open dialog aria-hidden until focus
 * lands in it. The real browser is checked end to end. (The longer wait for Fluent's motion on a
 * busy machine is set for every component test in tests/setup/jestDom.ts.)
 */
jest.setTimeout(30_000);


export function renderTracker(ui: ReactElement, api: DataApi, locale = 'nl-NL'): RenderResult {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>
        <DataApiProvider api={api}>{ui}</DataApiProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

export { findDialog, inDialog } from '../../../shell/testing';
