import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { shares } from "../../src/db/schema.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { useTestApp } from "../support/test-app.js";

interface Page {
  items: { id: string; createdAt: string; summary: { name: string } }[];
  nextCursor: string | null;
}

describe.each(DATABASE_TARGETS)(
  "an agency's shares: paging, export and deletion on $name",
  (target) => {
    const test = useTestApp(target);

    /** 230 shares, 40 of them in the same millisecond (ties the cursor must break by id). */
    async function manyShares(): Promise<string[]> {
      const base = Date.parse("2026-11-01T09:00:00.000Z");
      const rows = Array.from({ length: 230 }, (_, i) => ({
        id: randomUUID(),
        agencyId: test.agency.agency.id,
        summary: {
          name: `Candidate ${String(i)}`,
          contact: `c${String(i)}@example.com`,
          planHeadline: "Thank-you email",
        },
        createdAt: new Date(i < 40 ? base : base + i * 1000),
      }));
      await test.database.db.insert(shares).values(rows);
      return rows.map((row) => row.id);
    }

    const page = async (query: string) => {
      const response = await test.app.inject({
        url: `/api/v1/agency/shares?${query}`,
        headers: test.bearer,
      });
      return { status: response.statusCode, body: response.json<Page>() };
    };

    it("pages through every share newest first with a cursor: no cap, no repeats, no gaps", async () => {
      const ids = await manyShares();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const { status, body } = await page(
          `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        );
        expect(status).toBe(200);
        seen.push(...body.items.map((item) => item.id));
        const times = body.items.map((item) => Date.parse(item.createdAt));
        expect(times).toEqual([...times].sort((a, b) => b - a));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor !== null);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(230);
      expect(new Set(seen)).toEqual(new Set(ids));
      // Fifty by default.
      expect((await page("")).body.items).toHaveLength(50);
    });

    it("refuses a cursor it did not give out and a page over 100", async () => {
      const forged = await page("cursor=bm90LWEtY3Vyc29y");
      expect(forged.status).toBe(400);
      expect(JSON.stringify(forged.body)).toContain("nextCursor");
      expect((await page("limit=500")).status).toBe(400);
    });

    it("exports every share as CSV, quoted where needed, with formulas defused", async () => {
      const tricky = {
        name: 'Ana "Nana" Lima, Jr.',
        contact: '=HYPERLINK("https://evil.example")',
        role: "Analyst\nfinance",
        planHeadline: "+1 call, then a note",
      };
      await test.app.inject({
        method: "POST",
        url: "/api/v1/widget/share",
        headers: { origin: "https://careers.acme.example", "content-type": "application/json" },
        payload: {
          key: test.agency.agency.publishableKey,
          hostOrigin: "https://careers.acme.example",
          consent: true,
          summary: tricky,
        },
      });
      const response = await test.app.inject({
        url: "/api/v1/agency/shares.csv",
        headers: test.bearer,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="rebound-shares-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const text = response.body;
      expect(
        text.startsWith("\uFEFFid,shared_at,name,contact,role,plan_headline,debrief_json\r\n"),
      ).toBe(true);
      expect(text).toContain(
        `,"Ana ""Nana"" Lima, Jr.","'=HYPERLINK(""https://evil.example"")","Analyst\nfinance","'+1 call, then a note",\r\n`,
      );
      // Every share of the agency: the 230 above and this one, plus the header.
      const records = text.split("\r\n").filter((line) => /^[0-9a-f-]{36},/.test(line));
      expect(records).toHaveLength(231);

      expect((await test.app.inject({ url: "/api/v1/agency/shares.csv" })).statusCode).toBe(401);
    });

    it("deletes a share for good, only the agency's own", async () => {
      const [first] = (await page("limit=1")).body.items;
      if (!first) throw new Error("no share");
      const remove = (id: string) =>
        test.app.inject({
          method: "DELETE",
          url: `/api/v1/agency/shares?id=${id}`,
          headers: test.bearer,
        });
      expect((await remove(first.id)).json()).toEqual({ deleted: true });
      expect((await remove(first.id)).statusCode).toBe(404);
      expect((await remove(randomUUID())).statusCode).toBe(404);
      expect((await page("limit=100")).body.items.map((item) => item.id)).not.toContain(first.id);
    });
  },
);
