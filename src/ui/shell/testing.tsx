import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../i18n';

/** Renders UI the way the app does: the Teams theme and a catalog language around it. */
export function renderInApp(ui: ReactElement, locale = 'nl-NL'): RenderResult {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>{ui}</I18nProvider>
    </FluentProvider>,
  );
}

/** Makes only `Date` fake, so promises and Fluent's timers run as usual. */
export function setToday(isoDate: string): void {
  jest.useFakeTimers({
    now: new Date(`${isoDate}T12:00:00`),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
