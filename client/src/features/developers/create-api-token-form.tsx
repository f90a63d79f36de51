import { Alert, Button, Code, CopyButton, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { apiErrorText } from './api-error-text';
import { CreateApiTokenMutation } from './api-token-documents';

const DEFAULT_DAYS = 90;
const MAX_DAYS = 366;
const MAX_NAME = 100;

/**
 * Creates a token: a name and a lifetime in days (empty: until revoked). The token comes back in
 * this one answer and is never shown again, so it stays on screen, with a copy button and a
 * warning, until the person says they have stored it. Graphcache refreshes the list (lib/cache-updates).
 */
export function CreateApiTokenForm() {
  const { t } = useTranslation('developers');
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | ''>(DEFAULT_DAYS);
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [{ fetching, error }, createApiToken] = useMutation(CreateApiTokenMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length === 0) {
      setNameError(t('create.nameRequired'));
      return;
    }
    setNameError(null);
    const result = await createApiToken({ input: { name: trimmed, expiresInDays: days === '' ? null : days } });
    const answer = result.data?.createApiToken;
    if (answer) {
      setCreated({ token: answer.token, name: answer.apiToken.name });
      setName('');
      setDays(DEFAULT_DAYS);
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
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={480}>
          <TextInput
            label={t('create.name')}
            description={t('create.nameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={MAX_NAME}
            required
            error={nameError}
          />
          <NumberInput
            label={t('create.days')}
            description={t('create.daysHint', { max: MAX_DAYS })}
            value={days}
            onChange={(value) => setDays(typeof value === 'number' ? value : '')}
            min={1}
            max={MAX_DAYS}
            allowDecimal={false}
            allowNegative={false}
          />
          {error && (
            <Alert color="red" role="alert" title={t('create.failed')}>
              {apiErrorText(error, t)}
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
