/**
 * De elf stappen van het veranderplan (Nederlands, de standaard). Per stap: een korte titel,
 * waar de stap voor is, vragen voor het team, wat de stap vastlegt en hoe één regel heet.
 * Keys volgen STEP_KEYS in src/domain/steps.ts; wat een stap vastlegt staat getypeerd in
 * src/domain/stepCaptures.ts. Wordt samengevoegd onder `steps`.
 */
export const stepsNl = {
  dream: {
    title: 'De droom beschrijven',
    purpose:
      'Samen schetsen we hoe de samenwerking met ouders eruitziet als die echt goed loopt. Hoe levendiger en concreter dat beeld, hoe makkelijker we er later doelen uit halen. Iedereen droomt mee: belangstelling voor elkaars beelden is het begin van gedeeld eigenaarschap.',
    prompts: {
      picture:
        'Stel je voor: het is twee jaar later en ouders en school trekken echt samen op. Wat zie je als je ’s ochtends de school binnenloopt?',
      parents: 'Wat vertellen ouders elkaar op het schoolplein over onze school?',
      children: 'Waaraan merken de kinderen dat hun ouders en de school een team zijn?',
      you: 'Wat doe jij dan anders dan nu, en hoe voelt dat?',
    },
    captures: 'De droom in de woorden van het team: een paar alinea’s tekst.',
    item: 'Droom',
  },
  goals: {
    title: 'Doelen kiezen',
    purpose:
      'We leggen de dromen naast elkaar en kiezen wat we willen leren en ontwikkelen om dichter bij de droom te komen. Doelen schrijven we positief op: wat er komt, niet wat er weg moet. Daarna zetten we ze op volgorde van belang en leggen we ze pas vast als het team er samen achter staat.',
    prompts: {
      which: 'Welk stuk van de droom willen we als eerste waarmaken?',
      positive: 'Hoe beschrijven we dit doel zo dat het zegt wat er wél gebeurt?',
      priority: 'Welk doel is het belangrijkst, ook als iets anders dringender lijkt?',
      frameworks:
        'Bij welke voorwaarde (structuur, vaardigheid, cultuur, bereidheid) en welke vorm van ouderbetrokkenheid past dit doel?',
    },
    captures:
      'Doelen: positief geformuleerd, op volgorde van prioriteit, eventueel gekoppeld aan de kaders voor partnerschap.',
    item: 'Doel',
  },
  supporters: {
    title: 'Supporters werven',
    purpose:
      'We bedenken wie van onze plannen moet weten en wie ons onderweg kan helpen. Ouders op de hoogte brengen zet al een deur open naar partnerschap, en mensen buiten de school kunnen vragen beantwoorden die tijdens het traject opkomen.',
    prompts: {
      who: 'Wie vertellen we wat we van plan zijn: ouders, de MR, het bestuur?',
      how: 'Hoe bereiken we hen: via de nieuwsbrief, op de informatieavond, in een persoonlijk gesprek?',
      experts:
        'Wie van buiten de school, zoals de onderwijsconsulent of de schoolmaatschappelijk werker, kan met ons meedenken?',
      feedback: 'Hoe vragen we ouders wat zij van onze plannen vinden?',
    },
    captures: 'Een lijst van supporters: wie we informeren of erbij halen, en op welke manier.',
    item: 'Supporter, en hoe we die bereiken',
  },
  benefits: {
    title: 'Voordelen onderzoeken',
    purpose:
      'Per doel zoeken we uit wat het oplevert: voor jezelf, voor het team en voor de school. Hoe meer voordelen we vinden, hoe aantrekkelijker het doel wordt en hoe meer zin we krijgen om ervoor aan de slag te gaan.',
    prompts: {
      personal: 'Wat levert dit doel jou op in je dagelijkse werk met kinderen en ouders?',
      team: 'Wat wint het team erbij in de samenwerking met elkaar?',
      school: 'Wat merkt de school als geheel ervan, bij ouders of in de wijk?',
      children: 'En wat hebben de kinderen eraan?',
    },
    captures: 'Voordelen per doel, op persoonlijk, team- en schoolniveau. Ze komen op de doelenkaart.',
    item: 'Voordeel',
  },
  progressSoFar: {
    title: 'Vooruitgang erkennen',
    purpose:
      'We bepalen waar we nu staan op een schaal van 0 tot 10, waarbij 10 de droom is. Daarna zoeken we wat al werkt: wie ziet dat er al vooruitgang is, merkt dat we niet bij nul beginnen. Neem er de tijd voor, want wie langer zoekt, vindt meer.',
    prompts: {
      score: 'Welk cijfer tussen 0 en 10 geven we onszelf nu, als 10 de droom is?',
      why: 'Waarom dit cijfer en geen lager? Wat doen we al goed?',
      moment: 'Noem een moment van de laatste tijd waarop het contact met ouders goed liep. Wat deed je toen?',
    },
    captures: 'Het cijfer op de schaal richting de droom, en een lijst van wat nu al werkt.',
    item: 'Wat nu al werkt',
  },
  comingProgress: {
    title: 'Komende vooruitgang schetsen',
    purpose:
      'We maken zichtbaar hoe de volgende stappen naar elk doel eruitzien. Welke signalen vertellen ons dat we dichterbij komen, en wie ziet ze als eerste? Hoe scherper dat beeld, hoe sneller er ideeën komen om er te komen.',
    prompts: {
      first: 'Waaraan merk je als eerste dat we een stap dichter bij dit doel zijn?',
      others: 'Wat zien ouders, kinderen of collega’s dan aan ons?',
      roles: 'Wat doen de leerkracht, de intern begeleider en de directie dan anders?',
      onePoint: 'Hoe ziet één punt hoger op de schaal eruit?',
    },
    captures: 'Per doel waarneembare tekenen van vooruitgang. Ze komen op de doelenkaart.',
    item: 'Teken van vooruitgang',
  },
  acknowledgeHard: {
    title: 'Erkennen dat het lastig is',
    purpose:
      'We zeggen hardop dat dit niet vanzelf gaat. Wie twijfels en verwachte tegenslagen benoemt, hoeft geen optimisme te spelen en schrikt minder als iets tegenvalt. Een lastig doel halen geeft bovendien meer voldoening dan een makkelijk doel.',
    prompts: {
      doubts: 'Welke twijfels of bedenkingen heb jij bij dit doel?',
      setbacks: 'Welke tegenslagen kunnen we onderweg verwachten?',
      keepGoing: 'Wat heb je nodig om dan toch door te gaan?',
      where: 'Waar kun je je twijfels kwijt: in de bouw, in de intervisiegroep, bij de intern begeleider?',
    },
    captures: 'Een lijst van twijfels en tegenslagen die we verwachten.',
    item: 'Twijfel of tegenslag',
  },
  confidence: {
    title: 'Redenen voor vertrouwen vinden',
    purpose:
      'We zoeken wat het doel toch haalbaar maakt: de kennis, talenten en ervaring die in het team aanwezig zijn. Zo ontdekken collega’s elkaars kwaliteiten en groeit de waardering voor elkaar. Iedereen heeft iets wat bijdraagt.',
    prompts: {
      who: 'Wie in het team kan anderen helpen, en waarmee?',
      own: 'Welk talent of welke ervaring van jezelf zet je in voor dit doel?',
      before: 'Wanneer is het ons eerder gelukt samen iets lastigs te veranderen? Wat hielp toen?',
      outside: 'Welke hulp van buiten het team kunnen we inroepen?',
    },
    captures: 'Hulpbronnen (wie kan helpen met wat) en andere redenen om erop te vertrouwen dat het lukt.',
    item: 'Wie kan helpen, en waarmee',
  },
  promises: {
    title: 'Iets beloven',
    purpose:
      'In kleine groepjes, per jaargroep of bouw, vertelt ieder wat hij of zij vóór de volgende bijeenkomst gaat doen. Kleine beloftes leveren snel succes op, en doordat we ze met elkaar delen, houden we elkaar op een positieve manier scherp.',
    prompts: {
      what: 'Wat ga jij vóór de volgende bijeenkomst concreet doen voor ons doel?',
      small: 'Is je belofte klein genoeg om zeker te lukken?',
      visible: 'Hoe zien je collega’s dat je het gedaan hebt?',
      support: 'Heb je daarbij ondersteuning nodig, en van wie?',
    },
    captures: 'Beloftes in de beloftetracker: van wie, in welke groep, voor welk doel en vóór wanneer.',
    item: 'Belofte',
  },
  evaluation: {
    title: 'Vooruitgang evalueren',
    purpose:
      'We kijken oplossingsgericht terug: wat hebben we gedaan, wat werkte en waarom? Dat gebeurt in de jaargroep, in de bouw en met het hele team, zodat ieders ervaring meetelt. Gaat het trager dan gehoopt, dan bespreken we samen of het doel of de aanpak anders moet.',
    prompts: {
      worked: 'Wat heb je gedaan, en wat werkte daarvan?',
      why: 'Waarom werkte het, denk je?',
      signs: 'Welke tekenen van vooruitgang zien we nu echt gebeuren?',
      parents: 'Wat hebben ouders de afgelopen tijd gemerkt, en welke tips geven zij ons?',
      adjust: 'Doen we de goede dingen, of stellen we het doel bij? Wat hebben we nodig?',
    },
    captures:
      'Wat werkte en waarom, de tekenen van vooruitgang die we zagen, wat ouders terugzeiden en wat we bijstellen.',
    item: 'Wat werkte',
  },
  celebration: {
    title: 'Succes vieren',
    purpose:
      'We staan samen stil bij wat we bereikt hebben en zetten elke stap vooruit op de schaal. Iedereen mag zien welke rol hij of zij in de verandering speelde, en ook ouders krijgen erkenning als partner. Met die energie kiezen we daarna nieuwe doelen.',
    prompts: {
      proud: 'Waar zijn we trots op?',
      contributions: 'Wie heeft wat bijgedragen, en hoe bedanken we elkaar?',
      parents: 'Hoe laten we ouders meedelen in het succes?',
      how: 'Hoe vieren we het, klein of groot?',
    },
    captures: 'Wat we bereikten, wie eraan bijdroeg en hoe we het vierden.',
    item: 'Succes',
  },
} as const;
