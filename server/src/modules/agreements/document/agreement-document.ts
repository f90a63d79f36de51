import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AgreementParty, AgreementStatus } from '@tripartite/shared';
import PDFDocument from 'pdfkit';
import { DOCUMENT_TEXTS, type DocumentLanguage } from './document-texts.js';

/** What the printed agreement shows: plain values, read by `agreement-document.service.ts`. */
export type AgreementDocumentData = {
  referenceNumber: string | null;
  status: AgreementStatus;
  /** Where it is signed: the province's full name, such as `Thành phố Hồ Chí Minh`. */
  place: string;
  wardFullName: string;
  agencyName: string;
  postOfficeName: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  signatories: { party: AgreementParty; name: string; title: string; signedOn: string | null }[];
  printedOn: string;
};

const PARTIES: readonly AgreementParty[] = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'];

/**
 * Be Vietnam Pro, embedded (subset) in every document: the standard PDF fonts have no Vietnamese
 * letters (ạ, ư, ỹ …), and a reader without the font would show boxes.
 */
const fontFolder = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
const FONTS = {
  regular: join(fontFolder, '400Regular', 'BeVietnamPro_400Regular.ttf'),
  bold: join(fontFolder, '700Bold', 'BeVietnamPro_700Bold.ttf'),
  italic: join(fontFolder, '400Regular_Italic', 'BeVietnamPro_400Regular_Italic.ttf'),
};

/** The three-party agreement as an A4 PDF, ready to print and sign. */
export function renderAgreementDocument(data: AgreementDocumentData, language: DocumentLanguage): Promise<Buffer> {
  const text = DOCUMENT_TEXTS[language];
  const document = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 60, right: 60 },
    info: {
      Title: `${text.title} – ${text.peoplesCommittee(data.wardFullName)}`,
      Author: data.agencyName,
      Subject: text.subtitle,
      Creator: 'Tripartite',
    },
    lang: language,
  });
  document.registerFont('regular', FONTS.regular);
  document.registerFont('bold', FONTS.bold);
  document.registerFont('italic', FONTS.italic);
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });

  const width = document.page.width - 120;
  const left = 60;
  // Heading: the nation and motto centred; number and place/date on one line below.
  document.font('bold').fontSize(11).text(text.nation, { align: 'center' });
  document.font('bold').fontSize(11).text(text.motto, { align: 'center' });
  document.moveDown(0.8);
  const line = document.y;
  document
    .font('regular')
    .fontSize(10)
    .text(text.number(data.referenceNumber), left, line, { width: width / 2 });
  document
    .font('italic')
    .text(text.placeAndDate(data.place, data.signedOn), left + width / 2, line, { width: width / 2, align: 'right' });
  document.moveDown(1.5);
  document.x = left;
  document.font('bold').fontSize(15).text(text.title, left, document.y, { width, align: 'center' });
  document.font('italic').fontSize(10.5).text(text.subtitle, { width, align: 'center' });
  if (data.status === 'DRAFTING' || data.status === 'AWAITING_SIGNATURES') {
    document.moveDown(0.5);
    document.font('bold').fontSize(10).fillColor('#b00020').text(text.draft, { width, align: 'center' });
    document.fillColor('black');
  }
  document.moveDown(1);
  document.font('regular').fontSize(10.5).text(text.partiesIntro, { width });
  document.moveDown(0.4);

  const unitOf: Record<AgreementParty, string> = {
    PEOPLES_COMMITTEE: text.peoplesCommittee(data.wardFullName),
    SOCIAL_INSURANCE_AGENCY: data.agencyName,
    POST_OFFICE: data.postOfficeName,
  };
  const signatoryOf = (party: AgreementParty) => data.signatories.find((signatory) => signatory.party === party);
  for (const party of PARTIES) {
    const signatory = signatoryOf(party);
    document.font('bold').text(`${text.party[party]}: ${unitOf[party]}`, { width });
    document
      .font('regular')
      .text(
        `${text.representative}: ${signatory?.name ?? text.unknownPerson}    ${text.position}: ${signatory?.title ?? text.unknownPerson}`,
        { width, indent: 14 },
      );
    document.moveDown(0.4);
  }
  document.text(text.agreeOn, { width });
  document.moveDown(0.6);
  for (const [heading, body] of text.articles) {
    document.font('bold').text(heading, { width });
    document.font('regular').text(body || text.term(data.effectiveFrom, data.effectiveTo), { width, align: 'justify' });
    document.moveDown(0.5);
  }

  // Three signature blocks side by side, each with its party, the signatory and, once signed, the day.
  document.moveDown(1);
  const top = document.y;
  const column = width / 3;
  PARTIES.forEach((party, index) => {
    const x = left + index * column;
    const signatory = signatoryOf(party);
    const options = { width: column - 8, align: 'center' as const };
    document.font('bold').fontSize(10).text(text.party[party].toUpperCase(), x, top, options);
    document.font('regular').fontSize(9).text(unitOf[party], options);
    document.font('italic').fontSize(8.5).text(text.signHere, options);
    document.text('', x, top + 110);
    document
      .font('bold')
      .fontSize(10)
      .text(signatory?.name ?? text.unknownPerson, x, top + 110, options);
    if (signatory?.signedOn) document.font('italic').fontSize(8.5).text(text.signedOn(signatory.signedOn), options);
  });
  document
    .font('italic')
    .fontSize(8)
    .fillColor('#555555')
    .text(text.printed(data.printedOn), left, document.page.height - 70, { width, align: 'center', lineBreak: false });
  document.end();
  return finished;
}
