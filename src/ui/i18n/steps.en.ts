import type { stepsNl } from './steps.nl';
import type { DeepStrings } from './talks.en';

/** The eleven steps of the change plan (English); same keys as the Dutch original. */
export const stepsEn: DeepStrings<typeof stepsNl> = {
  dream: {
    title: 'Describe the dream',
    purpose:
      'Together we sketch what working with parents looks like when it really goes well. The more vivid and concrete that picture, the easier it is to draw goals from it later. Everyone joins in: curiosity about each other’s pictures is where shared ownership begins.',
    prompts: {
      picture:
        'Imagine it is two years from now and parents and school truly work as partners. What do you see when you walk into school in the morning?',
      parents: 'What do parents tell each other about our school at the school gate?',
      children: 'How do the children notice that their parents and the school are a team?',
      you: 'What do you do differently from today, and how does that feel?',
    },
    captures: 'The dream in the team’s own words: a few paragraphs of text.',
    item: 'Dream',
  },
  goals: {
    title: 'Choose goals',
    purpose:
      'We put the dreams side by side and choose what we want to learn and develop to come closer to the dream. We phrase goals positively: what will be there, not what has to go. Then we order them by importance, and only settle them once the whole team stands behind them.',
    prompts: {
      which: 'Which part of the dream do we want to make real first?',
      positive: 'How do we describe this goal so that it says what will happen?',
      priority: 'Which goal matters most, even when something else seems more urgent?',
      frameworks:
        'Which condition (structure, skill, culture, willingness) and which form of parental involvement does this goal fit?',
    },
    captures: 'Goals: positively phrased, in order of priority, optionally tagged with the partnership frameworks.',
    item: 'Goal',
  },
  supporters: {
    title: 'Recruit supporters',
    purpose:
      'We decide who should know about our plans and who can help us along the way. Telling parents already opens a door to partnership, and people outside the school can answer questions that come up during the change.',
    prompts: {
      who: 'Whom do we tell what we are planning: parents, the participation council (MR), the school board?',
      how: 'How do we reach them: the newsletter, the information evening, a personal talk?',
      experts:
        'Who from outside the school, such as the education consultant or the school social worker, can think along with us?',
      feedback: 'How do we ask parents what they think of our plans?',
    },
    captures: 'A list of supporters: whom we inform or involve, and how.',
    item: 'Supporter, and how we reach them',
  },
  benefits: {
    title: 'Explore the benefits',
    purpose:
      'For each goal we find out what it brings: for yourself, for the team and for the school. The more benefits we find, the more attractive the goal becomes and the more we feel like working on it.',
    prompts: {
      personal: 'What does this goal bring you in your daily work with children and parents?',
      team: 'What does the team gain in working together?',
      school: 'What does the school as a whole notice, among parents or in the neighbourhood?',
      children: 'And what do the children get out of it?',
    },
    captures: 'Benefits per goal, at personal, team and school level. They go on the goal map.',
    item: 'Benefit',
  },
  progressSoFar: {
    title: 'Recognise progress made',
    purpose:
      'We decide where we stand now on a scale of 0 to 10, where 10 is the dream. Then we look for what already works: seeing progress that is already there shows we are not starting from zero. Take your time, because the longer you look, the more you find.',
    prompts: {
      score: 'Which number between 0 and 10 do we give ourselves now, if 10 is the dream?',
      why: 'Why this number and not a lower one? What are we already doing well?',
      moment: 'Name a recent moment when contact with parents went well. What did you do then?',
    },
    captures: 'The score on the scale toward the dream, and a list of what already works.',
    item: 'What already works',
  },
  comingProgress: {
    title: 'Sketch the coming progress',
    purpose:
      'We make the next steps toward each goal visible. Which signals tell us we are getting closer, and who sees them first? The sharper that picture, the sooner ideas come up for getting there.',
    prompts: {
      first: 'What is the first thing you notice when we are a step closer to this goal?',
      others: 'What do parents, children or colleagues see us do differently then?',
      roles: 'What do the teacher, the intern begeleider (special needs coordinator) and the school leaders do differently then?',
      onePoint: 'What does one point higher on the scale look like?',
    },
    captures: 'Observable signs of progress per goal. They go on the goal map.',
    item: 'Sign of progress',
  },
  acknowledgeHard: {
    title: 'Acknowledge it is hard',
    purpose:
      'We say out loud that this will not happen by itself. Naming doubts and expected setbacks means nobody has to fake optimism, and a disappointment is less of a shock. Reaching a hard goal is also more satisfying than reaching an easy one.',
    prompts: {
      doubts: 'What doubts or reservations do you have about this goal?',
      setbacks: 'Which setbacks can we expect along the way?',
      keepGoing: 'What do you need to keep going when that happens?',
      where: 'Where can you share your doubts: in your bouw, in the intervisie group, with the intern begeleider?',
    },
    captures: 'A list of doubts and the setbacks we expect.',
    item: 'Doubt or setback',
  },
  confidence: {
    title: 'Find reasons for confidence',
    purpose:
      'We look for what makes the goal achievable after all: the knowledge, talents and experience in the team. Colleagues discover each other’s strengths and appreciation for one another grows. Everyone has something to contribute.',
    prompts: {
      who: 'Who in the team can help others, and with what?',
      own: 'Which of your own talents or experience do you bring to this goal?',
      before: 'When did we manage to change something difficult together before? What helped then?',
      outside: 'Which help from outside the team can we call on?',
    },
    captures: 'Resources (who can help with what) and other reasons to trust that we will succeed.',
    item: 'Who can help, and with what',
  },
  promises: {
    title: 'Make a promise',
    purpose:
      'In small groups, per year group or bouw, everyone says what they will do before the next meeting. Small promises bring quick successes, and because we share them we keep each other on track in a positive way.',
    prompts: {
      what: 'What exactly will you do for our goal before the next meeting?',
      small: 'Is your promise small enough to be sure it works out?',
      visible: 'How will your colleagues see that you did it?',
      support: 'Do you need support with it, and from whom?',
    },
    captures: 'Promises in the promise tracker: whose, in which group, for which goal and by when.',
    item: 'Promise',
  },
  evaluation: {
    title: 'Evaluate progress',
    purpose:
      'We look back in a solution-focused way: what did we do, what worked and why? We do this in the year group, in the bouw and with the whole team, so everyone’s experience counts. When things go slower than hoped, we discuss together whether the goal or the approach should change.',
    prompts: {
      worked: 'What did you do, and what of it worked?',
      why: 'Why do you think it worked?',
      signs: 'Which signs of progress do we now really see happening?',
      parents: 'What have parents noticed lately, and what tips do they give us?',
      adjust: 'Are we doing the right things, or do we adjust the goal? What do we need?',
    },
    captures: 'What worked and why, the signs of progress we saw, what parents told us and what we adjust.',
    item: 'What worked',
  },
  celebration: {
    title: 'Celebrate success',
    purpose:
      'Together we take time for what we have achieved and mark every step forward on the scale. Everyone gets to see the part they played in the change, and parents are recognised as partners too. With that energy we then choose new goals.',
    prompts: {
      proud: 'What are we proud of?',
      contributions: 'Who contributed what, and how do we thank each other?',
      parents: 'How do we let parents share in the success?',
      how: 'How do we celebrate, big or small?',
    },
    captures: 'What we achieved, who contributed and how we celebrated.',
    item: 'Success',
  },
};
