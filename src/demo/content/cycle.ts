import type { EpsteinForm, InvolvementLevel, InvolvementLine, OnderwijsraadCondition } from '../../domain/goals';

/**
 * The demo school's change cycle: its dream and goals. Written for Basisschool De Linde in our
 * own words, after the change plan "Op weg naar educatief partnerschap" (seed 000).
 */
export const DEMO_CYCLE_KEY = 'demo-cycle-partnerschap';

export const DEMO_CYCLE_TITLE = 'Op weg naar educatief partnerschap';

export const DEMO_DREAM = [
  'Het is een gewone dinsdagochtend op De Linde. Bij de deur van groep 2 blijft een vader even hangen: hij vertelt de juf dat zijn dochter thuis ineens hele verhalen vertelt over de moestuin. De juf schrijft het op, want morgen past het precies in de kring.',
  'Ouders weten wat hun kind op school leert en vertellen ons wat zij thuis zien. Voor elk gesprek krijgen ze vooraf de vragen, zodat ze zich kunnen voorbereiden; in het gesprek beginnen we bij wat goed gaat en luisteren we eerst naar hen. Vanaf groep 6 schuift het kind aan en praat mee over de eigen doelen.',
  'Als het even niet loopt, bellen we elkaar op tijd en zoeken we samen naar wat helpt, thuis en in de klas. Afspraken staan op papier en we komen erop terug. Leerkrachten voelen zich zeker in die gesprekken, omdat ze van elkaar leren en elkaar helpen.',
  'Ouders denken mee over de school: in het ouderpanel, bij de informatieavond en als we iets nieuws willen proberen. Zo werken ouders, kind en school als een driehoek samen aan de ontwikkeling van elk kind.',
].join('\n\n');

export interface DemoGoal {
  key: string;
  round: number;
  priority: number;
  title: string;
  condition: OnderwijsraadCondition;
  epsteinForm: EpsteinForm;
  level: InvolvementLevel;
  line: InvolvementLine;
  benefits: { personal: string[]; team: string[]; school: string[] };
  signsOfProgress: string[];
}

export const DEMO_GOALS: readonly DemoGoal[] = [
  {
    key: 'demo-goal-startgesprek',
    round: 1,
    priority: 1,
    title: 'Elk kind begint het schooljaar met een startgesprek tussen ouders en leerkracht',
    condition: 'structuur',
    epsteinForm: 'communicatie',
    level: 'meedenken',
    line: 'eigenKind',
    benefits: {
      personal: ['Ik ken de kinderen en hun thuissituatie vanaf de eerste week', 'Lastige gesprekken later in het jaar worden makkelijker'],
      team: ['We voeren de gesprekken op dezelfde manier, met dezelfde vragen'],
      school: ['Ouders merken vanaf dag één dat hun kennis telt'],
    },
    signsOfProgress: [
      'Ouders vullen het voorbereidingsformulier in voor het gesprek',
      'In de groepsbespreking noemen we wat ouders ons vertelden',
      'Na de herfstvakantie zijn alle startgesprekken gevoerd',
    ],
  },
  {
    key: 'demo-goal-thuis-en-school',
    round: 1,
    priority: 2,
    title: 'We vragen ouders wat zij thuis zien en stemmen onze aanpak daarop af',
    condition: 'vaardigheid',
    epsteinForm: 'ondersteuningBijLeren',
    level: 'meedenken',
    line: 'eigenKind',
    benefits: {
      personal: ['Ik krijg ideeën die ik in de klas zelf niet zie'],
      team: ['We leren van elkaar hoe je open vragen stelt'],
      school: ['Kinderen ervaren dat thuis en school hetzelfde willen'],
    },
    signsOfProgress: [
      'In elk voortgangsgesprek vragen we eerst naar de ervaring van ouders',
      'Afspraken noemen wat school doet én wat thuis helpt',
    ],
  },
  {
    key: 'demo-goal-groep-open',
    round: 1,
    priority: 3,
    title: 'Ouders weten wat er in de groep gebeurt en helpen mee waar het past',
    condition: 'cultuur',
    epsteinForm: 'ouderparticipatie',
    level: 'meehelpen',
    line: 'groep',
    benefits: {
      personal: ['Extra handen bij projecten en uitstapjes'],
      team: ['Minder losse vragen van ouders, omdat informatie op tijd komt'],
      school: ['Een school waar ouders graag binnenlopen'],
    },
    signsOfProgress: ['De weekbrief per groep wordt gelezen en beantwoord', 'Bij het inloopkwartier zijn ouders van elke groep'],
  },
  {
    key: 'demo-goal-ouderpanel',
    round: 1,
    priority: 4,
    title: 'Een ouderpanel denkt twee keer per jaar mee over schoolkeuzes',
    condition: 'bereidheid',
    epsteinForm: 'besluitvorming',
    level: 'meedenken',
    line: 'school',
    benefits: {
      personal: ['Ik hoor vroeg hoe ouders over plannen denken'],
      team: ['Plannen sluiten beter aan bij wat ouders nodig hebben'],
      school: ['Draagvlak voor veranderingen, ook buiten de MR'],
    },
    signsOfProgress: ['Het panel heeft ouders uit alle bouwen', 'Het MT koppelt terug wat er met de adviezen is gedaan'],
  },
  {
    key: 'demo-goal-zorg-samen',
    round: 2,
    priority: 1,
    title: 'Bij extra ondersteuning zitten ouders vanaf het eerste gesprek mee aan tafel',
    condition: 'structuur',
    epsteinForm: 'interprofessioneleSamenwerking',
    level: 'meedenken',
    line: 'eigenKind',
    benefits: {
      personal: ['Ik sta er niet alleen voor bij een zorgvraag'],
      team: ['Eén werkwijze voor zorggesprekken, van groep 1 tot 8'],
      school: ['Ouders en externe partners vertrouwen onze zorgroute'],
    },
    signsOfProgress: [
      'Ouders krijgen de agenda van het zorggesprek een week vooraf',
      'Het groepsplan noemt wat ouders thuis doen',
    ],
  },
  {
    key: 'demo-goal-kindgesprek',
    round: 2,
    priority: 2,
    title: 'Vanaf groep 6 praat het kind mee in het oudergesprek over de eigen doelen',
    condition: 'vaardigheid',
    epsteinForm: 'ouderschap',
    level: 'meedenken',
    line: 'eigenKind',
    benefits: {
      personal: ['Gesprekken gaan over wat het kind zelf wil bereiken'],
      team: ['We delen hoe je een kind het gesprek laat voorbereiden'],
      school: ['Kinderen leren verantwoordelijkheid te nemen voor hun leren'],
    },
    signsOfProgress: ['Kinderen komen met een ingevuld voorbereidingsblad', 'Ouders vertellen dat hun kind thuis over de doelen praat'],
  },
];
