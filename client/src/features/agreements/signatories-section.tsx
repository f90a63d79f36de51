import { Badge, Button, Card, Stack, Text, Title } from '@mantine/core';
import { OPEN_AGREEMENT_STATUSES, todayInVietnam } from '@tripartite/shared';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useAgreementWrites } from '../../lib/use-offline-writes';
import { useSignedInViewerId } from '../access';
import { PARTY_ORDER, signatureWrite, useRecordSignature } from './record-signature';
import { useVersionedWrite } from './versioned-write';
import { WriteFailureNotice } from './write-failure-notice';
import { WRAPPING_BUTTON } from './wrapping-button';

type Props = { agreement: AgreementDetailsFragment; canWrite: boolean; onConflict: () => void };

/**
 * Who signs for each party and whether they have, as cards that fit a phone. For people allowed to
 * write, while the agreement is open, one tap records that a named signatory signed today; quick
 * taps on several parties are each recorded, one after another in the order they were made.
 */
export function SignatoriesSection({ agreement, canWrite, onConflict }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const signature = useRecordSignature(agreement.id);
  const write = useVersionedWrite({ agreementId: agreement.id, onConflict });
  const viewerId = useSignedInViewerId();
  const editable = canWrite && OPEN_AGREEMENT_STATUSES.includes(agreement.status);
  const byParty = new Map(agreement.signatories.map((entry) => [entry.party, entry]));
  const failure = write.failure;
  // Signatures recorded without a network, waiting on the device: shown as such, not offered twice.
  const waitingParties = new Set(
    useAgreementWrites(agreement.id, viewerId ?? undefined).map((entry) => entry.variables.input['party']),
  );

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
                  {editable && !entry.signedOn && waitingParties.has(party) && (
                    <Badge mt="xs" variant="light" color="blue" data-testid={`signature-waiting-${party}`}>
                      {t('offline.signatureWaiting')}
                    </Badge>
                  )}
                  {editable && !entry.signedOn && !waitingParties.has(party) && (
                    <Button
                      mt="xs"
                      size="md"
                      variant="light"
                      fullWidth
                      {...WRAPPING_BUTTON}
                      // Only this party's own write makes its button wait; a tap on another party's
                      // button meanwhile is queued behind it (agreement-write-queue.ts), not lost.
                      loading={write.isSending(party)}
                      onClick={() => {
                        const values = { party, name: entry.name, title: entry.title, signedOn: todayInVietnam() };
                        void write.run(signature(values), agreement.version, {
                          what: party,
                          offline: signatureWrite(agreement.id, values),
                        });
                      }}
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
      {failure && (
        <WriteFailureNotice
          failure={failure}
          sending={write.sending}
          onRetry={() =>
            void write.retry(
              failure.kind === 'conflict' ? (failure.current.version ?? agreement.version) : agreement.version,
            )
          }
          // Nothing was typed here: discarding only closes the message.
          onDiscard={write.dismiss}
        />
      )}
    </Stack>
  );
}
