import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** What the caller says about the PDF: the running title, the footer line, the page words. */
export interface ReportPdfOptions {
  /** In the page header of every page. */
  readonly title: string;
  /** On the left of the page footer, "Page 3 / 12" on its right. */
  readonly footer: string;
  readonly language: 'fr' | 'en';
}

/** No Chromium where it is looked for: the message says what to install or set. */
export class PdfRendererUnavailableError extends Error {
  constructor(readonly executable: string) {
    super(
      `No Chromium at ${executable}: PDF reports are printed by Chromium. Install Debian's ` +
        '"chromium" package, or set LEXALIGN_CHROMIUM to the path of a Chromium executable.',
    );
    this.name = 'PdfRendererUnavailableError';
  }
}

/** Debian's Chromium unless LEXALIGN_CHROMIUM names another; never a downloaded browser. */
export function chromiumExecutable(): string {
  const configured = process.env['LEXALIGN_CHROMIUM']?.trim() ?? '';
  return configured === '' ? '/usr/bin/chromium' : configured;
}

/** Headless, and quiet on a closed network (no background calls, updates or sync). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Chromium shared by the PDFs being printed at the same time (a reader downloading both
 * languages, several readers of a server): each PDF gets its own browser context, nothing is
 * shared between readers, and the browser is closed as soon as the last PDF in progress is
 * done. Kept open any longer, it would hold a command-line run open after its file is written;
 * launching again costs well under a second of the 5 s a report may take.
 */
let shared: Promise<Browser> | undefined;
let busy = 0;

function browser(): Promise<Browser> {
  if (shared !== undefined) return shared;
  const executable = chromiumExecutable();
  if (!existsSync(executable)) return Promise.reject(new PdfRendererUnavailableError(executable));
  const launching = chromium.launch({ executablePath: executable, headless: true, args: ARGS });
  shared = launching;
  launching.then(
    (launched) =>
      launched.on('disconnected', () => {
        if (shared === launching) shared = undefined;
      }),
    () => {
      if (shared === launching) shared = undefined;
    },
  );
  return launching;
}

/** Closes the shared browser now (tests, shutdown); the next PDF launches it again. */
export async function closeReportBrowser(): Promise<void> {
  const open = shared;
  shared = undefined;
  if (open === undefined) return;
  try {
    await (await open).close();
  } catch {
    // A browser that failed to launch or already went away has nothing to close.
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The header and footer Chromium prints in the margins of every page: they are separate
 * little pages, with no style of the report, so their font is set here; Chromium fills
 * `pageNumber` and `totalPages`.
 */
function templates(options: ReportPdfOptions): { header: string; footer: string } {
  const box =
    'width:100%;margin:0 16mm;font-family:Arial,Helvetica,sans-serif;font-size:8pt;color:#404040;' +
    'display:flex;justify-content:space-between;align-items:baseline;gap:8mm;';
  const of = options.language === 'fr' ? 'sur' : '/';
  return {
    header: `<div style="${box}padding-bottom:2mm;border-bottom:0.5pt solid #a6a6a6;"><span></span><span style="font-style:italic;text-align:right;">${escapeHtml(options.title)}</span></div>`,
    footer: `<div style="${box}padding-top:2mm;border-top:0.5pt solid #a6a6a6;"><span>${escapeHtml(options.footer)}</span><span style="white-space:nowrap;">Page <span class="pageNumber"></span> ${of} <span class="totalPages"></span></span></div>`,
  };
}

/**
 * A report's HTML page printed as an A4 PDF by Chromium, backgrounds included (status
 * colours, bars): the title in the header and the footer line with "Page 3 / 12" ("Page 3
 * sur 12" in French) on every page. The page is set from the string given: no request
 * leaves the browser (every one is refused) and no script runs, so a report prints the
 * same on a closed network and text from the data can do nothing. Throws
 * PdfRendererUnavailableError when no Chromium is installed.
 *
 * @example (await renderReportPdf(renderReportHtml(report, { forPrint: true }), { title, footer, language: 'fr' })).length > 0
 */
export async function renderReportPdf(
  html: string,
  options: ReportPdfOptions,
): Promise<Uint8Array> {
  busy += 1;
  try {
    const context = await (
      await browser()
    ).newContext({
      javaScriptEnabled: false,
      offline: true,
      locale: options.language === 'fr' ? 'fr-FR' : 'en-GB',
    });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const { header, footer } = templates(options);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  } finally {
    busy -= 1;
    if (busy === 0) await closeReportBrowser();
  }
}
