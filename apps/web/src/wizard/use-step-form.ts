import { zodResolver } from "@hookform/resolvers/zod";
import type { DebriefDraft } from "@rebound/core";
import { useEffect } from "react";
import { type DefaultValues, type FieldValues, useForm, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { useCurrentDebrief } from "../state/current-debrief";
import { mergeStep } from "./merge-step";

/**
 * One wizard step's form: react-hook-form validated by a schema composed from core's
 * section schemas, seeded from the draft, and autosaved into the draft on every change.
 */
export function useStepForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  defaults: (draft: DebriefDraft) => DefaultValues<Input>,
): UseFormReturn<Input, unknown, Output> {
  const { draft, update } = useCurrentDebrief();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: defaults(draft),
    // Judge answers on "Next", then re-check as they are corrected: no error appears while someone
    // is still moving through a fresh entry (a just-added slip-up is not "missing" yet).
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        // A copy: the form keeps mutating its own values object after this call.
        callback: ({ values }) =>
          update((previous) => mergeStep(previous, structuredClone(values))),
      }),
    [subscribe, update],
  );

  return form;
}
