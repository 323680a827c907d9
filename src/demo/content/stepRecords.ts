import type { StepNumber } from '../../domain/steps';

/**
 * What the team captured at the demo meetings, for the steps whose outputs live on a step
 * record (see domain/stepCaptures.ts). Only meetings that were held get their records.
 */
export interface DemoStepRecord {
  meetingKey: string;
  step: StepNumber;
  items: string[];
  notes: string;
  /** Step 5 only: where the team places itself toward the dream. */
  score?: number;
}

export const DEMO_STEP_RECORDS: readonly DemoStepRecord[] = [
  {
    meetingKey: 'demo-meeting-visie-vast',
    step: 1,
    items: [],
    notes: 'De droom is samen beschreven en vastgesteld; zie de tekst bij het veranderplan.',
  },
  {
    meetingKey: 'demo-meeting-vt1',
    step: 3,
    items: [
      'Ouders: via de nieuwsbrief en de informatieavond',
      'De MR: meedenken over de plannen',
      'Onze onderwijsconsulent: vragen over passend onderwijs',
      'Schoolmaatschappelijk werk: bij gesprekken over zorg',
    ],
    notes: 'Supporters vertellen we wat we willen bereiken en vragen we om feedback.',
  },
  {
    meetingKey: 'demo-meeting-tb1',
    step: 5,
    items: [
      'Leerkrachten bellen ouders ook bij goed nieuws',
      'De startgesprekken in groep 1 en 2 lopen goed',
      'Ouders helpen bij uitstapjes en in de bibliotheek',
    ],
    notes: 'Eerst gaf ieder zelf een cijfer, daarna in tweetallen, daarna met het hele team.',
    score: 6,
  },
  {
    meetingKey: 'demo-meeting-vt2',
    step: 7,
    items: [
      'Gesprekken kosten meer tijd dan we nu hebben',
      'Niet alle ouders zijn even makkelijk te bereiken',
      'Sommige collega’s vinden kritische ouders spannend',
    ],
    notes: 'Twijfels horen erbij; we bespreken ze ook in de intervisiegroepen.',
  },
  {
    meetingKey: 'demo-meeting-vt2',
    step: 8,
    items: [
      'Noor volgde een training oplossingsgerichte gesprekken',
      'Sanne heeft goede ervaringen met huisbezoeken',
      'De IB denkt mee bij lastige gesprekken',
      'Ahmed maakt duidelijke uitnodigingen met pictogrammen',
    ],
    notes: 'We weten beter wie waar goed in is en vragen elkaar om hulp.',
  },
  {
    meetingKey: 'demo-meeting-vt3',
    step: 10,
    items: [
      'De meeste beloftes zijn (deels) nagekomen',
      'Het werkte vooral als de belofte klein en concreet was',
      'Ouders merken dat ze vaker iets horen',
    ],
    notes: 'In de bouwvergaderingen volgt de evaluatie per bouw.',
  },
  {
    meetingKey: 'demo-meeting-tb3',
    step: 11,
    items: ['Alle startgesprekken zijn gevoerd', 'Het inloopkwartier is een vast moment geworden'],
    notes: 'Ieders aandeel is genoemd; de ouders van het panel kregen een bedankkaart.',
  },
  {
    meetingKey: 'demo-meeting-tb4',
    step: 5,
    items: ['Startgesprekken hebben een vaste plek', 'Ouders reageren op de weekbrief'],
    notes: 'We staan hoger dan bij de vorige meting.',
    score: 7.5,
  },
];
