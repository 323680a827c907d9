import { mentionsHealthOrDiagnosis } from './privacy';

describe('mentionsHealthOrDiagnosis', () => {
  it.each([
    ['Heeft ADHD, gebruikt medicatie', ['ADHD', 'medicatie']],
    ['Er is sprake van autisme en dyslexie.', ['autisme', 'dyslexie']],
    ['Vorig jaar gediagnosticeerd door de psychiater', ['gediagnosticeerd', 'psychiater']],
    ['Moeder noemde een gedragsstoornis', ['gedragsstoornis']],
    ['Was twee weken ziek; suikerziekte in de familie', ['ziek', 'suikerziekte']],
    ['Onderzoek wijst op ASS', ['ASS']],
    ['Diagnosis of dyslexia, on medication', ['Diagnosis', 'dyslexia', 'medication']],
    ['Neemt Ritalin voor de lunch', ['Ritalin']],
  ])('hints at %j', (text, terms) => {
    expect(mentionsHealthOrDiagnosis(text)).toEqual({ code: 'healthDetails', terms });
  });

  it('names each word once', () => {
    expect(mentionsHealthOrDiagnosis('ADHD? ADHD!')?.terms).toEqual(['ADHD']);
  });

  it.each([
    'Emma leest graag en helpt anderen in de klas.',
    'We add a reading moment and discuss class rules.',
    'De klas gaat op schoolreis naar een nautisch museum.',
    'Het groepsplan wordt aangepast; er komt een leesmoment bij.',
    'Hij kan goed plannen en ass is not a Dutch word anyway',
    '',
  ])('stays quiet for %j', (text) => {
    expect(mentionsHealthOrDiagnosis(text)).toBeNull();
  });
});
