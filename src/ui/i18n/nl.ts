/** Every Dutch catalog but the shell's (the source: English has the same keys). Its own chunk: loadViewMessages(). */
import { dashboardNl } from './dashboard.nl';
import { glossaryNl } from './glossary.nl';
import { intervisieNl } from './intervisie.nl';
import { meetingNl } from './meeting.nl';
import { plannerNl } from './planner.nl';
import { settingsNl } from './settings.nl';
import { staffPickerNl } from './staffPicker.nl';
import { stepsNl } from './steps.nl';
import { talksNl } from './talks.nl';
import { teamScanNl } from './teamScan.nl';

export const nl = { planner: plannerNl, steps: stepsNl, talks: talksNl, glossary: glossaryNl, dashboard: dashboardNl, teamScan: teamScanNl, intervisie: intervisieNl, staffPicker: staffPickerNl, meeting: meetingNl, settings: settingsNl };
