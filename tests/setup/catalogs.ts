/** The app loads one language's catalogs, in parts (src/ui/i18n); tests render in either, so both are there in full. */
import { registerMessages } from '../../src/ui/i18n';
import { en } from '../../src/ui/i18n/en';
import { nl } from '../../src/ui/i18n/nl';
import { shellEn } from '../../src/ui/i18n/shell.en';
import { shellNl } from '../../src/ui/i18n/shell.nl';

registerMessages('nl', { shell: shellNl, ...nl });
registerMessages('en', { shell: shellEn, ...en });
