/**
 * Per-tab memory (sessionStorage) for what the side panel should not ask twice: which talk this
 * meeting is about, and the agenda clock. Never personal data beyond ids and times. Storage
 * can be unavailable (privacy settings, some webviews): then nothing is remembered.
 */
function store(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

export function readSession(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeSession(key: string, value: string | null): void {
  try {
    const s = store();
    if (!s) return;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch {
    // Full or refused: the panel simply asks again next time.
  }
}

export const meetingTalkKey = (meetingId: string | undefined) => `driehoek.meetingTalk.${meetingId ?? 'local'}`;
export const timerKey = (talkId: string) => `driehoek.talkTimer.${talkId}`;
