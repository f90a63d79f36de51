import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { todayInVietnam } from '@tripartite/shared';
import { recordSignatureRules } from '@tripartite/shared/write-rules';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import type { AgreementDetailsFragment } from '../../graphql/generated/graphql';
import { checkWithRules } from '../../lib/form-rules';
import { clearDraft, draftKey, readDraft, saveDraft } from './persisted-draft';
import { PARTY_ORDER, signatureInput, type SignatureValues, useRecordSignature } from './record-signature';
import { useVersionedWrite } from './versioned-write';
import { WriteFailureNotice } from './write-failure-notice';

const EMPTY: SignatureValues = { party: 'PEOPLES_COMMITTEE', name: '', title: '', signedOn: '' };
const checkSignature = checkWithRules(recordSignatureRules);

type Props = { agreement: AgreementDetailsFragment; onConflict: () => void };

/**
 * Records or replaces the signatory of one party (name, title, the day they signed). Drafted on the
 * device and versioned like status changes, so a conflict or a lost connection loses nothing.
 */
export function RecordSignatoryForm({ agreement, onConflict }: Props) {
  const { t } = useTranslation('agreements');
  const key = draftKey('signature', agreement.id);
  const form = useForm<SignatureValues>({
    mode: 'controlled',
    initialValues: readDraft(key, EMPTY),
    onValuesChange: (values) => saveDraft(key, values, EMPTY),
    // The server's own rules, on the input these values make (field names are the same).
    validate: (values) => checkSignature(signatureInput(agreement.id, agreement.version, values)),
  });
  const signature = useRecordSignature(agreement.id);
  const write = useVersionedWrite({ agreementId: agreement.id, onConflict });
  const failure = write.failure;

  function saved(ok: boolean | 'queued') {
    if (ok !== true) return;
    clearDraft(key);
    form.setValues(EMPTY);
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => void write.run(signature(values), agreement.version).then(saved))}
      noValidate
      aria-labelledby="record-signatory"
    >
      <Stack gap="xs">
        <Title order={2} size="h3" id="record-signatory">
          {t('form.recordTitle')}
        </Title>
        <NativeSelect
          label={t('form.party')}
          data={PARTY_ORDER.map((party) => ({ value: party, label: t(`party.${party}`) }))}
          {...form.getInputProps('party')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput miw={150} label={t('form.name')} required {...form.getInputProps('name')} />
          <TextInput miw={150} label={t('form.personTitle')} required {...form.getInputProps('title')} />
          <DateField
            miw={150}
            label={t('form.signedOn')}
            value={form.getValues().signedOn}
            onChange={(value) => form.setFieldValue('signedOn', value)}
            error={form.errors['signedOn']}
            maxDate={todayInVietnam()}
          />
        </Group>
        {failure && (
          <WriteFailureNotice
            failure={failure}
            sending={write.sending}
            onRetry={() =>
              void write
                .retry(failure.kind === 'conflict' ? (failure.current.version ?? agreement.version) : agreement.version)
                .then(saved)
            }
            onDiscard={() => {
              clearDraft(key);
              form.setValues(EMPTY);
              form.clearErrors();
              write.dismiss();
            }}
          />
        )}
        <Group>
          <Button type="submit" size="md" variant="outline" loading={write.sending}>
            {t('form.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
