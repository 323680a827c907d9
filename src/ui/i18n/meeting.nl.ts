/** Het zijpaneel van een vergadering: kiezen waar deze vergadering over gaat (Nederlands). */
export const meetingNl = {
  chooseTitle: 'Waar gaat deze vergadering over?',
  modes: {
    talk: { label: 'Oudergesprek', description: 'Agenda met klok, aantekeningen, afspraken en de samenvatting voor ouders.' },
    intervisie: { label: 'Intervisie', description: 'De fasen van de werkwijze met klok, de rollen, adviezen, leerpunten en beloftes.' },
  },
} as const;
