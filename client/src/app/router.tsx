import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireViewer } from '../features/access/require-viewer';
import { SIGN_IN_PATH } from '../features/access/sign-in-path';
import { HomePage } from '../features/dashboard/home-page';
import { loadNamespaces } from '../lib/i18n';
import { NotFound } from '../components/not-found';
import { Layout } from './layout';
import { RouteError } from './route-error';

/**
 * A code-split page: its module (default export) and its translation namespaces load together,
 * when the route is first visited, so the first download holds only the shell.
 */
function lazyPage(load: () => Promise<{ default: ComponentType }>, namespaces: readonly string[] = []) {
  return async () => {
    const [page] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: page.default };
  };
}

export const router = createBrowserRouter([
  // Lazy too: people already signed in never download the form.
  {
    path: SIGN_IN_PATH,
    lazy: async () => ({ Component: (await import('../features/access/sign-in-page')).SignInPage }),
    errorElement: <RouteError />,
  },
  {
    // Every other page needs a signed-in account: the server answers nothing to anyone else.
    element: <RequireViewer />,
    errorElement: <RouteError />,
    children: [
      {
        path: '/',
        element: <Layout />,
        errorElement: <RouteError />,
        children: [
          {
            // Not lazy: which home to download depends on who is signed in (home-page.tsx).
            index: true,
            element: <HomePage />,
          },
          {
            path: 'provinces/:code',
            lazy: lazyPage(() => import('../features/dashboard/dashboard-page'), ['geography', 'dashboard']),
          },
          {
            path: 'provinces/:code/plan',
            lazy: lazyPage(() => import('../features/plan/plan-page'), ['plan', 'agreements']),
          },
          { path: 'plan', lazy: lazyPage(() => import('../features/plan/plan-home'), ['plan']) },
          { path: 'provinces', lazy: lazyPage(() => import('../features/geography/provinces-page'), ['geography']) },
          { path: 'wards/:wardCode', lazy: lazyPage(() => import('../features/agreements/ward-page'), ['agreements']) },
          {
            path: 'agreements/:agreementId',
            lazy: lazyPage(() => import('../features/agreements/agreement-page'), ['agreements', 'plan']),
          },
          {
            path: 'workspace',
            lazy: lazyPage(() => import('../features/workspace/workspace-page'), ['workspace', 'agreements', 'plan']),
          },
          { path: 'campaigns', lazy: lazyPage(() => import('../features/campaigns/campaigns-page'), ['campaigns']) },
          {
            path: 'developers',
            lazy: lazyPage(() => import('../features/developers/developers-page'), ['developers']),
          },
          // Admins only: anyone else's `accounts` query is FORBIDDEN and the page says "not allowed".
          { path: 'accounts', lazy: lazyPage(() => import('../features/accounts/accounts-page'), ['accounts']) },
          // Any other address: a translated not-found page inside the shell, not the server's bare 404.
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
