import { Link, Outlet } from 'react-router';
import { AccountMenu } from '../features/access/account-menu';

export function Layout() {
  return (
    <>
      <header className="app-header">
        <Link to="/" className="brand">
          Tripartite
        </Link>
        <span className="tagline">Thỏa thuận ba bên BHXH · Bưu điện · UBND phường, xã</span>
        <AccountMenu />
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </>
  );
}
