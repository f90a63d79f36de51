import { AGREEMENT_PARTIES, type AgreementParty } from '@tripartite/shared';
import { useMutation } from 'urql';
import { RecordSignatureMutation } from './agreement-documents';
import type { OfflineWrite } from './versioned-write';

/** Signing order as the documents list the parties: People's Committee, agency, post office. */
export const PARTY_ORDER: AgreementParty[] = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'];

export type SignatureValues = { party: string; name: string; title: string; signedOn: string };

/** The `recordSignature` input the form's values make, before the version it is sent against. */
function signatureFields(agreementId: string, values: SignatureValues) {
  return {
    agreementId,
    party: AGREEMENT_PARTIES.find((candidate) => candidate === values.party) ?? 'PEOPLES_COMMITTEE',
    name: values.name.trim(),
    title: values.title.trim(),
    ...(values.signedOn ? { signedOn: values.signedOn } : {}),
  };
}

/** The `recordSignature` input the form's values make: what is sent, and what the rules check. */
export function signatureInput(agreementId: string, expectedVersion: number, values: SignatureValues) {
  return { ...signatureFields(agreementId, values), expectedVersion };
}

/** `recordSignature` as a versioned write: give it the values, get back a send(expectedVersion, clientWriteId). */
export function useRecordSignature(agreementId: string) {
  const [, recordSignature] = useMutation(RecordSignatureMutation);
  return (values: SignatureValues) => (expectedVersion: number, clientWriteId: string) =>
    recordSignature({ input: { ...signatureInput(agreementId, expectedVersion, values), clientWriteId } });
}

/** The same signature as a write that can wait on the device while there is no network. */
export function signatureWrite(agreementId: string, values: SignatureValues): OfflineWrite {
  return {
    mutation: RecordSignatureMutation,
    input: signatureFields(agreementId, values),
    summary: { key: 'offline.signature', values: { party: values.party, name: values.name } },
  };
}
