import { useQuery } from 'urql';
import { ViewerQuery } from './access-documents';

/**
 * The signed-in account's id (null before the answer, or when nobody is signed in): what the
 * device's queue of offline writes is kept under, so one account's waiting changes never go out
 * under another's session. The same cached `viewer` query the shell already asked.
 */
export function useSignedInViewerId(): string | null {
  const [{ data }] = useQuery({ query: ViewerQuery });
  return data?.viewer?.id ?? null;
}
