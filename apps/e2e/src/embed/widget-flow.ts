import type { Frame } from "playwright-core";

/** Answer the debrief inside the widget: the host prefilled the organisation, so Next all the way. */
export async function buildPlanInWidget(frame: Frame): Promise<void> {
  const build = frame.getByRole("button", { name: "Build my plan" });
  for (let step = 1; step <= 20 && !(await build.isVisible()); step += 1) {
    await frame.getByRole("button", { name: "Next", exact: true }).click();
  }
  await build.click();
  await frame.getByRole("heading", { name: "Your recovery plan" }).waitFor();
}

/** From the plan: the consent step, filled in and agreed, sent to `agency`. */
export async function shareFromWidget(
  frame: Frame,
  agency: string,
  candidate: { name: string; contact: string },
): Promise<void> {
  await frame.getByRole("button", { name: `Share a summary with ${agency}` }).click();
  await frame.getByLabel("Your name").fill(candidate.name);
  await frame.getByLabel(/How they can reach you/).fill(candidate.contact);
  await frame.getByRole("checkbox", { name: `I agree to send this to ${agency}` }).check();
  await frame.getByRole("button", { name: `Send to ${agency}` }).click();
  await frame.getByRole("heading", { name: `Sent to ${agency}` }).waitFor();
}
