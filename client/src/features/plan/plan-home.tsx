import { Navigate } from 'react-router';
import { useSignedInViewer } from '../access';

/**
 * `/plan`, the navigation's entry: a director's own province's plan page. The navigation lists
 * links without parameters; the province comes from who is signed in.
 */
export default function PlanHome() {
  const code = useSignedInViewer().agency?.province?.code;
  // Admins and viewers choose a province first; the dashboard of each links its plan.
  return code ? <Navigate to={`/provinces/${code}/plan`} replace /> : <Navigate to="/provinces" replace />;
}
