import type { CommitmentStatus } from '../../domain/commitments';

/**
 * Demo promises (beloftes), two sets. The earlier set was made at the second-last team meeting
 * that was held and reported at the last one, with every kind of outcome; the current set was
 * made at the last held team meeting and is open until the next. One current promise is the
 * renegotiated successor of an earlier one; one is past its own due date (overdue).
 */
export interface DemoReport {
  status: Exclude<CommitmentStatus, 'open'>;
  whatWorked: string;
  whatWasHard: string;
  supportWanted: boolean;
}

export interface DemoCommitment {
  key: string;
  ownerUpn: string;
  text: string;
  /** Index into the goals of the round the promise was made in. */
  goal: number;
  /** Earlier set only. */
  report?: DemoReport;
  /** Current set: the key of the earlier promise this one replaces. */
  replaces?: string;
  /** Current set: due a few days before "today" instead of at the next meeting. */
  overdue?: boolean;
}

export const DEMO_EARLIER_COMMITMENTS: readonly DemoCommitment[] = [
  {
    key: 'demo-commitment-sanne-kennismaking',
    ownerUpn: 'sanne.jansen@delinde.example',
    text: 'Ik nodig alle ouders van groep 1 uit voor een korte kennismaking in de klas',
    goal: 0,
    report: {
      status: 'kept',
      whatWorked: 'Ouders vertelden veel over thuis; ik weet nu waar elk kind blij van wordt.',
      whatWasHard: 'Twee gezinnen kreeg ik pas na een paar pogingen te spreken.',
      supportWanted: false,
    },
  },
  {
    key: 'demo-commitment-daan-weekfoto',
    ownerUpn: 'daan.kok@delinde.example',
    text: 'Ik stuur elke vrijdag een foto met twee zinnen over de week naar de ouders van groep 3',
    goal: 2,
    report: {
      status: 'partlyKept',
      whatWorked: 'Ouders reageren enthousiast en vragen hun kind er thuis naar.',
      whatWasHard: 'In de toetsweken ben ik het twee keer vergeten.',
      supportWanted: false,
    },
  },
  {
    key: 'demo-commitment-ahmed-eerst-ouders',
    ownerUpn: 'ahmed.yilmaz@delinde.example',
    text: 'Ik begin elk voortgangsgesprek met de vraag wat ouders thuis zien',
    goal: 1,
    report: {
      status: 'kept',
      whatWorked: 'De gesprekken werden rustiger en ouders kwamen zelf met ideeën.',
      whatWasHard: 'Niet te snel zelf gaan invullen als het even stil is.',
      supportWanted: false,
    },
  },
  {
    key: 'demo-commitment-eva-leesproject',
    ownerUpn: 'eva.deboer@delinde.example',
    text: 'Ik maak samen met twee ouders een plan voor het leesproject van groep 5',
    goal: 2,
    report: {
      status: 'renegotiated',
      whatWorked: 'Twee ouders willen graag meedoen.',
      whatWasHard: 'Het project is verschoven; eerst wil ik weten wat meer ouders verwachten.',
      supportWanted: false,
    },
  },
  {
    key: 'demo-commitment-tom-kindgesprek',
    ownerUpn: 'tom.mulder@delinde.example',
    text: 'Ik laat de kinderen van groep 6 een deel van het oudergesprek zelf voorbereiden',
    goal: 1,
    report: {
      status: 'notKept',
      whatWorked: 'Twee kinderen hebben het uit zichzelf toch gedaan, dat was mooi om te zien.',
      whatWasHard: 'Ik wist niet goed hoe ik het voorbereidingsblad moest opzetten.',
      supportWanted: true,
    },
  },
  {
    key: 'demo-commitment-noor-leerdoelen',
    ownerUpn: 'noor.hendriks@delinde.example',
    text: 'Ik deel de leerdoelen van elk nieuw blok vooraf met de ouders van groep 7',
    goal: 2,
    report: {
      status: 'kept',
      whatWorked: 'Ouders oefenden thuis gericht mee; een moeder maakte zelfs een woordspel.',
      whatWasHard: 'Het kost elke keer een half uur schrijven.',
      supportWanted: false,
    },
  },
];

export const DEMO_CURRENT_COMMITMENTS: readonly DemoCommitment[] = [
  {
    key: 'demo-commitment-lotte-inloop',
    ownerUpn: 'lotte.visser@delinde.example',
    text: 'Ik houd op dinsdagochtend een inloopkwartier in groep 2',
    goal: 2,
  },
  {
    key: 'demo-commitment-sanne-sterke-kant',
    ownerUpn: 'sanne.jansen@delinde.example',
    text: 'Ik vraag ouders in elk gesprek naar één sterke kant van hun kind',
    goal: 1,
  },
  {
    key: 'demo-commitment-eva-peilen',
    ownerUpn: 'eva.deboer@delinde.example',
    text: 'Ik vraag drie ouders wat zij van het leesproject verwachten',
    goal: 2,
    replaces: 'demo-commitment-eva-leesproject',
  },
  {
    key: 'demo-commitment-ahmed-welkom',
    ownerUpn: 'ahmed.yilmaz@delinde.example',
    text: 'Ik bespreek in de bouw hoe we ouders van nieuwe leerlingen welkom heten',
    goal: 0,
  },
  {
    key: 'demo-commitment-tom-oefenen',
    ownerUpn: 'tom.mulder@delinde.example',
    text: 'Ik oefen met Noor hoe een kindgesprek voor het oudergesprek verloopt',
    goal: 1,
  },
  {
    key: 'demo-commitment-noor-helpen',
    ownerUpn: 'noor.hendriks@delinde.example',
    text: 'Ik help Tom met een voorbereidingsblad voor kindgesprekken',
    goal: 1,
  },
  {
    key: 'demo-commitment-pieter-advies',
    ownerUpn: 'pieter.smit@delinde.example',
    text: 'Ik stuur de ouders van groep 8 de planning van de adviesgesprekken',
    goal: 0,
    overdue: true,
  },
];
