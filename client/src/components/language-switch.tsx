import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { LANGUAGES } from '../lib/stored-language';

/**
 * VI / EN toggle. Each button names its language in that language (`lang`), says whether it is
 * the one shown (`aria-pressed`), and the group is labelled, so a screen reader reads
 * "Ngôn ngữ, VI, pressed".
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const shown = currentLanguage();
  return (
    <Group gap={0} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === shown ? 'filled' : 'default'}
          aria-pressed={language === shown}
          lang={language}
          title={t(`language.${language}`)}
          onClick={() => void setLanguage(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
