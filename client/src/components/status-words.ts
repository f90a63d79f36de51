import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WardSigningStatus } from '../graphql/generated/graphql';

/**
 * The one set of words for where signing stands, used by every page (cards, filters, badges,
 * timelines, the lacking list, CSV): `common:status.<word>` in both languages. A ward and an
 * agreement have different enums; the only difference in words is that a ward's `SIGNED` means
 * "signed and in effect today" while an agreement's `SIGNED` is just "signed".
 */
export const STATUS_WORDS = [
  'NOT_STARTED',
  'NEEDS_RESIGNING',
  'DRAFTING',
  'AWAITING_SIGNATURES',
  'SIGNED',
  'SIGNED_IN_EFFECT',
  'SIGNED_NOT_YET_IN_EFFECT',
  'TERMINATED',
  'EXPIRED',
] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

/**
 * A colour per word, shown beside the words (never instead of them). The shades are dark enough
 * for 3:1 against white as a non-text mark; the words themselves stay in full-contrast text.
 */
export const STATUS_COLOR: Record<StatusWord, MantineColor> = {
  NOT_STARTED: 'red.8',
  NEEDS_RESIGNING: 'grape.8',
  DRAFTING: 'gray.7',
  AWAITING_SIGNATURES: 'orange.7',
  SIGNED: 'teal.8',
  SIGNED_IN_EFFECT: 'teal.8',
  SIGNED_NOT_YET_IN_EFFECT: 'teal.6',
  TERMINATED: 'pink.9',
  EXPIRED: 'yellow.8',
};

/** The word for a ward's signing status (its `SIGNED` is in effect today); an agreement's status is its own word. */
export function wardStatusWord(status: WardSigningStatus): StatusWord {
  return status === 'SIGNED' ? 'SIGNED_IN_EFFECT' : status;
}

/** The translated word of a status, in the language shown. */
export function useStatusText(): (word: StatusWord) => string {
  const { t } = useTranslation('common');
  return (word) => t(`status.${word}`);
}
