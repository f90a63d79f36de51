import { Alert, Button, Group, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MIN_PASSWORD_LENGTH, ROLES } from '@tripartite/shared';
import { createAccountRules } from '@tripartite/shared/write-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { apiErrorInfo, useApiErrorText } from '../../lib/api-error';
import { checkWithRules } from '../../lib/form-rules';
import { CreateAccountMutation } from './account-documents';
import type { AccountValues } from './account-values';
import { UnitFields } from './unit-fields';

const checkAccount = checkWithRules(createAccountRules);

const EMPTY: AccountValues = {
  displayName: '',
  email: '',
  password: '',
  role: 'COORDINATOR',
  provinceCode: null,
  agencyId: null,
  postOfficeId: null,
};

/** The `createAccount` input the form's values make: only the unit the role belongs to is sent. */
function accountInput(values: AccountValues) {
  return {
    displayName: values.displayName.trim(),
    email: values.email.trim(),
    password: values.password,
    role: values.role,
    agencyId: values.role === 'DIRECTOR' ? values.agencyId : null,
    postOfficeId: values.role === 'COORDINATOR' ? values.postOfficeId : null,
  };
}

/**
 * Creates an account: name, email, a first password, the role and, for a director, the agency
 * or, for a coordinator, the post office, both chosen from the province's lists. Checked with the
 * server's own rules (`createAccountRules`); what the server still refuses is said in a sentence.
 */
export function CreateAccountForm() {
  const { t } = useTranslation('accounts');
  const { t: tCommon } = useTranslation();
  const apiErrorText = useApiErrorText();
  const form = useForm<AccountValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: (values) => {
      const errors: Record<string, string> = { ...checkAccount(accountInput(values)) } as Record<string, string>;
      // A unit is chosen within a province: without one, say so where the person starts.
      const unitError = errors['agencyId'] ?? errors['postOfficeId'];
      if (unitError && !values.provinceCode) errors['provinceCode'] = t('create.provinceFirst');
      return errors;
    },
  });
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching, error }, createAccount] = useMutation(CreateAccountMutation);
  const refused = error ? apiErrorInfo(error) : null;
  // An email the rules accept but the server refuses is one already taken: said at the field.
  const emailTaken = refused?.code === 'BAD_USER_INPUT' && refused.field === 'input.email';

  const submit = async (values: AccountValues) => {
    setCreated(null);
    const result = await createAccount({ input: accountInput(values) });
    const account = result.data?.createAccount;
    if (account) {
      setCreated(account.displayName);
      form.reset();
    } else if (result.error && apiErrorInfo(result.error).field === 'input.email') {
      form.setFieldError('email', t('create.emailTaken'));
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate data-testid="create-account-form">
      <Stack gap="sm" maw={720}>
        {created && (
          <Alert
            color="green"
            role="status"
            data-testid="account-created"
            withCloseButton
            closeButtonLabel={tCommon('close')}
            onClose={() => setCreated(null)}
          >
            {t('create.done', { name: created })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('create.displayName')}
            required
            autoComplete="off"
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('create.email')}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('create.password')}
            description={t('create.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Select
            label={t('create.role')}
            required
            allowDeselect={false}
            data={ROLES.map((role) => ({ value: role, label: tCommon(`role.${role}`) }))}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <UnitFields form={form} />
        {error && !emailTaken && (
          <Alert color="red" role="alert" title={t('create.failed')}>
            {apiErrorText(error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={fetching}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
