import type { GlossaryTexts } from '../../domain/talks/glossary';

/**
 * Schooltaal in gewone woorden, voor het zijpaneel bij oudergesprekken. `term` is het woord
 * zoals school het gebruikt (bij een afkorting met de volledige vorm tussen haakjes).
 */
export const glossaryNl = {
  opp: {
    term: 'OPP (ontwikkelingsperspectief)',
    plain:
      'Een plan voor een kind dat extra hulp krijgt. Er staat in wat we verwachten dat het kind kan bereiken, welke doelen daarbij horen en welke hulp het krijgt. School bespreekt het plan met de ouders; voor het deel over de hulp is hun instemming nodig.',
  },
  uitstroomprofiel: {
    term: 'uitstroomprofiel',
    plain:
      'Het deel van het OPP dat zegt naar welk soort school we verwachten dat het kind na de basisschool gaat.',
  },
  tlv: {
    term: 'TLV (toelaatbaarheidsverklaring)',
    plain:
      'Een besluit van het samenwerkingsverband dat een kind naar het speciaal basisonderwijs of het speciaal onderwijs mag. Zonder dat besluit mag zo’n school het kind niet toelaten.',
  },
  passendOnderwijs: {
    term: 'passend onderwijs',
    plain:
      'De manier waarop scholen samen regelen dat ieder kind onderwijs krijgt dat bij hem of haar past: waar het kan op een gewone school, met extra hulp als dat nodig is.',
  },
  zorgplicht: {
    term: 'zorgplicht',
    plain:
      'Als u uw kind bij een school aanmeldt en het heeft extra hulp nodig, dan moet die school een goede plek zoeken: op de eigen school of op een andere school die het kind wil en kan toelaten.',
  },
  swv: {
    term: 'SWV (samenwerkingsverband)',
    plain:
      'Alle scholen in een regio die samen passend onderwijs regelen. Het samenwerkingsverband verdeelt het geld voor extra hulp en beslist over een TLV.',
  },
  sop: {
    term: 'SOP (schoolondersteuningsprofiel)',
    plain: 'Een document waarin de school beschrijft welke hulp zij kan geven en waar haar grenzen liggen.',
  },
  basisondersteuning: {
    term: 'basisondersteuning',
    plain:
      'De hulp die elke school in de regio minimaal moet kunnen geven. De scholen spreken dat samen af in het samenwerkingsverband.',
  },
  arrangement: {
    term: 'arrangement',
    plain:
      'Hulp bovenop de basisondersteuning, afgestemd op één kind of een klein groepje, soms met geld of mensen van het samenwerkingsverband.',
  },
  sbo: {
    term: 'SBO (speciaal basisonderwijs)',
    plain:
      'Een basisschool met kleinere groepen en meer begeleiding, voor kinderen die op een gewone basisschool te weinig verder komen. Een kind heeft er een TLV voor nodig.',
  },
  so: {
    term: 'SO (speciaal onderwijs)',
    plain:
      'Scholen met gespecialiseerde begeleiding, bijvoorbeeld voor kinderen die slecht horen of zien, een lichamelijke beperking hebben of veel steun nodig hebben bij hun gedrag. Ook hiervoor is een TLV nodig.',
  },
  ib: {
    term: 'IB (intern begeleider)',
    plain:
      'De collega die de extra hulp op school regelt en leerkrachten daarbij helpt. Vaak de eerste om mee te praten als een kind meer nodig heeft dan de klas biedt.',
  },
  zorgteam: {
    term: 'zorgteam',
    plain:
      'Een overleg waarin de intern begeleider, de leerkracht en deskundigen van binnen en buiten school samen bedenken wat een kind nodig heeft. Ouders kunnen erbij worden uitgenodigd.',
  },
  groepsplan: {
    term: 'groepsplan',
    plain:
      'Het plan van de leerkracht voor de hele groep voor een paar maanden: hoe de lessen gaan en welke kinderen meer uitleg, oefening of juist uitdaging krijgen.',
  },
  handelingsplan: {
    term: 'handelingsplan',
    plain: 'Een plan voor één kind, met een doel en een aanpak voor een korte periode, bijvoorbeeld voor lezen.',
  },
  handelingsgerichtWerken: {
    term: 'HGW (handelingsgericht werken)',
    plain:
      'Een werkwijze waarin school kijkt naar wat een kind nodig heeft in plaats van naar wat er mis zou zijn, en ouders als partner betrekt bij de doelen.',
  },
  onderwijsbehoefte: {
    term: 'onderwijsbehoefte',
    plain:
      'Wat een kind nodig heeft om goed te leren, zoals een bepaalde uitleg, een rustige plek, meer herhaling of meer uitdaging.',
  },
  ondersteuningsbehoefte: {
    term: 'ondersteuningsbehoefte',
    plain:
      'Wat de leerkracht of de ouders zelf nodig hebben om een kind goed te helpen, bijvoorbeeld advies of een extra paar handen in de klas.',
  },
  groepsbespreking: {
    term: 'groepsbespreking',
    plain:
      'Een overleg van de leerkracht en de intern begeleider over de hele groep: wat gaat goed, en welke kinderen hebben iets anders nodig?',
  },
  leerlingbespreking: {
    term: 'leerlingbespreking',
    plain:
      'Een overleg over één kind, met de leerkracht, de intern begeleider en soms anderen, om te bedenken wat dat kind nodig heeft.',
  },
  leerlingvolgsysteem: {
    term: 'LVS (leerlingvolgsysteem)',
    plain:
      'Het systeem waarin school door de jaren heen bijhoudt hoe een kind zich ontwikkelt, met toetsuitslagen en wat leerkrachten zien.',
  },
  citoToetsen: {
    term: 'Cito-toetsen',
    plain:
      'Toetsen die meestal twee keer per jaar laten zien hoe een kind vooruitgaat in bijvoorbeeld rekenen, lezen en spelling, vergeleken met kinderen in het hele land. De uitslag wordt vaak als niveau gegeven, zoals I tot en met V.',
  },
  leerlijn: {
    term: 'leerlijn',
    plain: 'De stappen die een kind zet om iets onder de knie te krijgen, van makkelijk naar moeilijker.',
  },
  rt: {
    term: 'RT (remedial teaching)',
    plain:
      'Extra hulp naast de gewone les, alleen of in een klein groepje, bijvoorbeeld bij lezen of rekenen.',
  },
  schooladvies: {
    term: 'schooladvies',
    plain:
      'Het advies van de basisschool in groep 8 over welk soort middelbare school past, zoals vmbo, havo of vwo. Eerst komt een voorlopig advies, na de doorstroomtoets het definitieve.',
  },
  doorstroomtoets: {
    term: 'doorstroomtoets',
    plain:
      'De toets in groep 8 die naast het advies van school een tweede meting geeft. Valt de uitslag hoger uit dan het advies, dan kijkt school opnieuw naar het advies.',
  },
  mr: {
    term: 'MR (medezeggenschapsraad)',
    plain: 'Een raad van ouders en medewerkers die meepraat en soms meebeslist over de plannen van de school.',
  },
} as const satisfies GlossaryTexts;
