import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './global.css';
import { BootLoading } from './lib/BootLoading';
import { hideDecorativeIcons } from './lib/decorativeIcons';
import { useHashRoute } from './lib/useHashRoute';

// Split so the print route, which main renders for every badge job, loads no desk code or antd,
// and the entry holds only React and the words: the desk (antd and the sign-in screen) follows it.
const App = lazy(() => import('./App'));
const PrintRoute = lazy(() => import('./print/PrintRoute'));

function Root() {
  const route = useHashRoute();
  return (
    // A print page is captured to PDF when ready, never looked at: it needs no loading words.
    <Suspense fallback={route.kind === 'print' ? null : <BootLoading />}>
      {route.kind === 'print' ? <PrintRoute key={route.jobId} jobId={route.jobId} /> : <App />}
    </Suspense>
  );
}

hideDecorativeIcons();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
