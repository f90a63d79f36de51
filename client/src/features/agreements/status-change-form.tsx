import { Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type AgreementStatus, todayInVietnam } from '@tripartite/shared';
import { changeAgreementStatusRules } from '@tripartite/shared/write-rules';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DateField } from '../../components/date-field';
import type { AgreementDetailsFragment } from '../../graphql/generated/graphql';
import { checkWithRules } from '../../lib/form-rules';
import { ChangeAgreementStatusMutation } from './agreement-documents';
import { useAgreementWrites } from '../../lib/use-offline-writes';
import { useSignedInViewerId } from '../access';
import { clearDraft, draftKey, readDraft, saveDraft } from './persisted-draft';
import { useVersionedWrite } from './versioned-write';
import { latestChange, WriteFailureNotice } from './write-failure-notice';
import { WRAPPING_BUTTON } from './wrapping-button';
import { useStatusText } from '../../components/status-words';

type StatusValues = { note: string; effectiveFrom: string; effectiveTo: string; referenceNumber: string };

const checkStatusChange = checkWithRules(changeAgreementStatusRules);

/** The forward move first, the way back and the endings after it. */
const ORDER: AgreementStatus[] = ['AWAITING_SIGNATURES', 'SIGNED', 'EXPIRED', 'DRAFTING', 'TERMINATED'];

/** Moves that take the agreement toward signing: the prominent buttons. */
const FORWARD: AgreementStatus[] = ['AWAITING_SIGNATURES', 'SIGNED'];

type Props = { agreement: AgreementDetailsFragment; onConflict: () => void };

/**
 * The status changes the server allows this person now, as buttons, with the note and (for signing)
 * the dates they send. Each change names the version shown; what was typed is kept as a draft on
 * this device until the server accepts it, and after a conflict it can be sent again unchanged.
 */
export function StatusChangeForm({ agreement, onConflict }: Props) {
  const { t } = useTranslation('agreements');
  const statusText = useStatusText();
  const key = draftKey('status', agreement.id);
  const empty: StatusValues = {
    note: '',
    effectiveFrom: agreement.effectiveFrom ?? todayInVietnam(),
    effectiveTo: agreement.effectiveTo ?? '',
    referenceNumber: agreement.referenceNumber ?? '',
  };
  const form = useForm<StatusValues>({
    mode: 'controlled',
    initialValues: readDraft(key, empty),
    onValuesChange: (values) => saveDraft(key, values, empty),
  });
  const [, changeStatus] = useMutation(ChangeAgreementStatusMutation);
  const write = useVersionedWrite({ agreementId: agreement.id, onConflict });
  const [target, setTarget] = useState<AgreementStatus | null>(null);
  const [saved, setSaved] = useState(false);

  // A change waiting on the device (no network): no second one until it is sent or discarded;
  // once it leaves the queue (accepted, or discarded after a refusal) the form starts afresh.
  const viewerId = useSignedInViewerId();
  const waiting = useAgreementWrites(agreement.id, viewerId ?? undefined).filter((entry) => entry.draftKey === key);
  const wasWaiting = useRef(false);
  useEffect(() => {
    if (waiting.length > 0) wasWaiting.current = true;
    else if (wasWaiting.current) {
      wasWaiting.current = false;
      clearDraft(key);
      form.setValues({ ...empty, note: '' });
      form.resetDirty();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the queue changes
  }, [waiting.length]);

  // The moves the server allows this person now (lifecycle, signatures, scope).
  const allowed = agreement.viewerNextStatuses;
  const moves = ORDER.filter((status) => allowed.includes(status));
  const signing = allowed.includes('SIGNED');

  /** The `changeAgreementStatus` input these values make, before the version it is sent against. */
  function statusFields(to: AgreementStatus, values: StatusValues) {
    const signingFields =
      to === 'SIGNED'
        ? {
            // Left empty: the day already recorded, if any (the server says when there is none).
            ...(values.effectiveFrom ? { effectiveFrom: values.effectiveFrom } : {}),
            ...(values.effectiveTo ? { effectiveTo: values.effectiveTo } : {}),
            ...(values.referenceNumber.trim() ? { referenceNumber: values.referenceNumber.trim() } : {}),
          }
        : {};
    return {
      agreementId: agreement.id,
      status: to,
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
      ...signingFields,
    };
  }

  async function submit(to: AgreementStatus) {
    const values = form.getValues();
    // The server's own rules (@tripartite/shared/write-rules), on exactly what would be sent.
    const input = statusFields(to, values);
    const errors = checkStatusChange({ ...input, expectedVersion: agreement.version });
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setTarget(to);
    setSaved(false);
    const ok = await write.run(
      (expectedVersion, clientWriteId) => changeStatus({ input: { ...input, expectedVersion, clientWriteId } }),
      agreement.version,
      // Without a network it waits on the device; the note stays in the form until it is accepted.
      {
        offline: {
          mutation: ChangeAgreementStatusMutation,
          input,
          summary: { key: 'offline.status', values: { status: to } },
          draftKey: key,
        },
      },
    );
    if (ok === true) succeeded();
  }

  function succeeded() {
    clearDraft(key);
    setSaved(true);
    setTarget(null);
    form.setValues({ ...empty, note: '' });
    form.resetDirty();
  }

  const failure = write.failure;
  const retryProblem =
    failure?.kind === 'conflict' && target && !allowed.includes(target) && failure.current.status
      ? t('conflict.noLongerPossible', { status: statusText(failure.current.status) })
      : null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="status-actions">
      <Title order={2} size="h3" id="status-actions">
        {t('agreement.actions')}
      </Title>
      {moves.length === 0 ? (
        <Text c="dimmed">{t('agreement.noActions')}</Text>
      ) : (
        <>
          <Textarea
            label={t('form.note')}
            description={t('form.noteHint')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          {signing && (
            <Group grow align="flex-start" wrap="wrap">
              <DateField
                miw={150}
                label={t('form.effectiveFrom')}
                description={t('form.effectiveHint')}
                value={form.getValues().effectiveFrom}
                onChange={(value) => form.setFieldValue('effectiveFrom', value)}
                error={form.errors['effectiveFrom']}
              />
              <DateField
                miw={150}
                label={t('form.effectiveTo')}
                value={form.getValues().effectiveTo}
                onChange={(value) => form.setFieldValue('effectiveTo', value)}
                error={form.errors['effectiveTo']}
                {...(form.getValues().effectiveFrom ? { minDate: form.getValues().effectiveFrom } : {})}
              />
              <TextInput miw={150} label={t('form.referenceNumber')} {...form.getInputProps('referenceNumber')} />
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {t('form.draftKept')}
          </Text>
          {failure && (
            <WriteFailureNotice
              failure={failure}
              latestChange={latestChange(agreement.history)}
              retryProblem={retryProblem}
              sending={write.sending}
              onRetry={() =>
                void write
                  .retry(
                    failure.kind === 'conflict' ? (failure.current.version ?? agreement.version) : agreement.version,
                  )
                  .then((ok) => ok === true && succeeded())
              }
              onDiscard={() => {
                clearDraft(key);
                form.setValues(empty);
                form.clearErrors();
                setTarget(null);
                write.dismiss();
              }}
            />
          )}
          <Group gap="sm">
            {moves.map((status) => (
              <Button
                key={status}
                size="md"
                {...WRAPPING_BUTTON}
                color={status === 'TERMINATED' ? 'red' : 'blue'}
                variant={FORWARD.includes(status) ? 'filled' : 'outline'}
                loading={write.sending && target === status}
                disabled={write.sending || waiting.length > 0}
                onClick={() => void submit(status)}
              >
                {t(`transition.${status}`)}
              </Button>
            ))}
          </Group>
        </>
      )}
      {saved && !failure && (
        <Text role="status" c="teal.9" size="sm">
          {t('agreement.saved', { version: agreement.version })}
        </Text>
      )}
    </Stack>
  );
}
