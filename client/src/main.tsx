// Be Vietnam Pro, in the subsets and weights Vietnamese and English pages use (see fonts.css).
import './app/fonts.css';
import '@mantine/core/styles.css';
import './app/styles.css';
import './lib/i18n';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import { registerServiceWorker } from './app/service-worker';
import { cssVariablesResolver, theme } from './app/theme';
import { revealUnlessAt } from './lib/live-screen';
import { SessionProvider } from './features/access/session-provider';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The last screen shown by index.html is of one address: any other (a redirect, the sign-in page) removes it.
router.subscribe((state) => revealUnlessAt(state.location));

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </MantineProvider>
  </StrictMode>,
);

registerServiceWorker();
