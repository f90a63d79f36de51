import { Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { AnyVariables, UseQueryResponse } from 'urql';
import { EmptyState, QueryState } from './query-state';

type QuerySectionProps<Data> = {
  /** The heading's id: the section is labelled by it. */
  id: string;
  heading: ReactNode;
  /** What urql's `useQuery` returned: its state, and how to ask again (the retry button). */
  response: UseQueryResponse<Data, AnyVariables>;
  /** True when the answer has nothing to show; `emptyText` is shown instead. */
  isEmpty: (data: Data) => boolean;
  emptyText: ReactNode;
  style?: CSSProperties | undefined;
  /** The section's content, drawn only once there is an answer with something in it. */
  children: (data: Data) => ReactNode;
};

/**
 * A titled section of a page that shows one query's answer, with the loading, error (and retry)
 * and empty states every such section needs, the same everywhere.
 */
export function QuerySection<Data>({
  id,
  heading,
  response: [{ data, fetching, error }, reexecute],
  isEmpty,
  emptyText,
  style,
  children,
}: QuerySectionProps<Data>) {
  return (
    <section aria-labelledby={id} style={style}>
      <Title order={2} id={id} size="h3" mb="xs">
        {heading}
      </Title>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data === undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {data !== undefined && (isEmpty(data) ? <EmptyState>{emptyText}</EmptyState> : children(data))}
      </QueryState>
    </section>
  );
}
