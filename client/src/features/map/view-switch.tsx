import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ListView = 'table' | 'map';

/** Table or map of the same wards, with the same search and filter. */
export function ViewSwitch({ value, onChange }: { value: ListView; onChange: (view: ListView) => void }) {
  const { t } = useTranslation('map');
  return (
    <SegmentedControl
      aria-label={t('view.label')}
      value={value}
      onChange={(next) => onChange(next as ListView)}
      data={[
        { value: 'table', label: t('view.table') },
        { value: 'map', label: t('view.map') },
      ]}
    />
  );
}
