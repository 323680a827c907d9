/**
 * The floor for the bundle and cold-load figures: the least a Teams tab built on the same stack
 * carries — teams-js initialised, a FluentProvider with the Teams theme, one Button. Built by
 * the bench with the app's own webpack settings (scripts/build/webpackConfig.ts).
 */
import { Button, FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { app } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={teamsLightTheme}>
    <Button appearance="primary">Driehoek</Button>
  </FluentProvider>,
);

// Outside Teams there is no host to answer: the tab still renders, as a real one would.
app.initialize().then(
  () => app.notifySuccess(),
  () => undefined,
);
