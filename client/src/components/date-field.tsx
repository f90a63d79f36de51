import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DatePickerInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrowScreen } from '../lib/use-narrow-screen';

type Props = {
  label: ReactNode;
  description?: ReactNode;
  /** `YYYY-MM-DD`, or '' for no date: the form's and the API's format. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  maxDate?: string;
  minDate?: string;
  miw?: number;
  required?: boolean;
};

/**
 * A date picked from a calendar and shown as dd/mm/yyyy whatever the browser's locale (a native
 * date input shows 12/04/2026 for 4 December in many browsers), with month and day names in the
 * page's language (dayjs's `vi` locale). Weeks start on Monday, as in Vietnam. On a phone the
 * calendar opens as a full-width dialog, easier to tap than a pop-over.
 */
export function DateField({ value, onChange, maxDate, minDate, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  return (
    <DatePickerInput
      {...props}
      value={value || null}
      onChange={(picked) => onChange(picked ?? '')}
      valueFormat="DD/MM/YYYY"
      placeholder={t('dateField.placeholder')}
      locale={i18n.resolvedLanguage === 'en' ? 'en' : 'vi'}
      firstDayOfWeek={1}
      dropdownType={narrow ? 'modal' : 'popover'}
      clearable
      {...(maxDate ? { maxDate } : {})}
      {...(minDate ? { minDate } : {})}
    />
  );
}
