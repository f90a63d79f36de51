/** Ho Chi Minh City, for accounts with no province of their own (admins, viewers). */
const EXAMPLE_PROVINCE = { code: '79', fullName: 'Thành phố Hồ Chí Minh' };

/**
 * The explorer's first query: the question the app exists for, which wards of the person's
 * province have no signed agreement in effect today, with each one's agreement under way.
 */
export function defaultExplorerQuery(province: { code: string; fullName: string } | null): string {
  const { code, fullName } = province ?? EXAMPLE_PROVINCE;
  return `# Wards of ${fullName} without a signed agreement in effect today.
# Press the run button (or Ctrl+Enter). The Docs panel lists every type and field.
query WardsLackingSignedAgreement {
  wardsLackingSignedAgreement(provinceCode: "${code}") {
    code
    fullName
    currentAgreement {
      status
      version
      updatedAt
    }
  }
}
`;
}
