import type { CombinedError } from 'urql';

/** What every page shows while its data loads or when it could not be loaded. */
export function Loading({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function QueryError({ error }: { error: CombinedError }) {
  const notFound = error.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'NOT_FOUND');
  return (
    <p className="status status--error" role="alert">
      {notFound ? 'Không tìm thấy.' : 'Không tải được dữ liệu.'} <small>{error.message}</small>
    </p>
  );
}
