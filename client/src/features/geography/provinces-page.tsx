import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { graphql } from '../../graphql/generated';

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

/** Start page: the provincial-level units in force today. */
export function ProvincesPage() {
  const [{ data, fetching, error }] = useQuery({ query: ProvincesQuery });
  if (fetching) return <Loading />;
  if (error) return <QueryError error={error} />;
  const provinces = data?.provinces ?? [];
  return (
    <section aria-labelledby="provinces-heading">
      <h1 id="provinces-heading">Tỉnh, thành phố</h1>
      {provinces.length === 0 ? (
        <p className="status">Chưa có tỉnh, thành phố nào. Hãy nhập danh mục đơn vị hành chính.</p>
      ) : (
        <ul className="card-list">
          {provinces.map((province) => (
            <li key={province.id}>
              <Link to={`/provinces/${province.code}`} className="card">
                <span className="code">{province.code}</span>
                <span>{province.fullName}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
