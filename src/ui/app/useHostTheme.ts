import { useEffect, useState } from 'react';
import type { Host, ThemeName } from '../../host/types';

/** The host's theme, following live changes (Teams settings, the OS colour scheme). */
export function useHostTheme(host: Pick<Host, 'context' | 'onThemeChange'>): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
