import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useApiErrorText } from '../../lib/api-error';
import { AccountProvincesQuery, AccountUnitsQuery } from './account-documents';
import type { AccountValues } from './account-values';

/**
 * The unit a new director or coordinator belongs to, chosen from lists, never typed: first the
 * province, then its agencies (for a director) or post offices (for a coordinator). Other roles
 * belong to no unit and see neither list.
 */
export function UnitFields({ form }: { form: UseFormReturnType<AccountValues> }) {
  const { t, i18n } = useTranslation('accounts');
  const apiErrorText = useApiErrorText();
  const { role, provinceCode } = form.getValues();
  const needsUnit = role === 'DIRECTOR' || role === 'COORDINATOR';
  const [provinces] = useQuery({ query: AccountProvincesQuery, pause: !needsUnit });
  const [units] = useQuery({
    query: AccountUnitsQuery,
    variables: { provinceCode: provinceCode ?? '' },
    pause: !needsUnit || !provinceCode,
  });
  if (!needsUnit) return null;

  const english = i18n.resolvedLanguage === 'en';
  const provinceOptions = (provinces.data?.provinces ?? []).map((province) => ({
    value: province.code,
    label: english ? province.nameEn : province.name,
  }));
  const unitOptions = ((role === 'DIRECTOR' ? units.data?.agencies : units.data?.postOffices) ?? []).map((unit) => ({
    value: unit.id,
    label: `${unit.name} (${unit.code})`,
  }));
  const unitField = role === 'DIRECTOR' ? 'agencyId' : 'postOfficeId';
  const loadError = provinces.error ?? units.error;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('create.province')}
        required
        searchable
        nothingFoundMessage={t('create.nothingFound')}
        data={provinceOptions}
        {...form.getInputProps('provinceCode')}
        onChange={(code) => {
          form.setFieldValue('provinceCode', code);
          // A unit of the province chosen before is no longer on offer.
          form.setFieldValue('agencyId', null);
          form.setFieldValue('postOfficeId', null);
        }}
        error={form.errors['provinceCode'] ?? (loadError ? apiErrorText(loadError) : undefined)}
      />
      <Select
        key={unitField}
        label={role === 'DIRECTOR' ? t('create.agency') : t('create.postOffice')}
        required
        searchable
        placeholder={provinceCode ? undefined : t('create.provinceFirst')}
        nothingFoundMessage={t('create.nothingFound')}
        data={unitOptions}
        {...form.getInputProps(unitField)}
      />
    </SimpleGrid>
  );
}
