import { Link, Outlet } from 'react-router';

export function Layout() {
  return (
    <>
      <header className="app-header">
        <Link to="/" className="brand">
          Tripartite
        </Link>
        <span className="tagline">Thỏa thuận ba bên BHXH · Bưu điện · UBND phường, xã</span>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </>
  );
}
