import { useParams } from 'react-router';
import { useSignedInViewer } from '../access';
import { ProvinceDashboard } from './province-dashboard';

/** `/provinces/:code`: any province's dashboard (`/` is home-page.tsx). */
export default function DashboardPage() {
  const { code = '' } = useParams();
  const viewer = useSignedInViewer();
  return <ProvinceDashboard key={code} code={code} role={viewer.role} home={false} />;
}
