import type { staffPickerNl } from './staffPicker.nl';
import type { DeepStrings } from './talks.en';

/** The picker of colleagues (StaffPicker), used in peer consultation and talks (English). */
export const staffPickerEn: DeepStrings<typeof staffPickerNl> = {
  placeholder: 'Type a name',
  noMatches: 'No colleague found with this name.',
  remove: 'Remove {name}',
  selected: '{count} chosen',
  you: '(you)',
  roles: {
    ib: 'special needs coordinator',
    veranderteam: 'change team',
    leerkracht: 'teacher',
    mt: 'management',
    guest: 'guest',
  },
};
