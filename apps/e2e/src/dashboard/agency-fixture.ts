import type { Page } from "playwright-core";
import { inject } from "vitest";

interface TrpcAnswer<T> {
  result?: { data: T };
  error?: { message: string };
}

export interface AgencyFixture {
  publishableKey: string;
  secretKey: string;
}

/** A fresh agency created the way an operator does it (admin.createAgency), allowing `origin`. */
async function call<T>(baseUrl: string, path: string, token: string, input: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as TrpcAnswer<T>;
  if (!body.result)
    throw new Error(`${path} failed (${String(response.status)}): ${body.error?.message ?? "?"}`);
  return body.result.data;
}

export async function createAgency(
  baseUrl: string,
  name: string,
  origin: string,
): Promise<AgencyFixture> {
  const created = await call<{ agency: { publishableKey: string }; secretKey: string }>(
    baseUrl,
    "admin.createAgency",
    inject("adminToken"),
    { name, origins: [origin] },
  );
  return { publishableKey: created.agency.publishableKey, secretKey: created.secretKey };
}

/** The agency brands its widget with its secret key, as its own back office would through the API. */
export async function brandAgency(
  baseUrl: string,
  secretKey: string,
  settings: Record<string, unknown>,
): Promise<void> {
  await call(baseUrl, "agency.update", secretKey, settings);
}

/** Opens `/dashboard` on `page`, signing in with the secret key unless the session cookie still holds. */
export async function openDashboard(
  page: Page,
  baseUrl: string,
  agencyName: string,
  secretKey: string,
): Promise<void> {
  await page.goto(`${baseUrl}/dashboard`);
  const field = page.getByRole("textbox", { name: "Secret key" });
  const heading = page.getByRole("heading", { level: 1, name: agencyName });
  await Promise.race([field.waitFor(), heading.waitFor()]);
  if (await field.isVisible()) {
    await field.fill(secretKey);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await heading.waitFor();
}
