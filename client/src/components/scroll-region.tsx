import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's sideways scroller. On a phone the table is wider than the screen; a scroller
 * people cannot reach by keyboard hides columns from them, so it takes focus (Tab, then the
 * arrow keys scroll) and, being focusable, is a named region for screen readers.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={label}
      // The containing block of what is positioned inside (a `.visually-hidden` column header is
      // `position: absolute`): without it, that header escapes the scroller and widens the page.
      pos="relative"
    >
      {children}
    </Table.ScrollContainer>
  );
}
