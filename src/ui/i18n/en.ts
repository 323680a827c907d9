/** Every English catalog, with the Dutch keys. Its own chunk: loadMessages('en'). */
import { dashboardEn } from './dashboard.en';
import { glossaryEn } from './glossary.en';
import type { Messages } from './index';
import { intervisieEn } from './intervisie.en';
import { meetingEn } from './meeting.en';
import { plannerEn } from './planner.en';
import { settingsEn } from './settings.en';
import { shellEn } from './shell.en';
import { staffPickerEn } from './staffPicker.en';
import { stepsEn } from './steps.en';
import { talksEn } from './talks.en';
import { teamScanEn } from './teamScan.en';

export const en: Messages = { shell: shellEn, planner: plannerEn, steps: stepsEn, talks: talksEn, glossary: glossaryEn, dashboard: dashboardEn, teamScan: teamScanEn, intervisie: intervisieEn, staffPicker: staffPickerEn, meeting: meetingEn, settings: settingsEn };
