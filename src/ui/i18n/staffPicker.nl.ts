/** De keuzelijst van collega’s (StaffPicker), gebruikt bij intervisie en gesprekken (Nederlands). */
export const staffPickerNl = {
  placeholder: 'Typ een naam',
  noMatches: 'Geen collega gevonden met deze naam.',
  /** {name} */
  remove: '{name} verwijderen',
  /** {count} */
  selected: '{count} gekozen',
  you: '(jij)',
  roles: {
    ib: 'intern begeleider',
    veranderteam: 'veranderteam',
    leerkracht: 'leerkracht',
    mt: 'directie',
    guest: 'gast',
  },
} as const;
