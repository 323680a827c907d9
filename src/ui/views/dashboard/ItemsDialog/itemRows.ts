import type { DashboardItems } from '../../../../data/api';
import { schoolDate } from '../../../../domain/talks/time';
import type { I18n } from '../../../i18n';

/** The items behind a figure as rows of the list: what it is, then when and whose. */
export function itemRows(items: DashboardItems, i18n: I18n): { id: string; primary: string; secondary: string }[] {
  const m = i18n.messages;
  const v = m.dashboard.view;
  const due = (date: string) => i18n.format(v.due, { date: i18n.date(date) });
  switch (items.panel) {
    case 'meetings':
      return items.items.map((x) => ({
        id: x.id,
        primary: x.title,
        secondary: [i18n.date(x.date), v.meetingStatuses[x.status], x.score === undefined ? '' : `${v.latestScore}: ${i18n.number(x.score)}`]
          .filter(Boolean)
          .join(' · '),
      }));
    case 'promises':
      return items.items.map((x) => ({
        id: x.id,
        primary: x.text,
        secondary: [x.ownerName, m.dashboard.bouwen[x.bouw], m.dashboard.statuses[x.status], due(x.dueDate)].join(' · '),
      }));
    case 'talks':
      return items.items.map((x) => ({
        id: x.id,
        primary: `${x.pupilFirstName} (${i18n.format(v.pupilGroup, { group: x.group })})`,
        secondary: [m.talks.types[x.type].name, i18n.date(schoolDate(Date.parse(x.start)))].join(' · '),
      }));
    case 'agreements':
      return items.items.map((x) => ({
        id: x.id,
        primary: x.text,
        secondary: [m.talks.owners[x.owner], m.dashboard.statuses[x.status], due(x.dueDate)].join(' · '),
      }));
    case 'intervisie':
      return items.items.map((x) => ({ id: x.id, primary: v.session, secondary: i18n.date(x.date) }));
  }
}
