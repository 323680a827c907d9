/** Instellingen: wie welke rol heeft in Driehoek (directie en intern begeleider) (Nederlands). */
export const settingsNl = {
  heading: 'Instellingen',
  intro: 'Hier bepaal je wie welke rol heeft in Driehoek. Alleen de directie (MT) en de intern begeleider kunnen dit aanpassen.',
  notAllowed: 'Rollen instellen doen de directie en de intern begeleider. Klopt jouw rol niet? Vraag het hen.',
  loading: 'De teamleden worden geladen…',
  roles: {
    heading: 'Rollen',
    intro:
      'Links de leden van het team in Teams, rechts hun rol in Driehoek. Een leerkracht heeft een bouw en eventueel een groep; de intern begeleider en de directie staan boven de groepen.',
    tableLabel: 'Teamleden en hun rol',
    name: 'Naam',
    role: 'Rol in Driehoek',
    bouw: 'Bouw',
    group: 'Groep',
    actions: 'Opslaan',
    noRole: 'Geen rol',
    noGroup: 'Geen eigen groep',
    /** {group} */
    groupOption: 'Groep {group}',
    choose: 'Kies…',
    save: 'Opslaan',
    /** {name} */
    saveLabel: 'Rol van {name} opslaan',
    saved: 'Opgeslagen',
    /** {name} */
    savedAnnounce: 'De rol van {name} is opgeslagen.',
    notInTeam: 'niet (meer) in het team',
    owner: 'eigenaar van het team',
    you: '(jij)',
    options: {
      leerkracht: 'Leerkracht',
      ib: 'Intern begeleider',
      mt: 'Directie (MT)',
    },
    bouwen: {
      onderbouw: 'Onderbouw (groep 1–3)',
      middenbouw: 'Middenbouw (groep 4–5)',
      bovenbouw: 'Bovenbouw (groep 6–8)',
    },
    errors: {
      bouwRequired: 'Kies de bouw van deze leerkracht.',
      groupNotInBouw: 'Die groep hoort niet bij deze bouw.',
      lastMt: 'Er moet altijd iemand van de directie (MT) overblijven.',
      lastIb: 'De teamscan heeft altijd een intern begeleider nodig. Geef eerst iemand anders die rol.',
      notInScanChannel:
        'Wie intern begeleider is, bepaalt wie de namen in de teamscan ziet. Die rol geven of weghalen doet daarom een intern begeleider zelf.',
      conflict: 'Iemand anders heeft dit net gewijzigd. De lijst is opnieuw geladen; kijk nog eens.',
      failed: 'Opslaan lukte niet. Probeer het opnieuw.',
    },
    removeHeading: 'Rol weghalen?',
    /** {name} */
    removeBody: '{name} staat daarna niet meer op de lijst van Driehoek en ziet de onderdelen voor teamleden niet meer als medewerker.',
    removeConfirm: 'Ja, weghalen',
    removeCancel: 'Niet weghalen',
  },
} as const;
