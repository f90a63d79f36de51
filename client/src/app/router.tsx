import { createBrowserRouter } from 'react-router';
import { ProvincesPage } from '../features/geography/provinces-page';
import { Layout } from './layout';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ProvincesPage /> },
      {
        path: 'provinces/:code',
        // Split per route: the start page does not download the province table.
        lazy: async () => ({ Component: (await import('../features/geography/province-page')).default }),
      },
    ],
  },
]);
