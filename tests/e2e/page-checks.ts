// What every-page.spec.ts checks on one open page: that nothing makes the document wider than a phone's viewport,
// and that axe finds no serious or critical violation. Each returns readable problems (empty when all is well).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The document is no wider than the viewport; if it is, the outermost element that sticks out is named. */
export async function overflowProblems(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return null;
    // An element inside a scroller that clips it (a table in its own overflow-x-auto wrapper) does not widen the
    // page. Only the ancestors that contain it clip it: an absolutely positioned box (an sr-only label) escapes
    // every scroller below its nearest positioned ancestor, and a fixed one escapes them all.
    const clippedInside = (el: Element) => {
      let position = getComputedStyle(el).position;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        const contains = position === "fixed" ? false : position === "absolute" ? style.position !== "static" : true;
        if (!contains) continue;
        if (style.overflowX !== "visible" && up.getBoundingClientRect().right <= viewport + 0.5) return true;
        position = style.position;
      }
      return false;
    };
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const testId = el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 6).join(".")}` : "";
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
      return `<${el.tagName.toLowerCase()}${id}${testId}${cls}> ${Math.round(el.getBoundingClientRect().width)} px wide, right edge at ${Math.round(el.getBoundingClientRect().right)} px${text ? `: "${text}"` : ""}`;
    };
    let worst: { el: Element; right: number } | null = null;
    for (const el of document.body.querySelectorAll("*")) {
      const right = el.getBoundingClientRect().right;
      if (right <= viewport + 0.5 || clippedInside(el)) continue;
      // The outermost of the widest: an ancestor that sticks out as far is the one to fix.
      if (!worst || right > worst.right + 0.5) worst = { el, right };
    }
    return { viewport, scrollWidth, culprit: worst ? describe(worst.el) : "(no single element: look at margins or transforms)" };
  });
  if (!found) return [];
  return [`${where}: the document is ${found.scrollWidth} px wide in a ${found.viewport} px viewport; widest offender ${found.culprit}`];
}

/**
 * axe with the WCAG 2 A and AA rules, as every spec runs it. Legacy mode runs axe.run in the page itself; the default
 * opens a blank page for every analysis to merge the frames' results, and the app has no frames to merge.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).setLegacyMode(true);
}

/** axe on the whole page; only serious and critical findings count. */
export async function axeProblems(page: Page, where: string): Promise<string[]> {
  // resultTypes: only violations are reported in full, which makes axe several times faster on long pages.
  const results = await axe(page).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${where}: axe ${v.impact} ${v.id} (${v.help}) on ${v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)}]` : ""}`).join("; ")}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ""}`);
}

/** At desktop width the sidebar (the shell's aside) runs the full height of the document, however long the page. */
export async function sidebarProblems(page: Page, where: string): Promise<string[]> {
  const sizes = await page.evaluate(() => {
    const aside = document.querySelector("aside");
    return aside ? { aside: aside.getBoundingClientRect().height, document: document.documentElement.scrollHeight } : null;
  });
  if (!sizes) return [`${where}: no sidebar (aside) at desktop width`];
  return sizes.aside + 1 >= sizes.document ? [] : [`${where}: the sidebar is ${Math.round(sizes.aside)} px high on a ${sizes.document} px page`];
}
