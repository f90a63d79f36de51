import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/plan-generated';
import { QUIET_UNCHANGED_REFRESH } from '../../lib/unchanged-answers';

/** Today's reminder of the person signed in: their agreements nobody has changed for 30 days. */
const MyReminderDigestQuery = graphql(`
  query MyReminderDigest {
    myReminderDigest {
      idleDays
      agreements {
        agreement {
          id
        }
      }
    }
  }
`);

/**
 * A badge over the workspace when some of the person's open agreements have stalled (the same
 * list the daily email digest sends); nothing when none have, or while offline.
 */
export function StalledBadge() {
  const { t } = useTranslation('plan');
  const [{ data }] = useQuery({
    query: MyReminderDigestQuery,
    requestPolicy: 'cache-and-network',
    context: QUIET_UNCHANGED_REFRESH,
  });
  const count = data?.myReminderDigest.agreements.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="red.9" variant="filled" size="lg" mb="md" data-testid="stalled-badge">
      {t('stalled.badge', { count })}
    </Badge>
  );
}
