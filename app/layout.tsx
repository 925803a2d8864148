import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

const inter = localFont({ src: "./fonts/inter-latin-wght.woff2", variable: "--font-inter", display: "swap" });

export const metadata: Metadata = {
  title: { default: "Bangkom", template: "%s · Bangkom" },
  description: "Pengembangan kompetensi ASN",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#135a53" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await getLocale()} className={inter.variable}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
