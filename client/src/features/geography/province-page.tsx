import { matchesVietnameseSearch } from '@tripartite/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { graphql } from '../../graphql/generated';
import type { WardKind, WardSigningStatus } from '../../graphql/generated/graphql';

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

const WARD_KIND_LABEL: Record<WardKind, string> = {
  WARD: 'Phường',
  COMMUNE: 'Xã',
  SPECIAL_ZONE: 'Đặc khu',
  TOWNSHIP: 'Thị trấn',
};

const SIGNING_STATUS_LABEL: Record<WardSigningStatus, string> = {
  SIGNED: 'Đã ký',
  SIGNED_NOT_YET_IN_EFFECT: 'Đã ký, chưa có hiệu lực',
  AWAITING_SIGNATURES: 'Chờ ký',
  DRAFTING: 'Đang soạn thảo',
  NOT_STARTED: 'Chưa triển khai',
};

/** One province and its wards, communes and special zones, searchable without diacritics. */
export default function ProvincePage() {
  const { code = '' } = useParams();
  const [search, setSearch] = useState('');
  const [lackingOnly, setLackingOnly] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: ProvinceWardsQuery, variables: { code } });
  if (fetching) return <Loading />;
  if (error) return <QueryError error={error} />;
  const province = data?.province;
  if (!province) return null;
  const progress = province.signingProgress;
  const wards = province.wards.filter(
    (ward) => matchesVietnameseSearch(ward.fullName, search) && (!lackingOnly || ward.signingStatus !== 'SIGNED'),
  );

  return (
    <section aria-labelledby="province-heading">
      <p>
        <Link to="/">← Tỉnh, thành phố</Link>
      </p>
      <h1 id="province-heading">{province.fullName}</h1>
      <p className="progress">
        Đã ký thỏa thuận ba bên: <strong>{progress.signed}</strong> / {progress.totalWards} đơn vị
        {progress.signedNotYetInEffect > 0 && <> · đã ký, chưa có hiệu lực {progress.signedNotYetInEffect}</>} · chờ ký{' '}
        {progress.awaitingSignatures} · đang soạn thảo {progress.drafting} · chưa triển khai {progress.notStarted}
      </p>
      <label className="search">
        Tìm phường, xã <small>(gõ có hoặc không dấu)</small>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      <label className="toggle">
        <input type="checkbox" checked={lackingOnly} onChange={(event) => setLackingOnly(event.target.checked)} />
        Chỉ đơn vị chưa có thỏa thuận đã ký ({progress.totalWards - progress.signed})
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
            <th scope="col">Thỏa thuận</th>
          </tr>
        </thead>
        <tbody>
          {wards.map((ward) => (
            <tr key={ward.id}>
              <td className="code">{ward.code}</td>
              <td>{ward.name}</td>
              <td>{WARD_KIND_LABEL[ward.kind]}</td>
              <td className={`signing signing-${ward.signingStatus.toLowerCase()}`}>
                {SIGNING_STATUS_LABEL[ward.signingStatus]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
