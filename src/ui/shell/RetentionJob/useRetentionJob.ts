import { useEffect, useState } from 'react';
import type { RetentionReport } from '../../../data/api';
import { memoryStorage } from '../../../data/graph/outbox';
import { retentionJobDue } from '../../../domain/retention';
import { schoolDate } from '../../../domain/talks/time';
import { useDataApi } from '../../data/DataApiContext';
import { readStored, writeStored } from '../../data/safeStorage';
import { useI18n } from '../../i18n';
import type { JobStore, RetentionJobProps, RetentionJobState } from './RetentionJob.types';

const systemClock = () => new Date();
const lastRunKey = (upn: string) => `driehoek.retentionRun.${upn.toLowerCase()}`;

/**
 * The retention job. A tenant has no server of its own to run it on a schedule, so it runs here,
 * when the IB or an MT member has had the app open for `delayMs`, once a school day per browser
 * session. The day is claimed before the run, so a second mount (React's strict mode, a quick
 * reload) does not start another; a failed run gives the day back for the next opening. The
 * button under Leerlingen stays for running it by hand, with its dry run.
 */
export function useRetentionJob({ me, storage: given, now = systemClock, delayMs = 30_000, className }: RetentionJobProps): RetentionJobState {
  const api = useDataApi();
  const [memory] = useState(memoryStorage);
  const storage = given ?? memory;
  const { messages, format } = useI18n();
  const t = messages.shell.retention;
  const [report, setReport] = useState<RetentionReport | null>(null);

  useEffect(() => {
    if (!me) return;
    const run = () => {
      const at = now();
      const key = lastRunKey(me.upn);
      if (!retentionJobDue(me.role, readStored(storage, key), at)) return;
      writeStored(storage, key, schoolDate(at.getTime()));
      api.talks.runRetention(at).then(
        (done) => {
          if (done.pupilIds.length) setReport(done);
        },
        () => writeStored(storage, key, null),
      );
    };
    if (delayMs <= 0) return run();
    const timer = setTimeout(run, delayMs);
    return () => clearTimeout(timer);
  }, [api, me, storage, now, delayMs]);

  const text = report
    ? format(report.eventsRemoved ? t.doneWithEvents : t.done, {
        pupils: report.pupilIds.length,
        talks: report.talksRemoved,
        agreements: report.agreementsRemoved,
        events: report.eventsRemoved,
      })
    : null;
  return { className, text, dismissLabel: t.dismiss, onDismiss: () => setReport(null) };
}
