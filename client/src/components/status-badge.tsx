import { Box, Group, Text } from '@mantine/core';
import { STATUS_COLOR, type StatusWord, useStatusText } from './status-words';

/** A status as its words with a coloured dot beside them: the words carry the meaning. */
export function StatusBadge({ word, testId }: { word: StatusWord; testId?: string }) {
  const statusText = useStatusText();
  return (
    <Group gap={6} wrap="nowrap" component="span" display="inline-flex">
      <Box
        component="span"
        aria-hidden="true"
        w={10}
        h={10}
        bg={STATUS_COLOR[word]}
        style={{ borderRadius: '50%', flex: 'none' }}
      />
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
        {statusText(word)}
      </Text>
    </Group>
  );
}
