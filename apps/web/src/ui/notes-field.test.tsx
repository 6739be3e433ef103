import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm, useWatch } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { NotesField } from "./notes-field";

function Notes({ maxItems, onLines }: { maxItems: number; onLines: (lines: string[]) => void }) {
  const { control } = useForm<{ notes: string[] }>({ defaultValues: { notes: [] } });
  onLines(useWatch({ control, name: "notes" }));
  return <NotesField control={control} name="notes" label="What went well?" maxItems={maxItems} />;
}

describe("NotesField", () => {
  it("says the cap up front, counts, and refuses a line past it without losing any", async () => {
    const user = userEvent.setup();
    let lines: string[] = [];
    render(<Notes maxItems={2} onLines={(next) => (lines = next)} />);
    const box = screen.getByRole("textbox", { name: /What went well/ });
    expect(box).toHaveAccessibleDescription("One per line, up to 2. 0 of 2 lines");

    await user.type(box, "First{Enter}Second{Enter}Third");
    expect(box).toHaveValue("First\nSecond\n");
    expect(lines).toEqual(["First", "Second"]);
    expect(box).toHaveAccessibleDescription(
      /This list holds 2\. To add another, combine two lines/,
    );
    expect(screen.getByRole("status")).toHaveTextContent("This list holds 2.");
  });
});
