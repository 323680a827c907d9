/** Every English catalog but the shell's, with the Dutch keys. Its own chunk: loadViewMessages(). */
import { dashboardEn } from './dashboard.en';
import { glossaryEn } from './glossary.en';
import type { Messages } from './index';
import { intervisieEn } from './intervisie.en';
import { meetingEn } from './meeting.en';
import { plannerEn } from './planner.en';
import { settingsEn } from './settings.en';
import { staffPickerEn } from './staffPicker.en';
import { stepsEn } from './steps.en';
import { talksEn } from './talks.en';
import { teamScanEn } from './teamScan.en';

export const en: Omit<Messages, 'shell'> = { planner: plannerEn, steps: stepsEn, talks: talksEn, glossary: glossaryEn, dashboard: dashboardEn, teamScan: teamScanEn, intervisie: intervisieEn, staffPicker: staffPickerEn, meeting: meetingEn, settings: settingsEn };
