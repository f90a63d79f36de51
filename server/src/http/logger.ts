import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** pino's levels, most severe first; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The server's one logger: JSON lines on stdout (or `destination`), for a log shipper to read.
 * Credentials are never written: cookies, Authorization headers and Set-Cookie are redacted
 * wherever a serializer would include them.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tripartite', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // `"level":"error"` rather than 50: readable without pino's table.
      formatters: { level: (label) => ({ level: label }) },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    destination,
  );
}

/** For code that runs without a configured logger (tests that do not read logs). */
export const silentLogger: Logger = pino({ level: 'silent' });

/**
 * Start and stop lines are said even at `warn` or `error`: supervisors, tests and the benchmark
 * read the address from "running at …", and an operator wants to see restarts.
 */
export function lifecycleLogger(logger: Logger): Logger {
  const verbose = logger.levelVal <= logger.levels.values['info']!;
  return logger.level === 'silent' || verbose ? logger : logger.child({}, { level: 'info' });
}
