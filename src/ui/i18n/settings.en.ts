import type { settingsNl } from './settings.nl';
import type { DeepStrings } from './talks.en';

/** Settings: who has which role in Driehoek (management and IB) (English). */
export const settingsEn: DeepStrings<typeof settingsNl> = {
  heading: 'Settings',
  intro: 'Decide here who has which role in Driehoek. Only management (MT) and the intern begeleider (IB) can change this.',
  notAllowed: 'Roles are set by management and the intern begeleider. Is your role wrong? Ask them.',
  loading: 'Loading the team members…',
  roles: {
    heading: 'Roles',
    intro:
      'On the left the members of the team in Teams, on the right their role in Driehoek. A teacher has a bouw and possibly a group; the IB and management work above the groups.',
    tableLabel: 'Team members and their role',
    name: 'Name',
    role: 'Role in Driehoek',
    bouw: 'Bouw',
    group: 'Group',
    actions: 'Save',
    noRole: 'No role',
    noGroup: 'No group of their own',
    groupOption: 'Group {group}',
    choose: 'Choose…',
    save: 'Save',
    saveLabel: 'Save the role of {name}',
    saved: 'Saved',
    savedAnnounce: 'The role of {name} was saved.',
    notInTeam: 'not (or no longer) in the team',
    owner: 'team owner',
    you: '(you)',
    options: {
      leerkracht: 'Teacher',
      ib: 'Intern begeleider (IB)',
      mt: 'Management (MT)',
    },
    bouwen: {
      onderbouw: 'Onderbouw (groups 1–3)',
      middenbouw: 'Middenbouw (groups 4–5)',
      bovenbouw: 'Bovenbouw (groups 6–8)',
    },
    errors: {
      bouwRequired: 'Choose this teacher’s bouw.',
      groupNotInBouw: 'That group is not part of this bouw.',
      lastMt: 'At least one member of management (MT) must remain.',
      lastIb: 'The team scan always needs an intern begeleider. Give someone else that role first.',
      notInScanChannel:
        'Who is intern begeleider decides who sees the names in the team scan, so only an intern begeleider can give or take that role.',
      conflict: 'Someone else changed this just now. The list was read again; please have another look.',
      failed: 'Saving did not work. Please try again.',
    },
    removeHeading: 'Take the role away?',
    removeBody: '{name} will no longer be on Driehoek’s list and no longer sees the team’s sections as staff.',
    removeConfirm: 'Yes, take it away',
    removeCancel: 'Keep the role',
  },
};
