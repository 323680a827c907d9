import { useCallback, useId } from 'react';
import { isCoachOrManagement } from '../../../../domain/people';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { SettingsViewProps, SettingsViewState } from './SettingsView.types';

export function useSettingsView({ className }: SettingsViewProps): SettingsViewState {
  const api = useDataApi();
  const { messages } = useI18n();
  const t = messages.settings;
  const headingId = useId();
  const me = useResource(useCallback(() => api.me(), [api]));
  if (me.state === 'loading') return { status: 'loading', className, label: t.loading };
  if (me.state === 'failed') return { status: 'failed', className, error: me.error, onRetry: me.reload };
  return {
    status: 'ready',
    className,
    headingId,
    heading: t.heading,
    intro: t.intro,
    canManage: Boolean(me.data && isCoachOrManagement(me.data.role)),
    notAllowed: t.notAllowed,
    me: me.data,
  };
}
