/**
 * The app's sections, in the order of the navigation, and the one a tab opens on. Apart from
 * the views (sections.ts), so the first chunk can read the URL's section without carrying the
 * views' loaders: those belong to the app chunk, and webpack then leaves out of each view's chunk
 * what the app chunk already brought.
 */
import type { Messages } from '../i18n';

export type SectionId = keyof Omit<Messages['shell']['nav'], 'label'>;

export const SECTION_IDS: readonly SectionId[] = [
  'veranderplan',
  'tijdspad',
  'beloftes',
  'gesprekken',
  'intervisie',
  'team',
  'dashboard',
  'instellingen',
];

export const DEFAULT_SECTION: SectionId = 'tijdspad';

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}
