import type { MeetingType } from '../../domain/meetings';
import type { StepNumber } from '../../domain/steps';

/**
 * The demo timeline, modelled on figure 7 of the change plan: a preparation year (SWOT,
 * vision, MT approval, expectations, the team agrees, the veranderteam forms), then the cycle
 * year with veranderteam and team meetings walking the eleven steps, and from February a
 * second round with new goals. Dates are relative: `year` 0 is the cycle's school year, -1 the
 * year before; a meeting falls on the n-th given weekday of its month.
 */
export interface DemoMeeting {
  key: string;
  year: -1 | 0;
  /** Calendar month, 1–12. */
  month: number;
  /** The n-th weekday of the month (1–4). */
  week: number;
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
  type: MeetingType;
  round: number;
  title: string;
  purpose: string;
  steps: StepNumber[];
  /** Score toward the dream after the meeting, recorded when it was held. */
  score?: number;
  /** Short minutes, kept when the meeting was held. */
  minutes: string;
}

export const DEMO_TIMELINE: readonly DemoMeeting[] = [
  {
    key: 'demo-meeting-swot',
    year: -1, month: 12, week: 1, weekday: 2, type: 'team', round: 1,
    title: 'Sterkte-zwakteanalyse',
    purpose: 'Samen kijken waar de school staat. De analyse laat zien dat missie en visie aan vernieuwing toe zijn.',
    steps: [], score: 4,
    minutes: 'Sterk: betrokken team, goede sfeer. Aandachtspunt: ouders zijn welkom, maar denken weinig mee.',
  },
  {
    key: 'demo-meeting-visie-start',
    year: -1, month: 1, week: 3, weekday: 2, type: 'team', round: 1,
    title: 'Start herijking missie en visie',
    purpose: 'Leerkrachten schetsen een toekomstbeeld vanuit hun verwachtingen: communicatie, gedrag, zorg, samenwerken en zelfstandig werken.',
    steps: [], score: 4,
    minutes: 'De verwachtingen van het team passen goed bij educatief partnerschap. Ook de schoolmeter noemt ouderbetrokkenheid als ontwikkelpunt.',
  },
  {
    key: 'demo-meeting-mt-akkoord',
    year: -1, month: 2, week: 2, weekday: 1, type: 'mt', round: 1,
    title: 'MT stemt in met het veranderplan',
    purpose: 'Het managementteam bespreekt het veranderplan en het opnemen van educatief partnerschap in de visie.',
    steps: [], score: 4,
    minutes: 'Akkoord. Het team sluit zich in de eerstvolgende vergadering aan bij de keuze voor partnerschap.',
  },
  {
    key: 'demo-meeting-opzet-visie',
    year: -1, month: 3, week: 1, weekday: 1, type: 'mt', round: 1,
    title: 'Voorstel uitwerking visie',
    purpose: 'Een opzet om de visie inhoud te geven: haalbaar, begrijpelijk en passend bij De Linde.',
    steps: [], score: 4,
    minutes: 'Het MT keurt de opzet goed; de IB werkt hem uit met de wensen van het team.',
  },
  {
    key: 'demo-meeting-verwachtingen',
    year: -1, month: 3, week: 3, weekday: 4, type: 'informatieavond', round: 1,
    title: 'Verwachtingen van ouders en team',
    purpose: 'Op een ouderavond en met een korte vragenlijst brengen we in kaart wat ouders, leerkrachten en team van elkaar verwachten.',
    steps: [1], score: 4.5,
    minutes: 'Ouders willen vooral op tijd horen hoe het gaat, en gehoord worden als zij iets zien.',
  },
  {
    key: 'demo-meeting-visie-vast',
    year: -1, month: 4, week: 2, weekday: 3, type: 'team', round: 1,
    title: 'Visie op ouders als partner vastgesteld',
    purpose: 'Het team bespreekt de uitgewerkte visie en beschrijft samen de droom.',
    steps: [1], score: 5.5,
    minutes: 'Iedereen kon zich in de droom vinden. De tekst komt in de schoolgids en hangt in de teamkamer.',
  },
  {
    key: 'demo-meeting-veranderteam-gevormd',
    year: -1, month: 5, week: 3, weekday: 2, type: 'team', round: 1,
    title: 'Veranderteam gevormd',
    purpose: 'Leerkrachten die enthousiast zijn melden zich aan voor het veranderteam.',
    steps: [], score: 6,
    minutes: 'Uit elke bouw een leerkracht, met de IB als coach. Start na de zomer.',
  },
  {
    key: 'demo-meeting-vt1',
    year: 0, month: 9, week: 2, weekday: 2, type: 'veranderteam', round: 1,
    title: 'Veranderteambijeenkomst 1',
    purpose: 'Start van de inhoud: literatuur, beginsituatie en ontwikkelpunten. Doelen kiezen, supporters bedenken, voordelen verkennen.',
    steps: [2, 3, 4],
    minutes: 'Vier doelen gekozen en op volgorde gezet. Mindmap voor de teamkamer gemaakt.',
  },
  {
    key: 'demo-meeting-tb1',
    year: 0, month: 10, week: 1, weekday: 2, type: 'team', round: 1,
    title: 'Teambijeenkomst 1',
    purpose: 'Terugkoppeling van de eerste veranderteambijeenkomst. Stap 5: eerst ieder voor zich, dan in tweetallen en viertallen, dan met z’n allen.',
    steps: [5], score: 6,
    minutes: 'We zijn al verder dan we dachten: goed-nieuwsbelletjes en inloop in de onderbouw werken.',
  },
  {
    key: 'demo-meeting-vt2',
    year: 0, month: 11, week: 2, weekday: 2, type: 'veranderteam', round: 1,
    title: 'Veranderteambijeenkomst 2',
    purpose: 'Vorderingen en motivatie: hoe ziet de volgende stap eruit, wat maakt het lastig, wat geeft vertrouwen?',
    steps: [6, 7, 8],
    minutes: 'Tekenen van vooruitgang per doel aangevuld. Twijfels over tijd serieus genomen.',
  },
  {
    key: 'demo-meeting-tb2',
    year: 0, month: 12, week: 2, weekday: 2, type: 'team', round: 1,
    title: 'Teambijeenkomst 2',
    purpose: 'Terugkoppeling van de tweede veranderteambijeenkomst. Stap 9: in de jaargroep belooft ieder wat hij of zij gaat doen.',
    steps: [9], score: 6.5,
    minutes: 'Iedereen heeft een kleine, concrete belofte gedaan. Terugkoppeling in januari.',
  },
  {
    key: 'demo-meeting-vt3',
    year: 0, month: 1, week: 2, weekday: 2, type: 'veranderteam', round: 1,
    title: 'Veranderteambijeenkomst 3',
    purpose: 'Vooruitgang en succes. Tegelijk evalueren de jaargroepen, daarna de bouwen.',
    steps: [10, 11],
    minutes: 'De evaluaties uit de jaargroepen laten vooral trots zien.',
  },
  {
    key: 'demo-meeting-bouw-evaluatie',
    year: 0, month: 1, week: 3, weekday: 3, type: 'bouw', round: 1,
    title: 'Bouwvergaderingen: beloftes evalueren',
    purpose: 'Per bouw bespreken we de beloftes: wat werkte, wat was lastig, wie wil hulp?',
    steps: [10],
    minutes: 'In alle drie de bouwen zijn de beloftes besproken; twee collega’s willen ondersteuning.',
  },
  {
    key: 'demo-meeting-tb3',
    year: 0, month: 1, week: 4, weekday: 2, type: 'team', round: 1,
    title: 'Teambijeenkomst 3',
    purpose: 'Met het hele team de vooruitgang en de doorgaande lijn bespreken, en vieren wat gelukt is.',
    steps: [10, 11], score: 7,
    minutes: 'Taart en een fotowand met momenten van het afgelopen half jaar.',
  },
  {
    key: 'demo-meeting-vt4',
    year: 0, month: 2, week: 2, weekday: 2, type: 'veranderteam', round: 2,
    title: 'Veranderteambijeenkomst 4: nieuwe doelen',
    purpose: 'Tweede ronde: stap 2 tot en met 4 opnieuw, nu met nieuwe doelen.',
    steps: [2, 3, 4],
    minutes: 'Twee nieuwe doelen: zorggesprekken samen met ouders, en het kind aan tafel vanaf groep 6.',
  },
  {
    key: 'demo-meeting-tb4',
    year: 0, month: 3, week: 2, weekday: 2, type: 'team', round: 2,
    title: 'Teambijeenkomst 4',
    purpose: 'Terugkoppeling van de nieuwe doelen en samen inschatten waar we staan.',
    steps: [5], score: 7.5,
    minutes: 'We zien dat de startgesprekken een vaste plek hebben gekregen.',
  },
  {
    key: 'demo-meeting-vt5',
    year: 0, month: 4, week: 2, weekday: 2, type: 'veranderteam', round: 2,
    title: 'Veranderteambijeenkomst 5',
    purpose: 'Komende vorderingen, wat lastig is en wat ons vertrouwen geeft.',
    steps: [6, 7, 8],
    minutes: 'Noor en Sanne bieden aan om collega’s te helpen met kindgesprekken.',
  },
  {
    key: 'demo-meeting-tb5',
    year: 0, month: 5, week: 3, weekday: 2, type: 'team', round: 2,
    title: 'Teambijeenkomst 5',
    purpose: 'Nieuwe beloftes in de jaargroepen.',
    steps: [9], score: 7.5,
    minutes: 'Beloftes gedaan; terugkoppeling voor de zomer.',
  },
  {
    key: 'demo-meeting-tb6',
    year: 0, month: 7, week: 1, weekday: 2, type: 'team', round: 2,
    title: 'Teambijeenkomst 6: terugblik en feest',
    purpose: 'Het jaar evalueren en vieren. Wat nemen we mee naar volgend jaar?',
    steps: [10, 11], score: 8,
    minutes: 'Het veranderteam bedankt iedereen; de ouders van het panel zijn erbij.',
  },
];
