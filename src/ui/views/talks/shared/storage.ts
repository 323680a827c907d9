/**
 * Per-tab memory (sessionStorage) for what the side panel should not ask twice: which talk this
 * meeting is about, and the agenda clock. Never personal data beyond ids and times. Storage
 * can be unavailable (privacy settings, some webviews): then nothing is remembered.
 */
import { readStored, writeStored } from '../../../data/safeStorage';

function store(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

export const readSession = (key: string): string | null => readStored(store(), key);

export const writeSession = (key: string, value: string | null): void => writeStored(store(), key, value);

export const meetingTalkKey = (meetingId: string | undefined) => `driehoek.meetingTalk.${meetingId ?? 'local'}`;
export const timerKey = (talkId: string) => `driehoek.talkTimer.${talkId}`;
