/**
 * Configuration-page capability (teams-js `pages.config`): the page Teams shows when a
 * configurable tab is added. Teams draws the Save button; the page enables it and, on Save,
 * tells Teams which content URL the tab gets.
 */
import type { pages } from '@microsoft/teams-js';
import type { TabConfig, TabInstanceConfig } from '../types';
import { ensureFrameContext, type TeamsFrameContext } from './frameContexts';

export type PagesConfigApi = Pick<typeof pages.config, 'setValidityState' | 'setConfig' | 'registerOnSaveHandler'>;

/** The frame contexts teams-js allows each call in (teams-js's `configSet…Helper`s). */
export const VALIDITY_CONTEXTS: readonly TeamsFrameContext[] = ['settings', 'remove'];
export const SET_CONFIG_CONTEXTS: readonly TeamsFrameContext[] = ['content', 'settings', 'sidePanel'];
export const SAVE_HANDLER_CONTEXTS: readonly TeamsFrameContext[] = ['settings'];

export function setValidity(api: Pick<PagesConfigApi, 'setValidityState'>, frameContext: string | undefined, valid: boolean): void {
  ensureFrameContext(frameContext, VALIDITY_CONTEXTS, 'pages.config.setValidityState');
  api.setValidityState(valid);
}

export async function setConfig(
  api: Pick<PagesConfigApi, 'setConfig'>,
  frameContext: string | undefined,
  config: TabInstanceConfig,
): Promise<void> {
  ensureFrameContext(frameContext, SET_CONFIG_CONTEXTS, 'pages.config.setConfig');
  await api.setConfig(config);
}

/**
 * Registers the Save handler: runs `handler`, stores its config with `setConfig`, then settles
 * Teams' save event. teams-js waits for exactly one notifySuccess/notifyFailure per save.
 */
export function onSave(
  api: Pick<PagesConfigApi, 'setConfig' | 'registerOnSaveHandler'>,
  frameContext: string | undefined,
  handler: () => TabInstanceConfig | Promise<TabInstanceConfig>,
): void {
  ensureFrameContext(frameContext, SAVE_HANDLER_CONTEXTS, 'pages.config.registerOnSaveHandler');
  api.registerOnSaveHandler((event) => {
    Promise.resolve()
      .then(handler)
      .then((config) => setConfig(api, frameContext, config))
      .then(
        () => event.notifySuccess(),
        (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
}

/** The TabConfig capability for a page running in `frameContext`. */
export function createTabConfig(api: PagesConfigApi, frameContext: string | undefined): TabConfig {
  return {
    setValid: (valid) => setValidity(api, frameContext, valid),
    onSave: (handler) => onSave(api, frameContext, handler),
  };
}
