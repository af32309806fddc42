import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './global.css';
import { hideDecorativeIcons } from './lib/decorativeIcons';
import { useHashRoute } from './lib/useHashRoute';

// Split so the print route, which main renders for every badge job, loads no desk code or antd.
const App = lazy(() => import('./App'));
const PrintRoute = lazy(() => import('./print/PrintRoute'));

function Root() {
  const route = useHashRoute();
  return (
    <Suspense fallback={null}>
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
