import type { MikroORM } from '@mikro-orm/sql';
import type { RequestHandler } from 'express';
import { NotFoundError } from '../errors.js';
import { AgreementDocumentService } from '../modules/agreements/document/agreement-document.service.js';
import { authenticateRequest } from './authenticate-request.js';
import { sessionCookieOf } from './session-cookie.js';

/**
 * `GET /agreements/{id}/document.pdf[?lang=en]`: the agreement to print and sign, for whoever
 * may read it through the API (any signed-in account, by session cookie or API token). Unknown
 * and malformed ids are both 404, as `agreement(id)` answers NOT_FOUND for either.
 */
export function agreementDocumentRoute(
  orm: MikroORM,
  options: { secureCookies: boolean },
): RequestHandler<{ id: string }> {
  return async (request, response, next) => {
    try {
      const language = request.query['lang'] ?? 'vi';
      if (language !== 'vi' && language !== 'en') {
        response.status(400).type('text').send('lang must be vi (the default) or en.');
        return;
      }
      const em = orm.em.fork();
      const cookie = sessionCookieOf(request, response, { secure: options.secureCookies });
      const { viewer, problem } = await authenticateRequest(em, request, cookie);
      if (!viewer) {
        response
          .status(401)
          .type('text')
          .send(problem ?? 'Sign in, or send a valid API token as `Authorization: Bearer <token>`.');
        return;
      }
      const data = await new AgreementDocumentService(em).dataOf(request.params.id);
      // Loaded when the first document is asked for: pdfkit and its font engine are a few MiB of
      // heap that a server answering the API alone would carry for nothing (bench/RESULTS.md, issue 19).
      const { renderAgreementDocument } = await import('../modules/agreements/document/agreement-document.js');
      const pdf = await renderAgreementDocument(data, language);
      response
        .status(200)
        .type('application/pdf')
        .set('Cache-Control', 'private, no-store')
        .set('Content-Disposition', `inline; filename="agreement-${request.params.id}.pdf"`)
        .send(pdf);
    } catch (error) {
      if (error instanceof NotFoundError) {
        response.status(404).type('text').send(error.message);
        return;
      }
      next(error);
    }
  };
}
