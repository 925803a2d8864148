import Link from "@/components/ui/link";
import { Card, CardHeader } from "@/components/ui/card";
import type { Role } from "@/lib/auth/permissions";
import { nominationMode } from "@/lib/competency/nomination";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/**
 * On a program page: per open batch, the link to its candidates ranked by need — an operator's list to nominate
 * from, a supervisor's read-only list of their staff. Nothing for an ASN or the admin (who has the batch page).
 */
export function NeedLinks({ roles, batches, m }: { roles: Role[]; batches: { id: string; number: number }[]; m: Messages }) {
  const mode = nominationMode({ roles: roles.filter((r) => r !== "ADMIN") });
  if (!batches.length || (mode !== "nominate" && mode !== "read")) return null;
  const t = m.compNeeds.nomination;
  const href = (id: string) => (mode === "nominate" ? `/admin/angkatan/${id}/calon` : `/tim/angkatan/${id}/calon`);
  return (
    <Card>
      <CardHeader title={t.title} subtitle={mode === "read" ? t.supervisorNote : undefined} />
      <ul className="space-y-1 px-4 py-3 text-sm sm:px-5">
        {batches.map((b) => (
          <li key={b.id}>
            <Link href={href(b.id)} className="font-medium text-brand-700 hover:underline" data-testid="need-candidates-link">
              {t.openList} · {interpolate(m.trainingAsn.batchNumber, { number: b.number })} →
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
