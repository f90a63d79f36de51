import { Alert, Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { useArrivalFocus } from '../../components/use-arrival-focus';
import { NotFound } from '../../components/not-found';
import { EmptyState, isNotFound, Loading, QueryError } from '../../components/query-state';
import { useApiErrorText } from '../../lib/api-error';
import { useFormat } from '../../lib/format';
import { CreateAgreementMutation, WardQuery } from './agreement-documents';
import { EffectivePeriod } from './effective-period';
import { describeFailure, type WriteFailure } from './versioned-write';
import { WriteFailureNotice } from './write-failure-notice';
import { useStatusText, wardStatusWord } from '../../components/status-words';

/**
 * One ward (by its official code, the route's `:wardCode`): what it is, who serves it, its current
 * agreement and earlier ones, and, for those allowed, a way to start an agreement.
 */
export default function WardPage() {
  const { t } = useTranslation('agreements');
  const { t: tCommon } = useTranslation();
  const statusText = useStatusText();
  const apiErrorText = useApiErrorText();
  const format = useFormat();
  const navigate = useNavigate();
  const { wardCode = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WardQuery,
    variables: { code: wardCode },
    // Others change agreements too: show the cached ward at once, and check the server behind it.
    requestPolicy: 'cache-and-network',
  });
  const [creation, createAgreement] = useMutation(CreateAgreementMutation);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const ward = data?.ward;
  useArrivalFocus(Boolean(ward));
  if (!ward) {
    if (error && isNotFound(error)) return <NotFound>{t('ward.notFound', { code: wardCode })}</NotFound>;
    if (error) return <QueryError error={error} onRetry={refresh} />;
    return fetching ? <Loading /> : null;
  }
  const current = ward.currentAgreement;
  const past = ward.agreements.filter((agreement) => agreement.id !== current?.id);
  const canStart =
    // Offered where the ward lacks an agreement (as the workspace's "start"), when the server says
    // this person may start one now (their scope, and nothing already being drafted or signed).
    (ward.signingStatus === 'NOT_STARTED' || ward.signingStatus === 'NEEDS_RESIGNING') && ward.viewerCanStartAgreement;

  async function start() {
    setConfirming(false);
    setFailure(null);
    const result = await createAgreement({ input: { wardCode } });
    // Straight to recording the first signatory, the next step of a new draft.
    if (result.data) void navigate(`/agreements/${result.data.createAgreement.id}#record-signatory`);
    else if (result.error) {
      const described = describeFailure(result.error);
      setFailure(described);
      if (described.kind === 'conflict') refresh();
    }
  }

  const facts: [string, string][] = [
    [t('ward.code'), ward.code],
    [t('ward.kind'), t(`wardKind.${ward.kind}`)],
    [t('ward.province'), ward.province.fullName],
    [
      t('ward.validity'),
      ward.validTo
        ? t('ward.validBetween', { from: format.date(ward.validFrom), to: format.date(ward.validTo) })
        : t('ward.validFrom', { from: format.date(ward.validFrom) }),
    ],
    [t('ward.servingAgency'), ward.servingAgency?.name ?? t('ward.none')],
    [t('ward.servingPostOffice'), ward.servingPostOffice?.name ?? t('ward.none')],
  ];

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={`/provinces/${ward.province.code}`} size="sm">
          ← {ward.province.fullName}
        </Anchor>
        <PageTitle mt="xs">{ward.fullName}</PageTitle>
        <Group gap="sm">
          <Text size="sm">{t('ward.signingStatus')}:</Text>
          <Badge size="lg" variant="light" data-testid="ward-signing-status">
            {statusText(wardStatusWord(ward.signingStatus))}
          </Badge>
        </Group>
      </div>

      <section aria-labelledby="ward-facts">
        <Title order={2} size="h3" id="ward-facts" mb="sm">
          {t('ward.facts')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
          {facts.map(([term, value]) => (
            <div key={term}>
              <Text component="dt" size="sm" c="dimmed">
                {term}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="current-agreement">
        <Title order={2} size="h3" id="current-agreement" mb="sm">
          {t('ward.current')}
        </Title>
        {current ? <AgreementCard agreement={current} /> : <EmptyState>{t('ward.noCurrent')}</EmptyState>}
        {failure?.kind === 'conflict' ? (
          <Alert color="orange" role="alert" title={t('ward.alreadyOpen')} mt="sm">
            {failure.current.id && (
              <Anchor component={Link} to={`/agreements/${failure.current.id}`}>
                {t('ward.openExisting')}
              </Anchor>
            )}
          </Alert>
        ) : (
          failure && (
            <WriteFailureNotice
              failure={failure}
              sending={creation.fetching}
              onRetry={() => void start()}
              onDiscard={() => setFailure(null)}
            />
          )
        )}
        {canStart && (
          <Button id="start" mt="sm" size="md" onClick={() => setConfirming(true)} loading={creation.fetching}>
            {creation.fetching ? t('ward.starting') : t('ward.startAsk')}
          </Button>
        )}
        <Modal
          opened={confirming}
          onClose={() => setConfirming(false)}
          title={t('ward.confirmTitle')}
          centered
          closeButtonProps={{ 'aria-label': tCommon('close') }}
        >
          <Text size="sm">
            {t('ward.confirmBody', {
              ward: ward.fullName,
              agency: ward.servingAgency?.name ?? t('ward.none'),
              postOffice: ward.servingPostOffice?.name ?? t('ward.none'),
            })}
          </Text>
          <Group mt="md" justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('ward.cancel')}
            </Button>
            <Button onClick={() => void start()} data-autofocus>
              {t('ward.confirmCreate')}
            </Button>
          </Group>
        </Modal>
      </section>

      <section aria-labelledby="past-agreements">
        <Title order={2} size="h3" id="past-agreements" mb="sm">
          {t('ward.past')}
        </Title>
        {past.length === 0 ? (
          <EmptyState>{t('ward.noPast')}</EmptyState>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {past.map((agreement) => (
              <li key={agreement.id}>
                <AgreementCard agreement={agreement} />
              </li>
            ))}
          </Stack>
        )}
      </section>
      {error && <Alert color="red">{apiErrorText(error)}</Alert>}
    </Stack>
  );
}

type AgreementSummary = {
  id: string;
  status: 'DRAFTING' | 'AWAITING_SIGNATURES' | 'SIGNED' | 'TERMINATED' | 'EXPIRED';
  referenceNumber?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  updatedAt: string;
};

function AgreementCard({ agreement }: { agreement: AgreementSummary }) {
  const { t } = useTranslation('agreements');
  const statusText = useStatusText();
  const format = useFormat();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/agreements/${agreement.id}`} fw={600}>
          {t('ward.open', { reference: agreement.referenceNumber ?? t('ward.unnumbered') })}
        </Anchor>
        <Badge variant="light">{statusText(agreement.status)}</Badge>
      </Group>
      <EffectivePeriod agreement={agreement} />
      <Text size="sm" c="dimmed">
        {t('ward.updated', { when: format.dateTime(agreement.updatedAt) })}
      </Text>
    </Card>
  );
}
