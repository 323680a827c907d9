/**
 * The first thing the first chunk evaluates (main.tsx imports it before React and Fluent): it
 * starts the app chunk's download at once. Evaluating React and Fluent takes about 0.2 s on a
 * slow laptop, and the line would stand idle meanwhile (docs/performance.md, cold load).
 */
import { loadSignedInApp } from './app/appChunk';
import { pageOf } from './app/page';

/** What the URL's `?view=` opens, read once. */
export const bootPage = pageOf(new URLSearchParams(window.location.search).get('view'));

// Only the app page needs it. A failed download is tried again (and reported) when the app renders.
if (bootPage === 'app') loadSignedInApp().catch(() => undefined);
