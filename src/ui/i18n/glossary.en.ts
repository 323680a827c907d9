import type { glossaryNl } from './glossary.nl';
import type { DeepStrings } from './talks.en';

/**
 * Dutch school jargon explained in English. The terms stay Dutch: they are the words staff and
 * parents hear in a Dutch school, and the explanation says what they mean.
 */
export const glossaryEn: DeepStrings<typeof glossaryNl> = {
  opp: {
    term: 'OPP (ontwikkelingsperspectief)',
    plain:
      'Development plan for a child who gets extra help. It says what we expect the child can achieve, the goals that go with it and the help the child receives. School discusses the plan with the parents; the part about the help needs their consent.',
  },
  uitstroomprofiel: {
    term: 'uitstroomprofiel',
    plain: 'The part of the OPP that says which kind of school we expect the child to go to after primary school.',
  },
  tlv: {
    term: 'TLV (toelaatbaarheidsverklaring)',
    plain:
      'Admission decision by the samenwerkingsverband that a child may attend special (primary) education. Without it, such a school may not admit the child.',
  },
  passendOnderwijs: {
    term: 'passend onderwijs',
    plain:
      'Inclusive education: how schools together make sure every child gets education that fits, at a mainstream school where possible, with extra help when needed.',
  },
  zorgplicht: {
    term: 'zorgplicht',
    plain:
      'Duty of care: when you register a child who needs extra help, the school must find a good place, at that school or at another school that is willing and able to admit the child.',
  },
  swv: {
    term: 'SWV (samenwerkingsverband)',
    plain:
      'Regional partnership of all schools that organise inclusive education together. It shares out the money for extra help and decides on a TLV.',
  },
  sop: {
    term: 'SOP (schoolondersteuningsprofiel)',
    plain: 'Support profile: the document in which a school describes which help it can give and where its limits are.',
  },
  basisondersteuning: {
    term: 'basisondersteuning',
    plain:
      'Basic support: the help every school in the region must at least be able to give, as the schools agreed in their samenwerkingsverband.',
  },
  arrangement: {
    term: 'arrangement',
    plain:
      'Help on top of the basic support, tailored to one child or a small group, sometimes with money or staff from the samenwerkingsverband.',
  },
  sbo: {
    term: 'SBO (speciaal basisonderwijs)',
    plain:
      'Special primary school with smaller groups and more guidance, for children who do not progress enough at a mainstream school. A child needs a TLV to go there.',
  },
  so: {
    term: 'SO (speciaal onderwijs)',
    plain:
      'Special schools with specialised guidance, for example for children who are hard of hearing or visually impaired, have a physical disability or need a lot of support with their behaviour. A TLV is needed here too.',
  },
  ib: {
    term: 'IB (intern begeleider)',
    plain:
      'The colleague who arranges extra help at school and supports teachers with it. Often the first person to talk to when a child needs more than the class offers.',
  },
  zorgteam: {
    term: 'zorgteam',
    plain:
      'Care team: a meeting where the intern begeleider, the teacher and experts from inside and outside school work out together what a child needs. Parents can be invited.',
  },
  groepsplan: {
    term: 'groepsplan',
    plain:
      'Group plan: the teacher’s plan for the whole class for a few months, how lessons go and which children get more explanation, practice or challenge.',
  },
  handelingsplan: {
    term: 'handelingsplan',
    plain: 'Individual plan for one child, with a goal and an approach for a short period, for example for reading.',
  },
  handelingsgerichtWerken: {
    term: 'HGW (handelingsgericht werken)',
    plain:
      'Needs-based working: school looks at what a child needs rather than at what would be wrong, and involves parents as partners in setting goals.',
  },
  onderwijsbehoefte: {
    term: 'onderwijsbehoefte',
    plain:
      'Educational needs: what a child needs to learn well, such as a particular way of explaining, a quiet spot, more repetition or more challenge.',
  },
  ondersteuningsbehoefte: {
    term: 'ondersteuningsbehoefte',
    plain:
      'Support needs: what the teacher or the parents themselves need to help a child well, for example advice or an extra pair of hands in class.',
  },
  groepsbespreking: {
    term: 'groepsbespreking',
    plain:
      'Group review: the teacher and the intern begeleider discuss the whole class, what goes well and which children need something different.',
  },
  leerlingbespreking: {
    term: 'leerlingbespreking',
    plain:
      'Pupil review: a meeting about one child with the teacher, the intern begeleider and sometimes others, to work out what that child needs.',
  },
  leerlingvolgsysteem: {
    term: 'LVS (leerlingvolgsysteem)',
    plain:
      'Pupil monitoring system: where school keeps track over the years of how a child develops, with test results and what teachers observe.',
  },
  citoToetsen: {
    term: 'Cito-toetsen',
    plain:
      'Tests, usually twice a year, that show how a child progresses in for example maths, reading and spelling, compared with children across the country. Results are often given as a level, such as I to V.',
  },
  leerlijn: {
    term: 'leerlijn',
    plain: 'Learning line: the steps a child takes to master something, from easy to harder.',
  },
  rt: {
    term: 'RT (remedial teaching)',
    plain: 'Extra help alongside regular lessons, one to one or in a small group, for example with reading or maths.',
  },
  schooladvies: {
    term: 'schooladvies',
    plain:
      'The primary school’s advice in group 8 on which kind of secondary school suits the child, such as vmbo, havo or vwo. A provisional advice comes first, the final one after the doorstroomtoets.',
  },
  doorstroomtoets: {
    term: 'doorstroomtoets',
    plain:
      'The national test in group 8 that gives a second measurement next to the school’s advice. If the result is higher than the advice, school reconsiders the advice.',
  },
  mr: {
    term: 'MR (medezeggenschapsraad)',
    plain: 'Participation council of parents and staff that advises on, and sometimes decides about, the school’s plans.',
  },
};
