import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

/**
 * A section of the debrief that exists only when the person says so (a reference, a
 * circumstance): ticking its checkbox starts it from `empty`, unticking removes it from the answers.
 */
export function useOptionalSection<
  Input extends FieldValues,
  Output extends FieldValues,
  Name extends Path<Input>,
>(form: UseFormReturn<Input, unknown, Output>, name: Name, empty: () => PathValue<Input, Name>) {
  const { watch, setValue } = form;
  return {
    present: watch(name) !== undefined,
    setPresent: (on: boolean) =>
      // The schema makes the section optional, so "no section" is a value this path holds.
      setValue(name, on ? empty() : (undefined as PathValue<Input, Name>), { shouldDirty: true }),
  };
}
