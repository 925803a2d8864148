import type { MetadataRoute } from "next";

// The web manifest (/manifest.webmanifest): Bangkom installable on a phone's home screen, in the brand colour
// of the UI (the same teal as app/icon.svg and the viewport's themeColor). Icons: public/icons, made by
// scripts/make-icons.mjs.
export const THEME_COLOR = "#135a53";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Bangkom",
    short_name: "Bangkom",
    description: "Pengembangan kompetensi ASN",
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icons/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
