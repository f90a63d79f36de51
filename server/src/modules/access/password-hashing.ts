import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are hashed with argon2id (memory-hard, RFC 9106) by Node's own `crypto.argon2`, with
 * OWASP's recommended minimum: 19 MiB of memory, 2 passes, 1 lane. Hashes are stored in the PHC
 * string format (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), which other argon2 libraries read,
 * and which records the parameters, so they can be raised later without breaking old hashes.
 */
type Argon2Parameters = { memory: number; passes: number; parallelism: number; tagLength: number };
const PARAMETERS: Argon2Parameters = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 };
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, parameters: Argon2Parameters): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    argon2('argon2id', { message: password, nonce: salt, ...parameters }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, PARAMETERS);
  const { memory, passes, parallelism } = PARAMETERS;
  return `$argon2id$v=19$m=${memory},t=${passes},p=${parallelism}$${base64(salt)}$${base64(key)}`;
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** True when `password` matches the stored hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  const match = PHC.exec(storedHash);
  if (!match) return false;
  const [, memory, passes, parallelism, salt, expected] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const expectedKey = Buffer.from(expected, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    memory: Number(memory),
    passes: Number(passes),
    parallelism: Number(parallelism),
    tagLength: expectedKey.length,
  });
  return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
}

/**
 * A hash of a password nobody has, verified when the email is unknown, so that a sign-in for a
 * missing account takes as long as one for a real account and does not reveal which emails exist.
 */
let unknownAccountHash: Promise<string> | undefined;
export function hashOfUnknownAccount(): Promise<string> {
  unknownAccountHash ??= hashPassword(randomBytes(32).toString('hex'));
  return unknownAccountHash;
}
