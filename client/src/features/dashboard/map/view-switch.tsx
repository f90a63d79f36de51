import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ListView = 'table' | 'map';

/**
 * Table or map of the same wards, with the same search and filter. Two toggle buttons (already
 * in the page's bundle) rather than a segmented control, which would cost the landing page bytes.
 */
export function ViewSwitch({ value, onChange }: { value: ListView; onChange: (view: ListView) => void }) {
  const { t } = useTranslation('dashboard');
  return (
    <Group gap={0} role="group" aria-label={t('places.view.label')}>
      {(['table', 'map'] as const).map((view) => (
        <Button
          key={view}
          variant={value === view ? 'filled' : 'default'}
          aria-pressed={value === view}
          onClick={() => onChange(view)}
        >
          {t(`places.view.${view}`)}
        </Button>
      ))}
    </Group>
  );
}
