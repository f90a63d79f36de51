import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';

/** Placeholder until the feature lands; the router imports this module's default export. */
export default function DevelopersPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('pages.developers')} />;
}
