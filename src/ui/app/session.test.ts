import type { DriehoekDataApi } from '../../data';
import type { TimelineSnapshot } from '../../data/api';
import { withEarlyTimeline } from './session';

const snapshot = (title: string): TimelineSnapshot => ({ cycle: null, meetings: [{ title } as TimelineSnapshot['meetings'][number]] });

function apiReading(...answers: Array<() => Promise<TimelineSnapshot>>) {
  const load = jest.fn(() => answers.shift()!());
  return { api: { timeline: { load }, me: jest.fn() } as unknown as DriehoekDataApi, load };
}

describe('withEarlyTimeline', () => {
  it('reads the timeline at once and hands that answer to the first load only', async () => {
    const { api, load } = apiReading(
      () => Promise.resolve(snapshot('early')),
      () => Promise.resolve(snapshot('later')),
    );
    const early = withEarlyTimeline(api);
    expect(load).toHaveBeenCalledTimes(1);
    expect((await early.timeline.load()).meetings[0]!.title).toBe('early');
    expect(load).toHaveBeenCalledTimes(1);
    expect((await early.timeline.load()).meetings[0]!.title).toBe('later');
    expect(early.me).toBe(api.me);
  });

  it('asks again when the early read failed, and an untaken failure stays quiet', async () => {
    const { api, load } = apiReading(
      () => Promise.reject(new Error('no lists yet')),
      () => Promise.resolve(snapshot('after provisioning')),
    );
    const early = withEarlyTimeline(api);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await early.timeline.load()).meetings[0]!.title).toBe('after provisioning');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
