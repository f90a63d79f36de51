import classes from './status-badge.module.css';
import { STATUS_COLOR, type StatusWord, useStatusText } from './status-words';

/**
 * A status as its words with a coloured dot beside them: the words carry the meaning. Plain
 * elements, not Mantine's Group, Box and Text: a list shows one per row, and those resolved
 * their style props on every render (issue 15, the director's warm visit).
 */
export function StatusBadge({ word, testId }: { word: StatusWord; testId?: string }) {
  const statusText = useStatusText();
  return (
    <span className={classes.badge}>
      <span aria-hidden="true" className={classes.dot} style={{ background: colorVariable(STATUS_COLOR[word]) }} />
      <span className={classes.words} data-testid={testId}>
        {statusText(word)}
      </span>
    </span>
  );
}

/** `teal.8` → Mantine's CSS variable for it. */
function colorVariable(color: string): string {
  return `var(--mantine-color-${color.replace('.', '-')})`;
}
