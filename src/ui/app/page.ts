import type { InfoPageKind } from '../pages/InfoPage';

/**
 * What the URL's `?view=` opens: the app itself, the tab's settings, an info page, or the
 * meeting stage (what staff share to everyone in the meeting; it reads no data).
 */
export type AppPage = 'app' | 'config' | 'stage' | InfoPageKind;

export function pageOf(view: string | null): AppPage {
  switch (view) {
    case 'config':
    case 'stage':
    case 'about':
    case 'privacy':
    case 'terms':
      return view;
    default:
      // personal, tab, a missing or unknown value: the app.
      return 'app';
  }
}
