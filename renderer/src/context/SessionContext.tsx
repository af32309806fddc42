import { createContext, useContext } from 'react';
import type { Locale } from '../../../contract/print';
import type { Result } from '../../../contract/result';
import type { SessionStatus } from '../../../contract/session';

/** Where the desk stands (main's `session.status`) and the few moves that change it. */
export interface SessionValue {
  status: SessionStatus;
  /** Takes a status main just returned (after sign-in, unlock, setup...). */
  apply: (status: SessionStatus) => void;
  /** Reads the status again; called whenever any call says the desk is not open. */
  refresh: () => Promise<void>;
  /** Hides everything at once, then tells main; used by the lock button, Ctrl+L and idle time. */
  lock: () => Promise<void>;
  signOut: () => Promise<Result<SessionStatus>>;
  /** Anyone may switch the language, signed in or not; main remembers the last choice. */
  setLocale: (locale: Locale) => Promise<Result<SessionStatus>>;
  /** Shows the UI in a language without saving it (the setup wizard saves it on completion). */
  previewLocale: (locale: Locale) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
