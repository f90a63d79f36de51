import { Badge, Button, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath, type NextAction, type WardForNextAction } from './next-action';
import { useStatusText, wardStatusWord } from '../../components/status-words';

type Props = { ward: WardForNextAction & { fullName: string }; action: NextAction };

/** One ward as a card that fits a 360-px screen: status, signatures, and its next action as a big tap target. */
export function WardActionCard({ ward, action }: Props) {
  const { t } = useTranslation(['workspace', 'agreements']);
  const statusText = useStatusText();
  const signed = ward.currentAgreement?.signatories.filter((entry) => entry.signedOn).length;
  const label = t(`workspace:nextAction.${action}`);
  return (
    <Card withBorder padding="sm" component="li" data-testid={`workspace-ward-${ward.code}`}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={700} size="lg">
          {ward.fullName}
        </Text>
        {/* green and orange: the theme's shades keep light badges' text at 4.5:1 (Mantine's teal does not). */}
        <Badge variant="light" color={action === 'none' ? 'green' : 'orange'}>
          {statusText(wardStatusWord(ward.signingStatus))}
        </Badge>
      </Group>
      {ward.signingStatus === 'AWAITING_SIGNATURES' && signed !== undefined && (
        <Text size="sm" mt={4}>
          {t('workspace:signatures', { signed })}
        </Text>
      )}
      <Button
        component={Link}
        to={actionPath(ward, action)}
        mt="sm"
        size="lg"
        fullWidth
        variant={action === 'none' ? 'default' : 'filled'}
        aria-label={t('workspace:actionFor', { action: label, ward: ward.fullName })}
      >
        {label}
      </Button>
    </Card>
  );
}
