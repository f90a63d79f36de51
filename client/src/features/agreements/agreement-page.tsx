import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { LiveIndicator } from '../../components/live-indicator';
import { PageTitle } from '../../components/page-title';
import { useArrivalFocus } from '../../components/use-arrival-focus';
import { NotFound } from '../../components/not-found';
import { isNotFound, Loading, QueryError } from '../../components/query-state';
import { AgreementQuery, AgreementReReadQuery } from './agreement-documents';
import { AgreementDocumentLink } from './agreement-document-link';
import { EffectivePeriod } from './effective-period';
import { RecordSignatoryForm } from './record-signatory-form';
import { SignatoriesSection } from './signatories-section';
import { StatusChangeForm } from './status-change-form';
import { StatusTimeline } from './status-timeline';
import { WaitingWrites } from './waiting-writes';
import { WritesUnderWay } from './writes-under-way';
import { useStatusText } from '../../components/status-words';
import { useLiveProvince } from '../../lib/use-live-province';
import { agreementWrites } from './versioned-write';

/**
 * One agreement: its three parties, signatories, status history and the moves the person may
 * make. The buttons are the moves the server says this person may make now (its capability
 * fields); the server stays the authority and its refusals are shown as they come.
 */
export default function AgreementPage() {
  const { t } = useTranslation('agreements');
  const statusText = useStatusText();
  const { agreementId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AgreementQuery,
    variables: { id: agreementId },
    // Someone else may have moved it since: show the cached one at once, and check the server behind it.
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const client = useClient();
  const reReadLive = () =>
    void client.query(AgreementReReadQuery, { id: agreementId }, { requestPolicy: 'network-only' }).toPromise();
  // Live: another person's change to this agreement (a signature, a move) shows without leaving
  // the page, with its new version, so the next write here names it. While this tab's own writes
  // are under way their answers bring the newest state; a re-read started then could land after
  // them with an older one.
  const live = useLiveProvince(
    data?.agreement?.ward.province.code,
    () => {
      if (agreementWrites.pending(agreementId) === 0) reReadLive();
    },
    { agreementId },
  );

  const agreement = data?.agreement;
  useArrivalFocus(Boolean(agreement));
  if (!agreement) {
    if (error && isNotFound(error)) return <NotFound>{t('agreement.notFound')}</NotFound>;
    if (error) return <QueryError error={error} onRetry={refresh} />;
    return fetching ? <Loading /> : null;
  }
  const canWrite = agreement.viewerCanChange;
  const ward = agreement.ward;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={`/wards/${ward.code}`} size="sm">
          {t('agreement.backToWard', { ward: ward.fullName })}
        </Anchor>
        <PageTitle mt="xs">{t('agreement.title', { ward: ward.fullName })}</PageTitle>
        <Group gap="sm">
          <Badge size="lg" variant="light" data-testid="agreement-status">
            {statusText(agreement.status)}
          </Badge>
          <Text size="sm" data-testid="agreement-version">
            {t('agreement.summary', { status: statusText(agreement.status), version: agreement.version })}
          </Text>
          <LiveIndicator live={live} />
        </Group>
        {agreement.referenceNumber && (
          <Text size="sm" mt={4}>
            {t('agreement.reference')}: {agreement.referenceNumber}
          </Text>
        )}
        <EffectivePeriod agreement={agreement} />
        <AgreementDocumentLink agreementId={agreement.id} />
        {error && <QueryError error={error} onRetry={refresh} />}
      </div>

      <section aria-labelledby="parties">
        <Title order={2} size="h3" id="parties" mb="sm">
          {t('agreement.parties')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Card withBorder padding="sm">
            <Text size="sm" c="dimmed">
              {t('party.SOCIAL_INSURANCE_AGENCY')}
            </Text>
            <Text fw={600}>{agreement.agency.name}</Text>
          </Card>
          <Card withBorder padding="sm">
            <Text size="sm" c="dimmed">
              {t('party.POST_OFFICE')}
            </Text>
            <Text fw={600}>{agreement.postOffice.name}</Text>
          </Card>
          <Card withBorder padding="sm">
            <Text size="sm" c="dimmed">
              {t('party.PEOPLES_COMMITTEE')}
            </Text>
            <Anchor component={Link} to={`/wards/${ward.code}`} fw={600}>
              {t('agreement.peoplesCommittee', { ward: ward.fullName })}
            </Anchor>
          </Card>
        </SimpleGrid>
      </section>

      <WaitingWrites agreement={agreement} onRefused={refresh} />
      {/* Signatures first: confirming the agreement signed is offered once all three have signed. */}
      <SignatoriesSection agreement={agreement} canWrite={canWrite} onConflict={refresh} />
      {canWrite && <WritesUnderWay agreementId={agreement.id} />}
      {canWrite ? (
        <StatusChangeForm agreement={agreement} onConflict={refresh} />
      ) : (
        <Text c="dimmed">{t('agreement.readOnly')}</Text>
      )}
      {agreement.viewerCanRecordSignature && <RecordSignatoryForm agreement={agreement} onConflict={refresh} />}
      <StatusTimeline history={agreement.history} />
    </Stack>
  );
}
