import "server-only";
import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import type { Viewer } from "@/lib/auth/load-viewer";
import { formatDate, formatDateRange } from "@/lib/i18n/format";
import { formatNip } from "@/lib/people/nip";
import { calendarToday } from "@/lib/time";
import { certificateForDownload, type DownloadableCertificate } from "./queries";
import { certificateFileName, groupCode, jpWithMinutes, placeOfIssue, verificationUrl, winAnsiSafe } from "./rules";

// The certificate (STTPP) as a PDF, drawn with pdf-lib from the snapshot stored at issue, in the standard
// Helvetica fonts (nothing to download or embed), A4 landscape, with a QR code of the verification URL.
// It is made on each download, so it needs no file storage and always shows the current revocation state.

const W = 841.89;
const H = 595.28;
const BRAND = rgb(0.075, 0.353, 0.325); // #135a53, the app's theme colour
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.35, 0.38, 0.43);
const RED = rgb(0.75, 0.1, 0.1);

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };
type Line = { text: string; font: PDFFont; size: number; color?: RGB };

/** Draws one line centred on `cx`, shrinking it until it fits `maxWidth`. */
function centred(page: PDFPage, y: number, line: Line, cx = W / 2, maxWidth = W - 160) {
  const text = winAnsiSafe(line.text);
  let size = line.size;
  while (size > 7 && line.font.widthOfTextAtSize(text, size) > maxWidth) size -= 0.5;
  const width = line.font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: cx - width / 2, y, size, font: line.font, color: line.color ?? INK });
  return width;
}

/** Splits text into at most `maxLines` lines of `maxWidth`; the last one keeps the rest (shrunk by `centred`). */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number, maxLines: number): string[] {
  const words = winAnsiSafe(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > maxWidth && lines.length < maxLines - 1) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

function frame(page: PDFPage) {
  page.drawRectangle({ x: 18, y: 18, width: W - 36, height: H - 36, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({ x: 27, y: 27, width: W - 54, height: H - 54, borderColor: BRAND, borderWidth: 0.75 });
  for (const [x, y] of [[27, 27], [W - 27, 27], [27, H - 27], [W - 27, H - 27]] as const) {
    page.drawCircle({ x, y, size: 4, color: BRAND });
  }
}

export type CertificatePdfInput = {
  number: string;
  code: string;
  holderName: string;
  nip: string;
  programTitle: string;
  batchNumber: number;
  startDate: Date;
  endDate: Date;
  minutes: number;
  issuedAt: Date;
  signatoryName: string;
  signatoryPosition: string;
  agencyName: string;
  agencyRegion: string;
  revokedAt: Date | null;
  /** Origin of the verification URL, e.g. https://bangkom.semarangkota.go.id */
  origin: string;
};

function body(page: PDFPage, f: Fonts, c: CertificatePdfInput) {
  centred(page, H - 72, { text: c.agencyName.toUpperCase(), font: f.bold, size: 14, color: BRAND });
  page.drawLine({ start: { x: W / 2 - 120, y: H - 84 }, end: { x: W / 2 + 120, y: H - 84 }, thickness: 0.75, color: BRAND });
  centred(page, H - 132, { text: "SERTIFIKAT", font: f.bold, size: 40, color: BRAND });
  centred(page, H - 156, { text: "Surat Tanda Tamat Pelatihan (STTPP)", font: f.italic, size: 14, color: MUTED });
  centred(page, H - 178, { text: `Nomor: ${c.number}`, font: f.regular, size: 11 });
  centred(page, H - 214, { text: "diberikan kepada", font: f.regular, size: 12, color: MUTED });
  centred(page, H - 246, { text: c.holderName, font: f.bold, size: 24 });
  centred(page, H - 266, { text: `NIP ${formatNip(c.nip)}`, font: f.regular, size: 12 });
  centred(page, H - 296, { text: "telah mengikuti", font: f.regular, size: 12, color: MUTED });
  const title = wrap(c.programTitle, f.bold, 17, 600, 2);
  let y = H - 322;
  for (const line of title) {
    centred(page, y, { text: line, font: f.bold, size: 17 }, W / 2, 640);
    y -= 21;
  }
  centred(page, y - 4, { text: `Angkatan ${c.batchNumber}, ${formatDateRange(c.startDate, c.endDate)}`, font: f.regular, size: 12 });
  centred(page, y - 22, { text: `dengan jumlah ${jpWithMinutes(c.minutes)}`, font: f.regular, size: 12 });
}

function signature(page: PDFPage, f: Fonts, c: CertificatePdfInput) {
  const cx = W - 190;
  const issued = formatDate(calendarToday(c.issuedAt));
  centred(page, 170, { text: `${placeOfIssue(c.agencyRegion)}, ${issued}`, font: f.regular, size: 11 }, cx, 280);
  const position = wrap(c.signatoryPosition, f.regular, 11, 260, 2);
  position.forEach((line, i) => centred(page, 154 - i * 14, { text: line, font: f.regular, size: 11 }, cx, 280));
  const width = centred(page, 74, { text: c.signatoryName, font: f.bold, size: 12 }, cx, 280);
  page.drawLine({ start: { x: cx - width / 2, y: 71 }, end: { x: cx + width / 2, y: 71 }, thickness: 0.75, color: INK });
}

async function qr(pdf: PDFDocument, page: PDFPage, f: Fonts, c: CertificatePdfInput) {
  const url = verificationUrl(c.origin, c.code);
  const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 240, color: { dark: "#000000", light: "#ffffff" } });
  const image = await pdf.embedPng(png);
  const side = 96;
  page.drawImage(image, { x: 56, y: 56, width: side, height: side });
  const text = (t: string, y: number, font = f.regular, size = 8) =>
    page.drawText(winAnsiSafe(t), { x: 56 + side + 10, y, size, font, color: MUTED });
  text("Pindai untuk memeriksa keaslian", 130, f.bold);
  text("sertifikat ini, atau buka:", 120);
  text(url, 108, f.regular, url.length > 60 ? 6 : 7);
  text(`Kode verifikasi: ${groupCode(c.code)}`, 96);
}

function revokedMark(page: PDFPage, f: Fonts, revokedAt: Date) {
  const size = 120;
  const width = f.bold.widthOfTextAtSize("DICABUT", size);
  const angle = (28 * Math.PI) / 180;
  page.drawText("DICABUT", {
    x: W / 2 - (width / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle),
    y: H / 2 - (width / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle),
    size, font: f.bold, color: RED, opacity: 0.28, rotate: degrees(28),
  });
  centred(page, H - 48, { text: `DICABUT pada ${formatDate(calendarToday(revokedAt))}: sertifikat ini tidak berlaku.`, font: f.bold, size: 10, color: RED });
}

/** The certificate's PDF bytes. Pure apart from the QR rendering: the same input gives the same document. */
export async function renderCertificatePdf(c: CertificatePdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const page = pdf.addPage([W, H]);
  frame(page);
  body(page, fonts, c);
  signature(page, fonts, c);
  await qr(pdf, page, fonts, c);
  if (c.revokedAt) revokedMark(page, fonts, c.revokedAt);

  pdf.setTitle(winAnsiSafe(`Sertifikat ${c.number} - ${c.holderName}`), { showInWindowTitleBar: true });
  pdf.setAuthor(c.agencyName);
  pdf.setSubject(c.number);
  pdf.setKeywords(["STTPP", "sertifikat", c.number]);
  pdf.setCreator("Bangkom");
  pdf.setProducer("Bangkom (pdf-lib)");
  pdf.setLanguage("id-ID");
  pdf.setCreationDate(c.issuedAt);
  pdf.setModificationDate(c.revokedAt ?? c.issuedAt);
  return pdf.save();
}

export function pdfInputOf(c: DownloadableCertificate, origin: string): CertificatePdfInput {
  return {
    number: c.number, code: c.code, holderName: c.holderName, nip: c.enrolment.employee.nip, programTitle: c.programTitle,
    batchNumber: c.batchNumber, startDate: c.startDate, endDate: c.endDate, minutes: c.minutes, issuedAt: c.issuedAt,
    signatoryName: c.signatoryName, signatoryPosition: c.signatoryPosition, agencyName: c.agency.name,
    agencyRegion: c.agency.region, revokedAt: c.revokedAt, origin,
  };
}

/** The PDF of a certificate the viewer may read (holder or admin), or null: the route answers 404 then. */
export async function certificatePdf(viewer: Viewer, id: string, origin: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const certificate = await certificateForDownload(viewer, id);
  if (!certificate) return null;
  return { bytes: await renderCertificatePdf(pdfInputOf(certificate, origin)), fileName: certificateFileName(certificate.number) };
}
