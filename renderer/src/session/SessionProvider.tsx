import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/print';
import type { ApiError } from '../../../contract/result';
import type { SessionStatus } from '../../../contract/session';
import { api } from '../api/client';
import { onSessionError } from '../api/sessionSignals';
import { errorText } from '../lib/errors';
import { SessionContext, type SessionValue } from '../context/SessionContext';

type State = { kind: 'loading' } | { kind: 'failed'; error: ApiError } | { kind: 'ready'; status: SessionStatus };

interface Props {
  /** Called with the language main remembers, so every screen (sign-in included) opens in it. */
  onLocale: (locale: Locale) => void;
  children: ReactNode;
}

/**
 * Keeps main's session status and re-reads it whenever any call answers
 * SEALED, SETUP_REQUIRED, UNAUTHORIZED or LOCKED, so the right screen follows
 * wherever the answer came from (a list refresh, a button, main's idle lock).
 */
export function SessionProvider({ onLocale, children }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Each change of status takes a ticket; a slower, older answer must not undo a newer one.
  const ticket = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);

  const apply = useCallback(
    (status: SessionStatus) => {
      ticket.current += 1;
      onLocale(status.locale);
      setState({ kind: 'ready', status });
    },
    [onLocale],
  );

  const refresh = useCallback(() => {
    // Several calls failing together (two lists, a touch) need only one read.
    inFlight.current ??= (async () => {
      const mine = ++ticket.current;
      const result = await api.session.status({});
      inFlight.current = null;
      if (mine !== ticket.current) return;
      if (result.ok) apply(result.value);
      else setState((s) => (s.kind === 'ready' ? s : { kind: 'failed', error: result.error }));
    })();
    return inFlight.current;
  }, [apply]);

  useEffect(() => {
    void refresh();
    return onSessionError(() => void refresh());
  }, [refresh]);

  const lock = useCallback(async () => {
    // Unmount the desk now, whatever main answers: nothing on screen may wait for the round trip.
    ticket.current += 1;
    setState((s) => (s.kind === 'ready' && s.status.phase === 'signedIn' ? { kind: 'ready', status: { ...s.status, phase: 'locked', permissions: [] } } : s));
    const result = await api.session.lock({});
    if (result.ok) apply(result.value);
  }, [apply]);

  const signOut = useCallback(async () => {
    const result = await api.session.signOut({});
    if (result.ok) apply(result.value);
    return result;
  }, [apply]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      onLocale(locale);
      const result = await api.session.setLocale({ locale });
      if (result.ok) apply(result.value);
      return result;
    },
    [apply, onLocale],
  );

  const value = useMemo<SessionValue | null>(
    () => (state.kind === 'ready' ? { status: state.status, apply, refresh, lock, signOut, setLocale, previewLocale: onLocale } : null),
    [state, apply, refresh, lock, signOut, setLocale, onLocale],
  );

  if (state.kind === 'loading') {
    return (
      <div className="app-centre">
        <Spin size="large" />
        <span>{t('app.loading')}</span>
      </div>
    );
  }
  if (state.kind === 'failed' || !value) {
    return (
      <div className="app-centre">
        <Result
          status="error"
          title={t('app.loadFailed')}
          subTitle={state.kind === 'failed' ? errorText(state.error) : undefined}
          extra={
            <Button type="primary" onClick={() => void refresh()}>
              {t('app.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
