/** The app loads one language's catalogs at boot (main.tsx); tests render in either, so both are there. */
import { registerMessages } from '../../src/ui/i18n';
import { en } from '../../src/ui/i18n/en';
import { nl } from '../../src/ui/i18n/nl';

registerMessages('nl', nl);
registerMessages('en', en);
