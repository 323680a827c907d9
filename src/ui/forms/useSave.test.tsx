import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ConflictError, UnavailableError, ValidationError } from '../../data/errors';
import { QueuedOfflineError } from '../../data/graph/outbox';
import { I18nProvider } from '../i18n';
import { useSave } from './useSave';

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale="nl-NL">{children}</I18nProvider>;
const stored = { value: { title: 'A' }, itemId: '1', etag: '"x,2"' };

describe('useSave', () => {
  it('shows the rules’ verdict per field and sends nothing', () => {
    const { result } = renderHook(() => useSave<{ title: string }>(), { wrapper });
    let ok = true;
    act(() => {
      ok = result.current.check({ ok: false, errors: [{ field: 'title', code: 'required' }] });
    });
    expect(ok).toBe(false);
    expect(result.current.status).toEqual({ state: 'invalid', errors: new Map([['title', 'Vul dit in.']]) });
  });

  it('hands over their version on a conflict, and keeps other failures apart', async () => {
    const { result } = renderHook(() => useSave<{ title: string }>(), { wrapper });
    const conflict = new ConflictError('412', { status: 412, current: stored });
    await act(() => result.current.run(() => Promise.reject(conflict)));
    expect(result.current.status).toEqual({ state: 'conflict', current: stored });
    const down = new UnavailableError('down', { status: 503 });
    await act(() => result.current.run(() => Promise.reject(down)));
    expect(result.current.status).toEqual({ state: 'failed', error: down });
  });

  it('reports a write kept in the outbox as queued: not saved, not failed', async () => {
    const { result } = renderHook(() => useSave<{ title: string }>(), { wrapper });
    let value: unknown = 'unset';
    await act(async () => {
      value = await result.current.run(() => Promise.reject(new QueuedOfflineError('meetings.update')));
    });
    expect(value).toBeUndefined();
    expect(result.current.status).toEqual({ state: 'queued' });
  });

  it('words the field errors a write was refused with', async () => {
    const { result } = renderHook(() => useSave<{ title: string }>(), { wrapper });
    const refused = Object.assign(new ValidationError('bad', { status: 400 }), {
      fieldErrors: [{ field: 'title', code: 'tooLong', params: { max: 255 } }],
    });
    await act(() => result.current.run(() => Promise.reject(refused)));
    expect(result.current.status).toEqual({ state: 'invalid', errors: new Map([['title', 'Dit is te lang: maximaal 255 tekens.']]) });
  });

  it('writes once when saved twice in a row', async () => {
    const { result } = renderHook(() => useSave<{ title: string }>(), { wrapper });
    const write = jest.fn(() => Promise.resolve(stored));
    await act(async () => {
      await Promise.all([result.current.run(write), result.current.run(write)]);
    });
    expect(write).toHaveBeenCalledTimes(1);
    expect(result.current.status).toEqual({ state: 'saved', value: stored });
  });
});
