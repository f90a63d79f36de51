import { Anchor, Checkbox, Table, Text, TextInput } from '@mantine/core';
import { matchesVietnameseSearch } from '@tripartite/shared';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import { graphql } from '../../graphql/generated';
import { useFormat } from '../../lib/format';

const ProvinceWardsQuery = graphql(`
  query ProvinceWards($code: String!) {
    province(code: $code) {
      id
      code
      fullName
      signingProgress {
        totalWards
        signed
        signedNotYetInEffect
        awaitingSignatures
        drafting
        notStarted
      }
      wards {
        id
        code
        name
        fullName
        kind
        signingStatus
      }
    }
  }
`);

/** One province and its wards, communes and special zones, searchable without diacritics. */
export function ProvinceWards({ code }: { code: string }) {
  const { t } = useTranslation('geography');
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [lackingOnly, setLackingOnly] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProvinceWardsQuery, variables: { code } });
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const province = data?.province;
  if (!province) return fetching ? <Loading /> : null;
  const progress = province.signingProgress;
  const wards = province.wards.filter(
    (ward) => matchesVietnameseSearch(ward.fullName, search) && (!lackingOnly || ward.signingStatus !== 'SIGNED'),
  );
  const others = [
    progress.signedNotYetInEffect > 0 && t('province.signedNotYetInEffect', { count: progress.signedNotYetInEffect }),
    t('province.awaitingSignatures', { count: progress.awaitingSignatures }),
    t('province.drafting', { count: progress.drafting }),
    t('province.notStarted', { count: progress.notStarted }),
  ].filter(Boolean);

  return (
    <section>
      <Anchor component={Link} to="/provinces" size="sm">
        {t('province.back')}
      </Anchor>
      <PageTitle mt="xs">{province.fullName}</PageTitle>
      <Text mb="md">
        <Trans
          t={t}
          i18nKey="province.signedOf"
          values={{ signed: format.number(progress.signed), total: format.number(progress.totalWards) }}
          components={{ strong: <strong /> }}
        />
        {others.map((part) => ` · ${String(part)}`)}
      </Text>
      <TextInput
        type="search"
        maw={384}
        label={
          <>
            {t('province.search')}{' '}
            <Text span size="sm" c="dimmed">
              {t('province.searchHint')}
            </Text>
          </>
        }
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <Checkbox
        mt="sm"
        checked={lackingOnly}
        onChange={(event) => setLackingOnly(event.currentTarget.checked)}
        label={t('province.lackingOnly', { count: progress.totalWards - progress.signed })}
      />
      <Text c="dimmed" my="sm" aria-live="polite">
        {t('province.shown', { shown: format.number(wards.length), total: format.number(province.wards.length) })}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <caption className="visually-hidden">{t('province.caption', { province: province.fullName })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('province.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('province.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('province.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('province.columns.agreement')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {wards.map((ward) => (
              <Table.Tr key={ward.id}>
                <Table.Td className="tabular">{ward.code}</Table.Td>
                <Table.Td>{ward.name}</Table.Td>
                <Table.Td>{t(`wardKind.${ward.kind}`)}</Table.Td>
                <Table.Td className={`signing-${ward.signingStatus.toLowerCase()}`}>
                  {t(`signingStatus.${ward.signingStatus}`)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
