import type { ButtonProps } from '@mantine/core';

/**
 * Button props that let a long label wrap onto several lines instead of overflowing a 360-px
 * screen (Vietnamese labels such as "Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay" are long),
 * while keeping a 44-px tap target.
 */
export const WRAPPING_BUTTON = {
  h: 'auto',
  mih: 44,
  py: 8,
  maw: '100%',
  styles: { label: { whiteSpace: 'normal', textAlign: 'center' } },
} satisfies Partial<ButtonProps>;
