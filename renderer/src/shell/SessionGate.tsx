import { SetupWizard } from '../setup/SetupWizard';
import { SignedInApp } from './SignedInApp';
import { LockScreen } from '../session/LockScreen';
import { useSession } from '../context/SessionContext';
import { SignInScreen } from '../session/SignInScreen';
import { UnsealScreen } from '../session/UnsealScreen';

/** One screen per session phase; only `signedIn` mounts the app, so leaving it removes every trace of it. */
export function SessionGate() {
  const { status } = useSession();
  switch (status.phase) {
    case 'sealed':
      return <UnsealScreen />;
    case 'setup':
      return <SetupWizard />;
    case 'signedOut':
      return <SignInScreen />;
    case 'locked':
      return <LockScreen />;
    case 'signedIn':
      return <SignedInApp />;
  }
}
