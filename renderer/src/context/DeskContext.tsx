import { createContext, useContext } from 'react';
import type { Input, Output } from '../../../contract';
import type { Locale } from '../../../contract/print';
import type { Result } from '../../../contract/result';
import type { DeskSettings } from '../../../contract/settings';

export type AppInfo = Output<'app', 'info'>;
export type SettingsPatch = Input<'settings', 'update'>;

/** What every signed-in screen needs from the app shell: settings, who is on duty, the language. */
export interface DeskContextValue {
  settings: DeskSettings;
  info: AppInfo;
  locale: Locale;
  /** Saves to main and, on success, updates every screen. */
  saveSettings: (patch: SettingsPatch) => Promise<Result<DeskSettings>>;
  /** From the session's permissions: screens and buttons show only what main would allow. */
  can: (permission: string) => boolean;
}

export const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useDesk() outside <DeskContext.Provider>');
  return value;
}
