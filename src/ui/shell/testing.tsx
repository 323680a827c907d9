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
