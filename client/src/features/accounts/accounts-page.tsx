import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { isForbidden, NotAllowed } from '../../components/not-allowed';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { AccountTable } from './account-table';
import { AccountsQuery } from './account-documents';
import { CreateAccountForm } from './create-account-form';

/**
 * Accounts (`/accounts`), for admins: every account with its role, unit, state and last sign-in;
 * disabling and enabling; creating directors and coordinators with their agency or post office.
 * Whether the person may is the server's answer: anyone else's `accounts` query is FORBIDDEN,
 * and the page then says so instead of showing an error.
 */
export default function AccountsPage() {
  const { t } = useTranslation('accounts');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountsQuery });
  if (isForbidden(error)) return <NotAllowed />;
  const accounts = data?.accounts ?? [];

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Text maw={800} mb="md">
        {t('intro')}
      </Text>
      <Stack gap="xl">
        <QueryState
          fetching={fetching}
          error={error}
          empty={accounts.length === 0}
          emptyText={t('table.empty')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <AccountTable accounts={accounts} />
        </QueryState>
        <section aria-labelledby="create-account-title">
          <Title order={2} size="h3" id="create-account-title" mb="xs">
            {t('create.title')}
          </Title>
          <CreateAccountForm />
        </section>
      </Stack>
    </section>
  );
}
