import { createBrowserRouter } from 'react-router';
import { RequireViewer } from '../features/access/require-viewer';
import { SIGN_IN_PATH } from '../features/access/sign-in-path';
import { SignInPage } from '../features/access/sign-in-page';
import { ProvincesPage } from '../features/geography/provinces-page';
import { Layout } from './layout';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
  { path: SIGN_IN_PATH, element: <SignInPage />, errorElement: <RouteError /> },
  {
    // Every other page needs a signed-in account: the server answers nothing to anyone else.
    element: <RequireViewer />,
    errorElement: <RouteError />,
    children: [
      {
        path: '/',
        element: <Layout />,
        children: [
          { index: true, element: <ProvincesPage /> },
          {
            path: 'provinces/:code',
            // Split per route: the start page does not download the province table.
            lazy: async () => ({ Component: (await import('../features/geography/province-page')).default }),
          },
        ],
      },
    ],
  },
]);
