import { Option } from 'commander';

/**
 * `--encoding`: a CSV file's character set when it is not UTF-8, such as windows-1258 (Excel's
 * plain "CSV" on Vietnamese Windows). Without it a file that is not UTF-8 is refused with its
 * line; see modules/imports/files/decode-text.ts.
 */
export function encodingOption(): Option {
  return new Option(
    '--encoding <name>',
    'character set of a CSV file that is not UTF-8, e.g. windows-1258 or latin1 (default: UTF-8, or UTF-16 by its byte-order mark)',
  );
}
