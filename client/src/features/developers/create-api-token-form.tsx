import { Alert, Button, Code, CopyButton, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createApiTokenRules } from '@tripartite/shared/write-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { checkWithRules } from '../../lib/form-rules';
import { useApiErrorText } from '../../lib/api-error';
import { CreateApiTokenMutation } from './api-token-documents';

const DEFAULT_DAYS = 90;
const MAX_DAYS = 366;
const checkToken = checkWithRules(createApiTokenRules);

type TokenValues = { name: string; days: number | '' };

/** The `createApiToken` input the form's values make: what is sent, and what the rules check. */
function tokenInput(values: TokenValues) {
  return { name: values.name.trim(), expiresInDays: values.days === '' ? null : values.days };
}

/**
 * Creates a token: a name and a lifetime in days (empty: until revoked). The token comes back in
 * this one answer and is never shown again, so it stays on screen, with a copy button and a
 * warning, until the person says they have stored it. Graphcache refreshes the list (lib/cache-updates).
 */
export function CreateApiTokenForm() {
  const { t } = useTranslation('developers');
  const apiErrorText = useApiErrorText();
  const form = useForm<TokenValues>({
    mode: 'controlled',
    initialValues: { name: '', days: DEFAULT_DAYS },
    // The server's own rules; its `expiresInDays` problems belong to the days field.
    validate: (values) => {
      const { expiresInDays, ...errors } = checkToken(tokenInput(values));
      return expiresInDays ? { ...errors, days: expiresInDays } : errors;
    },
  });
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [{ fetching, error }, createApiToken] = useMutation(CreateApiTokenMutation);

  const submit = async (values: TokenValues) => {
    const result = await createApiToken({ input: tokenInput(values) });
    const answer = result.data?.createApiToken;
    if (answer) {
      setCreated({ token: answer.token, name: answer.apiToken.name });
      form.reset();
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('create.title')}
      </Title>
      {created && (
        <Alert color="orange" title={t('create.onceTitle', { name: created.name })} data-testid="new-api-token-alert">
          <Stack gap="xs">
            <Text size="sm">{t('create.onceWarning')}</Text>
            <Code block data-testid="new-api-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {created.token}
            </Code>
            <Group gap="xs">
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="xs" onClick={copy} color={copied ? 'green' : 'brand'}>
                    {copied ? t('create.copied') : t('create.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                {t('create.stored')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm" maw={480}>
          <TextInput
            label={t('create.name')}
            description={t('create.nameHint')}
            required
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('create.days')}
            description={t('create.daysHint', { max: MAX_DAYS })}
            {...form.getInputProps('days')}
            min={1}
            max={MAX_DAYS}
            allowDecimal={false}
            allowNegative={false}
          />
          {error && (
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
    </Stack>
  );
}
