import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region';
import type { AccountFieldsFragment } from '../../graphql/accounts-generated/graphql';
import { useFormat } from '../../lib/format';
import { useSignedInViewerId } from '../access';
import { SetAccountActiveButton } from './set-account-active-button';

/** The unit an account's writes are scoped to, with its province: a director's agency, a coordinator's post office. */
function UnitCell({ account }: { account: AccountFieldsFragment }) {
  const unit = account.agency ?? account.postOffice;
  if (!unit) return null;
  return (
    <>
      {/* Names of units are records, in Vietnamese whatever the language shown. */}
      <Text span size="sm" lang="vi">
        {unit.name}
      </Text>
      {unit.province && (
        <Text size="xs" c="dimmed" lang="vi">
          {unit.province.name}
        </Text>
      )}
    </>
  );
}

/**
 * Every account: name and email (one cell, so the table fits beside the navigation), role, unit, whether it may sign in, its last sign-in, and the
 * action that disables or enables it (not on one's own row: the server refuses that).
 */
export function AccountTable({ accounts }: { accounts: readonly AccountFieldsFragment[] }) {
  const { t } = useTranslation('accounts');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const ownId = useSignedInViewerId();

  return (
    <ScrollRegion minWidth={820} label={t('table.caption')}>
      <Table striped data-testid="account-table">
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.nameAndEmail')}</Table.Th>
            <Table.Th>{t('table.role')}</Table.Th>
            <Table.Th>{t('table.unit')}</Table.Th>
            <Table.Th>{t('table.state')}</Table.Th>
            <Table.Th>{t('table.lastSignIn')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('table.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id} data-testid="account-row" data-email={account.email}>
              <Table.Th scope="row" fw={500}>
                {account.displayName}
                {account.id === ownId && (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' '}
                    {t('table.you')}
                  </Text>
                )}
                <Text size="sm" c="dimmed" fw={400} data-testid="account-email">
                  {account.email}
                </Text>
              </Table.Th>
              <Table.Td>{tCommon(`role.${account.role}`)}</Table.Td>
              <Table.Td>
                <UnitCell account={account} />
              </Table.Td>
              <Table.Td>
                {/* Words, not a badge: a badge cuts "Đang hoạt động" short in a narrow column. */}
                <Text size="sm" fw={600} c={account.active ? 'green.9' : 'gray.7'} data-testid="account-state">
                  {account.active ? t('state.active') : t('state.disabled')}
                </Text>
              </Table.Td>
              <Table.Td className="tabular" data-testid="account-last-sign-in">
                {account.lastSignedInAt ? format.dateTime(account.lastSignedInAt) : t('table.neverSignedIn')}
              </Table.Td>
              <Table.Td>
                {account.id !== ownId && (
                  <SetAccountActiveButton id={account.id} name={account.displayName} active={account.active} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
