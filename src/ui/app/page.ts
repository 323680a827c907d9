import type { InfoPageKind } from '../pages/InfoPage';

/** What the URL's `?view=` opens: the app itself, the tab's settings, or an info page. */
export type AppPage = 'app' | 'config' | InfoPageKind;

export function pageOf(view: string | null): AppPage {
  switch (view) {
    case 'config':
    case 'about':
    case 'privacy':
    case 'terms':
      return view;
    default:
      // personal, tab, a missing or unknown value: the app.
      return 'app';
  }
}
