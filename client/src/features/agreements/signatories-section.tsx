import { Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGREEMENT_PARTIES, type AgreementParty, OPEN_AGREEMENT_STATUSES, todayInVietnam } from '@tripartite/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AgreementDetailsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { RecordSignatureMutation } from './agreement-documents';
import { clearDraft, draftKey, readDraft, saveDraft } from './persisted-draft';
import { useVersionedWrite } from './versioned-write';
import { WriteFailureNotice } from './write-failure-notice';

type SignatureValues = { party: string; name: string; title: string; signedOn: string };
const EMPTY: SignatureValues = { party: 'PEOPLES_COMMITTEE', name: '', title: '', signedOn: '' };
const TEXT_MAX = 150;

/** Signing order as the documents list the parties: People's Committee, agency, post office. */
const PARTY_ORDER: AgreementParty[] = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'];

type Props = { agreement: AgreementDetailsFragment; canWrite: boolean; onConflict: () => void };

/**
 * Who signs for each party and whether they have, as cards that fit a phone; for people allowed to
 * write, while the agreement is open: one tap records that a named signatory signed today, and a
 * form records or replaces a party's signatory. Versioned and drafted like status changes.
 */
export function SignatoriesSection({ agreement, canWrite, onConflict }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const key = draftKey('signature', agreement.id);
  const form = useForm<SignatureValues>({
    mode: 'controlled',
    initialValues: readDraft(key, EMPTY),
    onValuesChange: (values) => saveDraft(key, values, EMPTY),
    validate: {
      name: (value) =>
        !value.trim()
          ? t('form.errors.required')
          : value.length > TEXT_MAX
            ? t('form.errors.tooLong', { count: TEXT_MAX })
            : null,
      title: (value) =>
        !value.trim()
          ? t('form.errors.required')
          : value.length > TEXT_MAX
            ? t('form.errors.tooLong', { count: TEXT_MAX })
            : null,
      signedOn: (value) => (value && value > todayInVietnam() ? t('form.errors.future') : null),
    },
  });
  const [, recordSignature] = useMutation(RecordSignatureMutation);
  const write = useVersionedWrite({ onConflict });
  const editable = canWrite && OPEN_AGREEMENT_STATUSES.includes(agreement.status);
  const byParty = new Map(agreement.signatories.map((entry) => [entry.party, entry]));

  function send(values: SignatureValues, fromForm: boolean) {
    const party = AGREEMENT_PARTIES.find((candidate) => candidate === values.party) ?? 'PEOPLES_COMMITTEE';
    return write
      .run(
        (expectedVersion) =>
          recordSignature({
            input: {
              agreementId: agreement.id,
              expectedVersion,
              party,
              name: values.name.trim(),
              title: values.title.trim(),
              ...(values.signedOn ? { signedOn: values.signedOn } : {}),
            },
          }),
        agreement.version,
      )
      .then((ok) => {
        if (ok && fromForm) {
          clearDraft(key);
          form.setValues(EMPTY);
        }
      });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="signatories">
      <Title order={2} size="h3" id="signatories">
        {t('agreement.signatories')}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {PARTY_ORDER.map((party) => {
          const entry = byParty.get(party);
          return (
            <Card key={party} withBorder padding="sm" component="li" data-testid={`signatory-${party}`}>
              <Text size="sm" c="dimmed">
                {t(`party.${party}`)}
              </Text>
              {entry ? (
                <>
                  <Text fw={600}>{entry.name}</Text>
                  <Text size="sm">{entry.title}</Text>
                  <Text size="sm">
                    {entry.signedOn
                      ? `${t('agreement.signedOn')}: ${format.date(entry.signedOn)}`
                      : t('agreement.notSigned')}
                  </Text>
                  {editable && !entry.signedOn && (
                    <Button
                      mt="xs"
                      size="md"
                      variant="light"
                      fullWidth
                      // Long party names wrap on a phone rather than being cut off.
                      h="auto"
                      mih={44}
                      py={8}
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                      disabled={write.sending}
                      onClick={() =>
                        void send({ party, name: entry.name, title: entry.title, signedOn: todayInVietnam() }, false)
                      }
                    >
                      {t('agreement.markSigned', { party: t(`party.${party}`) })}
                    </Button>
                  )}
                </>
              ) : (
                <Text size="sm">{t('agreement.noSignatories')}</Text>
              )}
            </Card>
          );
        })}
      </Stack>
      {write.failure && (
        <WriteFailureNotice
          failure={write.failure}
          sending={write.sending}
          onRetry={() => {
            const failure = write.failure;
            void write.retry(
              failure?.kind === 'conflict' ? (failure.current.version ?? agreement.version) : agreement.version,
            );
          }}
          onDiscard={() => {
            clearDraft(key);
            form.setValues(EMPTY);
            write.dismiss();
          }}
        />
      )}
      {editable && (
        <form onSubmit={form.onSubmit((values) => void send(values, true))} noValidate>
          <Stack gap="xs">
            <Title order={3} size="h4">
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
              <TextInput miw={150} type="date" label={t('form.signedOn')} {...form.getInputProps('signedOn')} />
            </Group>
            <Group>
              <Button type="submit" size="md" variant="outline" loading={write.sending}>
                {t('form.record')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
