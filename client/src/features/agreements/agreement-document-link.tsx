import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Opens the agreement as the server's A4 PDF, in the language shown (`?lang=en` for English). A
 * plain link, not a route: the session cookie goes with it (it is written for `/agreements` too).
 */
export function AgreementDocumentLink({ agreementId }: { agreementId: string }) {
  const { t, i18n } = useTranslation('plan');
  const language = i18n.resolvedLanguage === 'en' ? '?lang=en' : '';
  return (
    <Anchor
      href={`/agreements/${agreementId}/document.pdf${language}`}
      target="_blank"
      rel="noopener"
      size="sm"
      className="no-print"
      data-testid="agreement-document-link"
    >
      {t('document.link')}
    </Anchor>
  );
}
