import { useCallback, useId, useState } from 'react';
import type { PanelSectionProps, PanelSectionState } from './PanelSection.types';

export function usePanelSection({ title, defaultOpen = false, headingLevel = 2, children, className }: PanelSectionProps): PanelSectionState {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return {
    className,
    title,
    open,
    headingLevel,
    buttonId: `${id}-button`,
    regionId: `${id}-region`,
    children,
    onToggle: useCallback(() => setOpen((o) => !o), []),
  };
}
