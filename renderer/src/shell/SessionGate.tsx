import { Suspense } from 'react';
import { lazyNamed } from '../lib/lazyNamed';
import { ScreenLoading } from '../lib/ScreenLoading';
import { LockScreen } from '../session/LockScreen';
import { useSession } from '../context/SessionContext';
import { SignInScreen } from '../session/SignInScreen';
import { UnsealScreen } from '../session/UnsealScreen';

// Set-up runs once per desk and the signed-in app is everything behind sign-in: neither is needed to sign in.
const SetupWizard = lazyNamed(() => import('../setup/SetupWizard'), 'SetupWizard');
const DamagedScreen = lazyNamed(() => import('../setup/DamagedScreen'), 'DamagedScreen');
const SignedInApp = lazyNamed(() => import('./SignedInApp'), 'SignedInApp');
// The feedback kiosk: the questionnaire alone, whatever the address says (main refuses everything else anyway).
const KioskScreen = lazyNamed(() => import('../feedback/kiosk/KioskScreen'), 'KioskScreen');

/** One screen per session phase; only `signedIn` mounts the app, so leaving it removes every trace of it. */
export function SessionGate() {
  const { status } = useSession();
  switch (status.phase) {
    case 'sealed':
      return <UnsealScreen />;
    case 'setup':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <SetupWizard />
        </Suspense>
      );
    case 'damaged':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <DamagedScreen />
        </Suspense>
      );
    case 'signedOut':
      return <SignInScreen />;
    case 'locked':
      return <LockScreen />;
    case 'kiosk':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <KioskScreen />
        </Suspense>
      );
    case 'signedIn':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <SignedInApp />
        </Suspense>
      );
  }
}
