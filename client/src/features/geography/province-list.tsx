import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { useFirstScreenFirst } from '../../components/use-first-screen-first';
import { graphql } from '../../graphql/generated';
import { useLiveContent } from '../../lib/live-screen';

const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      id
      code
      name
      fullName
      kind
    }
  }
`);

/** The provincial-level units in force today, each a link to its page. */
export function ProvinceList() {
  const { t } = useTranslation('geography');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProvincesQuery });
  const provinces = data?.provinces ?? [];
  // A 360-px phone shows about ten of the 34 at first.
  const shown = useFirstScreenFirst(provinces, 12);
  // The viewer's landing page is shown once the list is (the last screen goes, lib/live-screen.ts).
  useLiveContent(provinces.length > 0);
  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={provinces.length === 0}
      emptyText={t('provinces.empty')}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" p={0} style={{ listStyle: 'none' }}>
        {shown.map((province) => (
          <li key={province.id}>
            <Card component={Link} to={`/provinces/${province.code}`} withBorder padding="sm">
              <Text>
                <Text span c="dimmed" className="tabular" mr="sm">
                  {province.code}
                </Text>
                {province.fullName}
              </Text>
            </Card>
          </li>
        ))}
      </SimpleGrid>
    </QueryState>
  );
}
