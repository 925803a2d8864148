import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getViewer } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Masuk" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, m, viewer] = await Promise.all([searchParams, getMessages(), getViewer()]);
  if (viewer) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-800">Bangkom</p>
          <p className="mt-1 text-sm text-slate-600">{m.app.tagline}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{m.login.title}</h1>
          <p className="mb-5 mt-1 text-sm text-slate-600">{m.login.subtitle}</p>
          <LoginForm
            callbackUrl={callbackUrl}
            labels={{
              identifier: m.login.identifier,
              identifierHint: m.login.identifierHint,
              password: m.login.password,
              submit: m.login.submit,
              submitting: m.login.submitting,
            }}
          />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{m.login.demo}</p>
      </div>
    </main>
  );
}
