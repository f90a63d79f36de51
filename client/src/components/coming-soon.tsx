import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title';

/** A page whose feature has not landed yet: its title and a line saying so. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      <Text c="dimmed">{t('coming')}</Text>
    </section>
  );
}
