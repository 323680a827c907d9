/** Renders a planner component the way the app does: Fluent theme, i18n and a DataApi. */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DataApi } from '../../../../data/api';
import { DataApiProvider } from '../../../data/DataApiContext';
import { I18nProvider } from '../../../i18n';
import { fakeApi } from './fixtures';

export interface RenderOptions {
  locale?: string;
  api?: DataApi;
}

export function renderPlanner(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  const api = options.api ?? fakeApi();
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={options.locale ?? 'nl-NL'}>
        <DataApiProvider api={api}>{ui}</DataApiProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}
