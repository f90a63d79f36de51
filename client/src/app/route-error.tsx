import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a blank page when a route fails to load or render. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Lỗi không xác định';
  return (
    <main className="app-main" role="alert">
      <h1>Đã xảy ra lỗi</h1>
      <p>{message}</p>
      <Link to="/">Về trang đầu</Link>
    </main>
  );
}
