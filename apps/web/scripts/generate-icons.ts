// Renders the app icons (icons/*.svg) to the PNG sizes the web manifest and iOS need, with
// Debian's Chromium. The PNGs are committed: run this only when an icon's SVG changes.
// Usage: tsx scripts/generate-icons.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Each PNG: its source SVG, its size, and whether it may keep the rounded corners' transparency. */
const ICONS = [
  { svg: "icon.svg", png: "pwa-192x192.png", size: 192, transparent: true },
  { svg: "icon.svg", png: "pwa-512x512.png", size: 512, transparent: true },
  // Maskable: full-bleed colour, the mark inside the central safe circle (80% of the size).
  { svg: "icon-maskable.svg", png: "maskable-512x512.png", size: 512, transparent: false },
  // iOS draws its own rounded corners and shows transparency as black.
  { svg: "icon-maskable.svg", png: "apple-touch-icon-180x180.png", size: 180, transparent: false },
] as const;

const browser = await chromium.launch({
  executablePath: process.env.REBOUND_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = readFileSync(join(root, "icons", icon.svg), "utf8");
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${svg}`,
    );
    await page.screenshot({
      path: join(root, "public", icon.png),
      omitBackground: icon.transparent,
    });
    await page.close();
    console.log(`public/${icon.png}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
