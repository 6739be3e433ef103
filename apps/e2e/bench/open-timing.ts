/**
 * Added to the host page after the snippet: times a click on `#help` to the first question usable,
 * in the page's own clock. "Usable" is the widget's first step rendered with its handlers attached
 * (its `stepChanged`, sent after the step is committed), then two animation frames, so the open
 * dialog and the step are on screen. A step already rendered before the click (preloaded) counts
 * from the click to that paint.
 */
export const OPEN_TIMING_SCRIPT = `
window.openTiming = { clickAt: null, firstStepAt: null, usableAt: null };
(function () {
  var timing = window.openTiming;
  var painting = false;
  function check() {
    if (painting || timing.clickAt === null || timing.firstStepAt === null) return;
    painting = true;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { timing.usableAt = performance.now(); });
    });
  }
  document.addEventListener("click", function (event) {
    if (timing.clickAt !== null || !(event.target instanceof Element) || !event.target.closest("#help")) return;
    timing.clickAt = performance.now();
    check();
  }, true);
  Rebound("on", "stepChanged", function (event) {
    if (event.payload.index !== 0 || timing.firstStepAt !== null) return;
    timing.firstStepAt = performance.now();
    check();
  });
})();
`;

export interface OpenTiming {
  clickAt: number | null;
  firstStepAt: number | null;
  usableAt: number | null;
}
