import type { ThemeName } from './types';

/**
 * Fan-out for theme changes. teams-js keeps a single theme handler (a second registration
 * replaces the first) and media queries need one listener each; the app has many subscribers
 * (Fluent provider, charts, …), so each host registers once and fans out from here.
 */
export class ThemeListeners {
  private readonly listeners = new Set<(theme: ThemeName) => void>();

  constructor(private current: ThemeName) {}

  get theme(): ThemeName {
    return this.current;
  }

  subscribe(listener: (theme: ThemeName) => void): () => void {
    // Wrap so the same function can subscribe twice and unsubscribe each time separately.
    const entry = (theme: ThemeName) => listener(theme);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  /** Records the new theme and tells the listeners, unless nothing changed. */
  emit(theme: ThemeName): void {
    if (theme === this.current) return;
    this.current = theme;
    for (const listener of [...this.listeners]) {
      try {
        listener(theme);
      } catch (error) {
        // One broken subscriber must not keep the others on the old theme.
        console.error('Theme listener failed', error);
      }
    }
  }
}
