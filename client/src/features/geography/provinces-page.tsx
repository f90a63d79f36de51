import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { ProvinceList } from './province-list';

/** Every province, for admins and viewers choosing one. */
export default function ProvincesPage() {
  const { t } = useTranslation('geography');
  return (
    <section>
      <PageTitle>{t('provinces.title')}</PageTitle>
      <ProvinceList />
    </section>
  );
}
