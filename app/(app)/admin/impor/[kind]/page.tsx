import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ColumnTable } from "@/components/import/column-table";
import { kindInfo } from "@/components/import/kind-info";
import { UploadForm } from "@/components/import/upload-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { IMPORT_KINDS } from "@/lib/import/kinds";

export const metadata: Metadata = { title: "Unggah berkas impor" };

export default async function ImportUploadPage({ params }: { params: Promise<{ kind: string }> }) {
  await requirePermission("import:records");
  const { kind: name } = await params;
  const kind = Object.hasOwn(IMPORT_KINDS, name) ? IMPORT_KINDS[name] : undefined;
  if (!kind) notFound();
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const t = m.importUi.upload;
  const info = kindInfo(m, kind);
  return (
    <>
      <Link href="/admin/impor" className="mb-2 inline-block text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader title={interpolate(t.title, { kind: info.label })} subtitle={info.description || undefined} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t.formTitle} subtitle={t.steps} />
          <div className="px-4 py-4 sm:px-5">
            <UploadForm
              kind={info.name}
              maxBytes={info.uploadBytes}
              labels={{
                file: t.file, hint: interpolate(t.hint, { size: info.sizeMb, rows: formatNumber(info.rows, locale) }), submit: t.submit, submitting: t.submitting,
                uploading: t.uploading, checking: t.checking, uploadFailed: t.uploadFailed,
                refusals: { fileRequired: t.fileRequired, fileEmpty: t.fileEmpty, fileType: t.fileType, fileTooLarge: interpolate(t.fileTooLarge, { size: info.sizeMb }) },
              }}
            />
          </div>
        </Card>
        <Card>
          <CardHeader title={t.expected} subtitle={t.expectedHint} />
          <ColumnTable kind={info} m={m} />
          <p className="flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-100 px-4 py-3 text-sm sm:px-5">
            <span className="text-slate-600">{t.template}</span>
            <a href={`/api/impor/templat/${info.name}?format=xlsx`} className="font-medium text-brand-700 hover:underline">{m.importUi.hub.templateXlsx}</a>
            <a href={`/api/impor/templat/${info.name}?format=csv`} className="font-medium text-brand-700 hover:underline">{m.importUi.hub.templateCsv}</a>
          </p>
        </Card>
      </div>
    </>
  );
}
