import nodemailer from 'nodemailer';
import type { ReminderEmail } from './reminder-email.js';

/** Hands one email to a mail server and answers its Message-ID, or throws its refusal. */
export type Mailer = {
  send: (email: ReminderEmail) => Promise<string>;
  close: () => void;
};

/** The SMTP server SMTP_URL names (nodemailer reads host, port, TLS and login from the URL). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (email) => {
      const info = await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        headers: { 'Content-Language': email.language },
      });
      return info.messageId;
    },
    close: () => transport.close(),
  };
}
