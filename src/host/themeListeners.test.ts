import { ThemeListeners } from './themeListeners';

describe('ThemeListeners', () => {
  it('tells every listener about a change, once, and remembers it', () => {
    const themes = new ThemeListeners('default');
    const a = jest.fn();
    const b = jest.fn();
    themes.subscribe(a);
    themes.subscribe(b);
    themes.emit('dark');
    themes.emit('dark');
    expect(a.mock.calls).toEqual([['dark']]);
    expect(b.mock.calls).toEqual([['dark']]);
    expect(themes.theme).toBe('dark');
  });

  it('unsubscribes each subscription separately, even of the same function', () => {
    const themes = new ThemeListeners('default');
    const listener = jest.fn();
    const first = themes.subscribe(listener);
    themes.subscribe(listener);
    first();
    themes.emit('contrast');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps notifying when one listener throws', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const themes = new ThemeListeners('default');
    const after = jest.fn();
    themes.subscribe(() => {
      throw new Error('broken');
    });
    themes.subscribe(after);
    themes.emit('dark');
    expect(after).toHaveBeenCalledWith('dark');
    error.mockRestore();
  });
});
