import { matchesVietnameseSearch } from '@tripartite/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { graphql } from '../../graphql/generated';
import type { WardKind } from '../../graphql/generated/graphql';

const ProvinceWardsQuery = graphql(`
  query ProvinceWards($code: String!) {
    province(code: $code) {
      id
      code
      fullName
      wards {
        id
        code
        name
        fullName
        kind
      }
    }
  }
`);

const WARD_KIND_LABEL: Record<WardKind, string> = {
  WARD: 'Phường',
  COMMUNE: 'Xã',
  SPECIAL_ZONE: 'Đặc khu',
  TOWNSHIP: 'Thị trấn',
};

/** One province and its wards, communes and special zones, searchable without diacritics. */
export default function ProvincePage() {
  const { code = '' } = useParams();
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: ProvinceWardsQuery, variables: { code } });
  if (fetching) return <Loading />;
  if (error) return <QueryError error={error} />;
  const province = data?.province;
  if (!province) return null;
  const wards = province.wards.filter((ward) => matchesVietnameseSearch(ward.fullName, search));

  return (
    <section aria-labelledby="province-heading">
      <p>
        <Link to="/">← Tỉnh, thành phố</Link>
      </p>
      <h1 id="province-heading">{province.fullName}</h1>
      <label className="search">
        Tìm phường, xã <small>(gõ có hoặc không dấu)</small>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      <p className="status" aria-live="polite">
        {wards.length} / {province.wards.length} đơn vị
      </p>
      <table className="table">
        <caption className="visually-hidden">Phường, xã, đặc khu của {province.fullName}</caption>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên</th>
            <th scope="col">Loại</th>
          </tr>
        </thead>
        <tbody>
          {wards.map((ward) => (
            <tr key={ward.id}>
              <td className="code">{ward.code}</td>
              <td>{ward.name}</td>
              <td>{WARD_KIND_LABEL[ward.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
