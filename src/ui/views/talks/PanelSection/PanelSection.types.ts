import type { ReactNode } from 'react';

export interface PanelSectionProps {
  title: string;
  /** Open when first shown. */
  defaultOpen?: boolean;
  headingLevel?: 2 | 3;
  children: ReactNode;
  className?: string;
}

export interface PanelSectionState {
  className: string | undefined;
  title: string;
  open: boolean;
  headingLevel: 2 | 3;
  buttonId: string;
  regionId: string;
  children: ReactNode;
  onToggle(): void;
}
