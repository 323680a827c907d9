import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
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

/**
 * Role query options for elements inside a Fluent dialog. In jsdom, Fluent's focus manager
 * (tabster: one per window, outliving each test) can leave an open dialog aria-hidden until focus
 * lands in it, more often on a busy machine; the real browser is checked end to end. An
 * aria-hidden element has no accessible name, so a test that must not depend on it finds the
 * dialog by role alone and its title and buttons by their text.
 */
export const inDialog = { hidden: true } as const;

/**
 * The open dialog whose title (its aria-labelledby) is `title`, found the same way whether or not
 * tabster keeps it aria-hidden (see inDialog).
 */
export function findDialog(title: string | RegExp, role: 'dialog' | 'alertdialog' = 'dialog'): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.queryAllByRole(role, inDialog).find((dialog) => {
      const label = (dialog.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      return typeof title === 'string' ? label === title : title.test(label);
    });
    if (!found) throw new Error(`no open ${role} titled ${String(title)}`);
    return found;
  });
}
